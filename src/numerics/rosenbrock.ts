import { InputError } from '../units/index.ts';
import { CancelledError, SolverError } from './errors.ts';
import { refineTerminalEvent } from './event-refine.ts';
import { EventTracker } from './event-tracker.ts';
import type { EventHit, EventSpec } from './events.ts';
import { resolveOptions, ROSENBROCK_DEFAULTS, type ResolvedOptions, type RosenbrockOptions } from './options.ts';
import type { OdeProblem } from './problem.ts';
import { acceptedStepFactor, initialStepSize, rejectedStepFactor, weightedRmsNorm, type StepController } from './step-control.ts';
import { RosenbrockCore } from './rosenbrock-core.ts';
import { singularAtStep, tooManyRejections, tooManySteps, underflow } from './solver-messages.ts';
import type { SolverStats } from './stats.ts';
import type { RosenbrockMethod } from './tableaus.ts';
import type { CancelToken } from './task.ts';

/** Per-call settings of `RosenbrockSolver.integrate`. */
export interface IntegrateOptions {
  /** Event functions to watch (see `EventSpec`). */
  readonly events?: readonly EventSpec[];
  /** Times (non-decreasing, within [t0, tEnd]) at which to report y, from the dense output. */
  readonly tOut?: ArrayLike<number>;
  /** Called after every accepted step with the new point. `y` is a solver buffer: copy what you keep. */
  onStep?(t: number, y: Float64Array): void;
  /** Cancellation (an AbortSignal works): checked once per step; a cancelled run throws `CancelledError`. */
  readonly cancel?: CancelToken;
  /** Progress, the fraction of [t0, tEnd] done; called when it has grown by ≥ 1 % and at the end. */
  onProgress?(fraction: number): void;
  /** First step size to try (e.g. the previous call's `hNext`); default: Hairer's estimate. */
  readonly h0?: number;
  /** Largest step for this call (the smaller of this and the solver's `hMax`). */
  readonly hMax?: number;
}

/** Values at the requested output times: row i of `y` (n values, row-major) is y(t[i]). */
export interface IntegrateOutput {
  readonly t: Float64Array;
  readonly y: Float64Array;
  /** Rows filled: all of them unless a terminal event stopped the integration first (the rest are NaN). */
  readonly count: number;
}

/** The outcome of `integrate`. */
export interface IntegrateResult {
  /** Where the integration stopped: tEnd, or the time of a terminal event. */
  readonly t: number;
  /** The state at `t` (a copy). */
  readonly y: Float64Array;
  readonly status: 'done' | 'event';
  /** The terminal event, when `status` is 'event'. */
  readonly event?: EventHit;
  /** Every event that fired, in time order (non-terminal ones and the terminal one). */
  readonly events: readonly EventHit[];
  /** Present when `tOut` was given. */
  readonly output?: IntegrateOutput;
  /** Step size the controller proposes next: pass it as `h0` when continuing from (t, y). */
  readonly hNext: number;
  readonly stats: SolverStats;
}

/** A Rosenbrock solver for one problem; reuse it for many integrations (work arrays are kept). Not re-entrant. */
export interface RosenbrockSolver {
  readonly n: number;
  readonly method: RosenbrockMethod;
  /**
   * Integrate M·y′ = f(t, y) from (t0, y0) to tEnd ≥ t0. Throws `SolverError` when the method
   * fails (the message says what to try), `CancelledError` when cancelled, `InputError` for bad
   * arguments.
   */
  integrate(t0: number, y0: ArrayLike<number>, tEnd: number, options?: IntegrateOptions): IntegrateResult;
}

/**
 * A stiff ODE / index-1 DAE solver: a linearly implicit Rosenbrock–Wanner method (RODAS4 by
 * default; see `RODAS4`, `RODAS3`) with an embedded error estimate, PI step-size control, dense
 * output, event location, output at requested times, cancellation and progress. The structure of
 * the step loop (Jacobian once per step and kept through rejections, last step clipped to tEnd,
 * the step halved on a singular iteration matrix) follows Hairer & Wanner's rodas.f ("Solving
 * ODEs II", 2nd ed., Springer 1996, §IV.7 and §VI.4).
 *
 * Performance: every work array is allocated here, once; the step loop allocates nothing (events
 * allocate only when they fire, `tOut` once per call).
 */
