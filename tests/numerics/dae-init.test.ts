import { describe, expect, it } from 'vitest';
import { createRosenbrock, initializeAlgebraic, SolverError, type OdeProblem } from '../../src/numerics/index.ts';

/**
 * A nonlinear index-1 DAE with a closed-form solution (constructed for this test):
 *   y1′ = −y1,   0 = y2³ + y2 − y1 − y1³  ⇒  y2 = y1 (the cubic z³ + z is strictly increasing), y1 = e^{−t}.
 */
const cubic: OdeProblem = {
  n: 2,
  rhs(_t, y, f) {
    f[0] = -y[0]!;
    f[1] = y[1]! ** 3 + y[1]! - y[0]! - y[0]! ** 3;
  },
  mass: new Float64Array([1, 0]),
};

describe('consistent initialisation of the algebraic components (initializeAlgebraic)', () => {
  it('solves the nonlinear algebraic equation by Newton with the differential component fixed', () => {
    for (const guess of [0, -5, 40]) {
      const y0 = initializeAlgebraic(cubic, 0, [2, guess]);
      expect(y0[0]).toBe(2); // differential component untouched
      expect(y0[1]!).toBeCloseTo(2, 13);
    }
  });

  it('uses problem.jacobian when given (banded layout too)', () => {
    const withJac: OdeProblem = {
      ...cubic,
      bandwidth: { lower: 1, upper: 1 },
      jacobian(_t, y, J) {
        // band rows of width 3: J[i*3 + j − i + 1]
        J[1] = -1;
        J[3] = -1 - 3 * y[0]! ** 2;
        J[4] = 3 * y[1]! ** 2 + 1;
      },
    };
    expect(initializeAlgebraic(withJac, 0, [0.5, 3])[1]!).toBeCloseTo(0.5, 13);
  });

  it('a consistent start then integrates to the exact solution y1 = y2 = e^{−t}', () => {
    const y0 = initializeAlgebraic(cubic, 0, [1, 0.3]);
    const r = createRosenbrock(cubic, { rtol: 1e-9, atol: 1e-12, autonomous: true }).integrate(0, y0, 2);
    expect(r.y[0]!).toBeCloseTo(Math.exp(-2), 9);
    expect(r.y[1]!).toBeCloseTo(Math.exp(-2), 9);
  });

  it('returns a copy unchanged for an ODE (no algebraic components)', () => {
    const ode: OdeProblem = { n: 1, rhs: (_t, y, f) => void (f[0] = -y[0]!) };
    const y0 = [3];
    expect(Array.from(initializeAlgebraic(ode, 0, y0))).toEqual([3]);
  });

  it('fails with initialization-failed when Newton runs out of iterations (a far guess, maxIterations 2)', () => {
    const e = caught(() => initializeAlgebraic(cubic, 0, [2, 40], { maxIterations: 2 }));
    expect(e.kind).toBe('initialization-failed');
    expect(e.message).toMatch(/did not converge in 2 iterations at t = 0 \(residual 2-norm [\d.e+]+; algebraic components 1\): give a better initial guess/);
  });

  it('fails with initialization-failed on 0 = e^z + 1 (no solution: Newton runs off to where ∂f/∂z underflows)', () => {
    const none: OdeProblem = { n: 2, rhs: (_t, y, f) => void ((f[0] = 0), (f[1] = Math.exp(y[1]!) + 1)), mass: new Float64Array([1, 0]) };
    expect(caught(() => initializeAlgebraic(none, 0, [0, 1])).kind).toBe('initialization-failed');
  });

  it('fails with initialization-failed when ∂f_alg/∂y_alg is singular (an index-2 formulation)', () => {
    // 0 = y1 − 1 does not involve the algebraic variable y2.
    const index2: OdeProblem = { n: 2, rhs: (_t, y, f) => void ((f[0] = y[1]!), (f[1] = y[0]! - 1)), mass: new Float64Array([1, 0]) };
    const e = caught(() => initializeAlgebraic(index2, 0, [2, 0]));
    expect(e.kind).toBe('initialization-failed');
    expect(e.message).toMatch(/∂f_alg\/∂y_alg is singular .*index-1 DAE/);
  });
});

function caught(f: () => unknown): SolverError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SolverError);
    return e as SolverError;
  }
  return expect.fail('expected an error');
}
