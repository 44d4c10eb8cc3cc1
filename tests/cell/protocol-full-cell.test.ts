import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capacityStopHolds,
  capacityToAreal,
  cycleCount,
  cyclesDischarge,
  describeStep,
  describeStopCondition,
  flattenCount,
  formatQuantity,
  fullCellUses,
  isDischargeStep,
  iterateSteps,
  parseProtocol,
  parseStep,
  parseStopCondition,
  protocolDuration,
  protocolToInput,
  rateToCurrentDensity,
  signedCurrentDensity,
  stepMaxDuration,
  type CapacityRetentionStop,
  type DischargeCapacityStop,
  type LeafStep,
  type Protocol,
  type ProtocolDimension,
  type RateContext,
  type Step,
  type StopCondition,
} from '../../src/cell/protocol/index.ts';
import { readYaml } from '../../src/io/yaml.ts';
import { formatIssue, InputError, parseQuantity, type Dimension, type ParseIssue, type Result } from '../../src/units/index.ts';
import { unwrap } from '../helpers.ts';

// SI values used below: 1 mA/cm2 = 10 A/m2, 1 mAh/cm2 = 36 000 C/m2, 1 mA/g = 1 A/kg,
// 1 mAh/g = 3600 C/kg, 1C = 1/3600 s⁻¹ (C/10 = 0.1/3600 s⁻¹), 1 mg/cm2 = 0.01 kg/m2.

/** The SI value the unit parser gives for `text`: an oracle independent of the sentence parser. */
const si = (text: string, dimension: Dimension): number => unwrap(parseQuantity(text, dimension)).value as number;

function errorsOf<T>(r: Result<T>): readonly ParseIssue[] {
  if (r.kind === 'ok') expect.fail(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.errors;
}

function onlyMessage<T>(r: Result<T>): string {
  const errors = errorsOf(r);
  expect(errors).toHaveLength(1);
  return errors[0]?.message ?? '';
}

const step = (text: string, path = 'step'): LeafStep => unwrap(parseStep(text, path));
const stop = (text: string, path = 'stop'): StopCondition => unwrap(parseStopCondition(text, path));

/** Mo6S8 (128.8 mAh/g) at 2 mg/cm2: 1C = 128.8 mAh/g × 2 mg/cm2 = 0.2576 mA/cm2. */
const CHEVREL: RateContext = { cathodeMassLoading_kg_m2: 0.02, capacity_C_kg: 128.8 * 3600 };

/** Expect `f` to throw an InputError whose message is `message`. */
function throwsInput(f: () => unknown, message: string): void {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(InputError);
  expect((thrown as Error).message).toBe(message);
}

describe('Charge/Discharge sentences read into the AST, keeping which kind of rate was written', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'Discharge at C/10 for 10 h or until 0.5 V',
      {
        kind: 'full-cell',
        direction: 'discharge',
        rate: { kind: 'c-rate', value: 0.1 / 3600 },
        duration: 36000,
        limits: [{ kind: 'voltage-reaches', threshold: 0.5, direction: 'falling' }],
      },
    ],
    ['Charge at C/10 until 1.7 V', { kind: 'full-cell', direction: 'charge', rate: { kind: 'c-rate', value: 0.1 / 3600 }, limits: [{ kind: 'voltage-reaches', threshold: 1.7, direction: 'rising' }] }],
    ['Discharge at 1C until 0.5 V', { kind: 'full-cell', direction: 'discharge', rate: { kind: 'c-rate', value: 1 / 3600 }, limits: [{ kind: 'voltage-reaches', threshold: 0.5, direction: 'falling' }] }],
    ['Discharge at 5 C for 10 min', { kind: 'full-cell', direction: 'discharge', rate: { kind: 'c-rate', value: 5 / 3600 }, duration: 600, limits: [] }],
    ['Charge at 0.5C for 2 h', { kind: 'full-cell', direction: 'charge', rate: { kind: 'c-rate', value: 0.5 / 3600 }, duration: 7200, limits: [] }],
    ['Discharge at 20 mA/g until 0.2 V', { kind: 'full-cell', direction: 'discharge', rate: { kind: 'specific-current', value: si('20 mA/g', 'specificCurrent') }, limits: [{ kind: 'voltage-reaches', threshold: 0.2, direction: 'falling' }] }],
    ['Charge at 1 A/g until 1.8 V', { kind: 'full-cell', direction: 'charge', rate: { kind: 'specific-current', value: 1000 }, limits: [{ kind: 'voltage-reaches', threshold: 1.8, direction: 'rising' }] }],
    ['Discharge at 1 mA/cm2 for 1 h', { kind: 'full-cell', direction: 'discharge', rate: { kind: 'current-density', value: 10 }, duration: 3600, limits: [] }],
    ['Charge at 0.5 mA cm-2 until 1 mAh/cm2', { kind: 'full-cell', direction: 'charge', rate: { kind: 'current-density', value: 5 }, limits: [{ kind: 'capacity', threshold: 36000 }] }],
    ['Discharge 1 mAh/cm2 at 1 mA/cm2', { kind: 'full-cell', direction: 'discharge', rate: { kind: 'current-density', value: 10 }, capacity: { kind: 'areal', value: 36000 }, limits: [] }],
    [
      'Discharge 100 mAh/g at C/10 or until 0.5 V',
      {
        kind: 'full-cell',
        direction: 'discharge',
        rate: { kind: 'c-rate', value: 0.1 / 3600 },
        capacity: { kind: 'specific', value: si('100 mAh/g', 'specificCapacity') },
        limits: [{ kind: 'voltage-reaches', threshold: 0.5, direction: 'falling' }],
      },
    ],
    [
      'Charge at 20 mA/g until 1.7 V or 120 mAh/g or voltage > 2 V (1 min period)',
      {
        kind: 'full-cell',
        direction: 'charge',
        rate: { kind: 'specific-current', value: si('20 mA/g', 'specificCurrent') },
        limits: [
          { kind: 'voltage-reaches', threshold: 1.7, direction: 'rising' },
          { kind: 'specific-capacity', threshold: si('120 mAh/g', 'specificCapacity') },
          { kind: 'voltage-above', threshold: 2 },
        ],
        period: 60,
      },
    ],
    ['Discharge at C/20 until voltage < 0.3 V', { kind: 'full-cell', direction: 'discharge', rate: { kind: 'c-rate', value: 1 / 20 / 3600 }, limits: [{ kind: 'voltage-below', threshold: 0.3 }] }],
    // PyBaMM's own examples (time words, "or until"), case-insensitive keywords and free whitespace.
    [
      'Discharge at C/3 for 2 hours or until 2.5 V',
      { kind: 'full-cell', direction: 'discharge', rate: { kind: 'c-rate', value: 1 / 3 / 3600 }, duration: 7200, limits: [{ kind: 'voltage-reaches', threshold: 2.5, direction: 'falling' }] },
    ],
    ['  dIsChArGe   AT 1C  UNTIL 0.5 V ', { kind: 'full-cell', direction: 'discharge', rate: { kind: 'c-rate', value: 1 / 3600 }, limits: [{ kind: 'voltage-reaches', threshold: 0.5, direction: 'falling' }] }],
    // A bare voltage is the signed cell voltage, any value.
    ['Discharge at C/10 until 0 V', { kind: 'full-cell', direction: 'discharge', rate: { kind: 'c-rate', value: 0.1 / 3600 }, limits: [{ kind: 'voltage-reaches', threshold: 0, direction: 'falling' }] }],
  ])('"%s"', (text, expected) => {
    const r = parseStep(text, 'p');
    expect(unwrap(r)).toStrictEqual({ ...expected, text: text.trim(), path: 'p' });
    expect(r.kind === 'ok' && r.warnings).toStrictEqual([]);
  });

  it('every existing plating/stripping sentence reads as before (kind "galvanostatic", no rate object)', () => {
    expect(step('Strip at 1 mA/cm2 for 1 h or until 1 V')).toStrictEqual({
      kind: 'galvanostatic',
      direction: 'strip',
      currentDensity: 10,
      duration: 3600,
      limits: [{ kind: 'voltage-magnitude', threshold: 1 }],
      text: 'Strip at 1 mA/cm2 for 1 h or until 1 V',
      path: 'step',
    });
  });

  it('warns (but accepts) a sampling period longer than a Charge/Discharge step', () => {
    const r = parseStep('Discharge at 1C for 10 min (1 h period)', 'protocol.steps[0]');
    expect(r.kind === 'ok' && r.warnings).toStrictEqual([
      { path: 'protocol.steps[0]', message: '"Discharge at 1C for 10 min (1 h period)": the sampling period is longer than the step, so the step is sampled only at its ends' },
    ]);
  });
});

