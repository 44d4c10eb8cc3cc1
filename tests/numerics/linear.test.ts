import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRosenbrock } from '../../src/numerics/index.ts';
import { scaledError } from './problems.ts';

/**
 * y′ = A·y with A = V·B·V⁻¹, B = diag(λ, [[a, b], [−b, a]]): real eigenvalue λ and a complex pair
 * a ± ib (|b| ≤ 20), chosen at random, decay rates from 0.1 to 1e4 (stiff). The exact solution is
 * y(t) = V·exp(Bt)·V⁻¹·y0 with exp(Bt) = diag(e^{λt}, e^{at}·[[cos bt, sin bt], [−sin bt, cos bt]])
 * (the matrix exponential of a real Jordan block; e.g. Hirsch & Smale, "Differential Equations,
 * Dynamical Systems and Linear Algebra", ch. 6).
 */
const V = [
  [1, 1, 0],
  [0, 1, 1],
  [1, 0, 1],
];
const Vinv = [
  [0.5, -0.5, 0.5],
  [0.5, 0.5, -0.5],
  [-0.5, 0.5, 0.5],
];
const mul = (P: number[][], Q: number[][]): number[][] => P.map((row) => Q[0]!.map((_, j) => row.reduce((s, p, k) => s + p * Q[k]![j]!, 0)));
const apply = (P: number[][], x: number[]): number[] => P.map((row) => row.reduce((s, p, k) => s + p * x[k]!, 0));

function exactSolution(lambda: number, a: number, b: number, t: number, y0: number[]): number[] {
  const e = Math.exp(a * t);
  const expB = [
    [Math.exp(lambda * t), 0, 0],
    [0, e * Math.cos(b * t), e * Math.sin(b * t)],
    [0, -e * Math.sin(b * t), e * Math.cos(b * t)],
  ];
  return apply(mul(mul(V, expB), Vinv), y0);
}

describe('linear constant-coefficient systems against the matrix exponential', () => {
  it('V·Vinv is the identity (the fixture is right)', () => {
    expect(mul(V, Vinv)).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });

  it('RODAS4 at rtol 1e-8 reproduces exp(At)·y0 for random stiff spectra and times (property)', () => {
    const magnitude = fc.double({ min: -1, max: 4, noNaN: true }).map((u) => 10 ** u); // 0.1 … 1e4
    fc.assert(
      fc.property(
        magnitude,
        magnitude,
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (mLambda, mA, b, t, y0) => {
          const lambda = -mLambda;
          const a = -mA;
          const B = [
            [lambda, 0, 0],
            [0, a, b],
            [0, -b, a],
          ];
          const A = mul(mul(V, B), Vinv);
          const problem = {
            n: 3,
            rhs: (_t: number, y: Float64Array, f: Float64Array) => {
              for (let i = 0; i < 3; i++) f[i] = A[i]![0]! * y[0]! + A[i]![1]! * y[1]! + A[i]![2]! * y[2]!;
            },
            jacobian: (_t: number, _y: Float64Array, J: Float64Array) => J.set(A.flat()),
          };
          const r = createRosenbrock(problem, { rtol: 1e-8, atol: 1e-10, autonomous: true }).integrate(0, y0, t);
          // Error relative to the size of the solution (components pass through zero as they
          // oscillate). Local error control does not bound the global error: it accumulates over
          // up to ~16 periods and ~4000 steps; the worst of 3000 random samples was 6.2× the tolerance.
          const exact = exactSolution(lambda, a, b, t, y0);
          const size = Math.max(...exact.map(Math.abs));
          expect(scaledError(r.y, exact, 0, 1e-10 + 1e-8 * size)).toBeLessThan(30);
        },
      ),
      { numRuns: 60 },
    );
  });
});
