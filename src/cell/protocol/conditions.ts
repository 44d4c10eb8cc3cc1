import { err, ok, type Quantity, type Result } from '../../units/index.ts';
import { FULL_CELL_LIMIT_FORMS, msg } from './messages.ts';
import { readCapacityAmount, readQuantity, type ProtocolDimension } from './quantities.ts';
import { didYouMean } from './suggest.ts';
import type { FullCellDirection, FullCellLimit, Limit, StopCondition } from './types.ts';

/**
 * Comparisons: the limits of a step ("until 1 V or overpotential > 0.5 V") and the stop conditions
 * of a protocol ("cycles >= 1000"). Both read `<subject> <op> <quantity>`; a step limit may also be
 * a bare voltage or areal capacity.
 */

type Operator = '>' | '<' | '>=' | '<=';

interface Comparison {
  /** Lower-case, single-spaced, e.g. "film thickness". */
  readonly subject: string;
  readonly op: Operator;
  readonly value: string;
}

/** Split "film  Thickness >= 50 nm" at its first comparison operator, or undefined if it has none. */
export function splitComparison(text: string): Comparison | undefined {
  const at = text.search(/[<>≤≥]/);
  if (at < 0) return undefined;
  const c = text[at];
  const orEqual = text[at + 1] === '=';
  const op: Operator = c === '≥' ? '>=' : c === '≤' ? '<=' : c === '>' ? (orEqual ? '>=' : '>') : orEqual ? '<=' : '<';
  const rest = text.slice(at + (orEqual ? 2 : 1));
  return { subject: text.slice(0, at).trim().replace(/\s+/g, ' ').toLowerCase(), op, value: rest.trim() };
}

const isAbove = (op: Operator): boolean => op === '>' || op === '>=';

function positive<D extends ProtocolDimension>(text: string, dimension: D, what: string): Result<Quantity<D>, string> {
  const r = readQuantity(text, dimension);
  if (r.kind === 'error') return r;
  return r.value > 0 ? r : err(`the ${what} "${text}" must be positive`);
}

/**
 * One limit of a galvanostatic step, e.g. "1 V", "voltage < -0.5 V", "overpotential > 0.5 V",
 * "1 mAh/cm2". `sentence` is the whole step, for messages.
 */
export function parseLimit(limit: string, sentence: string): Result<Limit, string> {
  const c = splitComparison(limit);
  if (c !== undefined) {
    if (c.subject === 'voltage') {
      const v = readQuantity(c.value, 'voltage');
      if (v.kind === 'error') return err(msg.badLimit(sentence, limit, v.errors));
      return ok(isAbove(c.op) ? { kind: 'voltage-above', threshold: v.value } : { kind: 'voltage-below', threshold: v.value });
    }
    if (c.subject === 'overpotential') {
      if (!isAbove(c.op)) return err(msg.badLimit(sentence, limit, 'an overpotential limit takes ">", as in "overpotential > 0.5 V"'));
      const v = positive(c.value, 'voltage', 'overpotential');
      return v.kind === 'error' ? err(msg.badLimit(sentence, limit, v.errors)) : ok({ kind: 'overpotential', threshold: v.value });
    }
    return err(msg.notALimit(sentence, limit));
  }
  const voltage = readQuantity(limit, 'voltage');
  if (voltage.kind === 'ok') {
    return voltage.value > 0 ? ok({ kind: 'voltage-magnitude', threshold: voltage.value }) : err(msg.magnitudeNotPositive(sentence, limit));
  }
  const capacity = readQuantity(limit, 'arealCapacity');
  if (capacity.kind === 'ok') {
    return capacity.value > 0 ? ok({ kind: 'capacity', threshold: capacity.value }) : err(msg.badLimit(sentence, limit, 'a capacity limit must be positive'));
  }
  return err(msg.notALimit(sentence, limit));
}

/**
 * One limit of a Charge/Discharge step: "0.5 V" (the cell voltage falls to it on discharge, rises
 * to it on charge), "voltage < 0.5 V", "voltage > 1.7 V", "1 mAh/cm2" or "100 mAh/g".
 */
