import { MAX_REPEAT_COUNT, MAX_REPEAT_DEPTH, type Direction } from './types.ts';

/**
 * Every message the protocol parser gives, in one place (tests assert them exactly). Each names
 * the step as written and says what to write instead. The caller prefixes the path.
 */

const q = (s: string): string => `"${s}"`;

export const DIRECTION_WORD = { plate: 'Plate', strip: 'Strip' } as const satisfies Record<Direction, string>;
const STEP_NOUN = { plate: 'plating', strip: 'stripping' } as const satisfies Record<Direction, string>;

const LIMIT_FORMS = '"1 V" (|cell voltage|), "voltage > 0.5 V", "voltage < -0.5 V", "overpotential > 0.5 V" or "1 mAh/cm2" (charge passed in the step)';
const STOP_FORMS =
  '"overpotential > 1 V", "voltage > 1 V", "voltage < -1 V", "cycles >= 1000", "time > 100 h", "film thickness > 50 nm", "coulombic efficiency < 99 %" or "capacity loss > 20 %"';

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
    `${q(text)}: unknown step; steps are Plate…, Strip…, Rest…${suggestion === undefined ? '' : ` (did you mean ${q(suggestion)}?)`}`,
  pybammWord: (text: string, word: string): string =>
    `${q(text)}: unknown step ${q(word)}; steps are Plate…, Strip…, Rest… (a Mg electrode is plated or stripped: write "Plate" or "Strip" instead of "Charge" or "Discharge")`,
  neverEnds: (text: string, direction: Direction): string =>
    `${q(text)}: a ${STEP_NOUN[direction]} step needs "for <time>", "until <limit>" or a capacity, or it never ends`,
  quantity: (text: string, problem: string): string => `${q(text)}: ${problem}`,
  missingAt: (text: string, direction: Direction): string =>
    `${q(text)}: expected "at <current density>" after ${q(DIRECTION_WORD[direction])}, as in "${DIRECTION_WORD[direction]} at 1 mA/cm2 for 1 h"`,
  missingValue: (text: string, keyword: string, what: string): string => `${q(text)}: ${q(keyword)} needs ${what}`,
  notPositive: (text: string, what: string, written: string, hint = ''): string =>
    `${q(text)}: the ${what} ${q(written)} must be positive${hint}`,
  currentSignHint: '; the direction (Plate or Strip) carries the sign',
  capacityAndDuration: (text: string): string =>
    `${q(text)}: give either a capacity ("Plate 1 mAh/cm2 at 1 mA/cm2") or a duration ("for 1 h"), not both`,
  duplicateClause: (text: string, keyword: string): string => `${q(text)}: ${q(keyword)} appears twice; give it once`,
  forAfterUntil: (text: string): string => `${q(text)}: "for <time>" must come before "until", as in "Plate at 1 mA/cm2 for 1 h or until 1 V"`,
  strayOr: (text: string): string =>
    `${q(text)}: "or" must join limits after "until", as in "Strip at 1 mA/cm2 for 1 h or until 1 V or overpotential > 0.5 V"`,
  missingLimit: (text: string): string => `${q(text)}: a limit is missing after "until" or "or"; limits are ${LIMIT_FORMS}`,
  badLimit: (text: string, limit: string, problem: string): string => `${q(text)}: the limit ${q(limit)}: ${problem}`,
  notALimit: (text: string, limit: string): string => `${q(text)}: ${q(limit)} is not a limit; limits are ${LIMIT_FORMS}`,
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
