import { readFileSync } from 'node:fs';
import { loadStack, simulate } from '../src/cell/index.ts';
import { knowledgeBase } from '../src/cli/knowledge-files.ts';
import { formatIssue } from '../src/units/index.ts';
const file = process.argv[2] ?? 'examples/full-mg-mo6s8-apc.yaml';
const r = loadStack(readFileSync(file, 'utf8'), { knowledge: knowledgeBase(), name: file });
if (r.kind === 'error') { console.log(r.errors.map(formatIssue).join('\n')); process.exit(1); }
const t0 = performance.now();
const res = simulate(r.value, { series: [1] });
console.log('wall', (performance.now() - t0).toFixed(1), 'ms steps', res.stats.steps, res.failure, res.status, 'life80', res.cycleLife80);
for (const s of res.summary.slice(0, 3).concat(res.summary.slice(-1))) console.log(JSON.stringify({ c: s.cycle, dis: s.dischargeCapacity_mAh_g, ch: s.chargeCapacity_mAh_g, ce: s.coulombicEfficiency, ret: s.retention, V: s.meanDischargeVoltage_V, E: s.dischargeEnergy_Wh_kg, R: s.resistance_ohm_m2 }));
const i = res.inventory; console.log('inventory', i.initial.total, i.final.total, (i.final.total - i.initial.total) / i.initial.total, 'trapped', i.final.trapped);
