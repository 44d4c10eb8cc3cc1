import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAO_2023_ASSUMPTIONS,
  mao2023Stack,
  ONE_G_PER_AH,
  ONE_MAH_PER_CM2,
  ONE_MG_PER_CM2,
  ONE_MWH_PER_CM2,
  ONE_UL_PER_MAH,
  STACK_DENSITIES,
  stackEnergyDensity,
  type StackEnergyDensity,
  type StackInput,
} from '../../src/cell/energy/index.ts';
import { InputError, quantity, toUnit, type KilogramsPerCubicMeter, type Meters, type Volts } from '../../src/units/index.ts';
import { HAVE_REVIEW, reviewText } from '../helpers.ts';

const um = (x: number) => (x * 1e-6) as Meters;
const gcm3 = (x: number) => (x * 1000) as KilogramsPerCubicMeter;
const whPerL = (r: StackEnergyDensity) => toUnit(r.volumetric, 'energyDensity', 'Wh/L');
const whPerKg = (r: StackEnergyDensity) => toUnit(r.gravimetric, 'specificEnergy', 'Wh/kg');
const NO_FOIL = { thickness: um(0), density: gcm3(1) };

/**
 * A hand-checkable stack: 100 mAh/g, 1 V, 10 mg/cm² of pure active material (ρ = 5 g/cm³) at 50 %
 * porosity, a 20 µm separator at 50 % (ρ = 1 g/cm³), electrolyte ρ = 1 g/cm³, single-sided 10 µm
 * Al (2.70) and Cu (8.96), anode-free with a magnesiated cathode, dense plated Mg counted.
 */
const HAND: StackInput = {
  cathode: {
    activeMaterial: { kind: 'measured', specificCapacity: quantity('100 mAh/g', 'specificCapacity') },
    amount: { kind: 'mass-loading', activeMassLoading: 10 * ONE_MG_PER_CM2 },
    porosity: 0.5,
    massFractions: { active: 1, carbon: 0, binder: 0 },
    densities: { active: gcm3(5), carbon: gcm3(1.9), binder: gcm3(1.78) },
    magnesiated: true,
  },
  anode: { kind: 'anode-free', npRatio: 0 },
  separator: { thickness: um(20), porosity: 0.5, density: gcm3(1) },
  electrolyte: { density: gcm3(1), excess: { kind: 'none' } },
  currentCollectors: { cathode: { thickness: um(10), density: gcm3(2.7) }, anode: { thickness: um(10), density: gcm3(8.96) } },
  coating: 'single-sided',
  platedMagnesium: { kind: 'counted', porosity: 0 },
  meanDischargeVoltage: 1 as Volts,
};

/** The same stack with nothing but the dense active layer. */
const BARE: StackInput = {
  ...HAND,
  cathode: { ...HAND.cathode, porosity: 0 },
  separator: { ...HAND.separator, thickness: um(0) },
  currentCollectors: { cathode: NO_FOIL, anode: NO_FOIL },
  platedMagnesium: { kind: 'not-counted' },
};

describe('unit constants of the energy inputs', () => {
  it('1 mg/cm² = 0.01 kg/m², 1 mAh/cm² = 36 000 C/m² (as the parser reads it), 1 µL/mAh = 2.778e-10 m³/C, 1 g/Ah = 2.778e-7 kg/C', () => {
    expect(ONE_MG_PER_CM2).toBe(0.01);
    expect(ONE_MAH_PER_CM2).toBe(quantity('1 mAh/cm2', 'arealCapacity'));
    expect(ONE_MWH_PER_CM2).toBeCloseTo(3.6 / 1e-4, 9);
    expect(ONE_UL_PER_MAH).toBeCloseTo(1e-9 / 3.6, 24);
    expect(ONE_G_PER_AH).toBeCloseTo(1e-3 / 3600, 20);
  });
});

