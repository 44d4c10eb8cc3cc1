import { err, ok, type Quantity, type Result } from '../../units/index.ts';
import { msg } from './messages.ts';
import { readQuantity, type ProtocolDimension } from './quantities.ts';
import { didYouMean } from './suggest.ts';
import type { Limit, StopCondition } from './types.ts';

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

const STOP_SUBJECTS = ['overpotential', 'voltage', 'cycles', 'time', 'film thickness', 'coulombic efficiency', 'capacity loss'] as const;

/**
 * One stop condition of a protocol (see `StopCondition`). Never throws; the error message names
 * the condition as written, the caller adds `path`.
 */
export function readStopCondition(raw: string, path: string): Result<StopCondition, string> {
  const text = raw.trim();
  if (text.length === 0) return err(msg.emptyStop());
  const c = splitComparison(text);
  if (c === undefined) {
    return err(msg.unknownStop(text, didYouMean(text.replace(/\s*\d.*$/, ''), STOP_SUBJECTS)));
  }
  const at = { text, path };
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
    default:
      return err(msg.unknownStop(text, didYouMean(c.subject, STOP_SUBJECTS)));
  }
}
