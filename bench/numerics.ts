/**
 * Benchmarks of the stiff solver (not timed tests): prints figures for BENCHMARKS.md.
 *   node --import tsx bench/numerics.ts
 * Each figure is the median of N runs after one warm-up run.
 */
import { cpus } from 'node:os';
import { createRosenbrock, type IntegrateResult, type OdeProblem } from '../src/numerics/index.ts';
// The test problems, one definition shared with the tests (sources are given there).
import { brusselator, robertsonJacobian, robertsonRhs } from '../tests/numerics/problems.ts';

function bench(label: string, runs: number, f: () => { steps: number; calls?: number }): void {
  f();
  const times: number[] = [];
  let steps = 0;
  let calls = 1;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = f();
    times.push(performance.now() - t0);
    steps = r.steps;
    calls = r.calls ?? 1;
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)] ?? NaN;
  const perCall = calls > 1 ? `   ${((ms * 1000) / calls).toFixed(1).padStart(7)} µs/call` : '';
  process.stdout.write(
    `${label.padEnd(58)} ${ms.toFixed(2).padStart(9)} ms  ${String(steps).padStart(8)} steps  ${((steps / ms) * 1000).toFixed(0).padStart(9)} steps/s${perCall}   (median of ${runs})\n`,
  );
}

const steps = (r: IntegrateResult): { steps: number } => ({ steps: r.stats.steps });
const cpu = cpus()[0];
process.stdout.write(`machine: ${cpu?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}\n\n`);

for (const rtol of [1e-6, 1e-8]) {
  const atol = new Float64Array([1e-4 * rtol, 1e-10 * rtol, 1e-4 * rtol]);
  const analytic = createRosenbrock({ n: 3, rhs: robertsonRhs, jacobian: robertsonJacobian }, { rtol, atol, autonomous: true });
  const fd = createRosenbrock({ n: 3, rhs: robertsonRhs }, { rtol, atol, autonomous: true });
  const dae = createRosenbrock(
    { n: 3, rhs: (t, y, f) => (robertsonRhs(t, y, f), (f[2] = y[0]! + y[1]! + y[2]! - 1)), mass: new Float64Array([1, 1, 0]) },
    { rtol, atol, autonomous: true },
  );
  bench(`Robertson ODE to 1e11, rtol ${rtol}, analytic J`, 20, () => steps(analytic.integrate(0, [1, 0, 0], 1e11)));
  bench(`Robertson ODE to 1e11, rtol ${rtol}, finite-difference J`, 20, () => steps(fd.integrate(0, [1, 0, 0], 1e11)));
  bench(`Robertson DAE to 1e11, rtol ${rtol}, finite-difference J`, 20, () => steps(dae.integrate(0, [1, 0, 0], 1e11)));
}

{
  // The simulator's pattern: a 3-state stiff problem, parameters changed between 10,000 short runs.
  const k = { k1: 1, k2: 100 };
  const problem: OdeProblem = {
    n: 3,
    rhs(_t, y, f) {
      f[0] = -k.k1 * y[0]!;
      f[1] = k.k1 * y[0]! - k.k2 * y[1]!;
      f[2] = k.k2 * y[1]!;
    },
  };
  const solver = createRosenbrock(problem, { rtol: 1e-6, atol: 1e-10, autonomous: true });
  bench('3-state A→B→C (k2/k1 ≤ 500) to t = 1, ×10,000, one solver', 5, () => {
    let total = 0;
    for (let i = 0; i < 10_000; i++) {
      k.k1 = 0.5 + (i % 37) * 0.1;
      k.k2 = 100 + (i % 11) * 50;
      total += solver.integrate(0, [1, 0, 0], 1).stats.steps;
    }
    return { steps: total, calls: 10_000 };
  });
}

for (const banded of [true, false]) {
  const { problem, y0 } = brusselator(30, banded);
  const solver = createRosenbrock(problem, { rtol: 1e-6, atol: 1e-9, autonomous: true });
  bench(`Brusselator MOL n = 60 to t = 10, rtol 1e-6, ${banded ? 'banded LU + grouped FD J' : 'dense LU + dense FD J'}`, 10, () => steps(solver.integrate(0, y0, 10)));
}
