import { SolverError } from './errors.ts';
import type { EventSpec } from './events.ts';
import type { RosenbrockCore } from './rosenbrock-core.ts';
import { weightedRmsNorm } from './step-control.ts';

/** Iterations of the refinement; Illinois converges superlinearly, so a handful suffice. */
const MAX_REFINEMENTS = 12;

/**
 * Locate a terminal event on true integration steps instead of the dense output.
 *
 * The dense output of a long step (hours, on a smooth discharge) can be poor exactly where events
 * happen: at the knee where a cathode fills or empties and the voltage plunges. There the cubic
 * interpolant may put the crossing minutes away from where the integrator would, and the run then
 * continues from an interpolated state, so a cell without degradation shows capacities that wander
 * from cycle to cycle by ~0.1 %. Here φ(τ) = g(t + τ, Φ_τ(y)) is solved for its root instead, where
 * Φ_τ is one Rosenbrock step of size τ from the accepted point (t, y) (its Jacobian is reused: each
 * trial costs one LU and the stages). φ(0) = g(t, y) and φ(h) = g(t + h, y_{n+1}) bracket the root;
 * the interpolant's root is the first guess; Illinois iterations shrink the bracket to `timeTol`.
 * Hairer & Wanner, Solving ODEs II, §IV.7 (dense output); Dahlquist & Björck (Illinois method).
 *
 * Returns the time on the crossed side of the root (where the event has happened) with its state in
 * `yOut`, or undefined when a trial step fails its error test or is singular, or the iterations do
 * not converge within MAX_REFINEMENTS (the caller then keeps the dense-output root).
 */
export function refineTerminalEvent(
  core: RosenbrockCore,
  event: EventSpec,
  t: number,
  y: Float64Array,
  gStart: number,
  h: number,
  gEnd: number,
  yEnd: Float64Array,
  tGuess: number,
  timeTol: number,
  rtol: number,
  atol: Float64Array,
  yOut: Float64Array,
): number | undefined {
  const n = core.n;
  const trial = new Float64Array(n);
  const err = new Float64Array(n);
  // Bracket [a, b] in τ: a on the start side (sign of gStart), b on the crossed side.
  let a = 0;
  let ga = gStart;
  let b = h;
  let gb = gEnd;
  yOut.set(yEnd);
  let side = 0;
  let tau = Math.min(Math.max(tGuess - t, 0), h);
  for (let k = 0; k < MAX_REFINEMENTS && b - a > timeTol; k++) {
    if (!(tau > a && tau < b)) tau = a + (b - a) / 2;
    try {
      core.attempt(t, y, tau, trial, err);
    } catch (e) {
      if (e instanceof SolverError) return undefined;
      throw e;
    }
    if (!(weightedRmsNorm(err, y, trial, rtol, atol) <= 1)) return undefined;
    const g = event.g(t + tau, trial);
    if (!Number.isFinite(g)) return undefined;
    if (g === 0 || Math.sign(g) === Math.sign(gb)) {
      b = tau;
      gb = g;
      yOut.set(trial);
      if (side === 1) ga /= 2; // Illinois: halve the stale end
      side = 1;
    } else {
      a = tau;
      ga = g;
      if (side === -1) gb /= 2;
      side = -1;
    }
    if (g === 0) break;
    tau = b - (gb * (b - a)) / (gb - ga);
  }
  // Not converged (g nearly a step function of τ, e.g. a voltage that plunges at a knee): the
  // bracket end is not the crossing, so the dense-output root is kept.
  if (b - a > timeTol && gb !== 0) return undefined;
  return t + b;
}
