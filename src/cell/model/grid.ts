/**
 * A one-dimensional finite-volume grid across the electrolyte gap [0, L], graded geometrically
 * towards both walls so the thin depletion layer at an electrode is resolved with few cells
 * (the Sand-time front; PyBaMM uses the same idea with its "Exponential1DSubMesh").
 */
export interface Grid {
  readonly n: number;
  /** Cell widths h_k [m]. */
  readonly widths: Float64Array;
  /** Cell centres x_k [m]. */
  readonly centres: Float64Array;
  /** Distances between neighbouring centres, length n − 1 [m]. */
  readonly spacing: Float64Array;
  readonly length: number;
}

/**
 * Cells grow by `ratio` from each wall to the middle (ratio 1 = uniform). With n = 24 and ratio
 * 1.3 the wall cells are L/152 wide.
 */
export function gradedGrid(length: number, n: number, ratio = 1.3): Grid {
  if (!(length > 0) || !Number.isInteger(n) || n < 2 || !(ratio >= 1)) {
    throw new RangeError(`a grid needs length > 0 (got ${length}), at least 2 cells (got ${n}) and ratio ≥ 1 (got ${ratio})`);
  }
  const raw = new Float64Array(n);
  for (let k = 0; k < n; k++) raw[k] = ratio ** Math.min(k, n - 1 - k);
  const total = raw.reduce((a, b) => a + b, 0);
  const widths = raw.map((w) => (w / total) * length);
  const centres = new Float64Array(n);
  let x = 0;
  for (let k = 0; k < n; k++) {
    const w = widths[k] ?? 0;
    centres[k] = x + w / 2;
    x += w;
  }
  const spacing = new Float64Array(n - 1);
  for (let k = 0; k < n - 1; k++) spacing[k] = (centres[k + 1] ?? 0) - (centres[k] ?? 0);
  return { n, widths, centres, spacing, length };
}