export function createRosenbrock(problem: OdeProblem, options: RosenbrockOptions = {}): RosenbrockSolver {
  const resolved = resolveOptions(problem.n, options);
  const core = new RosenbrockCore(problem, resolved.method, resolved.autonomous, resolved.atol, resolved.rtol);
  const n = problem.n;
  const work = { y: new Float64Array(n), yNew: new Float64Array(n), err: new Float64Array(n), s1: new Float64Array(n), s2: new Float64Array(n) };
  const tableau = core.tableau;
  const controller: StepController = {
    k: Math.min(tableau.order, tableau.embeddedOrder) + 1,
    safety: resolved.safety,
    minFactor: ROSENBROCK_DEFAULTS.minFactor,
    maxFactor: ROSENBROCK_DEFAULTS.maxFactor,
  };
  return {
    n,
    method: resolved.method,
    integrate: (t0, y0, tEnd, callOptions = {}) => integrate(problem, resolved, core, controller, work, t0, y0, tEnd, callOptions),
  };
}

interface Work {
  y: Float64Array;
  yNew: Float64Array;
  readonly err: Float64Array;
  readonly s1: Float64Array;
  readonly s2: Float64Array;
}

function integrate(
  problem: OdeProblem,
  opts: ResolvedOptions,
  core: RosenbrockCore,
  controller: StepController,
  work: Work,
  t0: number,
  y0: ArrayLike<number>,
  tEnd: number,
  call: IntegrateOptions,
): IntegrateResult {
  const n = problem.n;
  const { rtol, atol, maxSteps, maxRejections } = opts;
  const hMax = Math.min(opts.hMax, call.hMax ?? Infinity);
  if (!(hMax > 0)) throw new InputError(`hMax must be positive (got ${call.hMax})`);
  if (y0.length !== n) throw new InputError(`y0 must have length n = ${n} (got ${y0.length})`);
  if (!Number.isFinite(t0) || !Number.isFinite(tEnd) || tEnd < t0) throw new InputError(`need finite t0 ≤ tEnd (got t0 = ${t0}, tEnd = ${tEnd}); integrate backwards by substituting t → −t`);
  let y = work.y;
  let yNew = work.yNew;
  const err = work.err;
  for (let i = 0; i < n; i++) {
    const v = y0[i]!;
    if (!Number.isFinite(v)) throw new InputError(`y0[${i}] is ${v}: initial values must be finite`);
    y[i] = v;
  }
  core.resetStats();
  core.f0Valid = false;
  const stats = core.stats;
  const events = call.events ?? [];
  const tracker = events.length > 0 ? new EventTracker(events, core, opts.eventTolerance) : undefined;
  const out = prepareOutput(call.tOut, n, t0, tEnd);
  let iOut = 0;
  while (out !== undefined && iOut < out.t.length && out.t[iOut] === t0) out.y.set(y, n * iOut++);

  let t = t0;
  let hNext = 0;
  if (tEnd > t0) {
    const span = tEnd - t0;
    core.evaluateF0(t0, y);
    tracker?.start(t0, y);
    let h = call.h0 ?? initialStepSize(problem, t0, y, core.f0, span, core.tableau.order, rtol, atol, work.s1, work.s2);
    if (call.h0 === undefined) stats.rhsEvaluations++;
    if (!(h > 0)) throw new InputError(`h0 must be positive (got ${h})`);
    h = Math.min(h, hMax, span);
    let errPrev = 1;
    let reported = 0;
    let rejectsInRow = 0;
    let singularInRow = 0;
    let lastFailureNonFinite = false;
    const cancel = call.cancel;
    while (t < tEnd) {
      if (cancel !== undefined && cancel.aborted) throw new CancelledError(`integration cancelled at t = ${t} (${(((t - t0) / span) * 100).toFixed(1)} % of [${t0}, ${tEnd}])`, t);
      if (stats.steps >= maxSteps) throw tooManySteps(maxSteps, t, t0, tEnd, stats);
      core.begin(t, y);
      const hWanted = h;
      let rejectedHere = false;
      let last = false;
      let atEnd = false;
      let errNorm = Infinity;
      for (;;) {
        last = t + 1.0001 * h >= tEnd;
        if (last) h = tEnd - t;
        if (h <= 10 * Number.EPSILON * Math.abs(t)) {
          if (last) {
            atEnd = true; // the remainder is below the resolution of t: we are at tEnd
            break;
          }
          throw underflow(h, t, rejectsInRow, lastFailureNonFinite);
        }
        try {
          core.attempt(t, y, h, yNew, err);
        } catch (e) {
          if (!(e instanceof SolverError) || e.kind !== 'singular-matrix') throw e;
          stats.rejected++;
          rejectedHere = true;
          if (++singularInRow >= 5) throw singularAtStep(e, t, h);
          h *= 0.5;
          continue;
        }
        errNorm = weightedRmsNorm(err, y, yNew, rtol, atol);
        if (errNorm <= 1) break;
        stats.rejected++;
        rejectedHere = true;
        lastFailureNonFinite = !Number.isFinite(errNorm);
        if (++rejectsInRow > maxRejections) throw tooManyRejections(maxRejections, t, h, lastFailureNonFinite);
        h *= rejectedStepFactor(errNorm, controller);
      }
      if (atEnd) {
        t = tEnd;
        break;
      }
      rejectsInRow = 0;
      singularInRow = 0;
      stats.steps++;
      const tNew = last ? tEnd : t + h;
      const needDense = tracker !== undefined || (out !== undefined && iOut < out.t.length && out.t[iOut]! <= tNew);
      if (needDense) core.prepareDense(t, y, tNew - t, yNew);
      const tStop = tracker === undefined ? tNew : tracker.afterStep(t, tNew, yNew);
      if (out !== undefined) {
        for (; iOut < out.t.length && out.t[iOut]! <= tStop; iOut++) {
          const tq = out.t[iOut]!;
          if (tq === tNew) out.y.set(yNew, n * iOut);
          else if (tq === tStop && tracker?.terminal !== undefined) out.y.set(tracker.terminal.y, n * iOut);
          else {
            core.denseAt(tq, work.s1);
            out.y.set(work.s1, n * iOut);
          }
        }
      }
      let fac = acceptedStepFactor(errNorm, errPrev, controller);
      if (rejectedHere) fac = Math.min(fac, 1);
      errPrev = Math.max(errNorm, 1e-4);
      if (tracker?.terminal !== undefined) {
        // Re-locate the stop on true steps from (t, y): the dense output can be poor at a knee.
        const hit = tracker.terminal;
        const ev = events[hit.index]!;
        const refinedY = new Float64Array(n);
        const tolT = opts.eventTolerance ?? Math.max(1e-9 * (tNew - t), 8 * Number.EPSILON * Math.abs(tNew));
        const tRef = tStop < tNew ? refineTerminalEvent(core, ev, t, y, ev.g(t, y), tNew - t, ev.g(tNew, yNew), yNew, tStop, tolT, rtol, atol, refinedY) : undefined;
        if (tRef !== undefined) {
          tracker.replaceTerminal({ index: hit.index, t: tRef, y: refinedY });
          if (out !== undefined && iOut > 0 && out.t[iOut - 1] === tStop) out.y.set(refinedY, n * (iOut - 1));
        }
        t = tRef ?? tStop;
        y.set(tracker.terminal.y);
        core.f0Valid = false;
        hNext = Math.min(h * fac, hMax);
        call.onStep?.(t, y);
        break;
      }
      const swap = y;
      y = yNew;
      yNew = swap;
      t = tNew;
      call.onStep?.(t, y);
      hNext = Math.min(last ? Math.max(hWanted, h * fac) : h * fac, hMax);
      h = hNext;
      if (call.onProgress !== undefined) {
        const fraction = (t - t0) / span;
        if (fraction - reported >= 0.01 && t < tEnd) {
          reported = fraction;
          call.onProgress(fraction);
        }
      }
    }
  }
  const status = tracker?.terminal !== undefined ? 'event' : 'done';
  // Reached tEnd within the resolution of t without a final step: output times at tEnd get y.
  while (status === 'done' && out !== undefined && iOut < out.t.length && out.t[iOut]! <= t) out.y.set(y, n * iOut++);
  call.onProgress?.(1);
  // Keep both work buffers for the next call (their roles may have been swapped).
  work.y = y;
  work.yNew = yNew;
  return {
    t,
    y: y.slice(),
    status,
    ...(tracker?.terminal !== undefined ? { event: tracker.terminal } : {}),
    events: tracker?.log ?? [],
    ...(out !== undefined ? { output: { t: out.t, y: out.y, count: iOut } } : {}),
    hNext,
    stats: { ...core.stats },
  };
}

function prepareOutput(tOut: ArrayLike<number> | undefined, n: number, t0: number, tEnd: number): { t: Float64Array; y: Float64Array } | undefined {
  if (tOut === undefined) return undefined;
  const t = Float64Array.from(tOut);
  for (let i = 0; i < t.length; i++) {
    const ti = t[i]!;
    if (!(ti >= t0 && ti <= tEnd)) throw new InputError(`tOut[${i}] = ${ti} is outside [t0, tEnd] = [${t0}, ${tEnd}]`);
    if (i > 0 && ti < t[i - 1]!) throw new InputError(`tOut must be non-decreasing (tOut[${i}] = ${ti} < tOut[${i - 1}] = ${t[i - 1]})`);
  }
  return { t, y: new Float64Array(t.length * n).fill(NaN) };
}
