import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandedLuFactor, bandedLuSolve, bandIndex, bandRows, luFactor, luSolve, SolverError } from '../../src/numerics/index.ts';

function denseSolve(A: number[][], b: number[]): Float64Array {
  const n = b.length;
  const a = Float64Array.from(A.flat());
  const piv = new Int32Array(n);
  luFactor(a, n, piv);
  const x = new Float64Array(n);
  luSolve(a, n, piv, Float64Array.from(b), x);
  return x;
}

function bandedSolve(A: number[][], b: number[], kl: number, ku: number): Float64Array {
  const n = b.length;
  const ab = new Float64Array(bandRows(kl, ku) * n).fill(NaN); // the fill-in rows may hold anything
  for (let i = 0; i < n; i++) for (let j = Math.max(0, i - kl); j <= Math.min(n - 1, i + ku); j++) ab[bandIndex(kl, ku, i, j)] = A[i]![j]!;
  const piv = new Int32Array(n);
  bandedLuFactor(ab, n, kl, ku, piv);
  const x = new Float64Array(n);
  bandedLuSolve(ab, n, kl, ku, piv, Float64Array.from(b), x);
  return x;
}

const residual = (A: number[][], x: ArrayLike<number>, b: number[]): number =>
  Math.max(...A.map((row, i) => Math.abs(row.reduce((s, a, j) => s + a * x[j]!, 0) - b[i]!)));

/** A random banded matrix with |diagonal| in [0.5, 2] and off-diagonals in [−1, 1] (so pivoting still happens). */
const bandedMatrix = fc
  .record({ n: fc.integer({ min: 1, max: 24 }), kl: fc.integer({ min: 0, max: 4 }), ku: fc.integer({ min: 0, max: 4 }), seed: fc.integer() })
  .map(({ n, kl, ku, seed }) => {
    kl = Math.min(kl, n - 1);
    ku = Math.min(ku, n - 1);
    let s = seed >>> 0 || 1;
    const rnd = (): number => {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      return (s >>> 0) / 2 ** 32;
    };
    const A = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (j - i > ku || i - j > kl ? 0 : i === j ? (rnd() < 0.5 ? -1 : 1) * (0.5 + 1.5 * rnd()) : 2 * rnd() - 1)),
    );
    const b = Array.from({ length: n }, () => 2 * rnd() - 1);
    return { n, kl, ku, A, b };
  });

describe('dense LU with partial pivoting (flat row-major Float64Array)', () => {
  it('solves Strang\'s 3×3 example (which needs a row interchange) exactly: x = (1, 1, 2)', () => {
    // G. Strang, "Linear Algebra and its Applications", §1.3: 2u+v+w = 5, 4u−6v = −2, −2u+7v+2w = 9.
    const x = denseSolve([[2, 1, 1], [4, -6, 0], [-2, 7, 2]], [5, -2, 9]);
    expect(Array.from(x)).toEqual([1, 1, 2].map((v) => expect.closeTo(v, 14)));
  });

  it('pivots past a zero on the diagonal', () => {
    expect(Array.from(denseSolve([[0, 1], [1, 0]], [3, 4]))).toEqual([4, 3]);
  });

  it('solves in place (x may be b) and allocates nothing per call', () => {
    const a = Float64Array.from([4, 1, 2, 3]);
    const piv = new Int32Array(2);
    luFactor(a, 2, piv);
    const b = Float64Array.from([1, 2]);
    luSolve(a, 2, piv, b, b);
    expect(b[0]! * 4 + b[1]!).toBeCloseTo(1, 14);
    expect(b[0]! * 2 + b[1]! * 3).toBeCloseTo(2, 14);
  });

  it('has a small residual on random systems (property)', () => {
    fc.assert(
      fc.property(bandedMatrix, ({ n, A, b }) => {
        const full = A.map((row) => row.map((v) => (v === 0 ? 0.3 : v))); // fill the band's zeros: a dense matrix
        const x = denseSolve(full, b);
        expect(residual(full, x, b)).toBeLessThan(1e-10 * (1 + Math.max(...Array.from(x, Math.abs))) * n);
      }),
      { numRuns: 200 },
    );
  });

  it('throws SolverError (singular-matrix) naming what to check, on a singular matrix', () => {
    const a = Float64Array.from([1, 2, 3, 2, 4, 6, 1, 0, 1]); // row 2 = 2 × row 1
    const err = (() => {
      try {
        luFactor(a, 3, new Int32Array(3));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(SolverError);
    expect((err as SolverError).kind).toBe('singular-matrix');
    expect((err as SolverError).message).toMatch(/singular \(zero pivot in column \d\).*check that the Jacobian is right.*index-1/s);
  });

  it('reports NaN in the matrix as non-finite, not as singular', () => {
    expect(() => luFactor(Float64Array.from([1, NaN, NaN, 1]), 2, new Int32Array(2))).toThrow(expect.objectContaining({ kind: 'non-finite' }));
  });
});

describe('banded LU (LAPACK gbtrf/gbtrs storage, kl extra rows for pivoting)', () => {
  it('stores A_ij at (kl + ku + i − j) + j·(2kl + ku + 1), as LAPACK AB(kl+ku+1+i−j, j) 0-based', () => {
    expect(bandRows(2, 1)).toBe(6);
    expect(bandIndex(2, 1, 0, 0)).toBe(3); // the diagonal sits in row kl + ku
    expect(bandIndex(2, 1, 2, 0)).toBe(5); // second subdiagonal: last row
    expect(bandIndex(2, 1, 0, 1)).toBe(2 + 6); // superdiagonal of column 1
  });

  it('gives the same solution as the dense LU on random banded matrices (property)', () => {
    fc.assert(
      fc.property(bandedMatrix, ({ n, kl, ku, A, b }) => {
        const xd = denseSolve(A, b);
        const xb = bandedSolve(A, b, kl, ku);
        const scale = 1 + Math.max(...Array.from(xd, Math.abs));
        for (let i = 0; i < n; i++) expect(Math.abs(xb[i]! - xd[i]!)).toBeLessThan(1e-9 * scale);
        expect(residual(A, xb, b)).toBeLessThan(1e-10 * scale * n);
      }),
      { numRuns: 300 },
    );
  });

  it('handles a tridiagonal system that needs pivoting (subdiagonal larger than the diagonal)', () => {
    const A = [
      [1e-3, 1, 0, 0],
      [2, 1e-3, 1, 0],
      [0, 3, 1e-3, 1],
      [0, 0, 4, 1e-3],
    ];
    const b = [1, 2, 3, 4];
    expect(residual(A, bandedSolve(A, b, 1, 1), b)).toBeLessThan(1e-12);
  });

  it('throws SolverError (singular-matrix) on a singular band, mentioning the bandwidth', () => {
    const A = [
      [1, 1, 0],
      [1, 1, 0],
      [0, 1, 1],
    ];
    expect(() => bandedSolve(A, [1, 1, 1], 1, 1)).toThrow(expect.objectContaining({ kind: 'singular-matrix', message: expect.stringMatching(/bandwidth covers every nonzero/) }));
  });
});