describe('stackEnergyDensity: hand-checkable stacks', () => {
  it('a bare dense active layer gives Wh/L = q·Ū·ρ and Wh/kg = q·Ū (100 mAh/g · 1 V · 5 g/cm³ = 500 Wh/L, 100 Wh/kg)', () => {
    const r = stackEnergyDensity(BARE);
    expect(whPerL(r)).toBeCloseTo(500, 9);
    expect(whPerKg(r)).toBeCloseTo(100, 9);
    // 190 mAh/g · 1.1 V · 5.2 g/cm³ = 1086.8 Wh/L
    const chevrel = stackEnergyDensity({
      ...BARE,
      cathode: { ...BARE.cathode, activeMaterial: { kind: 'measured', specificCapacity: quantity('190 mAh/g', 'specificCapacity') }, densities: { ...BARE.cathode.densities, active: gcm3(5.2) } },
      meanDischargeVoltage: 1.1 as Volts,
    });
    expect(whPerL(chevrel)).toBeCloseTo(1086.8, 9);
  });

  it('the full hand stack: 25.66 mg/cm² and 82.609 µm per mWh/cm² → 38.97 Wh/kg and 121.05 Wh/L', () => {
    // Coating 10 mg / 5 g/cm³ = 20 µm solid, /(1 − 0.5) = 40 µm; pores 20 µm of electrolyte = 2 mg/cm².
    // Separator 10 µm solid (1 mg/cm²) + 10 µm electrolyte (1 mg/cm²). Al 10 µm = 2.7 mg/cm², Cu 10 µm = 8.96 mg/cm².
    // Plated Mg: 1 mAh/cm² → 2.6088978 µm (models-and-physics.md §3.2: 2.61 µm per mAh/cm²), no mass.
    const r = stackEnergyDensity(HAND);
    const mass_mgPerCm2 = 10 + 2 + 1 + 1 + 2.7 + 8.96;
    const thickness_um = 40 + 10 + 10 + 10 + 10 + 2.6088977744;
    expect(r.arealCapacity / ONE_MAH_PER_CM2).toBeCloseTo(1, 12);
    expect(r.arealEnergy / ONE_MWH_PER_CM2).toBeCloseTo(1, 12);
    expect(r.totalArealMass / ONE_MG_PER_CM2).toBeCloseTo(mass_mgPerCm2, 9);
    expect(r.totalThickness / 1e-6).toBeCloseTo(thickness_um, 7);
    expect(whPerKg(r)).toBeCloseTo(1e3 / mass_mgPerCm2, 7); // 1 mWh per mg = 1000 Wh/kg
    expect(whPerL(r)).toBeCloseTo(1e4 / thickness_um, 7); // 1 mWh/cm² per µm = 10 000 Wh/L
    expect(whPerKg(r)).toBeCloseTo(38.9712, 3);
    expect(whPerL(r)).toBeCloseTo(121.0524, 3);
    expect(r.cathode.thickness / 1e-6).toBeCloseTo(40, 9);
    expect(r.cathode.coatingDensity).toBeCloseTo(2500, 9);
  });

  it('lists every component in stack order, and the components sum to the totals', () => {
    const r = stackEnergyDensity(HAND);
    expect(r.components.map((c) => c.id)).toEqual([
      'cathode-collector', 'cathode-active', 'cathode-carbon', 'cathode-binder', 'cathode-electrolyte', 'separator',
      'separator-electrolyte', 'excess-electrolyte', 'anode-magnesium', 'plated-magnesium', 'anode-collector',
    ]);
    const sum = (f: (c: (typeof r.components)[number]) => number) => r.components.reduce((s, c) => s + f(c), 0);
    expect(sum((c) => c.arealMass)).toBeCloseTo(r.totalArealMass, 15);
    expect(sum((c) => c.thickness)).toBeCloseTo(r.totalThickness, 15);
    expect(sum((c) => c.massFraction)).toBeCloseTo(1, 14);
    expect(sum((c) => c.volumeFraction)).toBeCloseTo(1, 14);
    const byId = Object.fromEntries(r.components.map((c) => [c.id, c]));
    expect((byId['cathode-electrolyte']?.thickness ?? 0) / 1e-6).toBeCloseTo(20, 9);
    expect((byId['anode-collector']?.arealMass ?? 0) / ONE_MG_PER_CM2).toBeCloseTo(8.96, 9);
    expect(byId['plated-magnesium']?.arealMass).toBe(0);
    expect(r.notes).toContain('single-sided coating: each current collector is counted fully per face');
  });

  it('double-sided coating counts each collector at half its thickness and mass per face', () => {
    const single = stackEnergyDensity(HAND);
    const double = stackEnergyDensity({ ...HAND, coating: 'double-sided' });
    expect((single.totalThickness - double.totalThickness) / 1e-6).toBeCloseTo(10, 9); // ½·(10 + 10) µm
    expect((single.totalArealMass - double.totalArealMass) / ONE_MG_PER_CM2).toBeCloseTo((2.7 + 8.96) / 2, 9);
  });

  it('a coating given by its thickness equals the same coating given by its loading', () => {
    const base: StackInput = { ...HAND, cathode: { ...HAND.cathode, massFractions: { active: 0.8, carbon: 0.1, binder: 0.1 } } };
    const byLoading = stackEnergyDensity(base);
    const byThickness = stackEnergyDensity({ ...base, cathode: { ...base.cathode, amount: { kind: 'thickness', thickness: byLoading.cathode.thickness } } });
    expect(byThickness.cathode.activeMassLoading / byLoading.cathode.activeMassLoading).toBeCloseTo(1, 13);
    expect(byThickness.volumetric / byLoading.volumetric).toBeCloseTo(1, 13);
    expect(byThickness.gravimetric / byLoading.gravimetric).toBeCloseTo(1, 13);
  });

  it('excess electrolyte: 3 µL/mAh at 1 g/cm³ adds 3 mg and (in the stack volume) 30 µm per mAh/cm²; 3 g/Ah is the same mass', () => {
    const base = stackEnergyDensity(HAND);
    const inVolume = stackEnergyDensity({ ...HAND, electrolyte: { density: gcm3(1), excess: { kind: 'volume-per-capacity', value: 3 * ONE_UL_PER_MAH, inStackVolume: true } } });
    const massOnly = stackEnergyDensity({ ...HAND, electrolyte: { density: gcm3(1), excess: { kind: 'mass-per-capacity', value: 3 * ONE_G_PER_AH, inStackVolume: false } } });
    expect((inVolume.totalArealMass - base.totalArealMass) / ONE_MG_PER_CM2).toBeCloseTo(3, 9);
    expect((inVolume.totalThickness - base.totalThickness) / 1e-6).toBeCloseTo(30, 7);
    expect((massOnly.totalArealMass - base.totalArealMass) / ONE_MG_PER_CM2).toBeCloseTo(3, 9);
    expect(massOnly.totalThickness).toBe(base.totalThickness);
    expect(inVolume.notes).toContain('excess electrolyte: 3.00 g/Ah, counted in the stack volume');
  });
});

