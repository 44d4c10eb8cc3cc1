import { DIRECTION_WORD, FULL_CELL_DIRECTION_WORD } from './messages.ts';
import { formatCapacityAmount, formatQuantity, formatRate } from './quantities.ts';
import type { FullCellLimit, FullCellStep, LeafStep, Limit, Protocol, ProtocolInput, Step, StepInput, StopCondition } from './types.ts';

/**
 * The canonical text of steps, limits and stop conditions. Canonical means: parsing it gives back
 * the same AST, with exactly the same SI numbers (only `text` becomes the canonical sentence).
 * Units: mA/cm2, mAh/cm2, mA/g, mAh/g, "C/n" or "xC", V, %, and h/min/s or nm/um/m, whichever
 * needs the fewest digits.
 */

/**
 * The canonical text of a limit of a Plate/Strip step (`Limit`) or of a Charge/Discharge step
 * (`FullCellLimit`). A "voltage-reaches" limit is written as a bare voltage, whose direction the
 * step's direction gives back when read (falling for Discharge, rising for Charge).
 */
export function describeLimit(limit: Limit | FullCellLimit): string {
  switch (limit.kind) {
    case 'voltage-magnitude':
    case 'voltage-reaches':
      return formatQuantity(limit.threshold, 'voltage');
    case 'voltage-above':
      return `voltage > ${formatQuantity(limit.threshold, 'voltage')}`;
    case 'voltage-below':
      return `voltage < ${formatQuantity(limit.threshold, 'voltage')}`;
    case 'overpotential':
      return `overpotential > ${formatQuantity(limit.threshold, 'voltage')}`;
    case 'capacity':
      return formatQuantity(limit.threshold, 'arealCapacity');
    case 'specific-capacity':
      return formatQuantity(limit.threshold, 'specificCapacity');
  }
}

function describeFullCellStep(step: FullCellStep, period: string): string {
  const parts: string[] = [FULL_CELL_DIRECTION_WORD[step.direction]];
  if (step.capacity !== undefined) parts.push(formatCapacityAmount(step.capacity));
  parts.push('at', formatRate(step.rate));
  if (step.duration !== undefined) parts.push('for', formatQuantity(step.duration, 'time'));
  if (step.limits.length > 0) {
    parts.push(step.duration !== undefined || step.capacity !== undefined ? 'or until' : 'until');
    parts.push(step.limits.map(describeLimit).join(' or '));
  }
  return `${parts.join(' ')}${period}`;
}

/**
 * The canonical sentence of a step: "Plate at 1 mA/cm2 for 1 h or until 1 V (10 s period)",
 * "Strip 1 mAh/cm2 at 1 mA/cm2", "Discharge at C/10 for 10 h or until 0.5 V",
 * "Charge 100 mAh/g at 20 mA/g", "Rest for 10 min".
 */
export function describeStep(step: LeafStep): string {
  const period = step.period === undefined ? '' : ` (${formatQuantity(step.period, 'time')} period)`;
  if (step.kind === 'rest') return `Rest for ${formatQuantity(step.duration, 'time')}${period}`;
  if (step.kind === 'full-cell') return describeFullCellStep(step, period);
  const parts: string[] = [DIRECTION_WORD[step.direction]];
  if (step.capacity !== undefined) parts.push(formatQuantity(step.capacity, 'arealCapacity'));
  parts.push('at', formatQuantity(step.currentDensity, 'currentDensity'));
  if (step.duration !== undefined) parts.push('for', formatQuantity(step.duration, 'time'));
  if (step.limits.length > 0) {
    parts.push(step.duration !== undefined || step.capacity !== undefined ? 'or until' : 'until');
    parts.push(step.limits.map(describeLimit).join(' or '));
  }
  return `${parts.join(' ')}${period}`;
}

/**
 * The canonical text of a stop condition: "cycles >= 1000", "coulombic efficiency < 99 %",
 * "capacity < 80 %" (for "retention < 80 %" and "80% capacity" too), "discharge capacity < 100 mAh/g".
 */
export function describeStopCondition(stop: StopCondition): string {
  switch (stop.kind) {
    case 'overpotential':
    case 'voltage-above':
    case 'voltage-below':
      return describeLimit({ kind: stop.kind, threshold: stop.threshold });
    case 'cycles':
      return `cycles >= ${stop.count}`;
    case 'time':
      return `time > ${formatQuantity(stop.threshold, 'time')}`;
    case 'film-thickness':
      return `film thickness > ${formatQuantity(stop.threshold, 'length')}`;
    case 'coulombic-efficiency':
      return `coulombic efficiency < ${formatQuantity(stop.threshold, 'dimensionless')}`;
    case 'capacity-loss':
      return `capacity loss > ${formatQuantity(stop.threshold, 'dimensionless')}`;
    case 'capacity-retention':
      return `capacity < ${formatQuantity(stop.threshold, 'dimensionless')}${stop.reference === undefined ? '' : ` of ${formatCapacityAmount(stop.reference)}`}`;
    case 'discharge-capacity':
      return `discharge capacity < ${formatCapacityAmount(stop.threshold)}`;
  }
}

function stepInput(step: Step): StepInput {
  return step.kind === 'repeat' ? { repeat: step.count, steps: step.body.map(stepInput) } : describeStep(step);
}

/**
 * The protocol back in its plain (YAML/JSON) form, with canonical sentences: `parseProtocol` of
 * the result gives the same AST (up to `text`).
 */
export function protocolToInput(protocol: Protocol): ProtocolInput {
  const steps = protocol.body.map(stepInput);
  return protocol.stop.length > 0 ? { steps, stop: protocol.stop.map(describeStopCondition) } : { steps };
}
