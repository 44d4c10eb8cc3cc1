import { SolverError } from './errors.ts';

/** Eigenvalues (ascending) and orthonormal eigenvectors of a symmetric tridiagonal matrix. */
export interface TridiagonalEigen {
  readonly n: number;
  /** Eigenvalues λ_k, ascending. */
  readonly values: Float64Array;
  /** Eigenvectors as columns, row-major n×n: component i of vector k is `vectors[i * n + k]`. */
  readonly vectors: Float64Array;
}

/**
 * Eigen-decomposition of the symmetric tridiagonal matrix with diagonal `d` (length n) and
 * off-diagonal `e` (length n − 1, e[i] couples i and i+1), by the QL algorithm with implicit
 * Wilkinson shifts, accumulating the rotations into the identity so the columns are orthonormal
 * eigenvectors.
 * Source: the EISPACK routine tql2 (Bowdler, Martin, Reinsch & Wilkinson, Numer. Math. 11, 293
 * (1968)), in the form of Press et al., "Numerical Recipes", 3rd ed. (2007) §11.4 (tqli), with
 * the eigenpairs sorted ascending at the end. O(n³) with vectors; meant for n ≲ a few hundred.
 */
export function symmetricTridiagonalEigen(d: ArrayLike<number>, e: ArrayLike<number>): TridiagonalEigen {
  const n = d.length;
  if (n < 1 || e.length !== Math.max(n - 1, 0)) {
    throw new SolverError('initialization-failed', `a symmetric tridiagonal matrix needs n ≥ 1 diagonal and n − 1 off-diagonal entries (got ${n} and ${e.length})`);
  }
  const diag = Float64Array.from(d);
  const off = new Float64Array(n);
  for (let i = 0; i < n - 1; i++) off[i] = e[i] ?? 0;
  const z = new Float64Array(n * n);
  for (let i = 0; i < n; i++) z[i * n + i] = 1;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(diag[i] ?? NaN) || !Number.isFinite(off[i] ?? NaN)) {
      throw new SolverError('non-finite', `the tridiagonal matrix has a non-finite entry in row ${i}: check the inputs`);
    }
  }
  // Off-diagonals below EPS relative to their neighbours — or to the whole matrix when those are
  // zero — are treated as zero (deflation), so denormal couplings cannot stall the iteration.
  let norm = 0;
  for (let i = 0; i < n; i++) norm = Math.max(norm, Math.abs(diag[i] ?? 0) + Math.abs(off[i] ?? 0) + Math.abs(i > 0 ? (off[i - 1] ?? 0) : 0));
  for (let l = 0; l < n; l++) {
    let iter = 0;
    for (;;) {
      let m = l;
      for (; m < n - 1; m++) {
        const dd = Math.abs(diag[m] ?? 0) + Math.abs(diag[m + 1] ?? 0);
        const e = Math.abs(off[m] ?? 0);
        if (e <= Number.EPSILON * dd || e <= Number.EPSILON * Number.EPSILON * norm || e < 1e-300) {
          off[m] = 0;
          break;
        }
      }
      if (m === l) break;
      if (++iter > 60) throw new SolverError('initialization-failed', `the tridiagonal eigen-decomposition did not converge (eigenvalue ${l}); the matrix is badly scaled`);
      let g = ((diag[l + 1] ?? 0) - (diag[l] ?? 0)) / (2 * (off[l] ?? 1));
      let r = Math.hypot(g, 1);
      g = (diag[m] ?? 0) - (diag[l] ?? 0) + (off[l] ?? 0) / (g + (g >= 0 ? Math.abs(r) : -Math.abs(r)));
      let s = 1;
      let c = 1;
      let p = 0;
      let i = m - 1;
      for (; i >= l; i--) {
        let f = s * (off[i] ?? 0);
        const b = c * (off[i] ?? 0);
        r = Math.hypot(f, g);
        off[i + 1] = r;
        if (r === 0) {
          diag[i + 1] = (diag[i + 1] ?? 0) - p;
          off[m] = 0;
          break;
        }
        s = f / r;
        c = g / r;
        g = (diag[i + 1] ?? 0) - p;
        r = ((diag[i] ?? 0) - g) * s + 2 * c * b;
        p = s * r;
        diag[i + 1] = g + p;
        g = c * r - b;
        for (let k = 0; k < n; k++) {
          f = z[k * n + i + 1] ?? 0;
          const zi = z[k * n + i] ?? 0;
          z[k * n + i + 1] = s * zi + c * f;
          z[k * n + i] = c * zi - s * f;
        }
      }
      if (r === 0 && i >= l) continue;
      diag[l] = (diag[l] ?? 0) - p;
      off[l] = g;
      off[m] = 0;
    }
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => (diag[a] ?? 0) - (diag[b] ?? 0));
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((k, j) => {
    values[j] = diag[k] ?? 0;
    for (let i = 0; i < n; i++) vectors[i * n + j] = z[i * n + k] ?? 0;
  });
  return { n, values, vectors };
}
