/**
 * Coefficients of the Rosenbrock–Wanner methods, in the "implementation" form of Hairer & Wanner
 * ("Solving ODEs II", 2nd ed., Springer 1996, §IV.7, the formulation that avoids matrix–vector
 * products with J), for  M·y′ = f(t, y):
 *
 *   (M/(hγ) − J)·k_i = f(t + α_i h, y + Σ_{j<i} a_ij k_j) + M·Σ_{j<i} (c_ij/h)·k_j + γ_i·h·∂f/∂t
 *   y_{n+1} = y_n + Σ m_i k_i,        error estimate = Σ e_i k_i
 *
 * with J = ∂f/∂y and ∂f/∂t at (t_n, y_n). For a stiffly accurate method the last stage point is
 * the solution and e = (0, …, 0, 1).
 */
export interface RosenbrockTableau {
  readonly name: RosenbrockMethod;
  readonly stages: number;
  /** The diagonal γ of the method. */
  readonly gamma: number;
  /** a_ij, row-major stages×stages, strictly lower triangular. */
  readonly a: readonly number[];
  /** c_ij, row-major stages×stages, strictly lower triangular (divided by h when used). */
  readonly c: readonly number[];
  /** α_i: stage times as fractions of h. */
  readonly alpha: readonly number[];
  /** γ_i = Σ_j γ_ij: the weights of h·∂f/∂t. */
  readonly gammaSum: readonly number[];
  /** Weights of the solution. */
  readonly m: readonly number[];
  /** Weights of the error estimate (solution minus embedded solution). */
  readonly e: readonly number[];
  /** false where a stage reuses the previous stage's f (same time and point). */
  readonly newF: readonly boolean[];
  readonly order: number;
  readonly embeddedOrder: number;
  /**
   * The continuous extension, when the method has one: rows d2, d3 of weights over the stages, for
   *   y(t_n + θh) = (1 − θ)·y_n + θ·(y_{n+1} + (1 − θ)·(Σ d2_j k_j + θ·Σ d3_j k_j)).
   */
  readonly dense: { readonly d2: readonly number[]; readonly d3: readonly number[] } | undefined;
}

/** The Rosenbrock methods on offer. */
export type RosenbrockMethod = 'rodas4' | 'rodas3';

const a51 = 1.221224509226641;
const a52 = 6.019134481288629;
const a53 = 12.53708332932087;
const a54 = -0.687886036105895;

/**
 * RODAS4: 6 stages, order 4 with an embedded order-3 solution, L-stable, stiffly accurate, for
 * index-1 DAEs; continuous extension of order 3. E. Hairer & G. Wanner, "Solving ODEs II", 2nd ed.,
 * Springer 1996, §VI.4 (Rosenbrock methods for DAEs, the code RODAS) with the step structure of
 * §IV.7. Coefficients (16 digits) and dense-output weights transcribed from the authors' rodas.f
 * (subroutine ROCOE, METH = 1, version of 28 Oct 1996), the same set as KPP's `Rodas4`
 * (A. Sandu, KPP Rosenbrock integrator).
 */
export const RODAS4: RosenbrockTableau = {
  name: 'rodas4',
  stages: 6,
  gamma: 0.25,
  // prettier-ignore
  a: [
    0, 0, 0, 0, 0, 0,
    1.544, 0, 0, 0, 0, 0,
    0.9466785280815826, 0.2557011698983284, 0, 0, 0, 0,
    3.314825187068521, 2.896124015972201, 0.9986419139977817, 0, 0, 0,
    a51, a52, a53, a54, 0, 0,
    a51, a52, a53, a54, 1, 0,
  ],
  // prettier-ignore
  c: [
    0, 0, 0, 0, 0, 0,
    -5.6688, 0, 0, 0, 0, 0,
    -2.430093356833875, -0.2063599157091915, 0, 0, 0, 0,
    -0.1073529058151375, -9.594562251023355, -20.47028614809616, 0, 0, 0,
    7.496443313967647, -10.24680431464352, -33.99990352819905, 11.7089089320616, 0, 0,
    8.083246795921522, -7.981132988064893, -31.52159432874371, 16.31930543123136, -6.058818238834054, 0,
  ],
  alpha: [0, 0.386, 0.21, 0.63, 1, 1],
  gammaSum: [0.25, -0.1043, 0.1035, -0.03620000000000023, 0, 0],
  m: [a51, a52, a53, a54, 1, 1],
  e: [0, 0, 0, 0, 0, 1],
  newF: [true, true, true, true, true, true],
  order: 4,
  embeddedOrder: 3,
  dense: {
    d2: [10.12623508344586, -7.487995877610167, -34.80091861555747, -7.992771707568823, 1.025137723295662, 0],
    d3: [-0.6762803392801253, 6.087714651680015, 16.43084320892478, 24.76722511418386, -6.594389125716872, 0],
  },
};

/**
 * RODAS3: 4 stages (3 function evaluations), order 3 with an embedded order-2 solution,
 * L-stable, stiffly accurate. A. Sandu, J. G. Verwer, J. G. Blom, E. J. Spee, G. R. Carmichael &
 * F. A. Potra, "Benchmarking stiff ODE solvers for atmospheric chemistry problems II: Rosenbrock
 * solvers", Atmos. Environ. 31 (1997) 3459–3472; coefficients as in KPP's `Rodas3` (Rosenbrock
 * integrator of the Kinetic PreProcessor). It has no published continuous extension: dense output
 * is a cubic Hermite interpolant (see `RosenbrockCore.denseAt`).
 */
export const RODAS3: RosenbrockTableau = {
  name: 'rodas3',
  stages: 4,
  gamma: 0.5,
  // prettier-ignore
  a: [
    0, 0, 0, 0,
    0, 0, 0, 0,
    2, 0, 0, 0,
    2, 0, 1, 0,
  ],
  // prettier-ignore
  c: [
    0, 0, 0, 0,
    4, 0, 0, 0,
    1, -1, 0, 0,
    1, -1, -8 / 3, 0,
  ],
  alpha: [0, 0, 1, 1],
  gammaSum: [0.5, 1.5, 0, 0],
  m: [2, 0, 1, 1],
  e: [0, 0, 0, 1],
  newF: [true, false, true, true],
  order: 3,
  embeddedOrder: 2,
  dense: undefined,
};

/** The tableau of a method name. */
export function rosenbrockTableau(method: RosenbrockMethod): RosenbrockTableau {
  return method === 'rodas3' ? RODAS3 : RODAS4;
}
