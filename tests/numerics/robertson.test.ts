import { describe, expect, it } from 'vitest';
import { createRosenbrock, initializeAlgebraic, type OdeProblem, type RosenbrockMethod } from '../../src/numerics/index.ts';
import { maxRelativeError, ROBERTSON_REF, robertsonDae, robertsonOde, robertsonRhs, scaledError } from './problems.ts';

// Reference values: scipy solve_ivp Radau at rtol 1e-12 (see problems.ts, ROBERTSON_REF).
// atol per component: y2 stays below 4e-5 (and reaches 8e-14 at t = 1e11), so it gets an atol
// 1e-6 times smaller than y1 and y3 — the usual setting for this problem (dependencies.md §3).
const atolFor = (rtol: number): Float64Array => new Float64Array([1e-4 * rtol, 1e-10 * rtol, 1e-4 * rtol]);

function solve(problem: OdeProblem, rtol: number, tEnd: number, method: RosenbrockMethod = 'rodas4') {
  return createRosenbrock(problem, { rtol, atol: atolFor(rtol), autonomous: true, method }).integrate(0, [1, 0, 0], tEnd);
}

describe('Robertson (stiff chemical kinetics) against scipy Radau rtol 1e-12', () => {
  for (const [name, problem] of [
    ['ODE, analytic Jacobian', robertsonOde],
    ['ODE, finite-difference Jacobian', { n: 3, rhs: robertsonRhs }],
    ['DAE, mass diag(1, 1, 0)', robertsonDae],
  ] as const) {
    it(`${name}: RODAS4 at rtol 1e-8 matches to 1e-8 relative at t = 40 and 1e-6 at t = 1e11`, () => {
      const r40 = solve(problem, 1e-8, 40);
      const r11 = solve(problem, 1e-8, 1e11);
      expect(r40.status).toBe('done');
      expect(r40.t).toBe(40);
      expect(r11.t).toBe(1e11);
      // Global error ≈ tolerance-proportional; measured 4e-10 (t = 40), 1.2e-7 (t = 1e11: y1 ≈ 2e-8 and
      // y2 ≈ 8e-14, relative errors of tiny components after 1e11 s of integration).
      expect(maxRelativeError(r40.y, ROBERTSON_REF.t40)).toBeLessThan(1e-8);
      expect(maxRelativeError(r11.y, ROBERTSON_REF.t1e11)).toBeLessThan(1e-6);
      expect(r11.stats.steps).toBeLessThan(3000);
    });

    it(`${name}: conserves y1 + y2 + y3 = 1 (a linear invariant) to 1e-13`, () => {
      const r = solve(problem, 1e-6, 1e11);
      expect(Math.abs(r.y[0]! + r.y[1]! + r.y[2]! - 1)).toBeLessThan(1e-13);
    });
  }

  it('RODAS3 (selectable) reaches 1e-6 relative at t = 40 with rtol 1e-8', () => {
    const r = solve(robertsonOde, 1e-8, 40, 'rodas3');
    expect(maxRelativeError(r.y, ROBERTSON_REF.t40)).toBeLessThan(1e-8);
    expect(maxRelativeError(solve(robertsonDae, 1e-8, 1e11, 'rodas3').y, ROBERTSON_REF.t1e11)).toBeLessThan(1e-5);
  });

  it('errors shrink with rtol (1e-4 → 1e-6 → 1e-8) and stay within the tolerance', () => {
    for (const problem of [robertsonOde, robertsonDae]) {
      const errors = [1e-4, 1e-6, 1e-8].map((rtol) => {
        const y = solve(problem, rtol, 40).y;
        expect(scaledError(y, ROBERTSON_REF.t40, rtol, atolFor(rtol))).toBeLessThan(1);
        return maxRelativeError(y, ROBERTSON_REF.t40);
      });
      // Measured: 9.6e-7, 3.4e-8, 4.3e-10 — at least a factor 10 per factor 100 in rtol.
      expect(errors[1]!).toBeLessThan(errors[0]! / 10);
      expect(errors[2]!).toBeLessThan(errors[1]! / 10);
    }
  });

  it('halving rtol changes the answer by less than the tolerance', () => {
    for (const problem of [robertsonOde, robertsonDae]) {
      for (const rtol of [1e-4, 1e-6, 1e-8]) {
        for (const tEnd of [40, 1e11]) {
          const a = solve(problem, rtol, tEnd).y;
          const b = solve(problem, rtol / 2, tEnd).y;
          expect(scaledError(a, b, rtol, atolFor(rtol))).toBeLessThan(1);
        }
      }
    }
  });

  it('the DAE from inconsistent initial values: initializeAlgebraic fixes y3, then the solution matches', () => {
    const y0 = initializeAlgebraic(robertsonDae, 0, [1, 0, 0.3]);
    expect(Array.from(y0)).toEqual([1, 0, expect.closeTo(0, 15)]);
    const r = createRosenbrock(robertsonDae, { rtol: 1e-8, atol: atolFor(1e-8), autonomous: true }).integrate(0, y0, 40);
    expect(maxRelativeError(r.y, ROBERTSON_REF.t40)).toBeLessThan(1e-8);
  });

  it('reports its work: steps, rejections, rhs evaluations, Jacobians and LU decompositions', () => {
    const r = solve({ n: 3, rhs: robertsonRhs }, 1e-6, 40);
    const { steps, rejected, rhsEvaluations, jacobianEvaluations, luDecompositions } = r.stats;
    expect(steps).toBeGreaterThan(50);
    expect(jacobianEvaluations).toBe(steps); // one per step, kept through rejections
    expect(luDecompositions).toBe(steps + rejected);
    // 6 stages per attempt + 3 for the finite-difference Jacobian per step + 1 initial-step probe.
    expect(rhsEvaluations).toBe(5 * (steps + rejected) + steps * (1 + 3) + 1);
  });
});
