import { symmetricTridiagonalEigen } from '../../numerics/index.ts';
import type { Grid } from './grid.ts';

/**
 * Salt diffusion across the separator, solved exactly in time for each constant-current step.
 *
 * The finite-volume semi-discretisation of ε·∂c/∂t = ∂/∂x(D_eff·∂c/∂x) with wall fluxes
 * ±(1 − t+)·i/(z·F) is linear with constant coefficients within a galvanostatic step:
 *
 *   M·dc/dt = −K·c + q·(e_first − e_last),   M = diag(ε·h_k),   K symmetric tridiagonal (D_eff/Δx),
 *
 * with q = (1 − t+)·i/(z·F) [mol/(m²·s)], i anodic at the working electrode (x = 0). With
 * u = M^½·c and S = M^−½·K·M^−½ = Q·Λ·Qᵀ, each mode a = Qᵀu obeys da_k/dt = −λ_k·a_k + β_k, so
 *
 *   a_k(τ) = a_k(0)·e^(−λ_k τ) + (β_k/λ_k)·(1 − e^(−λ_k τ)),   a_0(τ) = a_0(0) (λ_0 = 0: salt conserved).
 *
 * This is the exact solution of the discrete system (an exponential integrator), so the stiff
 * fast modes of the thin wall cells cost nothing and the salt inventory is conserved to round-off.
 * Source: the modal solution of linear ODE systems (e.g. G. Strang, "Computational Science and
 * Engineering", Wellesley-Cambridge 2007, §2.2 and §5.1); the finite-volume operator as in J. Newman
 * & K. Thomas-Alyea, "Electrochemical Systems", 3rd ed. (2004) ch. 11 (dilute binary electrolyte).
 */
export class SeparatorDiffusion {
  readonly n: number;
  private readonly sqrtMass: Float64Array;
  private readonly lambda: Float64Array;
  /** Q, row-major: Q[i*n + k]. */
  private readonly q: Float64Array;
  /** Projection of the wall-flux pattern (e_first − e_last) onto the modes: β_k = flux·w_k. */
  private readonly w: Float64Array;
  /** Modal amplitudes at the start of the current step. */
  private readonly a0: Float64Array;
  private flux = 0;
  /** Amplitudes at `cachedTau` (the rhs asks for both walls at the same time). */
  private readonly amp: Float64Array;
  private cachedTau = Number.NaN;

  constructor(
    private readonly grid: Grid,
    private readonly porosity: number,
    private readonly effectiveDiffusivity: number,
  ) {
    const n = grid.n;
    this.n = n;
    this.sqrtMass = new Float64Array(n);
    for (let k = 0; k < n; k++) this.sqrtMass[k] = Math.sqrt(porosity * (grid.widths[k] ?? 0));
    const diag = new Float64Array(n);
    const off = new Float64Array(n - 1);
    for (let k = 0; k < n - 1; k++) {
      const g = effectiveDiffusivity / (grid.spacing[k] ?? 1);
      diag[k] = (diag[k] ?? 0) + g;
      diag[k + 1] = (diag[k + 1] ?? 0) + g;
      off[k] = -g;
    }
    for (let k = 0; k < n; k++) diag[k] = (diag[k] ?? 0) / ((this.sqrtMass[k] ?? 1) ** 2);
    for (let k = 0; k < n - 1; k++) off[k] = (off[k] ?? 0) / ((this.sqrtMass[k] ?? 1) * (this.sqrtMass[k + 1] ?? 1));
    const eig = symmetricTridiagonalEigen(diag, off);
    this.lambda = eig.values;
    this.q = eig.vectors;
    // The conserved mode: λ_0 = 0 exactly, Q[:,0] ∝ √m (uniform concentration).
    this.lambda[0] = 0;
    let total = 0;
    for (let k = 0; k < n; k++) total += (this.sqrtMass[k] ?? 0) ** 2;
    for (let i = 0; i < n; i++) this.q[i * n] = (this.sqrtMass[i] ?? 0) / Math.sqrt(total);
    this.w = new Float64Array(n);
    for (let k = 1; k < n; k++) this.w[k] = (this.q[k] ?? 0) / (this.sqrtMass[0] ?? 1) - (this.q[(n - 1) * n + k] ?? 0) / (this.sqrtMass[n - 1] ?? 1);
    this.a0 = new Float64Array(n);
    this.amp = new Float64Array(n);
  }

  /** Start a step from the concentration profile `c` [mol/m³] with wall flux q [mol/(m²·s)] (see class doc). */
  begin(c: ArrayLike<number>, flux: number): void {
    const { n, q, sqrtMass, a0 } = this;
    a0.fill(0);
    for (let i = 0; i < n; i++) {
      const u = (c[i] ?? 0) * (sqrtMass[i] ?? 0);
      for (let k = 0; k < n; k++) a0[k] = (a0[k] ?? 0) + (q[i * n + k] ?? 0) * u;
    }
    this.flux = flux;
    this.cachedTau = Number.NaN;
  }

  private amplitudes(tau: number): Float64Array {
    if (tau === this.cachedTau) return this.amp;
    const { n, lambda, a0, w, amp } = this;
    amp[0] = a0[0] ?? 0;
    for (let k = 1; k < n; k++) {
      const lam = lambda[k] ?? 1;
      const decay = Math.exp(-lam * tau);
      amp[k] = (a0[k] ?? 0) * decay + ((this.flux * (w[k] ?? 0)) / lam) * (1 - decay);
    }
    this.cachedTau = tau;
    return amp;
  }

  /** Concentration of cell i at time τ [s] into the step. */
  cell(i: number, tau: number): number {
    const { n, q } = this;
    const amp = this.amplitudes(tau);
    let u = 0;
    for (let k = 0; k < n; k++) u += (q[i * n + k] ?? 0) * (amp[k] ?? 0);
    return u / (this.sqrtMass[i] ?? 1);
  }

  /**
   * Concentration at a wall (0: working electrode, x = 0; 1: counter, x = L) at time τ, extrapolated
   * from the wall cell with the wall flux: c_wall = c_cell + q_wall·h/(2·D_eff).
   */
  wall(side: 0 | 1, tau: number): number {
    const i = side === 0 ? 0 : this.n - 1;
    const h = this.grid.widths[i] ?? 0;
    // Flux into the separator: +q at the working electrode, −q at the counter.
    const inflow = side === 0 ? this.flux : -this.flux;
    return this.cell(i, tau) + (inflow * h) / (2 * this.effectiveDiffusivity);
  }

  /** The whole profile at time τ into the step, written into `out`. */
  profile(tau: number, out: Float64Array): Float64Array {
    const { n, q } = this;
    const amp = this.amplitudes(tau);
    for (let i = 0; i < n; i++) {
      let u = 0;
      for (let k = 0; k < n; k++) u += (q[i * n + k] ?? 0) * (amp[k] ?? 0);
      out[i] = u / (this.sqrtMass[i] ?? 1);
    }
    return out;
  }

  /** Salt per electrode area, Σ ε·h_k·c_k [mol/m²] (constant: the conserved mode). */
  inventory(): number {
    let total = 0;
    for (let k = 0; k < this.n; k++) total += (this.sqrtMass[k] ?? 0) ** 2;
    return (this.a0[0] ?? 0) * Math.sqrt(total);
  }
}
