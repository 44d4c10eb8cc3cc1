import { MAX_REPEAT_COUNT, MAX_REPEAT_DEPTH, type Direction, type FullCellDirection } from './types.ts';

/**
 * Every message the protocol parser gives, in one place (tests assert them exactly). Each names
 * the step as written and says what to write instead. The caller prefixes the path.
 */

const q = (s: string): string => `"${s}"`;

export const DIRECTION_WORD = { plate: 'Plate', strip: 'Strip' } as const satisfies Record<Direction, string>;
export const FULL_CELL_DIRECTION_WORD = { charge: 'Charge', discharge: 'Discharge' } as const satisfies Record<FullCellDirection, string>;
const STEP_NOUN = { plate: 'plating', strip: 'stripping', charge: 'charging', discharge: 'discharging' } as const satisfies Record<Direction | FullCellDirection, string>;
const STEP_WORDS = 'Plate…, Strip…, Charge…, Discharge…, Rest…';

/** The limits of a Plate/Strip step, for messages. */
export const LIMIT_FORMS = '"1 V" (|cell voltage|), "voltage > 0.5 V", "voltage < -0.5 V", "overpotential > 0.5 V" or "1 mAh/cm2" (charge passed in the step)';
/** The limits of a Charge/Discharge step, for messages. */
export const FULL_CELL_LIMIT_FORMS =
  '"0.5 V" (the cell voltage falls to it on discharge, rises to it on charge), "voltage < 0.5 V", "voltage > 1.7 V", "1 mAh/cm2" or "100 mAh/g" (charge passed in the step)';
const STOP_FORMS =
  '"overpotential > 1 V", "voltage > 1 V", "voltage < -1 V", "cycles >= 1000", "time > 100 h", "film thickness > 50 nm", "coulombic efficiency < 99 %", "capacity loss > 20 %", "capacity < 80 %" (or "80% capacity") or "discharge capacity < 100 mAh/g"';
const RATE_FORMS = 'a current density such as "1 mA/cm2", a specific current such as "20 mA/g" or a C-rate such as "C/10"';
const CAPACITY_FORMS = 'an areal capacity such as "1 mAh/cm2" or a specific capacity such as "100 mAh/g"';

