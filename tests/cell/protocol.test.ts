import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cycleCount,
  describeStep,
  describeStopCondition,
  flattenCount,
  formatQuantity,
  iterateSteps,
  MAX_INPUT_NODES,
  parseProtocol,
  parseStep,
  parseStopCondition,
  protocolDuration,
  protocolToInput,
  signedCurrentDensity,
  splitPath,
  stepMaxDuration,
  type LeafStep,
  type Protocol,
  type ProtocolDimension,
  type Step,
} from '../../src/cell/protocol/index.ts';
import { readYaml } from '../../src/io/yaml.ts';
import { formatIssue, parseQuantity, type ParseIssue, type Result } from '../../src/units/index.ts';
import { unwrap } from '../helpers.ts';

// SI values used below: 1 mA/cm2 = 10 A/m2, 1 mAh/cm2 = 36 000 C/m2, 1 h = 3600 s.

/** The error messages of a Result that must be an error (fails the test otherwise). */
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

describe('step sentences read into the AST with SI values', () => {
  const P = 'step';
  it.each<[string, Record<string, unknown>]>([
    ['Plate at 1 mA/cm2 for 1 h', { kind: 'galvanostatic', direction: 'plate', currentDensity: 10, duration: 3600, limits: [] }],
    ['Strip at 1 mA/cm2 for 1 h', { kind: 'galvanostatic', direction: 'strip', currentDensity: 10, duration: 3600, limits: [] }],
    ['Plate at 0.5 mA cm-2 for 90 min', { kind: 'galvanostatic', direction: 'plate', currentDensity: 5, duration: 5400, limits: [] }],
    ['Strip at 500 uA/cm2 for 3600 s', { kind: 'galvanostatic', direction: 'strip', currentDensity: 5, duration: 3600, limits: [] }],
    ['Plate at 5 A/m2 for 2 h', { kind: 'galvanostatic', direction: 'plate', currentDensity: 5, duration: 7200, limits: [] }],
    [
      'Strip at 1 mA/cm2 for 1 h or until 1 V',
      { kind: 'galvanostatic', direction: 'strip', currentDensity: 10, duration: 3600, limits: [{ kind: 'voltage-magnitude', threshold: 1 }] },
    ],
    ['Plate at 1 mA/cm2 until 1 V', { kind: 'galvanostatic', direction: 'plate', currentDensity: 10, limits: [{ kind: 'voltage-magnitude', threshold: 1 }] }],
    ['Plate at 1 mA/cm2 until voltage < -0.5 V', { kind: 'galvanostatic', direction: 'plate', currentDensity: 10, limits: [{ kind: 'voltage-below', threshold: -0.5 }] }],
    ['Strip at 1 mA/cm2 until voltage > 0.5 V', { kind: 'galvanostatic', direction: 'strip', currentDensity: 10, limits: [{ kind: 'voltage-above', threshold: 0.5 }] }],
    ['Strip at 1 mA/cm2 until overpotential > 300 mV', { kind: 'galvanostatic', direction: 'strip', currentDensity: 10, limits: [{ kind: 'overpotential', threshold: 0.3 }] }],
    ['Strip at 1 mA/cm2 until 1 mAh/cm2', { kind: 'galvanostatic', direction: 'strip', currentDensity: 10, limits: [{ kind: 'capacity', threshold: 36000 }] }],
    [
      'Plate at 1 mA/cm2 for 2 h or until 1 V or overpotential > 0.5 V or 1 mAh/cm2',
      {
        kind: 'galvanostatic',
        direction: 'plate',
        currentDensity: 10,
        duration: 7200,
        limits: [
          { kind: 'voltage-magnitude', threshold: 1 },
          { kind: 'overpotential', threshold: 0.5 },
          { kind: 'capacity', threshold: 36000 },
        ],
      },
    ],
    ['Plate 1 mAh/cm2 at 1 mA/cm2', { kind: 'galvanostatic', direction: 'plate', currentDensity: 10, capacity: 36000, limits: [] }],
    [
      'Strip 2 mAh/cm2 at 0.5 mA/cm2 or until 1 V',
      { kind: 'galvanostatic', direction: 'strip', currentDensity: 5, capacity: 72000, limits: [{ kind: 'voltage-magnitude', threshold: 1 }] },
    ],
    ['Plate at 1 mA/cm2 for 1 h (10 s period)', { kind: 'galvanostatic', direction: 'plate', currentDensity: 10, duration: 3600, limits: [], period: 10 }],
    ['Rest for 10 min', { kind: 'rest', duration: 600 }],
    ['Rest for 3600 s', { kind: 'rest', duration: 3600 }],
    ['Rest for 2 h (1 min period)', { kind: 'rest', duration: 7200, period: 60 }],
    // Keywords are case-insensitive; whitespace is free.
    [
      '  pLaTe  AT 1 mA/cm2 FOR 1 h OR UNTIL 1 V  ',
      { kind: 'galvanostatic', direction: 'plate', currentDensity: 10, duration: 3600, limits: [{ kind: 'voltage-magnitude', threshold: 1 }] },
    ],
    ['REST FOR 1 h (1 s PERIOD)', { kind: 'rest', duration: 3600, period: 1 }],
    // Lenient spellings that read the same: "until" right after a duration, "or until" between limits.
    [
      'Plate at 1 mA/cm2 for 1 h until 1 V',
      { kind: 'galvanostatic', direction: 'plate', currentDensity: 10, duration: 3600, limits: [{ kind: 'voltage-magnitude', threshold: 1 }] },
    ],
    [
      'Plate at 1 mA/cm2 until 1 V or until 2 V',
      {
        kind: 'galvanostatic',
        direction: 'plate',
        currentDensity: 10,
        limits: [
          { kind: 'voltage-magnitude', threshold: 1 },
          { kind: 'voltage-magnitude', threshold: 2 },
        ],
      },
    ],
  ])('"%s"', (text, expected) => {
    const r = parseStep(text, P);
    expect(unwrap(r)).toStrictEqual({ ...expected, text: text.trim(), path: P });
    expect(r.kind === 'ok' && r.warnings).toStrictEqual([]);
  });

  it('keeps the path it was given on the step, for line numbers in later messages', () => {
    expect(step('Rest for 1 h', 'protocol.steps[1].steps[0]').path).toBe('protocol.steps[1].steps[0]');
  });

  it('warns (but accepts) a sampling period longer than the step', () => {
    const r = parseStep('Rest for 1 h (2 h period)', 'protocol.steps[0]');
    expect(r.kind === 'ok' && r.warnings).toStrictEqual([
      { path: 'protocol.steps[0]', message: '"Rest for 1 h (2 h period)": the sampling period is longer than the step, so the step is sampled only at its ends' },
    ]);
  });
});

