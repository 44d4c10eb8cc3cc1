import { readFileSync } from 'node:fs';
import { loadStack, cellConstants, buildCellModel } from '../src/cell/index.ts';
import { createRosenbrock } from '../src/numerics/index.ts';
import { knowledgeBase } from '../src/cli/knowledge-files.ts';
const r = loadStack(readFileSync('/tmp/conc.yaml', 'utf8'), { knowledge: knowledgeBase() });
if (r.kind === 'error') throw new Error('bad');
const m = buildCellModel(cellConstants(r.value));
console.log('n', m.layout.n, 'band', m.problem.bandwidth);
for (const rtol of [1e-4, 1e-5, 1e-6]) {
  const atol = new Float64Array(m.layout.n).fill(1e-6);
  const s = createRosenbrock(m.problem, { rtol, atol, autonomous: true });
  let y = m.initialState();
  let t = 0; const hs: number[] = [];
  for (let k = 0; k < 4; k++) {
    m.setCurrent(k % 2 ? 5 : -5);
    const res = s.integrate(t, y, t + 3600, { onStep: (tt) => hs.push(tt) });
    console.log(rtol, k, res.stats.steps, res.stats.rejected);
    t = res.t; y = res.y;
  }
  const d = hs.slice(-70).map((v, i, a) => i ? (v - a[i-1]!).toFixed(1) : '').join(' ');
  if (rtol === 1e-6) console.log(d);
}
