import { SolverError } from './errors.ts';
import type { SolverStats } from './stats.ts';

/*
 * The integrator's failure messages, in one place. Each says what happened, where (t), and what to
 * try; tests assert them.
 */

/** f(t, y) returned NaN/Inf in component i at an accepted state. */
export function nonFiniteRhs(t: number, y: Float64Array, f: Float64Array, i: number): SolverError {
  const yText = Array.from(y.subarray(0, Math.min(y.length, 8)), (v) => v.toPrecision(6)).join(', ');
  return new SolverError(
    'non-finite',
    `the right-hand side returned ${f[i]} for component ${i} at t = ${t} (y = [${yText}${y.length > 8 ? ', …' : ''}]): ` +
      'check problem.rhs for division by zero, log or sqrt of a negative value, or overflow at this state; ' +
      'if the state itself is unphysical (e.g. a negative concentration), tighten atol/rtol or reformulate the model',
    t,
  );
}

/** The step budget ran out before tEnd. */
export function tooManySteps(maxSteps: number, t: number, t0: number, tEnd: number, stats: SolverStats): SolverError {
  const pct = (((t - t0) / (tEnd - t0)) * 100).toPrecision(3);
  return new SolverError(
    'too-many-steps',
    `reached maxSteps = ${maxSteps} at t = ${t} (${pct} % of [${t0}, ${tEnd}]; ${stats.rejected} rejected): ` +
      'raise maxSteps, loosen rtol/atol (an atol far below the size of a component forces tiny steps), or split the interval; ' +
      'if the step size collapsed, the solution may blow up or oscillate fast near this time',
    t,
  );
}

/** The step size fell below 10·eps·|t|. */
export function underflow(h: number, t: number, rejects: number, nonFinite: boolean): SolverError {
  return new SolverError(
    'step-size-underflow',
    `step size ${h.toPrecision(3)} fell below the resolution of t = ${t}` +
      (rejects > 0 ? ` after ${rejects} rejected attempts in a row` : '') +
      (nonFinite ? ' (the stages gave NaN/Inf)' : '') +
      ': the solution may blow up or have a discontinuity here, or rtol/atol may be too tight for double precision. ' +
      'Check the rhs near this time, loosen rtol/atol, restart the integration at a discontinuity, ' +
      'or for a DAE check that the initial algebraic values are consistent (initializeAlgebraic)',
    t,
  );
}

/** maxRejections attempts in a row failed (error test, or NaN/Inf in the stages). */
export function tooManyRejections(max: number, t: number, h: number, nonFinite: boolean): SolverError {
  if (nonFinite) {
    return new SolverError(
      'non-finite',
      `the state became NaN/Inf in every one of ${max} step attempts at t = ${t} (last h = ${h.toPrecision(3)}): ` +
        'check problem.rhs for division by zero, log or sqrt of negative values or overflow near this state, and whether the solution blows up here',
      t,
    );
  }
  return new SolverError(
    'too-many-rejections',
    `${max} step attempts in a row failed the error test at t = ${t} (last h = ${h.toPrecision(3)}): ` +
      'the Jacobian may be wrong (check problem.jacobian against finite differences by leaving it out), ' +
      'the rhs may be discontinuous here (restart the integration at the discontinuity), or a DAE may be of index > 1',
    t,
  );
}

/** M/(hγ) − J stayed singular although h was halved 5 times (as rodas.f). */
export function singularAtStep(e: SolverError, t: number, h: number): SolverError {
  return new SolverError(
    'singular-matrix',
    `the iteration matrix M/(h·γ) − J stayed singular at t = ${t} after halving the step 5 times (h = ${h.toPrecision(3)}). ${e.message}`,
    t,
  );
}
