import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areaSpecificResistance,
  arrheniusConductivity,
  effectiveConductivity,
  electronicLeakageCurrentDensity,
  layerAreaSpecificResistance,
  ohmicDrop,
  transportFactor,
  vtfConductivity,
  type VtfParameters,
} from '../../src/physics/index.ts';
import {
  AVOGADRO,
  InputError,
  quantity,
  toUnit,
  type AmperesPerSquareMeter,
  type Joules,
  type JoulesPerMole,
  type Kelvin,
  type Meters,
  type OhmSquareMeters,
  type SiemensPerMeter,
  type Volts,
} from '../../src/units/index.ts';

const K = (t: number) => t as Kelvin;
const S = (s: number) => s as SiemensPerMeter;
const m = (x: number) => x as Meters;

const peoLike: VtfParameters = { prefactor: 100, pseudoActivationEnergy: 8000 as JoulesPerMole, idealGlassTemperature: K(200) };

describe('VTF σ(T) = A·T^(−1/2)·exp[−B/(R(T − T0))] (Vogel 1921, Fulcher 1925, Tammann & Hesse 1926; Cruickshank et al. 1995)', () => {
  it('matches a hand calculation: A = 100 S·K^½/m, B = 8 kJ/mol, T0 = 200 K at 60 °C gives 3.98426e-3 S/m', () => {
    // 100/√333.15·exp(−8000/(8.31446261815324·133.15)), evaluated independently with Python mpmath (30 digits).
    expect(vtfConductivity(peoLike, quantity('60 degC', 'temperature')) / 3.98426005097253116e-3).toBeCloseTo(1, 13);
  });

  it('σ·√T tends to A at very high temperature', () => {
    const t = 1e12;
    expect((vtfConductivity(peoLike, K(t)) * Math.sqrt(t)) / peoLike.prefactor).toBeCloseTo(1, 6);
  });

  it('with T0 = 0, σ·√T follows the Arrhenius law of arrheniusConductivity with Ea = B/N_A', () => {
    const p: VtfParameters = { prefactor: 5, pseudoActivationEnergy: 30e3 as JoulesPerMole, idealGlassTemperature: K(0) };
    const sqrtT = (t: number) => vtfConductivity(p, K(t)) * Math.sqrt(t);
    const viaArrhenius = arrheniusConductivity(S(sqrtT(300)), K(300), (30e3 / AVOGADRO) as Joules, K(360));
    expect(sqrtT(360) / viaArrhenius).toBeCloseTo(1, 12);
  });

  it('rises with temperature above T0 (property; from T0 + 5 K, where σ has not underflowed to 0)', () => {
    fc.assert(
      fc.property(fc.double({ min: 205, max: 500, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), (t, dt) => {
        expect(vtfConductivity(peoLike, K(t + dt))).toBeGreaterThan(vtfConductivity(peoLike, K(t)));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects T ≤ T0 and non-physical parameters, naming the argument', () => {
    expect(() => vtfConductivity(peoLike, K(200))).toThrow(InputError);
    expect(() => vtfConductivity(peoLike, K(150))).toThrow(/temperature must be a finite number > idealGlassTemperature = 200 K; got 150/);
    expect(() => vtfConductivity(peoLike, K(Number.NaN))).toThrow(/temperature must be a finite number > 0 K; got NaN/);
    expect(() => vtfConductivity({ ...peoLike, prefactor: -1 }, K(300))).toThrow(/prefactor must be a finite number > 0/);
  });
});

describe('porous layer σ_eff = σ·ε/τ or σ·ε^1.5 (MacMullin & Muccini 1956; Bruggeman 1935)', () => {
  it('gives the hand values ε/τ = 0.4/2.5 = 0.16 and 0.4^1.5 = 0.252982', () => {
    expect(effectiveConductivity(S(1), { kind: 'tortuosity', porosity: 0.4, tortuosity: 2.5 })).toBeCloseTo(0.16, 15);
    expect(effectiveConductivity(S(1), { kind: 'bruggeman', porosity: 0.4 })).toBeCloseTo(0.25298221281347033, 15);
    expect(effectiveConductivity(S(0.7), { kind: 'dense' })).toBe(0.7);
  });

  it('Bruggeman is the tortuosity form with τ = ε^(−1/2) (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1, noNaN: true }), (eps) => {
        const bruggeman = transportFactor({ kind: 'bruggeman', porosity: eps });
        const tortuous = transportFactor({ kind: 'tortuosity', porosity: eps, tortuosity: eps ** -0.5 });
        expect(bruggeman / tortuous).toBeCloseTo(1, 12);
      }),
    );
  });

  it('rejects porosity outside (0, 1] and tortuosity below 1', () => {
    expect(() => transportFactor({ kind: 'tortuosity', porosity: 0, tortuosity: 2 })).toThrow(/porosity must be a finite number in \(0, 1\]; got 0/);
    expect(() => transportFactor({ kind: 'bruggeman', porosity: 1.2 })).toThrow(/porosity/);
    expect(() => transportFactor({ kind: 'tortuosity', porosity: 0.5, tortuosity: 0.5 })).toThrow(/tortuosity must be a finite number ≥ 1; got 0.5/);
  });
});

describe('area-specific resistance R = L/σ_eff and ohmic drop i·R', () => {
  it('a 25 µm separator (ε = 0.4, τ = 2.5) with 10 mS/cm electrolyte costs 1.5625 Ω·cm² and 0.78 mV at 0.5 mA/cm²', () => {
    const r = layerAreaSpecificResistance(quantity('25 um', 'length'), quantity('10 mS/cm', 'conductivity'), { kind: 'tortuosity', porosity: 0.4, tortuosity: 2.5 });
    expect(toUnit(r, 'arealResistance', 'ohm cm^2')).toBeCloseTo(1.5625, 12);
    expect(ohmicDrop(quantity('0.5 mA/cm2', 'currentDensity'), r)).toBeCloseTo(7.8125e-4, 15);
  });

  it('R is linear in L and the drop has the sign of the current', () => {
    expect(areaSpecificResistance(m(2e-6), S(1e-3)) / areaSpecificResistance(m(1e-6), S(1e-3))).toBeCloseTo(2, 14);
    expect(ohmicDrop(-2 as AmperesPerSquareMeter, 0.01 as OhmSquareMeters)).toBeCloseTo(-0.02, 15);
  });

  it('rejects negative thickness, zero conductivity and NaN', () => {
    expect(() => areaSpecificResistance(m(-1e-6), S(1))).toThrow(/thickness must be a finite number ≥ 0 m; got -0.000001/);
    expect(() => areaSpecificResistance(m(1e-6), S(0))).toThrow(/conductivity must be a finite number > 0 S\/m/);
    expect(() => ohmicDrop(Number.NaN as AmperesPerSquareMeter, 1 as OhmSquareMeters)).toThrow(/currentDensity must be a finite number/);
  });
});

describe('electronic leakage i_e = σ_e·V/L', () => {
  it('1e-10 S/m across 1 µm at 1 V leaks 1e-4 A/m² (10 nA/cm²)', () => {
    const i = electronicLeakageCurrentDensity(S(1e-10), 1 as Volts, quantity('1 um', 'length'));
    expect(toUnit(i, 'currentDensity', 'nA/cm^2')).toBeCloseTo(10, 10);
  });

  it('rejects a zero thickness', () => {
    expect(() => electronicLeakageCurrentDensity(S(1e-10), 1 as Volts, m(0))).toThrow(/thickness must be a finite number > 0 m/);
  });
});