describe('describeStep writes the canonical Charge/Discharge sentence, which reads back to the same step', () => {
  it.each([
    ['Discharge at C/10 for 10 h or until 0.5 V', 'Discharge at C/10 for 10 h or until 0.5 V'],
    ['discharge at 0.1C for 600 min until 500 mV', 'Discharge at C/10 for 10 h or until 0.5 V'],
    ['Discharge at 0.5C until 0.5 V', 'Discharge at C/2 until 0.5 V'],
    ['Discharge at 5 C until 0.5 V', 'Discharge at 5C until 0.5 V'],
    ['Charge at 1 C until 1.7 V', 'Charge at 1C until 1.7 V'],
    ['Charge at 0.3C until 1.7 V', 'Charge at 0.3C until 1.7 V'],
    ['Charge at C/3 until 1.7 V', 'Charge at C/3 until 1.7 V'],
    ['Charge at C/0.3 until 1.7 V', 'Charge at C/0.3 until 1.7 V'],
    ['Charge at 1000 mA/g until 1.7 V', 'Charge at 1 A/g until 1.7 V'],
    ['Charge at 20 A/kg until 1.7 V', 'Charge at 20 mA/g until 1.7 V'],
    ['Discharge at 5 A/m2 for 5400 s', 'Discharge at 0.5 mA/cm2 for 90 min'],
    ['Discharge 360 C/g at 20 mA/g', 'Discharge 100 mAh/g at 20 mA/g'],
    ['Charge 3.6 C/cm2 at C/5 or until 1.8 V', 'Charge 1 mAh/cm2 at C/5 or until 1.8 V'],
    ['Charge at C/10 until 1.7 V or until 130 mAh/g or voltage >= 1.9 V', 'Charge at C/10 until 1.7 V or 130 mAh/g or voltage > 1.9 V'],
    ['Discharge at 1C for 3600 s (60 s period)', 'Discharge at 1C for 1 h (1 min period)'],
  ])('"%s" → "%s"', (text, canonical) => {
    const s = step(text);
    expect(describeStep(s)).toBe(canonical);
    expect(step(describeStep(s))).toStrictEqual({ ...s, text: canonical });
  });
});

const RATE_FORMS = 'a current density such as "1 mA/cm2", a specific current such as "20 mA/g" or a C-rate such as "C/10"';
const FULL_LIMITS =
  '"0.5 V" (the cell voltage falls to it on discharge, rises to it on charge), "voltage < 0.5 V", "voltage > 1.7 V", "1 mAh/cm2" or "100 mAh/g" (charge passed in the step)';