/** Describe a JS value for "got …" in messages, without dumping it. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text ${q(`${value.slice(0, 40)}…`)}` : `the text ${q(value)}`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${String(value)}`;
    case 'object': {
      const keys = Object.keys(value);
      return keys.length === 0 ? 'an empty mapping' : `a mapping with keys ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}`;
    }
    default:
      return typeof value;
  }
}

export const msg = {
  // Sentences
  emptyStep: (): string => 'the step is empty; write a sentence such as "Rest for 10 min" or "Plate at 1 mA/cm2 for 1 h"',
  unknownStep: (text: string, suggestion: string | undefined): string =>
    `${q(text)}: unknown step; steps are ${STEP_WORDS}${suggestion === undefined ? '' : ` (did you mean ${q(suggestion)}?)`}`,
  holdStep: (text: string): string =>
    `${q(text)}: constant-voltage holds are not supported; steps are ${STEP_WORDS} (end a constant-current step at a voltage instead, as in "Charge at C/10 until 1.7 V")`,
  neverEnds: (text: string, direction: Direction | FullCellDirection): string =>
    `${q(text)}: a ${STEP_NOUN[direction]} step needs "for <time>", "until <limit>" or a capacity, or it never ends`,
  quantity: (text: string, problem: string): string => `${q(text)}: ${problem}`,
  missingAt: (text: string, direction: Direction): string =>
    `${q(text)}: expected "at <current density>" after ${q(DIRECTION_WORD[direction])}, as in "${DIRECTION_WORD[direction]} at 1 mA/cm2 for 1 h"`,
  missingValue: (text: string, keyword: string, what: string): string => `${q(text)}: ${q(keyword)} needs ${what}`,
  notPositive: (text: string, what: string, written: string, hint = ''): string =>
    `${q(text)}: the ${what} ${q(written)} must be positive${hint}`,
  currentSignHint: '; the direction (Plate or Strip) carries the sign',
  rateSignHint: '; the direction (Charge or Discharge) carries the sign',
  missingRateAt: (text: string, direction: FullCellDirection): string =>
    `${q(text)}: expected "at <current>" after ${q(FULL_CELL_DIRECTION_WORD[direction])}, as in "${FULL_CELL_DIRECTION_WORD[direction]} at C/10 until ${direction === 'discharge' ? '0.5' : '1.7'} V"`,
  rateForms: RATE_FORMS,
  capacityForms: CAPACITY_FORMS,
  fullCellCapacityAndDuration: (text: string): string =>
    `${q(text)}: give either a capacity ("Discharge 100 mAh/g at C/10") or a duration ("for 10 h"), not both`,
  fullCellOverpotential: (text: string, limit: string): string =>
    `${q(text)}: the limit ${q(limit)}: an overpotential limit is for Plate and Strip steps; a Charge or Discharge step ends at a cell voltage such as "0.5 V" or "voltage < 0.5 V"`,
  capacityAndDuration: (text: string): string =>
    `${q(text)}: give either a capacity ("Plate 1 mAh/cm2 at 1 mA/cm2") or a duration ("for 1 h"), not both`,
  duplicateClause: (text: string, keyword: string): string => `${q(text)}: ${q(keyword)} appears twice; give it once`,
  forAfterUntil: (text: string, fullCell = false): string =>
    `${q(text)}: "for <time>" must come before "until", as in ${fullCell ? '"Discharge at C/10 for 10 h or until 0.5 V"' : '"Plate at 1 mA/cm2 for 1 h or until 1 V"'}`,
  strayOr: (text: string, fullCell = false): string =>
    `${q(text)}: "or" must join limits after "until", as in ${fullCell ? '"Discharge at C/10 for 10 h or until 0.5 V or 100 mAh/g"' : '"Strip at 1 mA/cm2 for 1 h or until 1 V or overpotential > 0.5 V"'}`,
  missingLimit: (text: string, forms: string = LIMIT_FORMS): string => `${q(text)}: a limit is missing after "until" or "or"; limits are ${forms}`,
  badLimit: (text: string, limit: string, problem: string): string => `${q(text)}: the limit ${q(limit)}: ${problem}`,
  notALimit: (text: string, limit: string, forms: string = LIMIT_FORMS): string => `${q(text)}: ${q(limit)} is not a limit; limits are ${forms}`,
  magnitudeNotPositive: (text: string, limit: string): string =>
    `${q(text)}: the limit ${q(limit)} is on |cell voltage| and must be positive; for a signed limit write "voltage < ${limit.trim()}"`,
  restForm: (text: string): string =>
    `${q(text)}: a rest step is "Rest for <time>", e.g. "Rest for 10 min"; it takes no current, capacity or limit`,
  badPeriod: (text: string): string => `${q(text)}: the sampling period is written "(<time> period)" at the end, such as "(1 min period)"`,
  periodLongerThanStep: (text: string): string =>
    `${q(text)}: the sampling period is longer than the step, so the step is sampled only at its ends`,

  // Stop conditions
  emptyStop: (): string => `the stop condition is empty; stop conditions are ${STOP_FORMS}`,
  unknownStop: (text: string, suggestion: string | undefined): string =>
    `${q(text)}: unknown stop condition; stop conditions are ${STOP_FORMS}${suggestion === undefined ? '' : ` (did you mean ${q(suggestion)}?)`}`,
  wrongOperator: (text: string, subject: string, example: string): string =>
    `${q(text)}: ${subject} takes ${example.includes('<') ? '"<"' : '">"'}, as in ${q(example)}`,
  cyclesNotWhole: (text: string, written: string): string =>
    `${q(text)}: ${q(written)} is not a whole number of cycles; expected a count such as "cycles >= 1000"`,
  cyclesZero: (text: string): string => `${q(text)}: this holds before the first cycle; expected at least one cycle, such as "cycles >= 1000"`,
  percentRange: (text: string, written: string, range: string): string => `${q(text)}: ${q(written)} is out of range; expected ${range}`,
  retentionForm: (text: string): string =>
    `${q(text)}: a capacity retention is a percentage, optionally of a reference capacity: "capacity < 80 %", "capacity < 80 % of 120 mAh/g" or "80% capacity"`,
  capacityStopNeverChecked: (text: string): string =>
    `${q(text)}: never checked; it compares the discharge capacity of cycles, and no cycle (iteration of an outermost repeat block) has a Discharge step`,
  cyclesNeverReached: (text: string, cycles: number): string =>
    `${q(text)}: never reached; the protocol runs ${cycles} cycle${cycles === 1 ? '' : 's'} (iterations of its outermost repeat blocks)`,

  // Structure
  notAProtocol: (got: unknown): string =>
    `expected the protocol as a mapping with "steps" (a list of steps) and optionally "stop" (a list of stop conditions); got ${describeValue(got)}`,
  unknownKey: (key: string, allowed: readonly string[]): string =>
    `unknown key ${q(key)}; the keys are ${allowed.map(q).join(' and ')}`,
  missingSteps: (): string => '"steps" is missing; give a list of steps such as ["Plate at 1 mA/cm2 for 1 h", "Strip at 1 mA/cm2 for 1 h"]',
  stepsNotList: (got: unknown): string => `expected a list of steps; got ${describeValue(got)}`,
  noSteps: (): string => 'there are no steps; give at least one, such as "Plate at 1 mA/cm2 for 1 h"',
  notAStep: (got: unknown): string =>
    `expected a step sentence such as "Plate at 1 mA/cm2 for 1 h" or a repeat block {repeat: 100, steps: [...]}; got ${describeValue(got)}`,
  missingRepeat: (): string => 'a block of steps needs "repeat: <count>", such as "repeat: 100"',
  badRepeatCount: (got: unknown): string =>
    `the repeat count must be a whole number from 1 to ${MAX_REPEAT_COUNT}, such as "repeat: 100"; got ${typeof got === 'string' ? `the text ${q(got)} (write it without quotes)` : describeValue(got)}`,
  tooDeep: (): string => `repeat blocks nest more than ${MAX_REPEAT_DEPTH} deep; flatten the protocol`,
  tooManySteps: (count: number): string =>
    `the repeat counts multiply to ${count.toExponential(2)} executed steps, more than can be counted exactly (${Number.MAX_SAFE_INTEGER}); lower the repeat counts`,
  stopNotList: (got: unknown): string => `expected a list of stop conditions such as ["cycles >= 1000"]; got ${describeValue(got)}`,
  stopNotText: (got: unknown): string => `expected a stop condition such as "cycles >= 1000"; got ${describeValue(got)}`,
} as const;
