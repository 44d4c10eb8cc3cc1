/**
 * Root of a continuous, strictly increasing function g on a bracket [lo, hi] with g(lo) ≤ 0 ≤ g(hi):
 * safeguarded Newton (a Newton step is taken only when it lands strictly inside the current
 * bracket, otherwise the bracket is bisected), so it always converges and is quadratic near the root.
 * Method: W. H. Press et al., "Numerical Recipes", 3rd ed., Cambridge (2007), §9.4 ("rtsafe").
 * Internal to src/physics (src/numerics has no root finder yet): not re-exported from the index.
 */
export function solveIncreasing(
  g: (x: number) => number,
  dg: (x: number) => number,
  lo: number,
  hi: number,
  maxIterations = 200,
): number {
  let a = lo;
  let b = hi;
  if (g(a) === 0) return a;
  if (g(b) === 0) return b;
  let x = 0.5 * (a + b);
  for (let k = 0; k < maxIterations; k++) {
    const gx = g(x);
    if (gx === 0) return x;
    if (gx < 0) a = x;
    else b = x;
    const slope = dg(x);
    const newton = x - gx / slope;
    const next = Number.isFinite(newton) && newton > a && newton < b ? newton : 0.5 * (a + b);
    // Stop when the step no longer changes x at double precision, or the bracket has collapsed.
    if (next === x || b - a <= 4 * Number.EPSILON * Math.max(1, Math.abs(x))) return next;
    x = next;
  }
  return x;
}