describe('Charge/Discharge errors name the step and say what to write', () => {
  it.each([
    ['Discharge for 1 h', '"Discharge for 1 h": expected "at <current>" after "Discharge", as in "Discharge at C/10 until 0.5 V"'],
    ['Charge until 1.7 V', '"Charge until 1.7 V": expected "at <current>" after "Charge", as in "Charge at C/10 until 1.7 V"'],
    ['Discharge at for 1 h', `"Discharge at for 1 h": "at" needs ${RATE_FORMS}`],
    ['Discharge at 1 mA for 1 h', `"Discharge at 1 mA for 1 h": "1 mA" is a current, not a current density, specific current or C-rate; expected ${RATE_FORMS}`],
    ['Discharge at 1 V for 1 h', `"Discharge at 1 V for 1 h": "1 V" is a voltage, not a current density, specific current or C-rate; expected ${RATE_FORMS}`],
    ['Discharge at fast for 1 h', `"Discharge at fast for 1 h": "fast" is not a current; expected ${RATE_FORMS}`],
    ['Discharge at c/10 for 1 h', `"Discharge at c/10 for 1 h": "c/10" is not a current; expected ${RATE_FORMS}`],
    ['Discharge at -1C for 1 h', '"Discharge at -1C for 1 h": the current "-1C" must be positive; the direction (Charge or Discharge) carries the sign'],
    ['Charge at -20 mA/g for 1 h', '"Charge at -20 mA/g for 1 h": the current "-20 mA/g" must be positive; the direction (Charge or Discharge) carries the sign'],
    ['Charge at 0 mA/cm2 for 1 h', '"Charge at 0 mA/cm2 for 1 h": the current "0 mA/cm2" must be positive; the direction (Charge or Discharge) carries the sign'],
    ['Discharge at C/0 for 1 h', '"Discharge at C/0 for 1 h": "C/0": the value is not a finite number; expected a C-rate such as "5 C or C/50"'],
    ['Discharge at C/10', '"Discharge at C/10": a discharging step needs "for <time>", "until <limit>" or a capacity, or it never ends'],
    ['Charge at C/10', '"Charge at C/10": a charging step needs "for <time>", "until <limit>" or a capacity, or it never ends'],
    ['Discharge 1 V at C/10', '"Discharge 1 V at C/10": "1 V" is a voltage, not a capacity; expected an areal capacity such as "1 mAh/cm2" or a specific capacity such as "100 mAh/g"'],
    ['Discharge 0 mAh/g at C/10', '"Discharge 0 mAh/g at C/10": the capacity "0 mAh/g" must be positive'],
    ['Discharge 100 mAh/g at C/10 for 10 h', '"Discharge 100 mAh/g at C/10 for 10 h": give either a capacity ("Discharge 100 mAh/g at C/10") or a duration ("for 10 h"), not both'],
    ['Discharge at C/10 for -1 h', '"Discharge at C/10 for -1 h": the duration "-1 h" must be positive'],
    ['Discharge at C/10 until 0.5 V for 10 h', '"Discharge at C/10 until 0.5 V for 10 h": "for <time>" must come before "until", as in "Discharge at C/10 for 10 h or until 0.5 V"'],
    ['Discharge at C/10 for 10 h or 0.5 V', '"Discharge at C/10 for 10 h or 0.5 V": "or" must join limits after "until", as in "Discharge at C/10 for 10 h or until 0.5 V or 100 mAh/g"'],
    ['Discharge at C/10 until', `"Discharge at C/10 until": a limit is missing after "until" or "or"; limits are ${FULL_LIMITS}`],
    ['Discharge at C/10 until 5 mA', `"Discharge at C/10 until 5 mA": "5 mA" is not a limit; limits are ${FULL_LIMITS}`],
    ['Discharge at C/10 until current < C/50', `"Discharge at C/10 until current < C/50": "current < C/50" is not a limit; limits are ${FULL_LIMITS}`],
    [
      'Discharge at C/10 until overpotential > 0.5 V',
      '"Discharge at C/10 until overpotential > 0.5 V": the limit "overpotential > 0.5 V": an overpotential limit is for Plate and Strip steps; a Charge or Discharge step ends at a cell voltage such as "0.5 V" or "voltage < 0.5 V"',
    ],
    ['Discharge at C/10 until 0 mAh/g', '"Discharge at C/10 until 0 mAh/g": the limit "0 mAh/g": a capacity limit must be positive'],
    ['Discharge at C/10 until voltage < 1 mAh/g', '"Discharge at C/10 until voltage < 1 mAh/g": the limit "voltage < 1 mAh/g": "1 mAh/g" is a specific capacity, not a voltage; expected a voltage such as "0.3 V"'],
    ['Discharge at C/10 at 1C for 1 h', '"Discharge at C/10 at 1C for 1 h": "at" appears twice; give it once'],
    ['Dischrge at C/10 for 1 h', '"Dischrge at C/10 for 1 h": unknown step; steps are Plate…, Strip…, Charge…, Discharge…, Rest… (did you mean "Discharge"?)'],
    ['Chrge at C/10 for 1 h', '"Chrge at C/10 for 1 h": unknown step; steps are Plate…, Strip…, Charge…, Discharge…, Rest… (did you mean "Charge"?)'],
    // Plate and Strip keep their grammar: a current density only.
    ['Plate at C/10 for 1 h', '"Plate at C/10 for 1 h": "C/10" is a C-rate, not a current density; expected a current density such as "0.5 mA/cm2"'],
  ])('"%s"', (text, message) => {
    expect(onlyMessage(parseStep(text, 'protocol.steps[0]'))).toBe(message);
  });
});

describe('full-cell stop conditions', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['capacity < 80 %', { kind: 'capacity-retention', threshold: 0.8 }, 'capacity < 80 %'],
    ['retention < 80 %', { kind: 'capacity-retention', threshold: 0.8 }, 'capacity < 80 %'],
    ['capacity retention < 80 percent', { kind: 'capacity-retention', threshold: 0.8 }, 'capacity < 80 %'],
    ['80% capacity', { kind: 'capacity-retention', threshold: 0.8 }, 'capacity < 80 %'],
    ['80 % Capacity', { kind: 'capacity-retention', threshold: 0.8 }, 'capacity < 80 %'],
    ['discharge capacity < 80 %', { kind: 'capacity-retention', threshold: 0.8 }, 'capacity < 80 %'],
    ['capacity ≤ 100 %', { kind: 'capacity-retention', threshold: 1 }, 'capacity < 100 %'],
    [
      'capacity < 80 % of 120 mAh/g',
      { kind: 'capacity-retention', threshold: 0.8, reference: { kind: 'specific', value: si('120 mAh/g', 'specificCapacity') } },
      'capacity < 80 % of 120 mAh/g',
    ],
    ['retention < 90 % OF 1 mAh/cm2', { kind: 'capacity-retention', threshold: 0.9, reference: { kind: 'areal', value: 36000 } }, 'capacity < 90 % of 1 mAh/cm2'],
    ['discharge capacity < 100 mAh/g', { kind: 'discharge-capacity', threshold: { kind: 'specific', value: si('100 mAh/g', 'specificCapacity') } }, 'discharge capacity < 100 mAh/g'],
    ['discharge capacity < 0.5 mAh/cm2', { kind: 'discharge-capacity', threshold: { kind: 'areal', value: 18000 } }, 'discharge capacity < 0.5 mAh/cm2'],
    ['capacity < 100 mAh/g', { kind: 'discharge-capacity', threshold: { kind: 'specific', value: si('100 mAh/g', 'specificCapacity') } }, 'discharge capacity < 100 mAh/g'],
    ['100 mAh/g capacity', { kind: 'discharge-capacity', threshold: { kind: 'specific', value: si('100 mAh/g', 'specificCapacity') } }, 'discharge capacity < 100 mAh/g'],
  ])('"%s" reads in SI and is written back canonically', (text, expected, canonical) => {
    const s = stop(text, 'protocol.stop[0]');
    expect(s).toStrictEqual({ ...expected, text, path: 'protocol.stop[0]' });
    expect(describeStopCondition(s)).toBe(canonical);
    expect(stop(canonical, 'protocol.stop[0]')).toStrictEqual({ ...s, text: canonical });
  });

  it('the existing "capacity loss > 20 %" (Mg inventory lost to films) stays a different condition', () => {
    expect(stop('capacity loss > 20 %')).toStrictEqual({ kind: 'capacity-loss', threshold: 0.2, text: 'capacity loss > 20 %', path: 'stop' });
  });

  const RETENTION_FORM = 'a capacity retention is a percentage, optionally of a reference capacity: "capacity < 80 %", "capacity < 80 % of 120 mAh/g" or "80% capacity"';
  it.each([
    ['capacity > 80 %', '"capacity > 80 %": capacity takes "<", as in "capacity < 80 %"'],
    ['retention >= 80 %', '"retention >= 80 %": retention takes "<", as in "retention < 80 %"'],
    ['discharge capacity > 100 mAh/g', '"discharge capacity > 100 mAh/g": discharge capacity takes "<", as in "discharge capacity < 100 mAh/g"'],
    ['capacity < 120 %', '"capacity < 120 %": "120 %" is out of range; expected a percentage above 0 % and at most 100 %'],
    ['capacity < 0 %', '"capacity < 0 %": "0 %" is out of range; expected a percentage above 0 % and at most 100 %'],
    ['120% capacity', '"120% capacity": "120%" is out of range; expected a percentage above 0 % and at most 100 %'],
    ['capacity < 0.8', '"capacity < 0.8": "0.8" is neither a percentage nor a capacity; expected a percentage such as "80 %" or an areal capacity such as "1 mAh/cm2" or a specific capacity such as "100 mAh/g"'],
    ['4 Ah capacity', '"4 Ah capacity": "4 Ah" is neither a percentage nor a capacity; expected a percentage such as "80 %" or an areal capacity such as "1 mAh/cm2" or a specific capacity such as "100 mAh/g"'],
    ['retention < 100 mAh/g', `"retention < 100 mAh/g": ${RETENTION_FORM}`],
    ['capacity < 100 mAh/g of 1 mAh/cm2', `"capacity < 100 mAh/g of 1 mAh/cm2": ${RETENTION_FORM}`],
    ['capacity < 80 % of 1 V', '"capacity < 80 % of 1 V": "1 V" is a voltage, not a capacity; expected an areal capacity such as "1 mAh/cm2" or a specific capacity such as "100 mAh/g"'],
    ['capacity < 80 % of 0 mAh/g', '"capacity < 80 % of 0 mAh/g": the reference capacity "0 mAh/g" must be positive'],
    ['discharge capacity < 0 mAh/g', '"discharge capacity < 0 mAh/g": the discharge capacity "0 mAh/g" must be positive'],
    [
      'capacty < 80 %',
      '"capacty < 80 %": unknown stop condition; stop conditions are "overpotential > 1 V", "voltage > 1 V", "voltage < -1 V", "cycles >= 1000", "time > 100 h", "film thickness > 50 nm", "coulombic efficiency < 99 %", "capacity loss > 20 %", "capacity < 80 %" (or "80% capacity") or "discharge capacity < 100 mAh/g" (did you mean "capacity"?)',
    ],
  ])('"%s" is refused: %s', (text, message) => {
    expect(onlyMessage(parseStopCondition(text))).toBe(message);
  });
});