describe('describeStep writes the canonical sentence, which parses back to the same step', () => {
  it.each([
    ['Plate at 1 mA/cm2 for 1 h', 'Plate at 1 mA/cm2 for 1 h'],
    ['Strip at 5 A/m2 for 5400 s', 'Strip at 0.5 mA/cm2 for 90 min'],
    ['Plate at 500 uA/cm2 for 30 s', 'Plate at 0.5 mA/cm2 for 30 s'],
    ['Rest for 1440 min', 'Rest for 24 h'],
    ['Rest for 3600 s (60 s period)', 'Rest for 1 h (1 min period)'],
    ['plate at 1 mA/cm2 for 2 hours until 1000 mV', 'Plate at 1 mA/cm2 for 2 h or until 1 V'],
    ['Plate at 1 mA/cm2 until 1 V or until voltage < -0.5 V', 'Plate at 1 mA/cm2 until 1 V or voltage < -0.5 V'],
    ['Strip 3.6 C/cm2 at 1 mA/cm2', 'Strip 1 mAh/cm2 at 1 mA/cm2'],
    ['Strip 1 mAh/cm2 at 1 mA/cm2 or until overpotential >= 0.5 V', 'Strip 1 mAh/cm2 at 1 mA/cm2 or until overpotential > 0.5 V'],
    ['Plate at 1 mA/cm2 until 2 mAh/cm2', 'Plate at 1 mA/cm2 until 2 mAh/cm2'],
  ])('"%s" → "%s"', (text, canonical) => {
    const s = step(text);
    expect(describeStep(s)).toBe(canonical);
    expect(step(describeStep(s))).toStrictEqual({ ...s, text: canonical });
  });

  it('writes every number so that it reads back exactly (no rounding), e.g. 7 uA/cm2', () => {
    const s = step('Plate at 7 uA/cm2 for 3 ms');
    expect(describeStep(s)).toBe('Plate at 0.007 mA/cm2 for 0.003 s');
    expect(step(describeStep(s))).toStrictEqual({ ...s, text: describeStep(s) });
  });
});

describe('stop conditions', () => {
  it.each([
    ['overpotential > 1 V', { kind: 'overpotential', threshold: 1 }, 'overpotential > 1 V'],
    ['voltage > 1.5 V', { kind: 'voltage-above', threshold: 1.5 }, 'voltage > 1.5 V'],
    ['voltage < -1 V', { kind: 'voltage-below', threshold: -1 }, 'voltage < -1 V'],
    ['cycles >= 1000', { kind: 'cycles', count: 1000 }, 'cycles >= 1000'],
    ['cycles ≥ 1000', { kind: 'cycles', count: 1000 }, 'cycles >= 1000'],
    ['cycles > 999', { kind: 'cycles', count: 1000 }, 'cycles >= 1000'],
    ['time > 100 h', { kind: 'time', threshold: 360000 }, 'time > 100 h'],
    ['film thickness > 2 um', { kind: 'film-thickness', threshold: unwrap(parseQuantity('2 um', 'length')).value }, 'film thickness > 2 um'],
    ['Film  Thickness > 50 nm', { kind: 'film-thickness', threshold: unwrap(parseQuantity('50 nm', 'length')).value }, 'film thickness > 50 nm'],
    ['coulombic efficiency < 99 %', { kind: 'coulombic-efficiency', threshold: 0.99 }, 'coulombic efficiency < 99 %'],
    ['coulombic efficiency < 99.5%', { kind: 'coulombic-efficiency', threshold: unwrap(parseQuantity('99.5 %', 'dimensionless')).value }, 'coulombic efficiency < 99.5 %'],
    ['capacity loss > 20 percent', { kind: 'capacity-loss', threshold: 0.2 }, 'capacity loss > 20 %'],
  ])('"%s" reads in SI and is written back canonically', (text, expected, canonical) => {
    const stop = unwrap(parseStopCondition(text, 'protocol.stop[0]'));
    expect(stop).toStrictEqual({ ...expected, text, path: 'protocol.stop[0]' });
    expect(describeStopCondition(stop)).toBe(canonical);
    expect(unwrap(parseStopCondition(canonical, 'protocol.stop[0]'))).toStrictEqual({ ...stop, text: canonical });
  });

  it.each([
    ['cycles >= 0', '"cycles >= 0": this holds before the first cycle; expected at least one cycle, such as "cycles >= 1000"'],
    ['cycles >= 1.5', '"cycles >= 1.5": "1.5" is not a whole number of cycles; expected a count such as "cycles >= 1000"'],
    ['cycles < 10', '"cycles < 10": cycles takes ">", as in "cycles >= 1000"'],
    ['coulombic efficiency > 99 %', '"coulombic efficiency > 99 %": coulombic efficiency takes "<", as in "coulombic efficiency < 99 %"'],
    ['coulombic efficiency < 0.99', '"coulombic efficiency < 0.99": "0.99" is not a percentage; expected a percentage such as "99 %"'],
    ['coulombic efficiency < 120 %', '"coulombic efficiency < 120 %": "120 %" is out of range; expected a percentage above 0 % and at most 100 %'],
    ['capacity loss > 100 %', '"capacity loss > 100 %": "100 %" is out of range; expected a percentage between 0 % and 100 %'],
    ['overpotential > -1 V', '"overpotential > -1 V": the overpotential "-1 V" must be positive'],
    ['overpotential > 1 mA', '"overpotential > 1 mA": "1 mA" is a current, not a voltage; expected a voltage such as "0.3 V"'],
    ['time > 100', '"time > 100": "100": the unit is missing; expected a time such as "2 h"'],
    ['film thickness > 5 h', '"film thickness > 5 h": "5 h" is a time, not a length; expected a length such as "2 um"'],
    [
      'cycle >= 10',
      '"cycle >= 10": unknown stop condition; stop conditions are "overpotential > 1 V", "voltage > 1 V", "voltage < -1 V", "cycles >= 1000", "time > 100 h", "film thickness > 50 nm", "coulombic efficiency < 99 %", "capacity loss > 20 %", "capacity < 80 %" (or "80% capacity") or "discharge capacity < 100 mAh/g" (did you mean "cycles"?)',
    ],
    [
      '1000 cycles',
      '"1000 cycles": unknown stop condition; stop conditions are "overpotential > 1 V", "voltage > 1 V", "voltage < -1 V", "cycles >= 1000", "time > 100 h", "film thickness > 50 nm", "coulombic efficiency < 99 %", "capacity loss > 20 %", "capacity < 80 %" (or "80% capacity") or "discharge capacity < 100 mAh/g"',
    ],
  ])('"%s" is refused: %s', (text, message) => {
    expect(onlyMessage(parseStopCondition(text))).toBe(message);
  });
});

