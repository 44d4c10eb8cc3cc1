import { InputError, si, type AmperesPerSquareMeter, type CoulombsPerSquareMeter } from '../../units/index.ts';
import { formatCapacityAmount, formatRate } from './quantities.ts';
import type { CapacityAmount, CapacityRetentionStop, DischargeCapacityStop, FullCellStep, LeafStep, Protocol, RateContext, Step, StepRate } from './types.ts';

/**
 * Full cells (Mg anode + cathode): turning the rates and capacities of Charge/Discharge sentences
 * into per-area SI values with the cathode's loading, finding what in a protocol needs a cathode,
 * and the capacity stop conditions.
 *
 * Sign: discharge strips the Mg anode (Mg → Mg²⁺ + 2e⁻, anodic at the Mg electrode), so its
 * current density at the Mg (working) electrode is positive, like "Strip"; charge plates Mg and is
 * negative, like "Plate" (see `signedCurrentDensity`).
 */

/** A node of the protocol a message can name: its sentence and path. */
interface Origin {
  readonly text: string;
  readonly path: string;
}

const prefix = (where: Origin | undefined): string => (where === undefined ? '' : `"${where.text}" (${where.path}): `);

function massLoading(context: RateContext | undefined, what: string, instead: string, where: Origin | undefined): number {
  if (context === undefined) {
    throw new InputError(
      `${prefix(where)}${what} is per mass of cathode active material, so it needs the cathode's active mass loading (kg/m²); simulate a full cell whose cathode gives it, or write ${instead}`,
    );
  }
  const v = context.cathodeMassLoading_kg_m2;
  if (!(typeof v === 'number' && Number.isFinite(v) && v > 0)) {
    throw new InputError(`${prefix(where)}${what} needs the cathode's active mass loading, which must be a positive number of kg/m² (1 mg/cm² = 0.01 kg/m²); got ${String(v)}`);
  }
  return v;
}

/**
 * The current density (A/m², > 0 for a parsed step) that a rate stands for. A current density is
 * returned as is; a specific current is multiplied by the cathode's active mass loading; a C-rate
 * by the loading and the cathode's specific capacity (1C passes the cathode's capacity in 1 h).
 * Throws an `InputError` (naming `where`, the step) when the rate needs a context that is missing
 * or has a non-positive field.
 */
export function rateToCurrentDensity(rate: StepRate, context?: RateContext, where?: Origin): AmperesPerSquareMeter {
  switch (rate.kind) {
    case 'current-density':
      return rate.value;
    case 'specific-current': {
      const loading = massLoading(context, `the specific current "${formatRate(rate)}"`, 'a current density such as "1 mA/cm2"', where);
      return si(rate.value * loading, 'currentDensity');
    }
    case 'c-rate': {
      const what = `the C-rate "${formatRate(rate)}"`;
      if (context === undefined) {
        throw new InputError(
          `${prefix(where)}${what} needs the cathode's specific capacity and active mass loading to become a current density (1C passes the cathode's capacity in 1 h); simulate a full cell whose cathode gives both, or write a current density such as "1 mA/cm2"`,
        );
      }
      const loading = massLoading(context, what, 'a current density such as "1 mA/cm2"', where);
      const capacity = context.capacity_C_kg;
      if (!(typeof capacity === 'number' && Number.isFinite(capacity) && capacity > 0)) {
        throw new InputError(`${prefix(where)}${what} needs the cathode's specific capacity, which must be a positive number of C/kg (1 mAh/g = 3600 C/kg); got ${String(capacity)}`);
      }
      return si(rate.value * capacity * loading, 'currentDensity');
    }
  }
}

/**
 * A capacity as charge per electrode area (C/m²): an areal capacity as is, a specific capacity
 * (per cathode active mass) times the cathode's active mass loading. Throws an `InputError` when a
 * specific capacity meets a missing or invalid context.
 */
export function capacityToAreal(amount: CapacityAmount, context?: RateContext, where?: Origin): CoulombsPerSquareMeter {
  if (amount.kind === 'areal') return amount.value;
  const loading = massLoading(context, `the specific capacity "${formatCapacityAmount(amount)}"`, 'an areal capacity such as "1 mAh/cm2"', where);
  return si(amount.value * loading, 'arealCapacity');
}