describe('sign convention and conversion of rates (signedCurrentDensity, rateToCurrentDensity, capacityToAreal)', () => {
  it('IUPAC at the Mg (working) electrode: Discharge (Mg strips, anodic) > 0, Charge (Mg plates) < 0, as Strip and Plate', () => {
    expect(signedCurrentDensity(step('Discharge at 1 mA/cm2 for 1 h'))).toBe(10);
    expect(signedCurrentDensity(step('Charge at 1 mA/cm2 for 1 h'))).toBe(-10);
    expect(signedCurrentDensity(step('Strip at 1 mA/cm2 for 1 h'))).toBe(10);
    expect(signedCurrentDensity(step('Plate at 1 mA/cm2 for 1 h'))).toBe(-10);
    expect(signedCurrentDensity(step('Rest for 1 h'))).toBe(0);
  });

  it('a C-rate is C × specific capacity × mass loading; a specific current is × mass loading', () => {
    // 1C of 128.8 mAh/g at 2 mg/cm2 = 0.2576 mA/cm2 = 2.576 A/m2.
    expect(signedCurrentDensity(step('Discharge at 1C until 0.5 V'), CHEVREL)).toBeCloseTo(2.576, 12);
    expect(signedCurrentDensity(step('Charge at C/10 until 1.7 V'), CHEVREL)).toBeCloseTo(-0.2576, 12);
    // 20 mA/g at 2 mg/cm2 = 0.04 mA/cm2 = 0.4 A/m2.
    expect(signedCurrentDensity(step('Discharge at 20 mA/g until 0.5 V'), CHEVREL)).toBeCloseTo(0.4, 12);
    expect(signedCurrentDensity(step('Charge at 1 A/g until 1.7 V'), CHEVREL)).toBeCloseTo(-20, 12);
    // A current density needs no context and ignores one; so do Plate/Strip.
    expect(signedCurrentDensity(step('Discharge at 1 mA/cm2 for 1 h'), CHEVREL)).toBe(10);
    expect(signedCurrentDensity(step('Plate at 1 mA/cm2 for 1 h'), CHEVREL)).toBe(-10);
    expect(rateToCurrentDensity({ kind: 'c-rate', value: unwrap(parseQuantity('C/10', 'cRate')).value }, CHEVREL)).toBeCloseTo(0.2576, 12);
    expect(capacityToAreal({ kind: 'specific', value: unwrap(parseQuantity('100 mAh/g', 'specificCapacity')).value }, CHEVREL)).toBeCloseTo(7200, 8);
    expect(capacityToAreal({ kind: 'areal', value: unwrap(parseQuantity('1 mAh/cm2', 'arealCapacity')).value })).toBe(36000);
  });

  it('a C-rate or specific current without the cathode context is a typed InputError that names the step and says what to do', () => {
    throwsInput(
      () => signedCurrentDensity(step('Discharge at C/10 until 0.5 V', 'protocol.steps[1]')),
      '"Discharge at C/10 until 0.5 V" (protocol.steps[1]): the C-rate "C/10" needs the cathode\'s specific capacity and active mass loading to become a current density (1C passes the cathode\'s capacity in 1 h); simulate a full cell whose cathode gives both, or write a current density such as "1 mA/cm2"',
    );
    throwsInput(
      () => signedCurrentDensity(step('Charge at 20 mA/g until 1.7 V', 'protocol.steps[2]')),
      '"Charge at 20 mA/g until 1.7 V" (protocol.steps[2]): the specific current "20 mA/g" is per mass of cathode active material, so it needs the cathode\'s active mass loading (kg/m²); simulate a full cell whose cathode gives it, or write a current density such as "1 mA/cm2"',
    );
    throwsInput(
      () => signedCurrentDensity(step('Discharge at 1C until 0.5 V'), { cathodeMassLoading_kg_m2: 0.02, capacity_C_kg: 0 }),
      '"Discharge at 1C until 0.5 V" (step): the C-rate "1C" needs the cathode\'s specific capacity, which must be a positive number of C/kg (1 mAh/g = 3600 C/kg); got 0',
    );
    throwsInput(
      () => signedCurrentDensity(step('Discharge at 1C until 0.5 V'), { cathodeMassLoading_kg_m2: Number.NaN, capacity_C_kg: 1 }),
      '"Discharge at 1C until 0.5 V" (step): the C-rate "1C" needs the cathode\'s active mass loading, which must be a positive number of kg/m² (1 mg/cm² = 0.01 kg/m²); got NaN',
    );
    // A specific current uses only the loading: a missing specific capacity does not matter.
    expect(signedCurrentDensity(step('Discharge at 20 mA/g until 0.5 V'), { cathodeMassLoading_kg_m2: 0.02, capacity_C_kg: Number.NaN })).toBeCloseTo(0.4, 12);
  });

  it('stepMaxDuration and protocolDuration: capacities bound the time at constant current; they need the context only when a conversion does', () => {
    // 1 mAh/cm2 at 1 mA/cm2 is 1 h; no context needed.
    expect(stepMaxDuration(step('Discharge 1 mAh/cm2 at 1 mA/cm2'))).toBe(3600);
    expect(stepMaxDuration(step('Charge at 1 mA/cm2 for 2 h or until 1 mAh/cm2'))).toBe(3600);
    // C/10 for 10 h: the duration needs no current.
    expect(stepMaxDuration(step('Discharge at C/10 for 10 h or until 0.5 V'))).toBe(36000);
    expect(stepMaxDuration(step('Discharge at C/10 until 0.5 V'))).toBeUndefined();
    // 128.8 mAh/g at C/10 takes 10 h; 100 mAh/g at C/10 takes 100/128.8 × 10 h.
    expect(stepMaxDuration(step('Discharge 128.8 mAh/g at C/10'), CHEVREL)).toBeCloseTo(36000, 6);
    expect(stepMaxDuration(step('Charge at C/10 until 1.7 V or 100 mAh/g or 1 mAh/cm2'), CHEVREL)).toBeCloseTo((100 / 128.8) * 36000, 6);
    throwsInput(
      () => stepMaxDuration(step('Discharge 100 mAh/g at 1 mA/cm2')),
      '"Discharge 100 mAh/g at 1 mA/cm2" (step): the specific capacity "100 mAh/g" is per mass of cathode active material, so it needs the cathode\'s active mass loading (kg/m²); simulate a full cell whose cathode gives it, or write an areal capacity such as "1 mAh/cm2"',
    );
    const p = unwrap(parseProtocol({ steps: [{ repeat: 3, steps: ['Discharge 128.8 mAh/g at C/10', 'Rest for 10 min', 'Charge 128.8 mAh/g at C/5'] }] }));
    expect(protocolDuration(p, CHEVREL)).toBeCloseTo(3 * (36000 + 600 + 18000), 5);
    expect(() => protocolDuration(p)).toThrow(InputError);
  });
});