describe('step errors name the step and say what to write', () => {
  it.each([
    ['Plat at 1 mA/cm2 for 1 h', '"Plat at 1 mA/cm2 for 1 h": unknown step; steps are Plate…, Strip…, Charge…, Discharge…, Rest… (did you mean "Plate"?)'],
    ['Dance at 1 mA/cm2 for 1 h', '"Dance at 1 mA/cm2 for 1 h": unknown step; steps are Plate…, Strip…, Charge…, Discharge…, Rest…'],
    // "Charge"/"Discharge" are full-cell steps now (tests/cell/protocol-full-cell.test.ts); a PyBaMM CV hold is not.
    [
      'Hold at 1.7 V until 50 mA',
      '"Hold at 1.7 V until 50 mA": constant-voltage holds are not supported; steps are Plate…, Strip…, Charge…, Discharge…, Rest… (end a constant-current step at a voltage instead, as in "Charge at C/10 until 1.7 V")',
    ],
    ['Plate at 1 mA for 1 h', '"Plate at 1 mA for 1 h": "1 mA" is a current, not a current density; expected a current density such as "0.5 mA/cm2"'],
    ['Plate at C/10 for 1 h', '"Plate at C/10 for 1 h": "C/10" is a C-rate, not a current density; expected a current density such as "0.5 mA/cm2"'],
    ['Plate at 1 mA/cm2', '"Plate at 1 mA/cm2": a plating step needs "for <time>", "until <limit>" or a capacity, or it never ends'],
    ['Strip at 1 mA/cm2', '"Strip at 1 mA/cm2": a stripping step needs "for <time>", "until <limit>" or a capacity, or it never ends'],
    ['Plate for 1 h', '"Plate for 1 h": expected "at <current density>" after "Plate", as in "Plate at 1 mA/cm2 for 1 h"'],
    ['Plate at for 1 h', '"Plate at for 1 h": "at" needs a current density such as "0.5 mA/cm2"'],
    ['Plate at 1 mA/cm2 for', '"Plate at 1 mA/cm2 for": "for" needs a time such as "2 h"'],
    ['Plate at 1 mA/cm2 for 1 m', '"Plate at 1 mA/cm2 for 1 m": "1 m" is a length, not a time; expected a time such as "2 h"'],
    ['Plate at 1 mA/cm2 for 1', '"Plate at 1 mA/cm2 for 1": "1": the unit is missing; expected a time such as "2 h"'],
    ['Plate at 1 mA/cm2 for 1 fortnight', '"Plate at 1 mA/cm2 for 1 fortnight": "1 fortnight": unknown unit "fortnight"; expected a time such as "2 h"'],
    [
      'Plate at -1 mA/cm2 for 1 h',
      '"Plate at -1 mA/cm2 for 1 h": the current density "-1 mA/cm2" must be positive; the direction (Plate or Strip) carries the sign',
    ],
    ['Rest for 0 s', '"Rest for 0 s": the duration "0 s" must be positive'],
    ['Plate at 1 mA/cm2 for -1 h', '"Plate at 1 mA/cm2 for -1 h": the duration "-1 h" must be positive'],
    ['Plate 0 mAh/cm2 at 1 mA/cm2', '"Plate 0 mAh/cm2 at 1 mA/cm2": the capacity "0 mAh/cm2" must be positive'],
    ['Rest for 1 h (0 s period)', '"Rest for 1 h (0 s period)": the sampling period "0 s" must be positive'],
    ['Rest for 1 h (10 s)', '"Rest for 1 h (10 s)": the sampling period is written "(<time> period)" at the end, such as "(1 min period)"'],
    ['Rest for 1 h (10 s period) now', '"Rest for 1 h (10 s period) now": the sampling period is written "(<time> period)" at the end, such as "(1 min period)"'],
    ['Rest 10 min', '"Rest 10 min": a rest step is "Rest for <time>", e.g. "Rest for 10 min"; it takes no current, capacity or limit'],
    ['Rest for 1 h or until 1 V', '"Rest for 1 h or until 1 V": a rest step is "Rest for <time>", e.g. "Rest for 10 min"; it takes no current, capacity or limit'],
    [
      'Plate 1 mAh/cm2 at 1 mA/cm2 for 1 h',
      '"Plate 1 mAh/cm2 at 1 mA/cm2 for 1 h": give either a capacity ("Plate 1 mAh/cm2 at 1 mA/cm2") or a duration ("for 1 h"), not both',
    ],
    ['Plate at 1 mA/cm2 for 1 h for 2 h', '"Plate at 1 mA/cm2 for 1 h for 2 h": "for" appears twice; give it once'],
    ['Plate at 1 mA/cm2 at 2 mA/cm2 for 1 h', '"Plate at 1 mA/cm2 at 2 mA/cm2 for 1 h": "at" appears twice; give it once'],
    ['Plate at 1 mA/cm2 until 1 V until 2 V', '"Plate at 1 mA/cm2 until 1 V until 2 V": "until" appears twice; give it once'],
    [
      'Plate at 1 mA/cm2 until 1 V for 1 h',
      '"Plate at 1 mA/cm2 until 1 V for 1 h": "for <time>" must come before "until", as in "Plate at 1 mA/cm2 for 1 h or until 1 V"',
    ],
    [
      'Plate at 1 mA/cm2 for 1 h or 1 V',
      '"Plate at 1 mA/cm2 for 1 h or 1 V": "or" must join limits after "until", as in "Strip at 1 mA/cm2 for 1 h or until 1 V or overpotential > 0.5 V"',
    ],
    [
      'Plate at 1 mA/cm2 for 1 h or until',
      '"Plate at 1 mA/cm2 for 1 h or until": a limit is missing after "until" or "or"; limits are "1 V" (|cell voltage|), "voltage > 0.5 V", "voltage < -0.5 V", "overpotential > 0.5 V" or "1 mAh/cm2" (charge passed in the step)',
    ],
    [
      'Plate at 1 mA/cm2 until 1 V or',
      '"Plate at 1 mA/cm2 until 1 V or": a limit is missing after "until" or "or"; limits are "1 V" (|cell voltage|), "voltage > 0.5 V", "voltage < -0.5 V", "overpotential > 0.5 V" or "1 mAh/cm2" (charge passed in the step)',
    ],
    [
      'Plate at 1 mA/cm2 until 5 mA',
      '"Plate at 1 mA/cm2 until 5 mA": "5 mA" is not a limit; limits are "1 V" (|cell voltage|), "voltage > 0.5 V", "voltage < -0.5 V", "overpotential > 0.5 V" or "1 mAh/cm2" (charge passed in the step)',
    ],
    [
      'Plate at 1 mA/cm2 until current > 1 mA',
      '"Plate at 1 mA/cm2 until current > 1 mA": "current > 1 mA" is not a limit; limits are "1 V" (|cell voltage|), "voltage > 0.5 V", "voltage < -0.5 V", "overpotential > 0.5 V" or "1 mAh/cm2" (charge passed in the step)',
    ],
    [
      'Plate at 1 mA/cm2 until -1 V',
      '"Plate at 1 mA/cm2 until -1 V": the limit "-1 V" is on |cell voltage| and must be positive; for a signed limit write "voltage < -1 V"',
    ],
    ['Plate at 1 mA/cm2 until voltage < 1 mAh/cm2', '"Plate at 1 mA/cm2 until voltage < 1 mAh/cm2": the limit "voltage < 1 mAh/cm2": "1 mAh/cm2" is an areal capacity, not a voltage; expected a voltage such as "0.3 V"'],
    ['Plate at 1 mA/cm2 until overpotential < 1 V', '"Plate at 1 mA/cm2 until overpotential < 1 V": the limit "overpotential < 1 V": an overpotential limit takes ">", as in "overpotential > 0.5 V"'],
    ['   ', 'the step is empty; write a sentence such as "Rest for 10 min" or "Plate at 1 mA/cm2 for 1 h"'],
  ])('"%s"', (text, message) => {
    expect(onlyMessage(parseStep(text, 'protocol.steps[0]'))).toBe(message);
  });

  it('carries the path, so the stack loader can print `path: "step": problem` with a line number', () => {
    const r = parseProtocol({ steps: ['Rest for 1 h', { repeat: 10, steps: ['Rest for 1 min', 'Rest for 1 min', 'Plate at 1 mA for 1 h'] }] });
    expect(errorsOf(r).map(formatIssue)).toStrictEqual([
      'protocol.steps[1].steps[2]: "Plate at 1 mA for 1 h": "1 mA" is a current, not a current density; expected a current density such as "0.5 mA/cm2"',
    ]);
  });
});