describe('limiting electrode and N/P', () => {
  const mo6s8: StackInput = {
    ...HAND,
    cathode: { ...HAND.cathode, magnesiated: false, activeMaterial: { kind: 'theoretical', formula: 'Mo6S8', electronsPerFormulaUnit: 4, usableFraction: 1 } },
  };
  // 10 mg/cm² Mo6S8 at 128.825 mAh/g = 1.28825 mAh/cm²; Mg 3833.04 mAh/cm³ → 1 µm = 0.383304 mAh/cm².
  const qCathode = 1.2882540385668;
  const qPerUm = 0.38330363489523;

  it('an Mg-free Mo6S8 cathode on a thick Mg foil is cathode-limited, N/P = Q_Mg/Q_c', () => {
    const r = stackEnergyDensity({ ...mo6s8, anode: { kind: 'magnesium-foil', thickness: um(20) } });
    expect(r.limitingElectrode).toBe('cathode');
    expect(r.arealCapacity / ONE_MAH_PER_CM2).toBeCloseTo(qCathode, 9);
    expect(r.npRatio).toBeCloseTo((20 * qPerUm) / qCathode, 9);
    expect(r.components.find((c) => c.id === 'plated-magnesium')?.thickness).toBe(0);
    const mg = r.components.find((c) => c.id === 'anode-magnesium');
    expect((mg?.arealMass ?? 0) / ONE_MG_PER_CM2).toBeCloseTo(20e-4 * 1738, 6); // 20 µm · 1.738 g/cm³ = 3.476 mg/cm²
  });

  it('…and on a 2 µm foil (N/P < 1) it is anode-limited: Q = Q_Mg', () => {
    const r = stackEnergyDensity({ ...mo6s8, anode: { kind: 'magnesium-foil', thickness: um(2) } });
    expect(r.limitingElectrode).toBe('anode');
    expect(r.arealCapacity / ONE_MAH_PER_CM2).toBeCloseTo(2 * qPerUm, 9);
    expect(r.npRatio).toBeLessThan(1);
  });

  it('anode-free: N/P = 0 with a magnesiated cathode; an Mg excess is given as N/P', () => {
    expect(stackEnergyDensity(HAND).npRatio).toBe(0);
    expect(stackEnergyDensity(HAND).limitingElectrode).toBe('cathode');
    const excess = stackEnergyDensity({ ...HAND, anode: { kind: 'anode-free', npRatio: 0.5 } });
    expect(excess.npRatio).toBeCloseTo(0.5, 14);
    expect(excess.anode.magnesiumInventory / ONE_MAH_PER_CM2).toBeCloseTo(1.5, 12);
    const mg = excess.components.find((c) => c.id === 'anode-magnesium');
    expect((mg?.thickness ?? 0) / 1e-6).toBeCloseTo(0.5 * 2.6088977744, 7);
  });

  it('an anode-free cell with an Mg-free cathode runs on its Mg excess alone, and with none it is an error', () => {
    const r = stackEnergyDensity({ ...mo6s8, anode: { kind: 'anode-free', npRatio: 0.5 } });
    expect(r.limitingElectrode).toBe('anode');
    expect(r.arealCapacity / ONE_MAH_PER_CM2).toBeCloseTo(0.5 * qCathode, 9);
    expect(() => stackEnergyDensity({ ...mo6s8, anode: { kind: 'anode-free', npRatio: 0 } })).toThrow(InputError);
    expect(() => stackEnergyDensity({ ...mo6s8, anode: { kind: 'anode-free', npRatio: 0 } })).toThrow(/no cyclable Mg: an anode-free cell needs a magnesiated cathode/);
  });

  it('the theoretical capacity is scaled by the usable fraction (Chevrel at RT: 0.8 → 103.1 mAh/g)', () => {
    const r = stackEnergyDensity({ ...mo6s8, anode: { kind: 'magnesium-foil', thickness: um(20) }, cathode: { ...mo6s8.cathode, activeMaterial: { kind: 'theoretical', formula: 'Mo6S8', electronsPerFormulaUnit: 4, usableFraction: 0.8 } } });
    expect(toUnit(r.cathode.specificCapacity, 'specificCapacity', 'mAh/g')).toBeCloseTo(0.8 * 128.82540385668, 8);
  });
});