export function parseFullCellLimit(limit: string, sentence: string, direction: FullCellDirection): Result<FullCellLimit, string> {
  const c = splitComparison(limit);
  if (c !== undefined) {
    if (c.subject === 'voltage') {
      const v = readQuantity(c.value, 'voltage');
      if (v.kind === 'error') return err(msg.badLimit(sentence, limit, v.errors));
      return ok(isAbove(c.op) ? { kind: 'voltage-above', threshold: v.value } : { kind: 'voltage-below', threshold: v.value });
    }
    if (c.subject === 'overpotential') return err(msg.fullCellOverpotential(sentence, limit));
    return err(msg.notALimit(sentence, limit, FULL_CELL_LIMIT_FORMS));
  }
  const voltage = readQuantity(limit, 'voltage');
  if (voltage.kind === 'ok') return ok({ kind: 'voltage-reaches', threshold: voltage.value, direction: direction === 'discharge' ? 'falling' : 'rising' });
  const capacity = readCapacityAmount(limit);
  if (capacity.kind === 'ok') {
    const amount = capacity.value;
    if (!(amount.value > 0)) return err(msg.badLimit(sentence, limit, 'a capacity limit must be positive'));
    return ok(amount.kind === 'areal' ? { kind: 'capacity', threshold: amount.value } : { kind: 'specific-capacity', threshold: amount.value });
  }
  if (capacity.errors.includes('not a finite number')) return err(msg.badLimit(sentence, limit, capacity.errors));
  return err(msg.notALimit(sentence, limit, FULL_CELL_LIMIT_FORMS));
}

const STOP_SUBJECTS = [
  'overpotential',
  'voltage',
  'cycles',
  'time',
  'film thickness',
  'coulombic efficiency',
  'capacity loss',
  'capacity',
  'retention',
  'discharge capacity',
] as const;

const RETENTION_RANGE = 'a percentage above 0 % and at most 100 %';

/**
 * The value of a capacity stop condition: a percentage ("80 %", "80 % of 120 mAh/g") gives a
 * retention; an areal or specific capacity gives a discharge-capacity threshold, where allowed.
 */
function readCapacityStop(text: string, value: string, at: { text: string; path: string }, allowAmount: boolean): Result<StopCondition, string> {
  const parts = value.split(/\s+of\s+/i);
  const [percentText = '', referenceText] = parts;
  const isPercent = /(%|percent)\s*$/i.test(percentText);
  if (parts.length > 2 || (referenceText !== undefined && !isPercent) || (!isPercent && !allowAmount)) return err(msg.retentionForm(text));
  if (!isPercent) {
    const amount = readCapacityAmount(value);
    if (amount.kind === 'error') {
      const problem = amount.errors.includes('not a finite number')
        ? amount.errors
        : `"${value}" is neither a percentage nor a capacity; expected a percentage such as "80 %" or ${msg.capacityForms}`;
      return err(msg.quantity(text, problem));
    }
    if (!(amount.value.value > 0)) return err(msg.notPositive(text, 'discharge capacity', value));
    return ok({ kind: 'discharge-capacity', threshold: amount.value, ...at });
  }
  const fraction = readQuantity(percentText, 'dimensionless');
  if (fraction.kind === 'error') return err(msg.quantity(text, fraction.errors));
  if (!(fraction.value > 0 && fraction.value <= 1)) return err(msg.percentRange(text, percentText.trim(), RETENTION_RANGE));
  if (referenceText === undefined) return ok({ kind: 'capacity-retention', threshold: fraction.value, ...at });
  const reference = readCapacityAmount(referenceText);
  if (reference.kind === 'error') return err(msg.quantity(text, reference.errors));
  if (!(reference.value.value > 0)) return err(msg.notPositive(text, 'reference capacity', referenceText));
  return ok({ kind: 'capacity-retention', threshold: fraction.value, reference: reference.value, ...at });
}

/**
 * One stop condition of a protocol (see `StopCondition`). Never throws; the error message names
 * the condition as written, the caller adds `path`.
 */
