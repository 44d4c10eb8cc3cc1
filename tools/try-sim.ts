import { readFileSync } from 'node:fs';
import { loadStack, simulate } from '../src/cell/index.ts';
import { knowledgeBase } from '../src/cli/knowledge-files.ts';
import { formatIssue } from '../src/units/index.ts';
const file = process.argv[2] ?? 'examples/bare-mg-dme-dry.yaml';
const r = loadStack(readFileSync(file, 'utf8'), { knowledge: knowledgeBase(), name: file });
if (r.kind === 'error') { console.log(r.errors.map(formatIssue).join('\n')); process.exit(1); }
for (const w of r.warnings) console.log('warning', formatIssue(w));
const t0 = performance.now();
const res = simulate(r.value, { series: [1] });
console.log('wall', (performance.now() - t0).toFixed(1), 'ms', res.stats);
console.log(res.failure, res.status);
for (const s of res.summary.slice(0, 3).concat(res.summary.slice(-2))) console.log(JSON.stringify(s));
console.log('inventory', res.inventory.initial.total, res.inventory.final.total, (res.inventory.final.total - res.inventory.initial.total) / res.inventory.initial.total);
if (res.series) { const v = res.series.data[4]!; console.log('series', res.series.length, 'V range', Math.min(...v), Math.max(...v)); }