describe('monotonicity (fast-check)', () => {
  const loading = fc.double({ min: 1, max: 40, noNaN: true });
  const stack = fc.record({
    loading,
    porosity: fc.double({ min: 0, max: 0.6, noNaN: true }),
    separator: fc.double({ min: 0, max: 100, noNaN: true }),
    np: fc.double({ min: 0, max: 3, noNaN: true }),
    coating: fc.constantFrom('single-sided' as const, 'double-sided' as const),
  }).map(({ loading: l, porosity, separator, np, coating }): StackInput => ({
    ...HAND,
    cathode: { ...HAND.cathode, amount: { kind: 'mass-loading', activeMassLoading: l * ONE_MG_PER_CM2 }, porosity, massFractions: { active: 0.9, carbon: 0.05, binder: 0.05 } },
    anode: { kind: 'anode-free', npRatio: np },
    separator: { ...HAND.separator, thickness: um(separator) },
    coating,
  }));
  const more = fc.double({ min: 0.01, max: 50, noNaN: true });

  it('a thicker separator lowers Wh/L and Wh/kg', () => {
    fc.assert(
      fc.property(stack, more, (s, d) => {
        const a = stackEnergyDensity(s);
        const b = stackEnergyDensity({ ...s, separator: { ...s.separator, thickness: (s.separator.thickness + um(d)) as Meters } });
        expect(b.volumetric).toBeLessThan(a.volumetric);
        expect(b.gravimetric).toBeLessThan(a.gravimetric);
      }),
      { numRuns: 300 },
    );
  });

  it('more excess Mg (higher N/P) lowers Wh/L and Wh/kg of a cathode-limited anode-free cell', () => {
    fc.assert(
      fc.property(stack, fc.double({ min: 0.01, max: 2, noNaN: true }), (s, d) => {
        const np = s.anode.kind === 'anode-free' ? s.anode.npRatio : 0;
        const a = stackEnergyDensity(s);
        const b = stackEnergyDensity({ ...s, anode: { kind: 'anode-free', npRatio: np + d } });
        expect(b.arealCapacity).toBe(a.arealCapacity);
        expect(b.volumetric).toBeLessThan(a.volumetric);
        expect(b.gravimetric).toBeLessThan(a.gravimetric);
      }),
      { numRuns: 300 },
    );
  });

  it('a thicker Mg foil beyond N/P = 1 lowers Wh/L', () => {
    fc.assert(
      fc.property(fc.double({ min: 5, max: 200, noNaN: true }), more, (t, d) => {
        const cell = (x: number): StackInput => ({
          ...HAND,
          cathode: { ...HAND.cathode, magnesiated: false },
          anode: { kind: 'magnesium-foil', thickness: um(x) },
        });
        expect(stackEnergyDensity(cell(t + d)).volumetric).toBeLessThan(stackEnergyDensity(cell(t)).volumetric);
      }),
      { numRuns: 200 },
    );
  });

  it('more porosity lowers Wh/L; more excess electrolyte lowers Wh/kg; a higher loading raises Wh/L when inactive layers are present', () => {
    fc.assert(
      fc.property(stack, fc.double({ min: 0.01, max: 0.3, noNaN: true }), more, (s, dEps, dLoad) => {
        const a = stackEnergyDensity(s);
        const porous = stackEnergyDensity({ ...s, cathode: { ...s.cathode, porosity: s.cathode.porosity + dEps } });
        expect(porous.volumetric).toBeLessThan(a.volumetric);
        const wet = stackEnergyDensity({ ...s, electrolyte: { ...s.electrolyte, excess: { kind: 'mass-per-capacity', value: ONE_G_PER_AH, inStackVolume: false } } });
        expect(wet.gravimetric).toBeLessThan(a.gravimetric);
        expect(wet.volumetric).toBe(a.volumetric);
        const l = s.cathode.amount.kind === 'mass-loading' ? s.cathode.amount.activeMassLoading : 0;
        const heavier = stackEnergyDensity({ ...s, cathode: { ...s.cathode, amount: { kind: 'mass-loading', activeMassLoading: l + dLoad * ONE_MG_PER_CM2 } } });
        expect(heavier.volumetric).toBeGreaterThan(a.volumetric);
      }),
      { numRuns: 300 },
    );
  });

  it('scaling capacity or voltage scales both energy densities in proportion', () => {
    fc.assert(
      fc.property(stack, fc.double({ min: 0.5, max: 3, noNaN: true }), (s, k) => {
        const a = stackEnergyDensity({ ...s, platedMagnesium: { kind: 'not-counted' } });
        const b = stackEnergyDensity({ ...s, platedMagnesium: { kind: 'not-counted' }, meanDischargeVoltage: (s.meanDischargeVoltage * k) as Volts });
        expect(b.volumetric / a.volumetric).toBeCloseTo(k, 10);
        expect(b.gravimetric / a.gravimetric).toBeCloseTo(k, 10);
      }),
      { numRuns: 100 },
    );
  });
});