/** True for a Discharge step (Mg anode stripping, cathode reduced): what discharge capacities count. */
export function isDischargeStep(step: LeafStep): step is FullCellStep & { readonly direction: 'discharge' } {
  return step.kind === 'full-cell' && step.direction === 'discharge';
}

/** A step or stop condition that only makes sense with a cathode, and what it needs of `RateContext`. */
export interface FullCellUse {
  readonly path: string;
  readonly text: string;
  /** It uses `cathodeMassLoading_kg_m2`: a specific current, a C-rate, or a capacity in mAh/g. */
  readonly needsMassLoading: boolean;
  /** It uses `capacity_C_kg`: a C-rate. */
  readonly needsCapacity: boolean;
}

function stepUse(step: FullCellStep): FullCellUse {
  const specific = step.capacity?.kind === 'specific' || step.limits.some((l) => l.kind === 'specific-capacity');
  return {
    path: step.path,
    text: step.text,
    needsMassLoading: step.rate.kind !== 'current-density' || specific,
    needsCapacity: step.rate.kind === 'c-rate',
  };
}

function collectUses(body: readonly Step[], out: FullCellUse[]): void {
  for (const step of body) {
    if (step.kind === 'repeat') collectUses(step.body, out);
    else if (step.kind === 'full-cell') out.push(stepUse(step));
  }
}

/**
 * Every Charge/Discharge step (as written, repeat blocks opened once) and every capacity stop
 * condition ("capacity < 80 %", "discharge capacity < 100 mAh/g"), in input order, with what each
 * needs of the cathode. Empty for a pure plating/stripping protocol. The stack loader can refuse
 * these for a cell without a cathode, or a cathode without loading or capacity, at their paths.
 */
export function fullCellUses(protocol: Protocol): FullCellUse[] {
  const out: FullCellUse[] = [];
  collectUses(protocol.body, out);
  for (const stop of protocol.stop) {
    if (stop.kind === 'capacity-retention') out.push({ path: stop.path, text: stop.text, needsMassLoading: stop.reference?.kind === 'specific', needsCapacity: false });
    else if (stop.kind === 'discharge-capacity') out.push({ path: stop.path, text: stop.text, needsMassLoading: stop.threshold.kind === 'specific', needsCapacity: false });
  }
  return out;
}

function dischargeInCycle(body: readonly Step[], inRepeat: boolean): boolean {
  return body.some((s) => (s.kind === 'repeat' ? dischargeInCycle(s.body, true) : inRepeat && isDischargeStep(s)));
}

/** True when some cycle (an iteration of an outermost repeat block) has a Discharge step, so capacity stops are checked. */
export function cyclesDischarge(protocol: Protocol): boolean {
  return dischargeInCycle(protocol.body, false);
}

/** The discharge capacities a capacity stop condition compares, at the end of a cycle. */
export interface CycleDischarge {
  /** Charge per electrode area passed in the Discharge steps of the cycle just completed [C/m², ≥ 0]. */
  readonly discharge_C_m2: number;
  /**
   * The same for the reference ("first full") cycle: the first completed cycle whose discharge
   * capacity was positive [C/m²]; undefined while there is none (the cycle just completed is then
   * its own reference, so its retention is 100 %).
   */
  readonly firstDischarge_C_m2: number | undefined;
}

/**
 * Whether a capacity stop condition holds at the end of a cycle. Call it at the end of each
 * completed cycle that ran at least one Discharge step (cycles without one are not checked):
 * - "discharge capacity < X": the cycle's discharge capacity < X (X per area, or per cathode mass
 *   times the loading);
 * - "capacity < 80 %" (also "retention < 80 %", "80% capacity"): the cycle's discharge capacity
 *   < 0.8 × the reference: the "of <capacity>" of the condition when given, else the first full
 *   cycle's discharge capacity. It never holds while the reference is not positive.
 * Throws an `InputError` when a capacity in mAh/g meets a missing or invalid context.
 */
export function capacityStopHolds(stop: CapacityRetentionStop | DischargeCapacityStop, cycle: CycleDischarge, context?: RateContext): boolean {
  if (stop.kind === 'discharge-capacity') return cycle.discharge_C_m2 < capacityToAreal(stop.threshold, context, stop);
  const reference = stop.reference !== undefined ? capacityToAreal(stop.reference, context, stop) : (cycle.firstDischarge_C_m2 ?? cycle.discharge_C_m2);
  if (!(reference > 0)) return false;
  return cycle.discharge_C_m2 / reference < stop.threshold;
}
