/**
 * Benchmarks of the stiff solver (not timed tests): prints figures for BENCHMARKS.md.
 *   node --import tsx bench/numerics.ts
 * Each figure is the median of N runs after one warm-up run.
 */
import { cpus } from 'node:os';
import { createRosenbrock, type IntegrateResult, type OdeProblem } from '../src/numerics/index.ts';

function robertsonRhs(_t: number, y: Float64Array, f: Float64Array): void {
  f[0] = -0.04 * y[0]! + 1e4 * y[1]! * y[2]!;
  f[1] = 0.04 * y[0]! - 1e4 * y[1]! * y[2]! - 3e7 * y[1]! * y[1]!;
  f[2] = 3e7 * y[1]! * y[1]!;
}
function robertsonJacobian(_t: number, y: Float64Array, J: Float64Array): void {
  J[0] = -0.04;
  J[1] = 1e4 * y[2]!;
  J[2] = 1e4 * y[1]!;
  J[3] = 0.04;
  J[4] = -1e4 * y[2]! - 6e7 * y[1]!;
  J[5] = -1e4 * y[1]!;
  J[7] = 6e7 * y[1]!;
}

/** 1D Brusselator, N interior points, interleaved (u, v): n = 2N, bandwidth 2 (Hairer & Wanner II, §IV.1). */
function brusselator(N: number, banded: boolean): { problem: OdeProblem; y0: Float64Array } {
  const c = (1 / 50) * (N + 1) * (N + 1);
  const problem: OdeProblem = {
    n: 2 * N,
    rhs(_t, y, f) {
      for (let i = 0; i < N; i++) {
        const u = y[2 * i]!;
        const v = y[2 * i + 1]!;
        const uL = i === 0 ? 1 : y[2 * i - 2]!;
        const uR = i === N - 1 ? 1 : y[2 * i + 2]!;
        const vL = i === 0 ? 3 : y[2 * i - 1]!;
        const vR = i === N - 1 ? 3 : y[2 * i + 3]!;
        f[2 * i] = 1 + u * u * v - 4 * u + c * (uL - 2 * u + uR);
        f[2 * i + 1] = 3 * u - u * u * v + c * (vL - 2 * v + vR);
      }
    },
    ...(banded ? { bandwidth: { lower: 2, upper: 2 } } : {}),
  };
  const y0 = new Float64Array(2 * N);
  for (let i = 0; i < N; i++) {
    y0[2 * i] = 1 + Math.sin((2 * Math.PI * (i + 1)) / (N + 1));
    y0[2 * i + 1] = 3;
  }
  return { problem, y0 };
}

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