describe('what the simulator needs to know about a protocol', () => {
  it('fullCellUses lists every Charge/Discharge step and capacity stop, with what each needs of the cathode', () => {
    const p = unwrap(
      parseProtocol({
        steps: [
          'Rest for 1 h',
          { repeat: 10, steps: ['Discharge at C/10 until 0.5 V', 'Charge at 1 mA/cm2 until 1.7 V or 120 mAh/g', 'Charge at 20 mA/g for 1 h', 'Plate at 1 mA/cm2 for 1 h'] },
          'Discharge at 1 mA/cm2 until 0.5 V',
        ],
        stop: ['cycles >= 10', 'capacity < 80 %', 'discharge capacity < 50 mAh/g', 'capacity < 80 % of 1 mAh/cm2'],
      }),
    );
    expect(fullCellUses(p)).toStrictEqual([
      { path: 'protocol.steps[1].steps[0]', text: 'Discharge at C/10 until 0.5 V', needsMassLoading: true, needsCapacity: true },
      { path: 'protocol.steps[1].steps[1]', text: 'Charge at 1 mA/cm2 until 1.7 V or 120 mAh/g', needsMassLoading: true, needsCapacity: false },
      { path: 'protocol.steps[1].steps[2]', text: 'Charge at 20 mA/g for 1 h', needsMassLoading: true, needsCapacity: false },
      { path: 'protocol.steps[2]', text: 'Discharge at 1 mA/cm2 until 0.5 V', needsMassLoading: false, needsCapacity: false },
      { path: 'protocol.stop[1]', text: 'capacity < 80 %', needsMassLoading: false, needsCapacity: false },
      { path: 'protocol.stop[2]', text: 'discharge capacity < 50 mAh/g', needsMassLoading: true, needsCapacity: false },
      { path: 'protocol.stop[3]', text: 'capacity < 80 % of 1 mAh/cm2', needsMassLoading: false, needsCapacity: false },
    ]);
    expect(fullCellUses(unwrap(parseProtocol({ steps: ['Plate at 1 mA/cm2 for 1 h'], stop: ['capacity loss > 20 %'] })))).toStrictEqual([]);
  });

  it('warns when a capacity stop is never checked: no Discharge step inside a repeat block (cycle)', () => {
    const r = parseProtocol({ steps: ['Discharge at C/10 until 0.5 V', { repeat: 5, steps: ['Charge at C/10 until 1.7 V'] }], stop: ['80% capacity', 'discharge capacity < 1 mAh/cm2'] });
    expect(r.kind === 'ok' && r.warnings).toStrictEqual([
      { path: 'protocol.stop[0]', message: '"80% capacity": never checked; it compares the discharge capacity of cycles, and no cycle (iteration of an outermost repeat block) has a Discharge step' },
      { path: 'protocol.stop[1]', message: '"discharge capacity < 1 mAh/cm2": never checked; it compares the discharge capacity of cycles, and no cycle (iteration of an outermost repeat block) has a Discharge step' },
    ]);
    expect(cyclesDischarge(unwrap(r))).toBe(false);
    const nested = unwrap(parseProtocol({ steps: [{ repeat: 2, steps: [{ repeat: 2, steps: ['Discharge at C/10 until 0.5 V'] }] }], stop: ['80% capacity'] }));
    expect(cyclesDischarge(nested)).toBe(true);
  });

  it('isDischargeStep picks the steps whose charge makes up a cycle’s discharge capacity', () => {
    expect(['Discharge at 1C until 0.5 V', 'Charge at 1C until 1.7 V', 'Strip at 1 mA/cm2 for 1 h', 'Rest for 1 h'].map((t) => isDischargeStep(step(t)))).toStrictEqual([true, false, false, false]);
  });

  it('capacityStopHolds: retention against the first full cycle or an explicit reference; absolute discharge capacity', () => {
    const retention = stop('capacity < 80 %') as CapacityRetentionStop;
    // First cycle: it is its own reference (100 %).
    expect(capacityStopHolds(retention, { discharge_C_m2: 7000, firstDischarge_C_m2: undefined })).toBe(false);
    expect(capacityStopHolds(retention, { discharge_C_m2: 5601, firstDischarge_C_m2: 7000 })).toBe(false);
    expect(capacityStopHolds(retention, { discharge_C_m2: 5599, firstDischarge_C_m2: 7000 })).toBe(true);
    // No reference yet (nothing discharged): never holds.
    expect(capacityStopHolds(retention, { discharge_C_m2: 0, firstDischarge_C_m2: undefined })).toBe(false);
    // "of 100 mAh/g" at 2 mg/cm2 = 7200 C/m2: 80 % is 5760 C/m2, whatever the first cycle gave.
    const ofReference = stop('capacity < 80 % of 100 mAh/g') as CapacityRetentionStop;
    expect(capacityStopHolds(ofReference, { discharge_C_m2: 5700, firstDischarge_C_m2: 5700 }, CHEVREL)).toBe(true);
    expect(capacityStopHolds(ofReference, { discharge_C_m2: 5800, firstDischarge_C_m2: undefined }, CHEVREL)).toBe(false);
    const absolute = stop('discharge capacity < 50 mAh/g') as DischargeCapacityStop;
    // 50 mAh/g at 2 mg/cm2 = 3600 C/m2.
    expect(capacityStopHolds(absolute, { discharge_C_m2: 3500, firstDischarge_C_m2: 7000 }, CHEVREL)).toBe(true);
    expect(capacityStopHolds(absolute, { discharge_C_m2: 3700, firstDischarge_C_m2: 7000 }, CHEVREL)).toBe(false);
    expect(() => capacityStopHolds(absolute, { discharge_C_m2: 3500, firstDischarge_C_m2: 7000 })).toThrow(InputError);
    expect(capacityStopHolds(stop('discharge capacity < 0.1 mAh/cm2') as DischargeCapacityStop, { discharge_C_m2: 3500, firstDischarge_C_m2: 7000 })).toBe(true);
  });

  it('reads the README example: a full-cell protocol in a stack file, its cycles and its schedule', () => {
    const yaml = readYaml(
      'stack.yaml',
      `protocol:
  steps:
    - Rest for 1 h
    - Discharge at C/20 until 0.5 V          # formation
    - repeat: 200
      steps:
        - Charge at C/10 until 1.7 V or 130 mAh/g
        - Rest for 10 min
        - Discharge at C/10 until 0.5 V (1 min period)
        - Rest for 10 min
  stop:
    - capacity < 80 %
    - cycles >= 200
`,
    );
    if (yaml.kind === 'error') expect.fail(yaml.errors.map(formatIssue).join('\n'));
    const r = parseProtocol((yaml.source.data as { protocol: unknown }).protocol);
    const p = unwrap(r);
    expect(r.kind === 'ok' && r.warnings).toStrictEqual([]);
    expect(flattenCount(p)).toBe(2 + 200 * 4);
    expect(cycleCount(p)).toBe(200);
    const first = [...iterateSteps(p)].slice(0, 7).map((s) => [s.cycle, s.endsCycle, s.step.kind === 'full-cell' ? s.step.direction : s.step.kind]);
    expect(first).toStrictEqual([
      [undefined, false, 'rest'],
      [undefined, false, 'discharge'],
      [0, false, 'charge'],
      [0, false, 'rest'],
      [0, false, 'discharge'],
      [0, true, 'rest'],
      [1, false, 'charge'],
    ]);
    expect(protocolToInput(p)).toStrictEqual({
      steps: [
        'Rest for 1 h',
        'Discharge at C/20 until 0.5 V',
        { repeat: 200, steps: ['Charge at C/10 until 1.7 V or 130 mAh/g', 'Rest for 10 min', 'Discharge at C/10 until 0.5 V (1 min period)', 'Rest for 10 min'] },
      ],
      stop: ['capacity < 80 %', 'cycles >= 200'],
    });
    // The C/10 steps end by voltage (or capacity): no known duration.
    expect(protocolDuration(p, CHEVREL)).toBeUndefined();
  });
});

