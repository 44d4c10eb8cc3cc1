import type { Bandwidth, OdeProblem } from './problem.ts';

/**
 * Forward-difference increment for a component of value v and typical size `floor`:
 * δ = sqrt(u)·max(|v|, floor), u the unit roundoff — the classical choice balancing truncation
 * (∝ δ) and cancellation (∝ u/δ) errors for a variable of size max(|v|, floor) (J. E. Dennis &
 * R. B. Schnabel, "Numerical Methods for Unconstrained Optimization and Nonlinear Equations",
 * SIAM 1996, §5.4). The solvers pass floor = atol/rtol, the size below which the absolute
 * tolerance takes over from the relative one. Unlike rodas.f's fixed floor (δ = sqrt(u·max(1e-5,
 * |v|))), this keeps the Jacobian accurate for components far below 1 (Robertson's y₂ ≈ 1e-13 at
 * late times) without letting a tiny component's increment drown in the cancellation of larger
 * terms (Robertson's DAE constraint y₁ + y₂ + y₃ − 1). Rounded so that (v + δ) − v = δ exactly.
 */
export function differenceIncrement(v: number, floor: number): number {
  const delta = SQRT_EPS * Math.max(Math.abs(v), floor);
  return v + delta - v;
}

const SQRT_EPS = Math.sqrt(Number.EPSILON);

/**
 * Dense finite-difference Jacobian: column j = (f(t, y + δ_j e_j) − f0)/δ_j, written row-major into
 * J (`J[i*n + j]`), increments from `differenceIncrement(y_j, floor_j)`.
 * `f0` = f(t, y); `f1` is scratch of length n; `y` is restored. Returns the number
 * of rhs evaluations (n). Allocates nothing.
 */
export function finiteDifferenceJacobian(
  problem: OdeProblem,
  t: number,
  y: Float64Array,
  f0: Float64Array,
  J: Float64Array,
  f1: Float64Array,
  floor: Float64Array,
): number {
  const n = problem.n;
  for (let j = 0; j < n; j++) {
    const yj = y[j]!;
    const delta = differenceIncrement(yj, floor[j]!);
    y[j] = yj + delta;
    problem.rhs(t, y, f1);
    y[j] = yj;
    const inv = 1 / delta;
    for (let i = 0; i < n; i++) J[i * n + j] = (f1[i]! - f0[i]!) * inv;
  }
  return n;
}

/**
 * Banded finite-difference Jacobian with column grouping: columns j, j + w, j + 2w, … (w = lower +
 * upper + 1) share no row of the band, so one rhs evaluation perturbs them all (A. R. Curtis,
 * M. J. D. Powell & J. K. Reid, "On the estimation of sparse Jacobian matrices", J. Inst. Maths
 * Applics 13 (1974) 117–119). Writes row-major band rows (`jacobianIndex`). `f1`, `deltas` and `ySave`
 * are scratch of length n; `y` is restored. Returns the number of rhs evaluations (min(w, n)).
 */
export function finiteDifferenceBandedJacobian(
  problem: OdeProblem,
  bandwidth: Bandwidth,
  t: number,
  y: Float64Array,
  f0: Float64Array,
  J: Float64Array,
  f1: Float64Array,
  deltas: Float64Array,
  ySave: Float64Array,
  floor: Float64Array,
): number {
  const n = problem.n;
  const { lower, upper } = bandwidth;
  const width = lower + upper + 1;
  const groups = Math.min(width, n);
  for (let g = 0; g < groups; g++) {
    for (let j = g; j < n; j += width) {
      const yj = y[j]!;
      ySave[j] = yj;
      const delta = differenceIncrement(yj, floor[j]!);
      deltas[j] = delta;
      y[j] = yj + delta;
    }
    problem.rhs(t, y, f1);
    for (let j = g; j < n; j += width) {
      y[j] = ySave[j]!;
      const inv = 1 / deltas[j]!;
      const i0 = Math.max(0, j - upper);
      const i1 = Math.min(n - 1, j + lower);
      for (let i = i0; i <= i1; i++) J[i * width + j - i + lower] = (f1[i]! - f0[i]!) * inv;
    }
  }
  return groups;
}

/**
 * Forward-difference ∂f/∂t at (t, y): (f(t + δ, y) − f0)/δ with δ = sqrt(u·max(1e-5, |t|)) (as
 * rodas.f). Writes `ft`; `f1` is scratch. Returns the number of rhs evaluations (1).
 */
export function finiteDifferenceTimeDerivative(
  problem: OdeProblem,
  t: number,
  y: Float64Array,
  f0: Float64Array,
  ft: Float64Array,
  f1: Float64Array,
): number {
  const delta = t + Math.sqrt(Number.EPSILON * Math.max(1e-5, Math.abs(t))) - t;
  problem.rhs(t + delta, y, f1);
  const inv = 1 / delta;
  for (let i = 0; i < problem.n; i++) ft[i] = (f1[i]! - f0[i]!) * inv;
  return 1;
}
