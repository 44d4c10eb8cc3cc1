/**
 * Benchmarks (not timed tests): prints figures for BENCHMARKS.md.
 *   npm run bench
 * Each figure is the median of N runs after one warm-up run, in milliseconds.
 */
import { cpus, totalmem } from 'node:os';
import { readKnowledgeFiles } from '../src/cli/knowledge-files.ts';
import { loadKnowledgeBase, queryValues, table1 } from '../src/knowledge/index.ts';
import { PLOT_NAMES, renderPlot } from '../src/report/index.ts';
import { parseQuantity, quantity } from '../src/units/index.ts';

async function median(label: string, runs: number, f: () => unknown): Promise<void> {
  await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)] ?? NaN;
  process.stdout.write(`${label.padEnd(48)} ${m.toFixed(3).padStart(10)} ms   (median of ${runs})\n`);
}

const cpu = cpus()[0];
process.stdout.write(`machine: ${cpu?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n\n`);

const files = readKnowledgeFiles();
const unwrapKb = () => {
  const r = loadKnowledgeBase(files);
  if (r.kind === 'error') throw new Error('knowledge base invalid');
  return r.value;
};
const kb = unwrapKb();
process.stdout.write(`knowledge base: ${kb.entities.length} entities, ${kb.values.length} values, ${files.length} files\n\n`);

await median('units: parseQuantity("2.5e-4 S cm-1") ×1000', 20, () => {
  for (let i = 0; i < 1000; i++) parseQuantity('2.5e-4 S cm-1', 'conductivity');
});
await median('knowledge: load + validate all files', 20, unwrapKb);
await median('knowledge: query σ ≥ 1e-4 S/cm, Mg²⁺ ×1000', 20, () => {
  const min = quantity('1e-4 S/cm', 'conductivity');
  for (let i = 0; i < 1000; i++) queryValues(kb, { property: 'ionic-conductivity', ion: 'Mg2+', min });
});
await median('knowledge: table1 ×1000', 20, () => {
  for (let i = 0; i < 1000; i++) table1(kb);
});
for (const name of PLOT_NAMES) await median(`report: render ${name} to SVG`, 10, () => renderPlot(kb, name));
