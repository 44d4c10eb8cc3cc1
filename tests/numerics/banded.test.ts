import { describe, expect, it } from 'vitest';
import { createRosenbrock, jacobianIndex } from '../../src/numerics/index.ts';
import { finiteDifferenceBandedJacobian, finiteDifferenceJacobian } from '../../src/numerics/jacobian.ts';
import { brusselator, heat, scaledError } from './problems.ts';

describe('banded path (method of lines)', () => {
  it('heat equation, N = 60: banded and dense LU give the same answer, and both match the exact semi-discrete decay', () => {
    const rtol = 1e-8;
    const atol = 1e-12;
    const banded = heat(60, true);
    const dense = heat(60, false);
    const rb = createRosenbrock(banded.problem, { rtol, atol, autonomous: true }).integrate(0, banded.y0, 0.05);
    const rd = createRosenbrock(dense.problem, { rtol, atol, autonomous: true }).integrate(0, dense.y0, 0.05);
    expect(rb.stats.steps).toBe(rd.stats.steps); // same steps: the two LUs agree to rounding
    expect(scaledError(rb.y, rd.y, 1e-12, 1e-15)).toBeLessThan(1);
    // Exact solution of the semi-discrete system: sin(πx_i)·exp(−λt).
    const exact = Array.from(banded.y0, (v) => v * Math.exp(-banded.lambda * 0.05));
    expect(scaledError(rb.y, exact, 10 * rtol, atol)).toBeLessThan(1);
  });

  it('Brusselator, N = 30 (n = 60, bandwidth 2): banded finite-difference Jacobian + banded LU matches the dense path', () => {
    const b = brusselator(30, true);
    const d = brusselator(30, false);
    const opts = { rtol: 1e-8, atol: 1e-10, autonomous: true };
    const rb = createRosenbrock(b.problem, opts).integrate(0, b.y0, 10);
    const rd = createRosenbrock(d.problem, opts).integrate(0, d.y0, 10);
    expect(scaledError(rb.y, rd.y, 1e-7, 1e-9)).toBeLessThan(1);
    // Column grouping: 5 rhs evaluations per banded Jacobian instead of 60.
    const perStepB = rb.stats.rhsEvaluations / rb.stats.steps;
    const perStepD = rd.stats.rhsEvaluations / rd.stats.steps;
    expect(perStepD - perStepB).toBeGreaterThan(50);
  });

  it('the grouped banded finite-difference Jacobian equals the dense one on the band (Curtis–Powell–Reid)', () => {
    const b = brusselator(7, true);
    const n = 14;
    const bw = { lower: 2, upper: 2 };
    const y = b.y0.map((v, i) => v + 0.1 * Math.sin(i));
    const f0 = new Float64Array(n);
    b.problem.rhs(0, y, f0);
    const floor = new Float64Array(n).fill(1e-3);
    const Jd = new Float64Array(n * n);
    const Jb = new Float64Array(n * 5);
    const s = (): Float64Array => new Float64Array(n);
    expect(finiteDifferenceJacobian(b.problem, 0, y, f0, Jd, s(), floor)).toBe(n);
    expect(finiteDifferenceBandedJacobian(b.problem, bw, 0, y, f0, Jb, s(), s(), s(), floor)).toBe(5);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (Math.abs(i - j) <= 2) expect(Jb[jacobianIndex(n, bw, i, j)]).toBe(Jd[jacobianIndex(n, undefined, i, j)]);
        else expect(Jd[i * n + j]).toBe(0);
      }
    }
  });
});