describe('formatQuantity for the full-cell dimensions', () => {
  it.each<[number, ProtocolDimension, string]>([
    [20, 'specificCurrent', '20 mA/g'],
    [1000, 'specificCurrent', '1 A/g'],
    [0.5, 'specificCurrent', '0.5 mA/g'],
    [360000, 'specificCapacity', '100 mAh/g'],
    [0.1 / 3600, 'cRate', 'C/10'],
    [1 / 3600, 'cRate', '1C'],
    [0.5 / 3600, 'cRate', 'C/2'],
    [2 / 3600, 'cRate', '2C'],
  ])('%f (%s) → "%s"', (value, dimension, text) => {
    expect(formatQuantity(value, dimension)).toBe(text);
  });

  it.each<ProtocolDimension>(['specificCurrent', 'specificCapacity'])('any positive double of %s reads back to itself', (dimension) => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1e12, noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(unwrap(parseQuantity(formatQuantity(value, dimension), dimension)).value).toBe(value);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Property-based tests

const decimal = fc.tuple(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 4 })).map(([m, d]) => {
  const s = String(m).padStart(d + 1, '0');
  return d === 0 ? s : `${s.slice(0, -d)}.${s.slice(-d)}`;
});
const signed = fc.tuple(fc.boolean(), decimal).map(([negative, d]) => (negative ? `-${d}` : d));

function quantityArb(dimension: Dimension, units: readonly string[], number = decimal): fc.Arbitrary<{ text: string; si: number }> {
  return fc.tuple(number, fc.constantFrom(...units)).map(([n, u]) => {
    const text = `${n} ${u}`;
    return { text, si: si(text, dimension) };
  });
}
const currentDensityQ = quantityArb('currentDensity', ['mA/cm2', 'mA cm-2', 'uA/cm2', 'A/m2']);
const specificCurrentQ = quantityArb('specificCurrent', ['mA/g', 'mA g-1', 'A/g', 'A/kg', 'uA/g']);
const cRateQ = fc.tuple(decimal, fc.constantFrom('xC', 'x C', 'C/x', 'C / x')).map(([n, form]) => {
  const text = form.replace('x', n);
  return { text, si: si(text, 'cRate') };
});
const timeQ = quantityArb('time', ['s', 'min', 'minutes', 'h', 'hours']);
const arealQ = quantityArb('arealCapacity', ['mAh/cm2', 'mA h cm-2', 'C/cm2']);
const specificQ = quantityArb('specificCapacity', ['mAh/g', 'mAh g-1', 'Ah/kg', 'C/g']);
const voltageQ = quantityArb('voltage', ['V', 'mV'], signed);
const percentQ = fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.constantFrom('%', ' %', ' percent')).map(([tenths, u]) => {
  const text = `${tenths / 10}${u}`;
  return { text, si: si(text, 'dimensionless') };
});