describe('input validation names the field, the range and the value', () => {
  const cases: readonly [string, StackInput, string][] = [
    ['porosity ≥ 1', { ...HAND, cathode: { ...HAND.cathode, porosity: 1 } }, 'cathode.porosity must be a finite number in [0, 1); got 1'],
    ['fractions not summing to 1', { ...HAND, cathode: { ...HAND.cathode, massFractions: { active: 0.8, carbon: 0.1, binder: 0.05 } } }, 'cathode.massFractions must sum to 1 (active + carbon + binder); got 0.8 + 0.1 + 0.05 = 0.9500000000000001'],
    ['usable fraction > 1', { ...HAND, cathode: { ...HAND.cathode, activeMaterial: { kind: 'theoretical', formula: 'Mo6S8', electronsPerFormulaUnit: 4, usableFraction: 1.2 } } }, 'cathode.activeMaterial.usableFraction must be a finite number in (0, 1]; got 1.2'],
    ['negative separator', { ...HAND, separator: { ...HAND.separator, thickness: um(-1) } }, 'separator.thickness must be a finite number ≥ 0 m; got -0.000001'],
    ['zero voltage', { ...HAND, meanDischargeVoltage: 0 as Volts }, 'meanDischargeVoltage must be a finite number > 0 V; got 0'],
    ['negative N/P', { ...HAND, anode: { kind: 'anode-free', npRatio: -0.1 } }, 'anode.npRatio must be a finite number ≥ 0; got -0.1'],
    ['zero loading', { ...HAND, cathode: { ...HAND.cathode, amount: { kind: 'mass-loading', activeMassLoading: 0 } } }, 'cathode.amount.activeMassLoading must be a finite number > 0 kg/m²; got 0'],
    ['bad formula', { ...HAND, cathode: { ...HAND.cathode, activeMaterial: { kind: 'theoretical', formula: 'Mo6S8)', electronsPerFormulaUnit: 4, usableFraction: 1 } } }, '"Mo6S8)": column 6: ")" has no matching opening bracket'],
  ];
  for (const [name, input, message] of cases) {
    it(`${name}: ${message}`, () => {
      expect(() => stackEnergyDensity(input)).toThrow(InputError);
      expect(() => stackEnergyDensity(input)).toThrow(message);
    });
  }
});

