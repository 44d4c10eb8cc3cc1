import { pivotError } from './lu-dense.ts';

/**
 * Banded LU in LAPACK `gbtrf`/`gbtrs` storage, for method-of-lines systems.
 *
 * Storage: an n×n matrix with `kl` sub- and `ku` superdiagonals lives in a flat Float64Array of
 * `bandRows(kl, ku) · n` entries, column-major with leading dimension ldab = 2·kl + ku + 1:
 * A_ij is at `bandIndex(kl, ku, i, j)` = (kl + ku + i − j) + j·ldab, for max(0, j−ku) ≤ i ≤ min(n−1, j+kl).
 * The first kl rows of each column are workspace for the fill-in that row interchanges create
 * (U gets kl + ku superdiagonals). This is LAPACK's AB layout (Anderson et al., "LAPACK Users'
 * Guide", 3rd ed., SIAM 1999, §5.3.3), 0-based.
 */

/** Rows of the band storage (LAPACK's LDAB): 2·kl + ku + 1. */
export function bandRows(kl: number, ku: number): number {
  return 2 * kl + ku + 1;
}

/** Index of A_ij in band storage with kl sub- and ku superdiagonals (see the file header). */
export function bandIndex(kl: number, ku: number, i: number, j: number): number {
  return kl + ku + i - j + j * (2 * kl + ku + 1);
}

/**
 * Factor a banded matrix in place: P·A = L·U with partial pivoting, as LAPACK `dgbtf2` (the
 * unblocked form of `dgbtrf`; Anderson et al., LAPACK Users' Guide, and Golub & Van Loan,
 * "Matrix Computations", 4th ed., §4.3.5). `ab` is in band storage (see `bandIndex`); its first kl
 * rows may hold anything on entry. On return U occupies rows 0..kl+ku of each column and the
 * multipliers of L rows kl+ku+1..2kl+ku; `piv[j]` is the row swapped with row j. Allocates nothing.
 *
 * Throws `SolverError` (kind `singular-matrix`) on an exactly zero pivot, (kind `non-finite`) on NaN/Inf.
 */
export function bandedLuFactor(ab: Float64Array, n: number, kl: number, ku: number, piv: Int32Array): void {
  const ldab = 2 * kl + ku + 1;
  const kv = kl + ku;
  // Zero the fill-in rows of the columns that elimination will reach (dgbtf2: columns ku+1..kv-1).
  for (let j = ku + 1; j < Math.min(kv, n); j++) for (let i = kv - j; i < kl; i++) ab[i + j * ldab] = 0;
  let ju = 0; // last column touched by the row interchanges so far
  for (let j = 0; j < n; j++) {
    const cj = j * ldab;
    if (j + kv < n) for (let i = 0; i < kl; i++) ab[i + (j + kv) * ldab] = 0;
    const km = Math.min(kl, n - 1 - j);
    // Pivot: largest |entry| among rows j..j+km of column j (band rows kv..kv+km).
    let jp = 0;
    let max = Math.abs(ab[kv + cj]!);
    for (let i = 1; i <= km; i++) {
      const v = Math.abs(ab[kv + i + cj]!);
      if (v > max) {
        max = v;
        jp = i;
      }
    }
    piv[j] = jp + j;
    if (!(max > 0)) throw pivotError(max, j, n, 'banded');
    ju = Math.max(ju, Math.min(j + ku + jp, n - 1));
    if (jp !== 0) {
      // Swap rows j and j+jp over columns j..ju. Row r, column c sits at (kv + r − c) + c·ldab.
      for (let c = j; c <= ju; c++) {
        const a = kv + j - c + c * ldab;
        const b = a + jp;
        const t = ab[a]!;
        ab[a] = ab[b]!;
        ab[b] = t;
      }
    }
    if (km > 0) {
      const inv = 1 / ab[kv + cj]!;
      for (let i = 1; i <= km; i++) ab[kv + i + cj]! *= inv;
      // Rank-1 update of the trailing block: rows j+1..j+km, columns j+1..ju.
      for (let c = j + 1; c <= ju; c++) {
        const cc = c * ldab;
        const u = ab[kv + j - c + cc]!; // U_{j,c}
        if (u !== 0) {
          const base = kv + j - c + cc; // row j in column c; row j+i is base + i
          for (let i = 1; i <= km; i++) ab[base + i]! -= ab[kv + i + cj]! * u;
        }
      }
    }
  }
}

/**
 * Solve A·x = b with the factors from `bandedLuFactor` (LAPACK `dgbtrs`, no transpose): apply the
 * interchanges and L column by column, then back-substitute with the banded U (kl + ku
 * superdiagonals). Writes x into `x` (which may be `b`); allocates nothing.
 */
export function bandedLuSolve(
  ab: Float64Array,
  n: number,
  kl: number,
  ku: number,
  piv: Int32Array,
  b: Float64Array,
  x: Float64Array,
): void {
  const ldab = 2 * kl + ku + 1;
  const kv = kl + ku;
  if (x !== b) for (let i = 0; i < n; i++) x[i] = b[i]!;
  if (kl > 0) {
    for (let j = 0; j < n - 1; j++) {
      const lm = Math.min(kl, n - 1 - j);
      const l = piv[j]!;
      if (l !== j) {
        const t = x[l]!;
        x[l] = x[j]!;
        x[j] = t;
      }
      const xj = x[j]!;
      if (xj !== 0) {
        const cj = j * ldab + kv;
        for (let i = 1; i <= lm; i++) x[j + i]! -= ab[cj + i]! * xj;
      }
    }
  }
  for (let j = n - 1; j >= 0; j--) {
    const cj = j * ldab;
    let xj = x[j]!;
    if (xj !== 0) {
      xj /= ab[kv + cj]!;
      x[j] = xj;
      const i0 = Math.max(0, j - kv);
      for (let i = i0; i < j; i++) x[i]! -= xj * ab[kv + i - j + cj]!;
    }
  }
}
