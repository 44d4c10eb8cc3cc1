import { SolverError } from './errors.ts';

/**
 * LU factorisation with partial (row) pivoting of a dense n×n matrix, in place: P·A = L·U.
 *
 * `a` is row-major (`a[i*n + j]` = A_ij). On return its strict lower triangle holds the multipliers
 * of L (unit diagonal implied) and its upper triangle holds U; `piv[k]` is the row swapped with row
 * k at step k (LAPACK `getrf` convention, 0-based). Allocates nothing.
 *
 * Algorithm: Gaussian elimination with partial pivoting, right-looking (kij) form. Golub & Van Loan,
 * "Matrix Computations", 4th ed., Johns Hopkins 2013, §3.4.3, Algorithm 3.4.1; LAPACK `dgetf2`.
 *
 * Throws `SolverError` (kind `singular-matrix`) on an exactly zero pivot, and (kind `non-finite`)
 * if the matrix holds NaN or ±Inf.
 */
export function luFactor(a: Float64Array, n: number, piv: Int32Array): void {
  for (let k = 0; k < n; k++) {
    let p = k;
    let max = Math.abs(a[k * n + k]!);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]!);
      if (v > max) {
        max = v;
        p = i;
      }
    }
    piv[k] = p;
    if (!(max > 0)) throw pivotError(max, k, n, 'dense');
    if (p !== k) {
      const rk = k * n;
      const rp = p * n;
      for (let j = 0; j < n; j++) {
        const t = a[rk + j]!;
        a[rk + j] = a[rp + j]!;
        a[rp + j] = t;
      }
    }
    const rk = k * n;
    const inv = 1 / a[rk + k]!;
    for (let i = k + 1; i < n; i++) {
      const ri = i * n;
      const l = a[ri + k]! * inv;
      a[ri + k] = l;
      if (l !== 0) for (let j = k + 1; j < n; j++) a[ri + j]! -= l * a[rk + j]!;
    }
  }
}

/**
 * Solve A·x = b with the factors from `luFactor`. Writes x into `x` (which may be `b` itself);
 * allocates nothing. Forward substitution with L (unit diagonal) after applying the row swaps,
 * then back substitution with U (Golub & Van Loan §3.1, Algorithms 3.1.1–3.1.2).
 */
export function luSolve(lu: Float64Array, n: number, piv: Int32Array, b: Float64Array, x: Float64Array): void {
  if (x !== b) for (let i = 0; i < n; i++) x[i] = b[i]!;
  for (let k = 0; k < n; k++) {
    const p = piv[k]!;
    if (p !== k) {
      const t = x[k]!;
      x[k] = x[p]!;
      x[p] = t;
    }
  }
  for (let i = 1; i < n; i++) {
    const ri = i * n;
    let s = x[i]!;
    for (let j = 0; j < i; j++) s -= lu[ri + j]! * x[j]!;
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    const ri = i * n;
    let s = x[i]!;
    for (let j = i + 1; j < n; j++) s -= lu[ri + j]! * x[j]!;
    x[i] = s / lu[ri + i]!;
  }
}

/** The error for a zero or non-finite pivot; shared by the dense and banded factorisations. */
export function pivotError(pivot: number, column: number, n: number, storage: 'dense' | 'banded'): SolverError {
  if (Number.isNaN(pivot) || !Number.isFinite(pivot)) {
    return new SolverError(
      'non-finite',
      `LU factorisation (${storage}, n = ${n}): column ${column} holds NaN or Inf. ` +
        'Check the matrix entries (for an ODE solve: the Jacobian and the right-hand side) for division by zero, log of a non-positive number or overflow.',
    );
  }
  return new SolverError(
    'singular-matrix',
    `LU factorisation (${storage}, n = ${n}): the matrix is singular (zero pivot in column ${column}). ` +
      'Check for a row or column of zeros. In an ODE/DAE solve the matrix is M/(h·γ) − J: check that the Jacobian is right, ' +
      'that every algebraic equation (mass 0) depends on some algebraic variable (an index-1 DAE), ' +
      (storage === 'banded' ? 'that the bandwidth covers every nonzero of the Jacobian, ' : '') +
      'and that the mass matrix marks the right rows as algebraic.',
  );
}