describe('the anode-free Mg2Mo6S8-MgS/Cu cell (Mao et al., Adv. Sci. 10, 2207563 (2023); review §2.2): which assumptions give 420 Wh/L', () => {
  // Wh/L and Wh/kg of every assumption set, as tabulated in docs/energy-density.md.
  const expected: Readonly<Record<string, readonly [number, number]>> = {
    material: [1088.8, 209.0],
    'material-plated': [865.3, 209.0],
    electrode: [414.2, 148.9],
    'electrode-plated': [377.2, 148.9],
    'electrode-chevrel-only': [265.3, 95.4],
    'stack-optimistic': [429.9, 145.0],
    'stack-practical': [237.7, 93.4],
    'stack-practical-flooded': [144.2, 76.5],
    'coin-cell': [5.9, 5.0],
  };

  it('every assumption set gives the Wh/L and Wh/kg of the docs table (to 0.1)', () => {
    expect(MAO_2023_ASSUMPTIONS.map((a) => a.id)).toEqual(Object.keys(expected));
    const got = Object.fromEntries(
      MAO_2023_ASSUMPTIONS.map((a) => {
        const r = stackEnergyDensity(mao2023Stack(a));
        return [a.id, [Number(whPerL(r).toFixed(1)), Number(whPerKg(r).toFixed(1))]];
      }),
    );
    expect(got).toEqual(expected);
  });

  it('the active density is the X-ray density of Mo6S8 (a = 9.19 Å, c = 10.88 Å, Z = 3): 5.2095 g/cm³', () => {
    // 3 · 832.18 g/mol / (N_A · (√3/2)·9.19²·10.88 Å³) = 5209.51 kg/m³ (Python, by hand).
    expect(STACK_DENSITIES.chevrelMo6S8.density).toBeCloseTo(5209.5124, 3);
  });

  it('the material-level bound is q·Ū·ρ = 0.190 Ah/g · 1.1 V · 5.2095 g/cm³, and the electrode level divides it by the coating volume per gram of active', () => {
    const rho = 5.2095124;
    const material = 0.19 * 1.1 * rho * 1000; // Wh/L
    const r = (id: string) => {
      const a = MAO_2023_ASSUMPTIONS.find((x) => x.id === id);
      if (a === undefined) throw new Error(id);
      return stackEnergyDensity(mao2023Stack(a));
    };
    expect(whPerL(r('material'))).toBeCloseTo(material, 2);
    // per gram of active at 80:10:10: (1/ρ_a + 0.125/1.9 + 0.125/1.78) cm³ of solid, /(1 − 0.35) with pores
    const coatingVolume = (1 / rho + 0.125 / 1.9 + 0.125 / 1.78) / 0.65; // cm³ per g active
    expect(whPerL(r('electrode'))).toBeCloseTo((0.19 * 1.1) / (coatingVolume / 1000), 2);
    // the coating's dry density ≈ 2.48 g/cm³: 420 Wh/L ≈ 209 Wh/kg(active) · 0.8 · 2.5 g/cm³
    expect(r('electrode').cathode.coatingDensity / 1000).toBeCloseTo(1.25 / coatingVolume, 6);
  });

  it('420 Wh/L is an electrode-level number (414) or an optimistic-stack number (430); a practical stack gives ~240 and lab coin-cell layers ~6', () => {
    const v = (id: string) => {
      const a = MAO_2023_ASSUMPTIONS.find((x) => x.id === id);
      return a === undefined ? Number.NaN : whPerL(stackEnergyDensity(mao2023Stack(a)));
    };
    const near420 = MAO_2023_ASSUMPTIONS.map((a) => a.id).filter((id) => Math.abs(v(id) - 420) / 420 < 0.05);
    expect(near420).toEqual(['electrode', 'stack-optimistic']);
    expect(v('stack-practical')).toBeLessThan(250);
    expect(v('coin-cell')).toBeLessThan(10);
  });

  it('the docs numbers beside the table: optimistic stack at 30 mg/cm² 462 Wh/L, without plated Mg 479 Wh/L; a practical stack tends to 377 Wh/L as the loading grows', () => {
    const find = (id: string) => {
      const a = MAO_2023_ASSUMPTIONS.find((x) => x.id === id);
      if (a === undefined) throw new Error(id);
      return a;
    };
    const v = (a: (typeof MAO_2023_ASSUMPTIONS)[number]) => whPerL(stackEnergyDensity(mao2023Stack(a)));
    expect(Math.round(v({ ...find('stack-optimistic'), activeLoading_mgPerCm2: 30 }))).toBe(462);
    expect(Math.round(v({ ...find('stack-optimistic'), platedMgCounted: false }))).toBe(479);
    expect(v({ ...find('stack-practical'), activeLoading_mgPerCm2: 1e6 })).toBeCloseTo(v(find('electrode-plated')), 1);
  });

  it.skipIf(!HAVE_REVIEW)('the review reports 190 mAh/g, 92 % after 100 cycles and 420 Wh/L for this cell', () => {
    const text = reviewText();
    expect(text).toMatch(/reversible capacity of 190 mAh g\^\{-1\} with the capacity retention of 92% after 100 cycles/);
    expect(text).toMatch(/energy density \(420 Wh L\^\{-1\}\) was calculated/);
  });
});
