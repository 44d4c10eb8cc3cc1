import { si, type AmperesPerSquareMeter, type Seconds } from '../../units/index.ts';
import { capacityToAreal, rateToCurrentDensity } from './fullcell.ts';
import type { LeafStep, Protocol, RateContext, Step } from './types.ts';

/**
 * What a simulator driver needs from a protocol: the executed steps in order with their cycle
 * index, how many there are, and how long the protocol can last.
 *
 * Cycles: one cycle is one iteration of an outermost repeat block (`definesCycles`). Cycles are
 * numbered 0, 1, 2, … in execution order across all outermost blocks; steps outside every repeat
 * block belong to no cycle. Stop conditions are not applied here; the driver checks them.
 */

/**
 * Current density at the working (Mg) electrode in A/m² with the IUPAC sign: anodic (oxidation)
 * positive. Stripping (Mg → Mg²⁺ + 2e⁻) is positive, plating is negative, rest is zero. In a full
 * cell the Mg anode is the working electrode: Discharge (Mg strips, the cathode is reduced) is
 * positive, Charge (Mg plates) is negative.
 *
 * `context` (the cathode's active mass loading and specific capacity) converts the specific
 * currents ("20 mA/g") and C-rates ("C/10") of Charge/Discharge steps; without it, or with a
 * non-positive field they need, those throw an `InputError` that names the step. Plate/Strip/Rest
 * steps and Charge/Discharge steps written in mA/cm2 need no context.
 */
export function signedCurrentDensity(step: LeafStep, context?: RateContext): AmperesPerSquareMeter {
  if (step.kind === 'rest') return si(0, 'currentDensity');
  if (step.kind === 'full-cell') {
    const magnitude = rateToCurrentDensity(step.rate, context, step);
    return si(step.direction === 'discharge' ? magnitude : -magnitude, 'currentDensity');
  }
  return si(step.direction === 'strip' ? step.currentDensity : -step.currentDensity, 'currentDensity');
}

/**
 * The longest a step can run: its duration, or the time its capacity (or the smallest capacity
 * limit) takes at its current density, whichever is shortest. Voltage and overpotential limits may
 * end it earlier. Undefined when only voltage or overpotential limits end the step.
 *
 * A Charge/Discharge step with a capacity or capacity limit needs its current density, so a
 * specific current, C-rate or capacity in mAh/g there needs `context` (else an `InputError`); one
 * that ends only by a duration or voltage limits needs none.
 */
export function stepMaxDuration(step: LeafStep, context?: RateContext): Seconds | undefined {
  if (step.kind === 'rest') return step.duration;
  if (step.kind === 'full-cell') {
    const bounds: number[] = [];
    if (step.duration !== undefined) bounds.push(step.duration);
    const capacities: number[] = [];
    if (step.capacity !== undefined) capacities.push(capacityToAreal(step.capacity, context, step));
    for (const limit of step.limits) {
      if (limit.kind === 'capacity') capacities.push(limit.threshold);
      else if (limit.kind === 'specific-capacity') capacities.push(capacityToAreal({ kind: 'specific', value: limit.threshold }, context, step));
    }
    if (capacities.length > 0) {
      const current = rateToCurrentDensity(step.rate, context, step);
      for (const q of capacities) bounds.push(q / current);
    }
    return bounds.length === 0 ? undefined : si(Math.min(...bounds), 'time');
  }
  const bounds: number[] = [];
  if (step.duration !== undefined) bounds.push(step.duration);
  if (step.capacity !== undefined) bounds.push(step.capacity / step.currentDensity);
  for (const limit of step.limits) {
    if (limit.kind === 'capacity') bounds.push(limit.threshold / step.currentDensity);
  }
  return bounds.length === 0 ? undefined : si(Math.min(...bounds), 'time');
}

function bodyDuration(body: readonly Step[], context: RateContext | undefined): number | undefined {
  let total = 0;
  for (const step of body) {
    const d = step.kind === 'repeat' ? bodyDuration(step.body, context) : stepMaxDuration(step, context);
    if (d === undefined) return undefined;
    total += step.kind === 'repeat' ? step.count * d : d;
  }
  return total;
}

/**
 * The longest the protocol can run if no limit or stop condition triggers: the sum of
 * `stepMaxDuration` over executed steps. Undefined when some step ends only by a voltage or
 * overpotential limit. Stop conditions (even "time > …") are not applied. `context` as for
 * `stepMaxDuration` (an `InputError` when a step needs it and it is missing).
 */
export function protocolDuration(protocol: Protocol, context?: RateContext): Seconds | undefined {
  const d = bodyDuration(protocol.body, context);
  return d === undefined ? undefined : si(d, 'time');
}

function bodyCount(body: readonly Step[]): number {
  let n = 0;
  for (const step of body) n += step.kind === 'repeat' ? step.count * bodyCount(step.body) : 1;
  return n;
}

/** Number of steps executed when no stop condition triggers (for progress bars). */
export function flattenCount(protocol: Protocol): number {
  return bodyCount(protocol.body);
}

function bodyCycles(body: readonly Step[]): number {
  let n = 0;
  for (const step of body) {
    if (step.kind !== 'repeat') continue;
    n += step.definesCycles ? step.count : step.count * bodyCycles(step.body);
  }
  return n;
}

/** Number of cycles the protocol runs when no stop condition triggers. */
export function cycleCount(protocol: Protocol): number {
  return bodyCycles(protocol.body);
}

/** One executed step, as `iterateSteps` yields it. */
export interface ScheduledStep {
  readonly step: LeafStep;
  /** 0-based position among executed steps (0 … flattenCount − 1). */
  readonly index: number;
  /** 0-based cycle the step belongs to; undefined outside every repeat block. */
  readonly cycle: number | undefined;
  /** 0-based iteration of each enclosing repeat block, outermost first; empty outside blocks. */
  readonly iterations: readonly number[];
  /** True for the first step of a cycle. */
  readonly startsCycle: boolean;
  /** True for the last step of a cycle: once it has run, cycle + 1 cycles are complete. */
  readonly endsCycle: boolean;
}

interface WalkState {
  index: number;
  nextCycle: number;
  cycle: number | undefined;
  pendingStart: boolean;
}

function* walk(body: readonly Step[], state: WalkState, iterations: readonly number[], inCycle: boolean, lastInCycle: boolean): Generator<ScheduledStep> {
  for (let i = 0; i < body.length; i++) {
    const step = body[i];
    if (step === undefined) continue;
    const last = lastInCycle && i === body.length - 1;
    if (step.kind !== 'repeat') {
      yield {
        step,
        index: state.index++,
        cycle: inCycle ? state.cycle : undefined,
        iterations,
        startsCycle: inCycle && state.pendingStart,
        endsCycle: inCycle && last,
      };
      state.pendingStart = false;
      continue;
    }
    for (let k = 0; k < step.count; k++) {
      const opens = step.definesCycles && !inCycle;
      if (opens) {
        state.cycle = state.nextCycle++;
        state.pendingStart = true;
      }
      yield* walk(step.body, state, [...iterations, k], inCycle || opens, opens || (last && k === step.count - 1));
    }
  }
}

/**
 * The executed steps in order, lazily (a 1e7-cycle protocol is not expanded in memory), each with
 * its index, cycle and loop iterations.
 */
export function iterateSteps(protocol: Protocol): Generator<ScheduledStep> {
  return walk(protocol.body, { index: 0, nextCycle: 0, cycle: undefined, pendingStart: false }, [], false, false);
}
