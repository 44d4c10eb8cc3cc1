import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SolverError, symmetricTridiagonalEigen } from '../../src/numerics/index.ts';

describe('symmetric tridiagonal eigen-decomposition (QL, implicit shifts)', () => {
  it('matches the analytic spectrum of the 1D Dirichlet Laplacian: λ_k = 2 − 2cos(kπ/(n+1))', () => {
    // Source: the eigenvalues of tridiag(−1, 2, −1) are 2 − 2cos(kπ/(n+1)), k = 1…n, with
    // eigenvectors sin(ijπ/(n+1)) (e.g. Strang, Computational Science and Engineering, 2007, §1.5).
    const n = 40;
    const r = symmetricTridiagonalEigen(new Array(n).fill(2), new Array(n - 1).fill(-1));
    for (let k = 1; k <= n; k++) expect(r.values[k - 1]).toBeCloseTo(2 - 2 * Math.cos((k * Math.PI) / (n + 1)), 12);
    // First eigenvector ∝ sin(iπ/(n+1)), up to sign.
    const norm = Math.sqrt((n + 1) / 2);
    const sign = Math.sign(r.vectors[0] ?? 1);
    for (let i = 0; i < n; i++) expect((r.vectors[i * n] ?? 0) * sign).toBeCloseTo(Math.sin(((i + 1) * Math.PI) / (n + 1)) / norm, 12);
  });

  it('has a zero eigenvalue with a constant vector for the Neumann (conservative) Laplacian', () => {
    const n = 10;
    const d = new Array(n).fill(2);
    d[0] = 1;
    d[n - 1] = 1;
    const r = symmetricTridiagonalEigen(d, new Array(n - 1).fill(-1));
    expect(Math.abs(r.values[0] ?? 1)).toBeLessThan(1e-14);
    for (let i = 0; i < n; i++) expect(Math.abs(r.vectors[i * n] ?? 0)).toBeCloseTo(1 / Math.sqrt(n), 13);
  });

  it('A·v = λ·v and VᵀV = I for random matrices (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 50, maxLength: 50 }), (n, raw) => {
        const d = raw.slice(0, n);
        const e = raw.slice(25, 25 + n - 1);
        const { values, vectors } = symmetricTridiagonalEigen(d, e);
        const scale = Math.max(1, ...raw.map(Math.abs));
        for (let k = 0; k < n; k++) {
          for (let i = 0; i < n; i++) {
            const av = (d[i] ?? 0) * (vectors[i * n + k] ?? 0) + (i > 0 ? (e[i - 1] ?? 0) * (vectors[(i - 1) * n + k] ?? 0) : 0) + (i < n - 1 ? (e[i] ?? 0) * (vectors[(i + 1) * n + k] ?? 0) : 0);
            expect(Math.abs(av - (values[k] ?? 0) * (vectors[i * n + k] ?? 0))).toBeLessThan(1e-10 * scale);
          }
          for (let j = 0; j < n; j++) {
            let dot = 0;
            for (let i = 0; i < n; i++) dot += (vectors[i * n + k] ?? 0) * (vectors[i * n + j] ?? 0);
            expect(dot).toBeCloseTo(k === j ? 1 : 0, 10);
          }
        }
        for (let k = 1; k < n; k++) expect(values[k] ?? 0).toBeGreaterThanOrEqual(values[k - 1] ?? 0);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects mismatched sizes and non-finite entries', () => {
    expect(() => symmetricTridiagonalEigen([1, 2], [1, 2])).toThrow(SolverError);
    expect(() => symmetricTridiagonalEigen([1, Number.NaN], [1])).toThrow(/non-finite/);
  });
});