const kw = (word: string): fc.Arbitrary<string> => fc.constantFrom(word, word.toUpperCase(), `${word.charAt(0).toUpperCase()}${word.slice(1)}`);

interface Generated {
  readonly text: string;
  readonly expected: unknown;
}

const rateArb: fc.Arbitrary<Generated> = fc.oneof(
  currentDensityQ.map((q) => ({ text: q.text, expected: { kind: 'current-density', value: q.si } })),
  specificCurrentQ.map((q) => ({ text: q.text, expected: { kind: 'specific-current', value: q.si } })),
  cRateQ.map((q) => ({ text: q.text, expected: { kind: 'c-rate', value: q.si } })),
);
const capacityArb: fc.Arbitrary<Generated> = fc.oneof(
  arealQ.map((q) => ({ text: q.text, expected: { kind: 'areal', value: q.si } })),
  specificQ.map((q) => ({ text: q.text, expected: { kind: 'specific', value: q.si } })),
);

/** A limit, given the step direction (a bare voltage's direction follows it). */
const limitArb = (direction: 'charge' | 'discharge'): fc.Arbitrary<Generated> =>
  fc.oneof(
    voltageQ.map((v) => ({ text: v.text, expected: { kind: 'voltage-reaches', threshold: v.si, direction: direction === 'discharge' ? 'falling' : 'rising' } })),
    fc.tuple(kw('voltage'), fc.constantFrom('>', '<', '>=', '<=', '≥', '≤'), voltageQ).map(([k, op, v]) => ({
      text: `${k} ${op} ${v.text}`,
      expected: { kind: op.includes('>') || op === '≥' ? 'voltage-above' : 'voltage-below', threshold: v.si },
    })),
    arealQ.map((c) => ({ text: c.text, expected: { kind: 'capacity', threshold: c.si } })),
    specificQ.map((c) => ({ text: c.text, expected: { kind: 'specific-capacity', threshold: c.si } })),
  );

const fullCellArb: fc.Arbitrary<Generated> = fc
  .constantFrom<'charge' | 'discharge'>('charge', 'discharge')
  .chain((direction) =>
    fc.record({
      direction: fc.constant(direction),
      word: kw(direction),
      rate: rateArb,
      end: fc.constantFrom('duration', 'capacity', 'limits'),
      duration: timeQ,
      capacity: capacityArb,
      limits: fc.array(limitArb(direction), { minLength: 0, maxLength: 3 }),
      orUntil: fc.boolean(),
      period: fc.option(timeQ, { nil: undefined }),
    }),
  )
  .map((g) => {
    const limits = g.end === 'limits' && g.limits.length === 0 ? [{ text: '1 V', expected: { kind: 'voltage-reaches', threshold: 1, direction: g.direction === 'discharge' ? 'falling' : 'rising' } }] : g.limits;
    const head = g.end === 'capacity' ? `${g.word} ${g.capacity.text} at ${g.rate.text}` : `${g.word} at ${g.rate.text}`;
    const duration = g.end === 'duration' ? ` for ${g.duration.text}` : '';
    const joiner = g.end === 'limits' ? ' until ' : g.orUntil ? ' or until ' : ' until ';
    const until = limits.length === 0 ? '' : `${joiner}${limits.map((l) => l.text).join(g.orUntil ? ' or until ' : ' or ')}`;
    const body = `${head}${duration}${until}`;
    return {
      text: g.period === undefined ? body : `${body} (${g.period.text} period)`,
      expected: {
        kind: 'full-cell',
        direction: g.direction,
        rate: g.rate.expected,
        ...(g.end === 'duration' ? { duration: g.duration.si } : {}),
        ...(g.end === 'capacity' ? { capacity: g.capacity.expected } : {}),
        limits: limits.map((l) => l.expected),
        ...(g.period !== undefined ? { period: g.period.si } : {}),
      },
    };
  });

const stopArb: fc.Arbitrary<Generated> = fc.oneof(
  fc.tuple(fc.constantFrom('capacity', 'retention', 'capacity retention', 'discharge capacity', 'Capacity'), fc.constantFrom('<', '<=', '≤'), percentQ).map(([subject, op, p]) => ({
    text: `${subject} ${op} ${p.text}`,
    expected: { kind: 'capacity-retention', threshold: p.si },
  })),
  percentQ.map((p) => ({ text: `${p.text} capacity`, expected: { kind: 'capacity-retention', threshold: p.si } })),
  fc.tuple(percentQ, capacityArb).map(([p, c]) => ({ text: `capacity < ${p.text} of ${c.text}`, expected: { kind: 'capacity-retention', threshold: p.si, reference: c.expected } })),
  fc.tuple(fc.constantFrom('discharge capacity', 'capacity'), capacityArb).map(([subject, c]) => ({ text: `${subject} < ${c.text}`, expected: { kind: 'discharge-capacity', threshold: c.expected } })),
  capacityArb.map((c) => ({ text: `${c.text} capacity`, expected: { kind: 'discharge-capacity', threshold: c.expected } })),
);

type StepValue = string | { repeat: number; steps: StepValue[] };
const anySentence = fc.oneof(
  fullCellArb.map((s) => s.text),
  fc.constantFrom('Rest for 10 min', 'Plate at 1 mA/cm2 for 1 h', 'Strip at 1 mA/cm2 until 1 V'),
);
const stepValueArb: fc.Arbitrary<StepValue> = fc.letrec<{ step: StepValue }>((tie) => ({
  step: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    anySentence,
    fc.record({ repeat: fc.integer({ min: 1, max: 50 }), steps: fc.array(tie('step'), { minLength: 1, maxLength: 3 }) }),
  ),
})).step;
const protocolValueArb = fc.record({
  steps: fc.array(stepValueArb, { minLength: 1, maxLength: 4 }),
  stop: fc.array(fc.oneof(stopArb.map((s) => s.text), fc.constantFrom('cycles >= 10', 'time > 100 h', 'voltage < 0.1 V')), { maxLength: 3 }),
});

function withoutText(p: Protocol): unknown {
  const strip = (s: Step): unknown => (s.kind === 'repeat' ? { ...s, body: s.body.map(strip) } : { ...s, text: undefined });
  return { ...p, body: p.body.map(strip), stop: p.stop.map((s) => ({ ...s, text: undefined })) };
}

