/**
 * Bracketed root of a scalar function by the Illinois variant of regula falsi.
 *
 * Given g(a) and g(b) of opposite signs (or g(b) = 0), returns a time t in (a, b] at which g has
 * left the sign of g(a): g(t) = 0 or sign g(t) = sign g(b), and the root lies in [t − tol, t].
 * Returning the end of the final bracket on b's side (not an interior estimate) means that a
 * caller that stops an integration there is already past the crossing and will not detect the same
 * crossing again when it restarts.
 *
 * Method: regula falsi, halving the function value kept at an endpoint that is retained twice in a
 * row (the Illinois modification: M. Dowell & P. Jarratt, "A modified regula falsi method for
 * computing the root of an equation", BIT 11 (1971) 168–174), which restores superlinear
 * convergence (order ≈ 1.44). A bisection step is forced whenever the bracket has not at least
 * halved in two iterations, so the iteration count is bounded by ~2·log2((b − a)/tol) even for
 * functions on which regula falsi is slow.
 *
 * Throws RangeError if the inputs do not bracket a sign change.
 */
export function findRoot(
  g: (t: number) => number,
  a: number,
  b: number,
  ga: number,
  gb: number,
  tol: number,
  maxIterations = 200,
): number {
  if (!(a < b) || !(ga !== 0) || !(ga * gb <= 0) || Number.isNaN(gb)) {
    throw new RangeError(`findRoot needs a < b and g(a) ≠ 0 with g(b) of the other sign or zero (got a = ${a}, b = ${b}, g(a) = ${ga}, g(b) = ${gb})`);
  }
  if (gb === 0) return b;
  const sa = Math.sign(ga);
  let lo = a;
  let hi = b;
  let glo = ga;
  let ghi = gb;
  let side = 0; // +1: hi was replaced last; −1: lo was replaced last
  let widthRef = hi - lo; // bracket width when the last progress check passed
  let sinceRef = 0;
  let bisect = false;
  for (let it = 0; it < maxIterations && hi - lo > tol; it++) {
    let x = bisect ? lo + 0.5 * (hi - lo) : hi - (ghi * (hi - lo)) / (ghi - glo);
    if (!(x > lo && x < hi)) x = lo + 0.5 * (hi - lo);
    const gx = g(x);
    if (gx === 0) return x;
    if (Math.sign(gx) === sa) {
      lo = x;
      glo = gx;
      if (side === -1) ghi *= 0.5;
      side = -1;
    } else {
      hi = x;
      ghi = gx;
      if (side === 1) glo *= 0.5;
      side = 1;
    }
    sinceRef++;
    if (bisect || sinceRef >= 2) {
      bisect = !bisect && hi - lo > 0.5 * widthRef;
      if (!bisect) {
        widthRef = hi - lo;
        sinceRef = 0;
      }
    }
  }
  return hi;
}
