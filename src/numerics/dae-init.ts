import { InputError } from '../units/index.ts';
import { SolverError } from './errors.ts';
import { differenceIncrement } from './jacobian.ts';
import { luFactor, luSolve } from './lu-dense.ts';
import { algebraicIndices, jacobianIndex, jacobianLength, validateProblem, type OdeProblem } from './problem.ts';

/** Settings of `initializeAlgebraic`; defaults in `INITIALIZE_DEFAULTS`. */
export interface InitializeOptions {
  /** Converged when every Newton update satisfies |Δz_i| ≤ tolerance·(1 + |z_i|). */
  readonly tolerance?: number;
  /** Newton iterations before giving up. */
  readonly maxIterations?: number;
}

/** The defaults of `InitializeOptions`, stated once. */
export const INITIALIZE_DEFAULTS = { tolerance: 1e-12, maxIterations: 50 } as const;

/**
 * Consistent initial values for an index-1 DAE M·y′ = f(t, y) with diagonal M: solve the
 * algebraic equations 0 = f_a(t0, y_d, z) for the algebraic components z (zero mass entries) by
 * damped Newton, the differential components y_d held fixed. ∂f_a/∂z comes from
 * `problem.jacobian` when given, else from forward differences. Each Newton step is halved (up to
 * 10 times) until the residual's 2-norm decreases (Armijo-style backtracking; Deuflhard, "Newton
 * Methods for Nonlinear Problems", Springer 2004, §3.1, in its simplest form). The standard
 * approach of DAE codes (e.g. Brown, Hindmarsh & Petzold, SIAM J. Sci. Comput. 19 (1998) 1495–1512,
 * the "y_d given" case).
 *
 * Returns a new array: y0 with the algebraic components replaced. Throws `SolverError` (kind
 * `initialization-failed`) if Newton does not converge, with the residual and what to try.
 */
export function initializeAlgebraic(problem: OdeProblem, t0: number, y0: ArrayLike<number>, options: InitializeOptions = {}): Float64Array {
  validateProblem(problem);
  const n = problem.n;
  if (y0.length !== n) throw new InputError(`y0 must have length n = ${n} (got ${y0.length})`);
  const tol = options.tolerance ?? INITIALIZE_DEFAULTS.tolerance;
  const maxIterations = options.maxIterations ?? INITIALIZE_DEFAULTS.maxIterations;
  const y = Float64Array.from(y0);
  const alg = algebraicIndices(problem);
  const na = alg.length;
  if (na === 0) return y;
  const f = new Float64Array(n);
  const f1 = new Float64Array(n);
  const Jfull = problem.jacobian !== undefined ? new Float64Array(jacobianLength(n, problem.bandwidth)) : undefined;
  const A = new Float64Array(na * na);
  const piv = new Int32Array(na);
  const r = new Float64Array(na);
  const dz = new Float64Array(na);
  const z0 = new Float64Array(na);

  const residual = (): number => {
    problem.rhs(t0, y, f);
    let s = 0;
    for (let a = 0; a < na; a++) {
      const v = f[alg[a]!]!;
      r[a] = v;
      s += v * v;
    }
    return Math.sqrt(s);
  };

  let norm = residual();
  for (let iter = 0; iter < maxIterations; iter++) {
    if (!Number.isFinite(norm)) break;
    if (norm === 0) return y;
    // ∂f_a/∂z at the current point.
    if (Jfull !== undefined && problem.jacobian !== undefined) {
      Jfull.fill(0);
      problem.jacobian(t0, y, Jfull);
      for (let a = 0; a < na; a++) {
        for (let b = 0; b < na; b++) {
          const i = alg[a]!;
          const j = alg[b]!;
          const inBand = problem.bandwidth === undefined || (j - i <= problem.bandwidth.upper && i - j <= problem.bandwidth.lower);
          A[a * na + b] = inBand ? Jfull[jacobianIndex(n, problem.bandwidth, i, j)]! : 0;
        }
      }
    } else {
      for (let b = 0; b < na; b++) {
        const j = alg[b]!;
        const yj = y[j]!;
        const delta = differenceIncrement(yj, 1e-5);
        y[j] = yj + delta;
        problem.rhs(t0, y, f1);
        y[j] = yj;
        for (let a = 0; a < na; a++) A[a * na + b] = (f1[alg[a]!]! - f[alg[a]!]!) / delta;
      }
    }
    try {
      luFactor(A, na, piv);
    } catch (e) {
      if (e instanceof SolverError) {
        throw new SolverError(
          'initialization-failed',
          `initializeAlgebraic: ∂f_alg/∂y_alg is singular at t = ${t0} (algebraic components ${alg.join(', ')}): ` +
            'every algebraic equation must depend on the algebraic variables (an index-1 DAE); check the mass entries and the equations. ' +
            e.message,
          t0,
        );
      }
      throw e;
    }
    luSolve(A, na, piv, r, dz); // Newton: z ← z − (∂f_a/∂z)⁻¹ f_a
    for (let a = 0; a < na; a++) z0[a] = y[alg[a]!]!;
    let lambda = 1;
    let newNorm = Infinity;
    for (let k = 0; k <= 10; k++) {
      for (let a = 0; a < na; a++) y[alg[a]!] = z0[a]! - lambda * dz[a]!;
      newNorm = residual();
      if (newNorm < norm || newNorm === 0) break;
      lambda *= 0.5;
    }
    let small = true;
    for (let a = 0; a < na; a++) if (Math.abs(lambda * dz[a]!) > tol * (1 + Math.abs(y[alg[a]!]!))) small = false;
    norm = newNorm;
    if (small && Number.isFinite(norm)) return y;
  }
  throw new SolverError(
    'initialization-failed',
    `initializeAlgebraic: Newton on the algebraic equations did not converge in ${maxIterations} iterations at t = ${t0} ` +
      `(residual 2-norm ${norm.toPrecision(3)}; algebraic components ${alg.join(', ')}): ` +
      'give a better initial guess for the algebraic components, check that the algebraic equations have a solution for these differential values, ' +
      'and that ∂f_alg/∂y_alg is non-singular near it (index 1)',
    t0,
  );
}