function isResult(r: Result<unknown>): boolean {
  return (r.kind === 'ok' && 'value' in r) || (r.kind === 'error' && Array.isArray(r.errors) && r.errors.every((e) => typeof e.message === 'string'));
}

describe('property: generated Charge/Discharge sentences, stop conditions and protocols', () => {
  it('every generated sentence reads to the AST it was generated from (SI values from the unit parser)', () => {
    fc.assert(
      fc.property(fullCellArb, ({ text, expected }) => {
        expect(unwrap(parseStep(text, 'p'))).toStrictEqual({ ...(expected as object), text, path: 'p' });
      }),
      { numRuns: 500 },
    );
  });

  it('describeStep round-trips with exactly the same numbers, and the canonical text is a fixed point', () => {
    fc.assert(
      fc.property(fullCellArb, ({ text }) => {
        const s = step(text, 'p');
        const canonical = describeStep(s);
        expect(step(canonical, 'p')).toStrictEqual({ ...s, text: canonical });
        expect(describeStep(step(canonical, 'p'))).toBe(canonical);
      }),
      { numRuns: 500 },
    );
  });

  it('stop conditions read to the expected AST and round-trip through describeStopCondition', () => {
    fc.assert(
      fc.property(stopArb, ({ text, expected }) => {
        const s = stop(text, 'p');
        expect(s).toStrictEqual({ ...(expected as object), text, path: 'p' });
        const canonical = describeStopCondition(s);
        expect(stop(canonical, 'p')).toStrictEqual({ ...s, text: canonical });
      }),
      { numRuns: 300 },
    );
  });

  it('mixed protocols parse, and protocolToInput round-trips to the same AST', () => {
    fc.assert(
      fc.property(protocolValueArb, (value) => {
        const p = unwrap(parseProtocol(value));
        const again = unwrap(parseProtocol(protocolToInput(p)));
        expect(withoutText(again)).toStrictEqual(withoutText(p));
        expect(unwrap(parseProtocol(protocolToInput(again)))).toStrictEqual(again);
      }),
      { numRuns: 200 },
    );
  });

  it('signedCurrentDensity of any step, with any context (or none): the sign of its direction, or an InputError', () => {
    const contextArb = fc.option(
      fc.record({
        cathodeMassLoading_kg_m2: fc.oneof(fc.double({ min: 1e-6, max: 10, noNaN: true }), fc.constantFrom(0, -1, Number.NaN, Number.POSITIVE_INFINITY)),
        capacity_C_kg: fc.oneof(fc.double({ min: 1, max: 1e7, noNaN: true }), fc.constantFrom(0, -1, Number.NaN)),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fullCellArb, contextArb, ({ text }, context) => {
        const s = step(text);
        if (s.kind !== 'full-cell') return expect.fail('a full-cell step');
        let value: number;
        try {
          value = signedCurrentDensity(s, context);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          expect(s.rate.kind).not.toBe('current-density');
          return;
        }
        expect(Number.isFinite(value)).toBe(true);
        expect(Math.sign(value)).toBe(s.direction === 'discharge' ? 1 : -1);
        if (s.rate.kind === 'current-density') expect(Math.abs(value)).toBe(s.rate.value);
        try {
          const d = stepMaxDuration(s, context);
          if (d !== undefined) expect(d > 0).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

const vocabulary = fc.constantFrom(
  'Charge', 'Discharge', 'discharge', 'Hold', 'Plate', 'Rest', 'at', 'for', 'until', 'or', 'of', 'period', '(', ')', '(1 s period)', '1', '-1', '0', '0.5', '1e400', 'NaN',
  'C', 'C/', '/', 'C/10', '1C', 'C/0', 'C/-1', 'mA/g', 'A/g', 'mAh/g', 'mA/cm2', 'mAh/cm2', 'mA', 'h', 'min', 'V', '%', 'percent', 'voltage', 'overpotential',
  '>', '<', '>=', '≤', 'capacity', 'retention', 'loss', 'cycles', '', ' ', '\t', '×10^', 'µ', '−',
);
const wordSoup = fc.array(vocabulary, { maxLength: 20 }).map((ws) => ws.join(' '));

const mutated = (base: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(base, fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'replace'), fc.nat(), fc.string({ minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 }))
    .map(([text, edits]) =>
      edits.reduce((t, [op, at, chars]) => {
        const i = t.length === 0 ? 0 : at % (t.length + 1);
        if (op === 'insert') return t.slice(0, i) + chars + t.slice(i);
        if (op === 'delete') return t.slice(0, i) + t.slice(i + chars.length);
        return t.slice(0, i) + chars + t.slice(i + chars.length);
      }, text),
    );

describe('property: any input gives a Result, never an exception or a hang', () => {
  const validText = fc.oneof(fullCellArb.map((s) => s.text), stopArb.map((s) => s.text));

  it('random strings, word soup and mutated valid Charge/Discharge sentences and stop conditions', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), wordSoup, mutated(validText)), (t) => {
        expect(isResult(parseStep(t))).toBe(true);
        expect(isResult(parseStopCondition(t))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('every prefix of a valid sentence or stop condition is a Result (truncated input)', () => {
    fc.assert(
      fc.property(validText, (t) => {
        for (let n = 0; n <= t.length; n++) {
          expect(isResult(parseStep(t.slice(0, n)))).toBe(true);
          expect(isResult(parseStopCondition(t.slice(0, n)))).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('whatever parses also describes and reads back (mutated input included)', () => {
    fc.assert(
      fc.property(fc.oneof(wordSoup, mutated(validText)), (t) => {
        const s = parseStep(t, 'p');
        if (s.kind === 'ok') expect(step(describeStep(s.value), 'p')).toStrictEqual({ ...s.value, text: describeStep(s.value) });
        const c = parseStopCondition(t, 'p');
        if (c.kind === 'ok') expect(stop(describeStopCondition(c.value), 'p')).toStrictEqual({ ...c.value, text: describeStopCondition(c.value) });
      }),
      { numRuns: 2000 },
    );
  });

  it('long inputs are read in about linear time', () => {
    const started = Date.now();
    expect(unwrap(parseStep(`Discharge at C/10 until 0.5 V${' or 100 mAh/g'.repeat(2000)}`)).kind).toBe('full-cell');
    expect(parseStep(`Discharge ${'1 '.repeat(50000)}at C/10 for 1 h`).kind).toBe('error');
    expect(parseStopCondition(`capacity < 80 %${' of 1 mAh/g'.repeat(20000)}`).kind).toBe('error');
    expect(parseStopCondition(`${'8'.repeat(50000)} capacity`).kind).toBe('error');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
