import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUnit, DIMENSION_NAMES, parseQuantity, quantity, toUnit, UnitError, type Dimension } from '../../src/units/index.ts';
import { unwrap } from '../helpers.ts';

const si = (text: string, d: Dimension): number => unwrap(parseQuantity(text, d)).value;

describe('parseQuantity reads the units battery papers write, into SI', () => {
  it.each([
    ['2 um', 'length', 2e-6],
    ['2 µm', 'length', 2e-6],
    ['2 μm', 'length', 2e-6],
    ['100 nm', 'length', 1e-7],
    ['21 Å', 'length', 2.1e-9],
    ['21 angstrom', 'length', 2.1e-9],
    ['2.5e-4 S/cm', 'conductivity', 2.5e-2],
    ['2.5e-4 S cm-1', 'conductivity', 2.5e-2],
    ['2.5e-4 S cm^-1', 'conductivity', 2.5e-2],
    ['2.5 × 10^-4 S cm^-1', 'conductivity', 2.5e-2],
    ['3.17x10^-6 S/cm', 'conductivity', 3.17e-4],
    ['4.42 mS/cm', 'conductivity', 0.442],
    ['0.05 mA/cm2', 'currentDensity', 0.5],
    ['0.05 mA cm-2', 'currentDensity', 0.5],
    ['0.05 mA cm⁻²', 'currentDensity', 0.5],
    ['2.5e-4 S cm⁻¹', 'conductivity', 2.5e-2],
    ['1.13 cm²', 'area', 1.13e-4],
    ['10 µA/cm2', 'currentDensity', 0.1],
    ['60 degC', 'temperature', 333.15],
    ['60 °C', 'temperature', 333.15],
    ['−20 °C', 'temperature', 253.15],
    ['298.15 K', 'temperature', 298.15],
    ['0.22 eV', 'energy', 0.22 * 1.602176634e-19],
    ['647 mV', 'voltage', 0.647],
    ['5e-10 cm2/s', 'diffusivity', 5e-14],
    ['0.5 M', 'concentration', 500],
    ['50 mM', 'concentration', 50],
    ['128.8 mAh/g', 'specificCapacity', 128.8 * 3.6e3],
    ['3833 mAh/mL', 'volumetricCapacity', 3833 * 3.6e6],
    ['420 Wh/L', 'energyDensity', 420 * 3.6e6],
    ['20 mA/g', 'specificCurrent', 20],
    ['1 A/g', 'specificCurrent', 1000],
    ['5000 Ω', 'resistance', 5000],
    ['12.8 ohm cm^2', 'arealResistance', 12.8e-4],
    ['2 h', 'time', 7200],
    ['98 %', 'dimensionless', 0.98],
    ['98%', 'dimensionless', 0.98],
    ['0.98', 'dimensionless', 0.98],
    ['20 ppm', 'dimensionless', 2e-5],
    ['500 cycles', 'count', 500],
    ['5 C', 'cRate', 5 / 3600],
    ['10C', 'cRate', 10 / 3600],
    ['C/50', 'cRate', 1 / 50 / 3600],
    ['1e-3 1/s', 'rateConstant', 1e-3],
    ['2 1/h', 'rateConstant', 2 / 3600],
    ['2 mg/cm2', 'arealMass', 0.02],
  ] as const)('"%s" is %s %f in SI', (text, dimension, expected) => {
    expect(si(text, dimension)).toBeCloseTo(expected, 12 - Math.max(0, Math.ceil(Math.log10(Math.abs(expected)))));
    expect(si(text, dimension) / expected).toBeCloseTo(1, 12);
  });

  it('keeps what was written next to the SI value', () => {
    const q = unwrap(parseQuantity('2.5e-4 S cm-1', 'conductivity'));
    expect(q).toMatchObject({ numberText: '2.5e-4', unitText: 'S cm-1', siUnit: 'S/m', dimension: 'conductivity' });
  });

  it('uses the exact SI electronvolt (e = 1.602176634e-19 C), not mathjs’s CODATA 2010 value', () => {
    expect(si('1 eV', 'energy')).toBe(1.602176634e-19);
  });
});

