import type { OdeProblem } from './problem.ts';

/**
 * Weighted RMS norm of an error estimate (Hairer, Nørsett & Wanner, "Solving ODEs I", 2nd ed.,
 * Springer 1993, §II.4, "Automatic step size control"):
 *
 *   ‖err‖ = sqrt( (1/n) Σ_i ( err_i / (atol_i + rtol·max(|y_i|, |yNew_i|)) )² )
 *
 * A step is accepted when ‖err‖ ≤ 1. Returns +Infinity if any term is NaN or infinite.
 */
export function weightedRmsNorm(err: Float64Array, y: Float64Array, yNew: Float64Array, rtol: number, atol: Float64Array): number {
  const n = err.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const sk = atol[i]! + rtol * Math.max(Math.abs(y[i]!), Math.abs(yNew[i]!));
    const q = err[i]! / sk;
    sum += q * q;
  }
  const norm = Math.sqrt(sum / n);
  return Number.isFinite(norm) ? norm : Infinity;
}

/** Parameters of the step-size controller. */
export interface StepController {
  /** Local order of the error estimate: min(order, embedded order) + 1. */
  readonly k: number;
  /** Safety factor. */
  readonly safety: number;
  /** Bounds on h_new/h. */
  readonly minFactor: number;
  readonly maxFactor: number;
}

/**
 * Step-size factor after an accepted step, PI control:
 *
 *   h_new/h = safety · ‖err_n‖^(−0.7/k) · ‖err_{n−1}‖^(0.4/k),   clipped to [minFactor, maxFactor]
 *
 * (K. Gustafsson, M. Lundh & G. Söderlind, "A PI stepsize control for the numerical solution of
 * ordinary differential equations", BIT 28 (1988) 270–287, with their k_I = 0.3/k, k_P = 0.4/k;
 * see also Hairer & Wanner, "Solving ODEs II", 2nd ed., §IV.2).
 * `errPrev` is the norm of the previous accepted step (1 for the first).
 */
export function acceptedStepFactor(err: number, errPrev: number, c: StepController): number {
  const e = Math.max(err, 1e-10);
  const f = c.safety * Math.pow(e, -0.7 / c.k) * Math.pow(Math.max(errPrev, 1e-10), 0.4 / c.k);
  return Math.min(c.maxFactor, Math.max(c.minFactor, f));
}

/**
 * Step-size factor after a rejected step (‖err‖ > 1): safety · ‖err‖^(−1/k), at least minFactor
 * (the standard controller of Hairer, Nørsett & Wanner I, §II.4); minFactor when the norm is not
 * finite (a NaN stage: cut the step hard).
 */
export function rejectedStepFactor(err: number, c: StepController): number {
  if (!Number.isFinite(err)) return c.minFactor;
  return Math.min(1, Math.max(c.minFactor, c.safety * Math.pow(err, -1 / c.k)));
}

/**
 * Initial step size, after Hairer, Nørsett & Wanner, "Solving ODEs I", 2nd ed., §II.4, "Starting
 * step size" (p. 169): with sc_i = atol_i + rtol·|y0_i| and y′ = M⁻¹f (0 for algebraic components),
 *   d0 = ‖y0‖, d1 = ‖y′0‖, h0 = 0.01·d0/d1 (10⁻⁶ if either is < 10⁻⁵);
 *   explicit Euler step to t0 + h0, d2 = ‖y′(t0 + h0) − y′0‖/h0;
 *   h1 = (0.01/max(d1, d2))^(1/(p+1)) (max(10⁻⁶, 10⁻³·h0) if max(d1, d2) ≤ 10⁻¹⁵);
 *   h = min(100·h0, h1, span).
 * `f0` = f(t0, y0); `y1`, `f1` are scratch. Returns h; evaluates the rhs once.
 */
export function initialStepSize(
  problem: OdeProblem,
  t0: number,
  y0: Float64Array,
  f0: Float64Array,
  span: number,
  order: number,
  rtol: number,
  atol: Float64Array,
  y1: Float64Array,
  f1: Float64Array,
): number {
  const n = problem.n;
  const mass = problem.mass;
  const deriv = (f: Float64Array, i: number): number => (mass === undefined ? f[i]! : mass[i] === 0 ? 0 : f[i]! / mass[i]!);
  let d0 = 0;
  let d1 = 0;
  for (let i = 0; i < n; i++) {
    const sc = atol[i]! + rtol * Math.abs(y0[i]!);
    d0 += (y0[i]! / sc) ** 2;
    d1 += (deriv(f0, i) / sc) ** 2;
  }
  d0 = Math.sqrt(d0 / n);
  d1 = Math.sqrt(d1 / n);
  let h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * (d0 / d1);
  h0 = Math.min(h0, span);
  for (let i = 0; i < n; i++) y1[i] = y0[i]! + h0 * deriv(f0, i);
  problem.rhs(t0 + h0, y1, f1);
  let d2 = 0;
  for (let i = 0; i < n; i++) {
    const sc = atol[i]! + rtol * Math.abs(y0[i]!);
    d2 += ((deriv(f1, i) - deriv(f0, i)) / sc) ** 2;
  }
  d2 = Math.sqrt(d2 / n) / h0;
  const dm = Math.max(d1, d2);
  const h1 = !Number.isFinite(dm) ? h0 * 1e-3 : dm <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : Math.pow(0.01 / dm, 1 / (order + 1));
  const h = Math.min(100 * h0, h1, span);
  return h > 0 && Number.isFinite(h) ? h : Math.min(1e-6, span);
}