const BRIEF_YAML = `# a stack file
protocol:
  steps:
    - Rest for 10 min
    - repeat: 100
      steps:
        - Plate at 1 mA/cm2 for 1 h
        - Rest for 1 min
        - Strip at 1 mA/cm2 for 1 h or until 1 V
  stop:
    - overpotential > 1 V
    - cycles >= 1000
`;

describe('protocols: YAML values with repeat blocks and stop conditions', () => {
  it('reads the stack-file example into the AST; the outermost repeat block defines cycles', () => {
    const yaml = readYaml('stack.yaml', BRIEF_YAML);
    if (yaml.kind === 'error') expect.fail(yaml.errors.map(formatIssue).join('\n'));
    const data = yaml.source.data as { protocol: unknown };
    const r = parseProtocol(data.protocol, 'protocol');
    const p = unwrap(r);
    expect(p).toStrictEqual({
      kind: 'protocol',
      body: [
        { kind: 'rest', duration: 600, text: 'Rest for 10 min', path: 'protocol.steps[0]' },
        {
          kind: 'repeat',
          count: 100,
          definesCycles: true,
          path: 'protocol.steps[1]',
          body: [
            { kind: 'galvanostatic', direction: 'plate', currentDensity: 10, duration: 3600, limits: [], text: 'Plate at 1 mA/cm2 for 1 h', path: 'protocol.steps[1].steps[0]' },
            { kind: 'rest', duration: 60, text: 'Rest for 1 min', path: 'protocol.steps[1].steps[1]' },
            {
              kind: 'galvanostatic',
              direction: 'strip',
              currentDensity: 10,
              duration: 3600,
              limits: [{ kind: 'voltage-magnitude', threshold: 1 }],
              text: 'Strip at 1 mA/cm2 for 1 h or until 1 V',
              path: 'protocol.steps[1].steps[2]',
            },
          ],
        },
      ],
      stop: [
        { kind: 'overpotential', threshold: 1, text: 'overpotential > 1 V', path: 'protocol.stop[0]' },
        { kind: 'cycles', count: 1000, text: 'cycles >= 1000', path: 'protocol.stop[1]' },
      ],
    });
    // 1000 cycles are never reached with repeat: 100; that is a warning, not an error.
    expect(r.kind === 'ok' && r.warnings).toStrictEqual([
      { path: 'protocol.stop[1]', message: '"cycles >= 1000": never reached; the protocol runs 100 cycles (iterations of its outermost repeat blocks)' },
    ]);
    expect(flattenCount(p)).toBe(301);
    expect(cycleCount(p)).toBe(100);
    expect(protocolDuration(p)).toBe(600 + 100 * (3600 + 60 + 3600));
  });

  it('maps an error path back to its YAML line (splitPath inverts io formatPath)', () => {
    const yaml = readYaml('stack.yaml', BRIEF_YAML.replace('Strip at 1 mA/cm2 for 1 h', 'Strip at 1 mA for 1 h'));
    if (yaml.kind === 'error') expect.fail('the YAML is well-formed');
    const [issue] = errorsOf(parseProtocol((yaml.source.data as { protocol: unknown }).protocol, 'protocol'));
    expect(issue?.path).toBe('protocol.steps[1].steps[2]');
    expect(splitPath(issue?.path ?? '')).toStrictEqual(['protocol', 'steps', 1, 'steps', 2]);
    expect(yaml.source.lineOf(splitPath(issue?.path ?? ''))).toBe(9);
  });

  it('nested repeat blocks: only the outermost defines cycles; inner iterations stay inside one cycle', () => {
    const p = unwrap(
      parseProtocol({
        steps: [
          'Rest for 10 min',
          { repeat: 3, steps: ['Plate at 1 mA/cm2 for 1 h', { repeat: 2, steps: ['Rest for 1 min'] }, 'Strip at 1 mA/cm2 for 1 h'] },
          { repeat: 2, steps: ['Plate 1 mAh/cm2 at 2 mA/cm2', 'Strip at 2 mA/cm2 until 1 V'] },
          'Rest for 1 h',
        ],
      }),
    );
    const [, outer, second] = p.body;
    expect(outer?.kind === 'repeat' && [outer.definesCycles, outer.body[1]?.kind === 'repeat' && outer.body[1].definesCycles]).toStrictEqual([true, false]);
    expect(second?.kind === 'repeat' && second.definesCycles).toBe(true);
    expect(flattenCount(p)).toBe(1 + 3 * 4 + 2 * 2 + 1);
    expect(cycleCount(p)).toBe(5);
    const rows = [...iterateSteps(p)].map((s) => [s.index, s.cycle, s.iterations, s.startsCycle, s.endsCycle, s.step.text]);
    expect(rows).toStrictEqual([
      [0, undefined, [], false, false, 'Rest for 10 min'],
      [1, 0, [0], true, false, 'Plate at 1 mA/cm2 for 1 h'],
      [2, 0, [0, 0], false, false, 'Rest for 1 min'],
      [3, 0, [0, 1], false, false, 'Rest for 1 min'],
      [4, 0, [0], false, true, 'Strip at 1 mA/cm2 for 1 h'],
      [5, 1, [1], true, false, 'Plate at 1 mA/cm2 for 1 h'],
      [6, 1, [1, 0], false, false, 'Rest for 1 min'],
      [7, 1, [1, 1], false, false, 'Rest for 1 min'],
      [8, 1, [1], false, true, 'Strip at 1 mA/cm2 for 1 h'],
      [9, 2, [2], true, false, 'Plate at 1 mA/cm2 for 1 h'],
      [10, 2, [2, 0], false, false, 'Rest for 1 min'],
      [11, 2, [2, 1], false, false, 'Rest for 1 min'],
      [12, 2, [2], false, true, 'Strip at 1 mA/cm2 for 1 h'],
      [13, 3, [0], true, false, 'Plate 1 mAh/cm2 at 2 mA/cm2'],
      [14, 3, [0], false, true, 'Strip at 2 mA/cm2 until 1 V'],
      [15, 4, [1], true, false, 'Plate 1 mAh/cm2 at 2 mA/cm2'],
      [16, 4, [1], false, true, 'Strip at 2 mA/cm2 until 1 V'],
      [17, undefined, [], false, false, 'Rest for 1 h'],
    ]);
  });

  it('a cycle that ends in a nested block ends on the last step of its last inner iteration', () => {
    const p = unwrap(parseProtocol({ steps: [{ repeat: 2, steps: ['Plate at 1 mA/cm2 for 1 h', { repeat: 2, steps: ['Strip at 1 mA/cm2 for 30 min'] }] }] }));
    expect([...iterateSteps(p)].map((s) => [s.cycle, s.endsCycle])).toStrictEqual([
      [0, false],
      [0, false],
      [0, true],
      [1, false],
      [1, false],
      [1, true],
    ]);
  });

  it('iterateSteps is lazy: a 1e7-cycle protocol yields its first steps at once', () => {
    const p = unwrap(parseProtocol({ steps: [{ repeat: 1e7, steps: ['Plate at 1 mA/cm2 for 1 h', 'Strip at 1 mA/cm2 for 1 h'] }] }));
    const first: number[] = [];
    for (const s of iterateSteps(p)) {
      if (s.index >= 5) break;
      first.push(s.cycle ?? -1);
    }
    expect(first).toStrictEqual([0, 0, 1, 1, 2]);
    expect(flattenCount(p)).toBe(2e7);
  });

  it('protocolDuration is undefined when a step ends only by a voltage or overpotential limit', () => {
    const p = unwrap(parseProtocol({ steps: ['Plate at 1 mA/cm2 for 1 h', 'Strip at 1 mA/cm2 until 1 V'] }));
    expect(protocolDuration(p)).toBeUndefined();
  });

  it('stepMaxDuration: the shortest of duration, capacity / current density and capacity limits', () => {
    expect(stepMaxDuration(step('Plate at 1 mA/cm2 for 2 h or until 1 mAh/cm2'))).toBe(3600);
    expect(stepMaxDuration(step('Plate at 1 mA/cm2 for 30 min or until 1 mAh/cm2'))).toBe(1800);
    expect(stepMaxDuration(step('Plate 2 mAh/cm2 at 1 mA/cm2 or until 1 V'))).toBe(7200);
    expect(stepMaxDuration(step('Plate at 1 mA/cm2 for 1 h or until 1 V'))).toBe(3600);
    expect(stepMaxDuration(step('Plate at 1 mA/cm2 until overpotential > 1 V'))).toBeUndefined();
    expect(stepMaxDuration(step('Rest for 10 min'))).toBe(600);
  });

  it('signedCurrentDensity: IUPAC sign at the working electrode, stripping (anodic) > 0, plating < 0', () => {
    expect(signedCurrentDensity(step('Strip at 1 mA/cm2 for 1 h'))).toBe(10);
    expect(signedCurrentDensity(step('Plate at 1 mA/cm2 for 1 h'))).toBe(-10);
    expect(signedCurrentDensity(step('Rest for 1 h'))).toBe(0);
  });

  it('reports every structural problem at once, each at its path', () => {
    const r = parseProtocol({
      steps: [{ repeat: 0, stepz: [] }, 5, 'Plat at 1 mA/cm2 for 1 h', { repeat: 2, steps: [] }, { steps: ['Rest for 1 h'] }, { repeat: '100', steps: ['Rest for 1 h'] }],
      stop: ['cycles >= 10', 7],
      foo: 1,
    });
    expect(errorsOf(r).map(formatIssue)).toStrictEqual([
      'protocol.foo: unknown key "foo"; the keys are "steps" and "stop"',
      'protocol.steps[0].stepz: unknown key "stepz"; the keys are "repeat" and "steps"',
      'protocol.steps[0].repeat: the repeat count must be a whole number from 1 to 10000000, such as "repeat: 100"; got number 0',
      'protocol.steps[0]: "steps" is missing; give a list of steps such as ["Plate at 1 mA/cm2 for 1 h", "Strip at 1 mA/cm2 for 1 h"]',
      'protocol.steps[1]: expected a step sentence such as "Plate at 1 mA/cm2 for 1 h" or a repeat block {repeat: 100, steps: [...]}; got number 5',
      'protocol.steps[2]: "Plat at 1 mA/cm2 for 1 h": unknown step; steps are Plate…, Strip…, Charge…, Discharge…, Rest… (did you mean "Plate"?)',
      'protocol.steps[3].steps: there are no steps; give at least one, such as "Plate at 1 mA/cm2 for 1 h"',
      'protocol.steps[4]: a block of steps needs "repeat: <count>", such as "repeat: 100"',
      'protocol.steps[5].repeat: the repeat count must be a whole number from 1 to 10000000, such as "repeat: 100"; got the text "100" (write it without quotes)',
      'protocol.stop[1]: expected a stop condition such as "cycles >= 1000"; got number 7',
    ]);
  });

  it.each([
    [null, 'protocol: expected the protocol as a mapping with "steps" (a list of steps) and optionally "stop" (a list of stop conditions); got null'],
    [['Rest for 1 h'], 'protocol: expected the protocol as a mapping with "steps" (a list of steps) and optionally "stop" (a list of stop conditions); got a list of 1'],
    [{}, 'protocol: "steps" is missing; give a list of steps such as ["Plate at 1 mA/cm2 for 1 h", "Strip at 1 mA/cm2 for 1 h"]'],
    [{ steps: [] }, 'protocol.steps: there are no steps; give at least one, such as "Plate at 1 mA/cm2 for 1 h"'],
    [{ steps: 'Rest for 1 h' }, 'protocol.steps: expected a list of steps; got the text "Rest for 1 h"'],
    [{ steps: ['Rest for 1 h'], stop: 'cycles >= 3' }, 'protocol.stop: expected a list of stop conditions such as ["cycles >= 1000"]; got the text "cycles >= 3"'],
    [{ steps: [{ repeat: 1.5, steps: ['Rest for 1 h'] }] }, 'protocol.steps[0].repeat: the repeat count must be a whole number from 1 to 10000000, such as "repeat: 100"; got number 1.5'],
    [{ steps: [{ repeat: 1e8, steps: ['Rest for 1 h'] }] }, 'protocol.steps[0].repeat: the repeat count must be a whole number from 1 to 10000000, such as "repeat: 100"; got number 100000000'],
    [
      { steps: [{ repeat: 1e7, steps: [{ repeat: 1e7, steps: [{ repeat: 1e7, steps: ['Rest for 1 s'] }] }] }] },
      'protocol.steps: the repeat counts multiply to 1.00e+21 executed steps, more than can be counted exactly (9007199254740991); lower the repeat counts',
    ],
  ])('%j is refused', (value, message) => {
    expect(errorsOf(parseProtocol(value)).map(formatIssue)).toStrictEqual([message]);
  });

  it('accepts an empty "stop:" (YAML null) as no stop conditions', () => {
    expect(unwrap(parseProtocol({ steps: ['Rest for 1 h'], stop: null })).stop).toStrictEqual([]);
  });

  it('uses the caller’s path prefix, or none', () => {
    expect(errorsOf(parseProtocol({ steps: [5] }, 'cells[2].protocol'))[0]?.path).toBe('cells[2].protocol.steps[0]');
    expect(errorsOf(parseProtocol({ steps: [5] }, ''))[0]?.path).toBe('steps[0]');
  });

  it('refuses repeat blocks nested deeper than 32 and cyclic input, without overflowing the stack', () => {
    let deep: unknown = 'Rest for 1 s';
    for (let i = 0; i < 40; i++) deep = { repeat: 1, steps: [deep] };
    const deepErrors = errorsOf(parseProtocol({ steps: [deep] }));
    expect(deepErrors.map((e) => e.message)).toStrictEqual(['repeat blocks nest more than 32 deep; flatten the protocol']);
    const cyclic: { repeat: number; steps: unknown[] } = { repeat: 2, steps: ['Rest for 1 s'] };
    cyclic.steps.push(cyclic);
    expect(errorsOf(parseProtocol({ steps: [cyclic] })).map((e) => e.message)).toStrictEqual(['repeat blocks nest more than 32 deep; flatten the protocol']);
  });

  it(`stops reading shared (aliased) input after ${MAX_INPUT_NODES} nodes instead of expanding it exponentially`, () => {
    let shared: unknown = 'Rest for 1 s';
    for (let i = 0; i < 30; i++) shared = { repeat: 1, steps: [shared, shared] };
    const started = Date.now();
    const errors = errorsOf(parseProtocol({ steps: [shared] }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(errors.map((e) => e.message)).toContain(`the protocol writes out more than ${MAX_INPUT_NODES} steps; use repeat blocks`);
  });
});

describe('formatQuantity writes SI values that read back exactly', () => {
  it.each<[number, ProtocolDimension, string]>([
    [10, 'currentDensity', '1 mA/cm2'],
    [5, 'currentDensity', '0.5 mA/cm2'],
    [36000, 'arealCapacity', '1 mAh/cm2'],
    [3600, 'time', '1 h'],
    [5400, 'time', '90 min'],
    [30, 'time', '30 s'],
    [86400, 'time', '24 h'],
    [-0.5, 'voltage', '-0.5 V'],
    [2e-6, 'length', '2 um'],
    [5e-9, 'length', '5 nm'],
    [0.99, 'dimensionless', '99 %'],
  ])('%f (%s) → "%s"', (value, dimension, text) => {
    expect(formatQuantity(value, dimension)).toBe(text);
  });

  it.each<ProtocolDimension>(['currentDensity', 'arealCapacity', 'time', 'voltage', 'length'])('any positive double of %s reads back to itself', (dimension) => {
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

/** A positive decimal as text, e.g. "0.05", "12", "3.125". */
const decimal = fc.tuple(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 4 })).map(([m, d]) => {
  const s = String(m).padStart(d + 1, '0');
  return d === 0 ? s : `${s.slice(0, -d)}.${s.slice(-d)}`;
});
const signed = fc.tuple(fc.boolean(), decimal).map(([negative, d]) => (negative ? `-${d}` : d));

/** A quantity string and its SI value as the unit parser reads it (an independent oracle for the sentence parser). */
function quantityArb(dimension: ProtocolDimension, units: readonly string[], number = decimal): fc.Arbitrary<{ text: string; si: number }> {
  return fc.tuple(number, fc.constantFrom(...units)).map(([n, u]) => {
    const text = `${n} ${u}`;
    return { text, si: unwrap(parseQuantity(text, dimension)).value as number };
  });
}
const currentDensityQ = quantityArb('currentDensity', ['mA/cm2', 'mA cm-2', 'uA/cm2', 'µA/cm2', 'A/m2', 'mA/cm^2']);
const timeQ = quantityArb('time', ['s', 'sec', 'min', 'minutes', 'h', 'hr', 'hours', 'ms']);
const capacityQ = quantityArb('arealCapacity', ['mAh/cm2', 'mA h cm-2', 'uAh/cm2', 'C/cm2', 'C/m2']);
const voltageQ = quantityArb('voltage', ['V', 'mV']);
const signedVoltageQ = quantityArb('voltage', ['V', 'mV'], signed);
const lengthQ = quantityArb('length', ['nm', 'um']);
const percentQ = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('%', ' %', ' percent')).map(([tenths, u]) => {
  const text = `${tenths / 10}${u}`;
  return { text, si: unwrap(parseQuantity(text, 'dimensionless')).value as number };
});

/** A keyword in random case. */
const kw = (word: string): fc.Arbitrary<string> => fc.constantFrom(word, word.toUpperCase(), `${word.charAt(0).toUpperCase()}${word.slice(1)}`);

interface Generated<T> {
  readonly text: string;
  readonly expected: T;
}

const limitArb: fc.Arbitrary<Generated<unknown>> = fc.oneof(
  voltageQ.map((v) => ({ text: v.text, expected: { kind: 'voltage-magnitude', threshold: v.si } })),
  fc.tuple(kw('voltage'), fc.constantFrom('>', '<'), signedVoltageQ).map(([k, op, v]) => ({
    text: `${k} ${op} ${v.text}`,
    expected: { kind: op === '>' ? 'voltage-above' : 'voltage-below', threshold: v.si },
  })),
  fc.tuple(kw('overpotential'), voltageQ).map(([k, v]) => ({ text: `${k} > ${v.text}`, expected: { kind: 'overpotential', threshold: v.si } })),
  capacityQ.map((c) => ({ text: c.text, expected: { kind: 'capacity', threshold: c.si } })),
);

const periodArb = fc.option(timeQ, { nil: undefined });
const withPeriod = (text: string, period: { text: string } | undefined): string => (period === undefined ? text : `${text} (${period.text} period)`);

const restArb: fc.Arbitrary<Generated<unknown>> = fc.tuple(kw('rest'), kw('for'), timeQ, periodArb).map(([r, f, t, p]) => ({
  text: withPeriod(`${r} ${f} ${t.text}`, p),
  expected: { kind: 'rest', duration: t.si, ...(p !== undefined ? { period: p.si } : {}) },
}));

const galvanostaticArb: fc.Arbitrary<Generated<unknown>> = fc
  .record({
    direction: fc.constantFrom('plate', 'strip'),
    dirWord: fc.boolean(),
    cd: currentDensityQ,
    end: fc.constantFrom('duration', 'capacity', 'limits'),
    duration: timeQ,
    capacity: capacityQ,
    limits: fc.array(limitArb, { minLength: 0, maxLength: 3 }),
    period: periodArb,
  })
  .map((g) => {
    const dir = g.dirWord ? g.direction : g.direction.toUpperCase();
    const limits = g.end === 'limits' && g.limits.length === 0 ? [{ text: '1 V', expected: { kind: 'voltage-magnitude', threshold: 1 } }] : g.limits;
    const head = g.end === 'capacity' ? `${dir} ${g.capacity.text} at ${g.cd.text}` : `${dir} at ${g.cd.text}`;
    const duration = g.end === 'duration' ? ` for ${g.duration.text}` : '';
    const until = limits.length === 0 ? '' : `${g.end === 'limits' ? ' until ' : ' or until '}${limits.map((l) => l.text).join(' or ')}`;
    return {
      text: withPeriod(`${head}${duration}${until}`, g.period),
      expected: {
        kind: 'galvanostatic',
        direction: g.direction,
        currentDensity: g.cd.si,
        ...(g.end === 'duration' ? { duration: g.duration.si } : {}),
        ...(g.end === 'capacity' ? { capacity: g.capacity.si } : {}),
        limits: limits.map((l) => l.expected),
        ...(g.period !== undefined ? { period: g.period.si } : {}),
      },
    };
  });

const sentenceArb = fc.oneof(restArb, galvanostaticArb);

const stopArb: fc.Arbitrary<string> = fc.oneof(
  voltageQ.map((v) => `overpotential > ${v.text}`),
  fc.tuple(fc.constantFrom('>', '<'), signedVoltageQ).map(([op, v]) => `voltage ${op} ${v.text}`),
  fc.tuple(fc.constantFrom('>=', '>', '≥'), fc.integer({ min: 1, max: 100000 })).map(([op, n]) => `cycles ${op} ${n}`),
  timeQ.map((t) => `time > ${t.text}`),
  lengthQ.map((l) => `film thickness > ${l.text}`),
  percentQ.map((p) => `coulombic efficiency < ${p.text}`),
  percentQ.map((p) => `capacity loss > ${p.text}`),
);

type StepValue = string | { repeat: number; steps: StepValue[] };
const stepValueArb: fc.Arbitrary<StepValue> = fc.letrec<{ step: StepValue }>((tie) => ({
  step: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentenceArb.map((s) => s.text),
    fc.record({ repeat: fc.integer({ min: 1, max: 50 }), steps: fc.array(tie('step'), { minLength: 1, maxLength: 3 }) }),
  ),
})).step;
const protocolValueArb = fc.record(
  { steps: fc.array(stepValueArb, { minLength: 1, maxLength: 4 }), stop: fc.array(stopArb, { maxLength: 3 }) },
  { requiredKeys: ['steps'] },
);

/** The AST without the `text` of sentences: what a canonical rewrite must preserve. */
function withoutText(p: Protocol): unknown {
  const strip = (s: Step): unknown => (s.kind === 'repeat' ? { ...s, body: s.body.map(strip) } : { ...s, text: undefined });
  return { ...p, body: p.body.map(strip), stop: p.stop.map((s) => ({ ...s, text: undefined })) };
}

function isResult(r: Result<unknown>): boolean {
  return (r.kind === 'ok' && 'value' in r) || (r.kind === 'error' && Array.isArray(r.errors) && r.errors.every((e) => typeof e.message === 'string'));
}

describe('property: generated valid sentences and protocols', () => {
  it('every generated sentence reads to the AST it was generated from (SI values from the unit parser)', () => {
    fc.assert(
      fc.property(sentenceArb, ({ text, expected }) => {
        expect(unwrap(parseStep(text, 'p'))).toStrictEqual({ ...(expected as object), text, path: 'p' });
      }),
      { numRuns: 500 },
    );
  });

  it('describeStep round-trips: parse(describe(step)) equals step, with the same SI numbers', () => {
    fc.assert(
      fc.property(sentenceArb, ({ text }) => {
        const s = step(text, 'p');
        const canonical = describeStep(s);
        expect(step(canonical, 'p')).toStrictEqual({ ...s, text: canonical });
        expect(describeStep(step(canonical, 'p'))).toBe(canonical);
      }),
      { numRuns: 500 },
    );
  });

  it('stop conditions round-trip through describeStopCondition', () => {
    fc.assert(
      fc.property(stopArb, (text) => {
        const s = unwrap(parseStopCondition(text, 'p'));
        const canonical = describeStopCondition(s);
        expect(unwrap(parseStopCondition(canonical, 'p'))).toStrictEqual({ ...s, text: canonical });
      }),
      { numRuns: 300 },
    );
  });

  it('valid generated protocols parse, and protocolToInput round-trips to the same AST', () => {
    fc.assert(
      fc.property(protocolValueArb, (value) => {
        const p = unwrap(parseProtocol(value));
        const again = unwrap(parseProtocol(protocolToInput(p)));
        expect(withoutText(again)).toStrictEqual(withoutText(p));
        // The canonical form is a fixed point, text included.
        expect(unwrap(parseProtocol(protocolToInput(again)))).toStrictEqual(again);
        // The schedule agrees with the counts (when it is small enough to expand here).
        if (flattenCount(p) > 20000) return;
        const scheduled = [...iterateSteps(p)];
        expect(scheduled).toHaveLength(flattenCount(p));
        expect(scheduled.filter((s) => s.endsCycle)).toHaveLength(cycleCount(p));
        expect(scheduled.filter((s) => s.startsCycle)).toHaveLength(cycleCount(p));
      }),
      { numRuns: 200 },
    );
  });
});

/** Words the sentence parser knows, to reach its deeper branches from random input. */
const vocabulary = fc.constantFrom(
  'Plate', 'Strip', 'Rest', 'plate', 'at', 'for', 'until', 'or', 'OR', 'period', '(', ')', '(1 s period)', '1', '-1', '0', '0.5', '1e400', 'NaN',
  'mA/cm2', 'mA', 'cm-2', 'h', 'min', 's', 'V', 'mV', 'mAh/cm2', '%', 'voltage', 'overpotential', '>', '<', '>=', '≥', 'cycles', 'time',
  'film', 'thickness', 'coulombic', 'efficiency', 'capacity', 'loss', '', ' ', '\t', '\n', '×10^', 'µ', '²', '^', '/', '.', 'e', '(((', ')))',
);
const wordSoup = fc.array(vocabulary, { maxLength: 20 }).map((ws) => ws.join(' '));

/** Insert, delete or replace characters of a string at random positions. */
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
  const text = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    wordSoup,
    mutated(sentenceArb.map((s) => s.text)),
    mutated(stopArb),
  );

  it('parseStep and parseStopCondition on random strings, word soup and mutated valid sentences', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(isResult(parseStep(t))).toBe(true);
        expect(isResult(parseStopCondition(t))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('every prefix of a valid sentence is a Result (truncated input)', () => {
    fc.assert(
      fc.property(fc.oneof(sentenceArb.map((s) => s.text), stopArb), (t) => {
        for (let n = 0; n <= t.length; n++) {
          expect(isResult(parseStep(t.slice(0, n)))).toBe(true);
          expect(isResult(parseStopCondition(t.slice(0, n)))).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('parseProtocol on random JSON values and arbitrary JS values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.anything({ maxDepth: 4, withNullPrototype: true, withMap: true, withSet: true, withBoxedValues: true, withSparseArray: true })), (value) => {
        expect(isResult(parseProtocol(value))).toBe(true);
        expect(isResult(parseProtocol({ steps: value, stop: value }))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseProtocol on protocol-shaped values with random pieces', () => {
    const anyStep: fc.Arbitrary<unknown> = fc.letrec<{ step: unknown }>((tie) => ({
      step: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.jsonValue({ maxDepth: 2 }),
        fc.record({ repeat: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)), steps: fc.oneof(fc.array(tie('step'), { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] }),
      ),
    })).step;
    fc.assert(
      fc.property(fc.record({ steps: fc.array(anyStep, { maxLength: 4 }), stop: fc.array(fc.oneof(text, fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }) }, { requiredKeys: [] }), (value) => {
        const r = parseProtocol(value);
        expect(isResult(r)).toBe(true);
        if (r.kind === 'error') expect(r.errors.every((e) => typeof e.path === 'string' && e.path.startsWith('protocol'))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('long inputs are read in about linear time', () => {
    const manyLimits = `Plate at 1 mA/cm2 until 1 V${' or 2 V'.repeat(2000)}`;
    const junk = 'at for until or ( '.repeat(20000);
    const started = Date.now();
    expect(unwrap(parseStep(manyLimits)).kind).toBe('galvanostatic');
    expect(parseStep(junk).kind).toBe('error');
    expect(parseStep(`Plate ${'1 '.repeat(50000)}`).kind).toBe('error');
    expect(parseStopCondition(`${' '.repeat(50000)}x`).kind).toBe('error');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