describe('parseQuantity rejects bad input with a message that names the value and the expected dimension', () => {
  it.each([
    ['2 furlongs/fortnight', 'length', /unknown unit|cannot read/],
    ['2 um', 'conductivity', /"2 um".*is a length, not a conductivity.*2\.5e-4 S\/cm/],
    ['0.5 mA', 'currentDensity', /is a current, not a current density/],
    ['60', 'temperature', /unit is missing.*expected a temperature/],
    ['', 'length', /no value/],
    ['   ', 'length', /no value/],
    ['NaN um', 'length', /no number/],
    ['Infinity m', 'length', /no number/],
    ['1e400 m', 'length', /not a finite number/],
    ['um', 'length', /no number/],
    ['2 um + 3 um', 'length', /cannot read|unknown unit/],
    ['2 m/', 'length', /cannot read/],
    ['3 cycles', 'dimensionless', /not a dimensionless unit/],
    ['fast', 'cRate', /not a C-rate/],
  ] as const)('"%s" as %s', (text, dimension, message) => {
    const r = parseQuantity(text, dimension);
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.errors.message).toMatch(message);
  });

  it('quantity() throws a UnitError that names the field', () => {
    expect(() => quantity('2 um', 'temperature', 'layers[0].temperature')).toThrow(UnitError);
    expect(() => quantity('2 um', 'temperature', 'layers[0].temperature')).toThrow(/^layers\[0\]\.temperature: /);
  });

  it('checkUnit accepts a unit of the dimension and explains one of another', () => {
    expect(checkUnit('mS/cm', 'conductivity')).toBeUndefined();
    expect(checkUnit('mA', 'conductivity')?.message).toMatch(/current/);
  });
});

describe('unit round trips', () => {
  const table: [Dimension, string][] = [
    ['length', 'nm'],
    ['conductivity', 'mS/cm'],
    ['currentDensity', 'mA/cm^2'],
    ['temperature', 'degC'],
    ['energy', 'eV'],
    ['specificCapacity', 'mAh/g'],
    ['energyDensity', 'Wh/L'],
    ['diffusivity', 'cm^2/s'],
    ['dimensionless', '%'],
    ['cRate', 'C'],
    ['rateConstant', '1/h'],
    ['arealMass', 'mg/cm^2'],
  ];

  it('parse(x unit) then toUnit(…, unit) gives x back, for any finite x', () => {
    fc.assert(
      fc.property(fc.constantFrom(...table), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), ([d, unit], x) => {
        const text = d === 'cRate' ? `${Math.abs(x)} C` : `${x} ${unit}`;
        const back = toUnit(si(text, d), d, unit);
        const want = d === 'cRate' ? Math.abs(x) : x;
        expect(Math.abs(back - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
      }),
      { numRuns: 300 },
    );
  });

  it('toUnit refuses a unit of another dimension', () => {
    expect(() => toUnit(1, 'length', 'S/cm')).toThrow(UnitError);
  });
});

describe('parseQuantity never throws and never hangs on arbitrary text', () => {
  it('random strings give a Result', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom(...DIMENSION_NAMES), (text, d) => {
        const r = parseQuantity(text, d);
        expect(['ok', 'error']).toContain(r.kind);
        if (r.kind === 'ok') expect(Number.isFinite(r.value.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('mutated quantity strings give a Result', () => {
    const seeds = ['2.5e-4 S/cm', '0.05 mA/cm2', '60 degC', '21 Å', '5 C'];
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(12), fc.string({ maxLength: 4 }), fc.constantFrom(...DIMENSION_NAMES), (seed, at, insert, d) => {
        const text = seed.slice(0, at) + insert + seed.slice(at + 1);
        expect(['ok', 'error']).toContain(parseQuantity(text, d).kind);
      }),
      { numRuns: 2000 },
    );
  });
});
