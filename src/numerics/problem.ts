import { InputError } from '../units/index.ts';

/** Half-bandwidths of a banded Jacobian: ∂f_i/∂y_j = 0 unless −lower ≤ j − i ≤ upper. */
export interface Bandwidth {
  readonly lower: number;
  readonly upper: number;
}

/**
 * An initial-value problem  M·y′ = f(t, y)  with a constant diagonal mass matrix M.
 *
 * With no `mass` (or all entries non-zero) it is an ODE. Zero entries of `mass` mark algebraic
 * equations 0 = f_i(t, y): the problem is then a semi-explicit DAE, which the Rosenbrock methods
 * here solve when it has index 1 (∂f_alg/∂y_alg non-singular) and the initial values are
 * consistent (see `initializeAlgebraic`).
 */
export interface OdeProblem {
  /** Number of equations and unknowns. */
  readonly n: number;
  /** Write f(t, y) into `dydt`. Must not keep `y` or `dydt` (they are solver buffers). */
  rhs(t: number, y: Float64Array, dydt: Float64Array): void;
  /**
   * Write the Jacobian ∂f/∂y at (t, y) into `J`, which arrives zeroed, at the positions given by
   * `jacobianIndex`: row-major n×n (`J[i*n + j]`) without a bandwidth, row-major band rows
   * (`J[i*(lower+upper+1) + j − i + lower]`) with one. Optional: by default the Jacobian is
   * approximated by finite differences.
   */
  jacobian?(t: number, y: Float64Array, J: Float64Array): void;
  /**
   * Write ∂f/∂t at (t, y) into `dfdt`. Optional: by default a forward difference (one rhs
   * evaluation per step, accurate to ~1e-8 relative) unless the solver is told `autonomous`.
   */
  timeDerivative?(t: number, y: Float64Array, dfdt: Float64Array): void;
  /** Diagonal of the constant mass matrix M (length n); 0 marks an algebraic equation. Default: identity. */
  readonly mass?: Float64Array;
  /** Give it for method-of-lines systems: the Jacobian is then stored, differenced and factored as a band. */
  readonly bandwidth?: Bandwidth;
}

/** Position of ∂f_i/∂y_j in the Jacobian array handed to `OdeProblem.jacobian` (see there). */
export function jacobianIndex(n: number, bandwidth: Bandwidth | undefined, i: number, j: number): number {
  if (bandwidth === undefined) return i * n + j;
  return i * (bandwidth.lower + bandwidth.upper + 1) + j - i + bandwidth.lower;
}

/** Length of the Jacobian array for a problem: n² dense, n·(lower + upper + 1) banded. */
export function jacobianLength(n: number, bandwidth: Bandwidth | undefined): number {
  return bandwidth === undefined ? n * n : n * (bandwidth.lower + bandwidth.upper + 1);
}

/** Check a problem's shape; throws `InputError` naming the field to fix. */
export function validateProblem(problem: OdeProblem): void {
  const { n, mass, bandwidth } = problem;
  if (!Number.isInteger(n) || n < 1) throw new InputError(`problem.n must be a positive integer (got ${n})`);
  if (typeof problem.rhs !== 'function') throw new InputError('problem.rhs must be a function (t, y, dydt) => void');
  if (mass !== undefined) {
    if (mass.length !== n) throw new InputError(`problem.mass must have length n = ${n} (got ${mass.length})`);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(mass[i])) throw new InputError(`problem.mass[${i}] must be finite (got ${mass[i]})`);
    }
  }
  if (bandwidth !== undefined) {
    const { lower, upper } = bandwidth;
    for (const [name, v] of [['lower', lower], ['upper', upper]] as const) {
      if (!Number.isInteger(v) || v < 0 || v > n - 1) {
        throw new InputError(`problem.bandwidth.${name} must be an integer in [0, n − 1 = ${n - 1}] (got ${v})`);
      }
    }
  }
}

/** Indices of the algebraic equations (zero mass entries), in order. */
export function algebraicIndices(problem: OdeProblem): number[] {
  const out: number[] = [];
  const m = problem.mass;
  if (m !== undefined) for (let i = 0; i < problem.n; i++) if (m[i] === 0) out.push(i);
  return out;
}