export function readStopCondition(raw: string, path: string): Result<StopCondition, string> {
  const text = raw.trim();
  if (text.length === 0) return err(msg.emptyStop());
  const c = splitComparison(text);
  const at = { text, path };
  if (c === undefined) {
    // PyBaMM's termination "80% capacity" (retention) or "100 mAh/g capacity" (discharge capacity).
    const pybamm = /^([-+.\d].*?)\s*capacity$/i.exec(text);
    if (pybamm !== null) return readCapacityStop(text, pybamm[1] ?? '', at, true);
    return err(msg.unknownStop(text, didYouMean(text.replace(/\s*\d.*$/, ''), STOP_SUBJECTS)));
  }
  const quantityError = (problem: string): Result<never, string> => err(msg.quantity(text, problem));
  switch (c.subject) {
    case 'overpotential': {
      if (!isAbove(c.op)) return err(msg.wrongOperator(text, 'overpotential', 'overpotential > 1 V'));
      const v = positive(c.value, 'voltage', 'overpotential');
      return v.kind === 'error' ? quantityError(v.errors) : ok({ kind: 'overpotential', threshold: v.value, ...at });
    }
    case 'voltage': {
      const v = readQuantity(c.value, 'voltage');
      if (v.kind === 'error') return quantityError(v.errors);
      return ok(isAbove(c.op) ? { kind: 'voltage-above', threshold: v.value, ...at } : { kind: 'voltage-below', threshold: v.value, ...at });
    }
    case 'cycles': {
      if (!isAbove(c.op)) return err(msg.wrongOperator(text, 'cycles', 'cycles >= 1000'));
      const n = /^\d+$/.test(c.value) ? Number(c.value) : Number.NaN;
      if (!Number.isSafeInteger(n)) return err(msg.cyclesNotWhole(text, c.value));
      const count = c.op === '>' ? n + 1 : n;
      if (!Number.isSafeInteger(count)) return err(msg.cyclesNotWhole(text, c.value));
      return count < 1 ? err(msg.cyclesZero(text)) : ok({ kind: 'cycles', count, ...at });
    }
    case 'time': {
      if (!isAbove(c.op)) return err(msg.wrongOperator(text, 'time', 'time > 100 h'));
      const v = positive(c.value, 'time', 'time');
      return v.kind === 'error' ? quantityError(v.errors) : ok({ kind: 'time', threshold: v.value, ...at });
    }
    case 'film thickness': {
      if (!isAbove(c.op)) return err(msg.wrongOperator(text, 'film thickness', 'film thickness > 50 nm'));
      const v = positive(c.value, 'length', 'film thickness');
      return v.kind === 'error' ? quantityError(v.errors) : ok({ kind: 'film-thickness', threshold: v.value, ...at });
    }
    case 'coulombic efficiency': {
      if (isAbove(c.op)) return err(msg.wrongOperator(text, 'coulombic efficiency', 'coulombic efficiency < 99 %'));
      const v = readQuantity(c.value, 'dimensionless');
      if (v.kind === 'error') return quantityError(v.errors);
      if (!(v.value > 0 && v.value <= 1)) return err(msg.percentRange(text, c.value, 'a percentage above 0 % and at most 100 %'));
      return ok({ kind: 'coulombic-efficiency', threshold: v.value, ...at });
    }
    case 'capacity loss': {
      if (!isAbove(c.op)) return err(msg.wrongOperator(text, 'capacity loss', 'capacity loss > 20 %'));
      const v = readQuantity(c.value, 'dimensionless');
      if (v.kind === 'error') return quantityError(v.errors);
      if (!(v.value > 0 && v.value < 1)) return err(msg.percentRange(text, c.value, 'a percentage between 0 % and 100 %'));
      return ok({ kind: 'capacity-loss', threshold: v.value, ...at });
    }
    case 'capacity':
    case 'discharge capacity':
      if (isAbove(c.op)) return err(msg.wrongOperator(text, c.subject, `${c.subject} < ${c.subject === 'capacity' ? '80 %' : '100 mAh/g'}`));
      return readCapacityStop(text, c.value, at, true);
    case 'retention':
    case 'capacity retention':
      if (isAbove(c.op)) return err(msg.wrongOperator(text, c.subject, `${c.subject} < 80 %`));
      return readCapacityStop(text, c.value, at, false);
    default:
      return err(msg.unknownStop(text, didYouMean(c.subject, STOP_SUBJECTS)));
  }
}
