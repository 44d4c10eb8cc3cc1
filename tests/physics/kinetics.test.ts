import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  butlerVolmerCurrentDensity,
  butlerVolmerOverpotential,
  chargeTransferResistance,
  doubleLayerChargingRate,
  exchangeCurrentDensity,
  MG_METAL_CONCENTRATION,
  nucleationOverpotential,
  passivatedExchangeCurrentDensity,
  tafelSlope,
  transferProductFromTafelSlope,
  type ButlerVolmerKinetics,
  type CoulombsPerSquareMeter,
} from '../../src/physics/index.ts';
import {
  FARADAY,
  GAS_CONSTANT,
  InputError,
  quantity,
  toUnit,
  Z_MG,
  type AmperesPerSquareMeter,
  type Kelvin,
  type MolesPerCubicMeter,
  type Volts,
} from '../../src/units/index.ts';

const A = (i: number) => i as AmperesPerSquareMeter;
const V = (v: number) => v as Volts;
const T298 = 298.15 as Kelvin;

const mg = (i0: number, aa = 0.5, ac = 0.5, t = 298.15): ButlerVolmerKinetics => ({
  exchangeCurrentDensity: A(i0),
  electronCount: Z_MG,
  temperature: t as Kelvin,
  anodicTransferCoefficient: aa,
  cathodicTransferCoefficient: ac,
});

const alpha = fc.double({ min: 0.05, max: 1, noNaN: true });
const electrons = fc.constantFrom(1, 2, 3);

describe('Butler–Volmer i = i0[exp(α_a·n·f·η) − exp(−α_c·n·f·η)] (Bard & Faulkner §3.4; n = 2 for Mg)', () => {
  it('matches a hand calculation: i0 = 1 A/m², n = 2, α_a = 0.6, α_c = 0.4, η = 50 mV, 298.15 K → 10.1218 A/m²', () => {
    // exp(0.6·2·F/(RT)·0.05) − exp(−0.4·2·F/(RT)·0.05), Python mpmath.
    expect(butlerVolmerCurrentDensity(V(0.05), mg(1, 0.6, 0.4)) / 10.121812609119591).toBeCloseTo(1, 13);
  });

  it('is zero at η = 0, anodic (positive) for η > 0, and odd in η when α_a = α_c (property)', () => {
    expect(butlerVolmerCurrentDensity(V(0), mg(3, 0.3, 0.8))).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 0.5, noNaN: true }), alpha, electrons, (eta, a, n) => {
        const k = { ...mg(2, a, a), electronCount: n };
        expect(butlerVolmerCurrentDensity(V(-eta), k)).toBeCloseTo(-butlerVolmerCurrentDensity(V(eta), k), 8);
        if (eta > 0) expect(butlerVolmerCurrentDensity(V(eta), k)).toBeGreaterThan(0);
      }),
    );
  });

  it('swapping α_a and α_c mirrors the curve: i(η; α_a, α_c) = −i(−η; α_c, α_a) (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.3, max: 0.3, noNaN: true }), alpha, alpha, (eta, aa, ac) => {
        const i = butlerVolmerCurrentDensity(V(eta), mg(1, aa, ac));
        const mirrored = butlerVolmerCurrentDensity(V(-eta), mg(1, ac, aa));
        expect(Math.abs(mirrored + i)).toBeLessThanOrEqual(1e-12 * Math.abs(i));
      }),
      { examples: [[0.1, 0.3, 0.7]] },
    );
  });

  it('is strictly increasing in η (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.4, max: 0.4, noNaN: true }), fc.double({ min: 1e-4, max: 0.1, noNaN: true }), alpha, alpha, (eta, d, aa, ac) => {
        expect(butlerVolmerCurrentDensity(V(eta + d), mg(1, aa, ac))).toBeGreaterThan(butlerVolmerCurrentDensity(V(eta), mg(1, aa, ac)));
      }),
    );
  });

  it('has small-signal slope di/dη|₀ = 1/R_ct (central difference, any α_a, α_c, n)', () => {
    fc.assert(
      fc.property(alpha, alpha, electrons, fc.double({ min: 0.01, max: 100, noNaN: true }), (aa, ac, n, i0) => {
        const k = { ...mg(i0, aa, ac), electronCount: n };
        const h = 1e-6;
        const slope = (butlerVolmerCurrentDensity(V(h), k) - butlerVolmerCurrentDensity(V(-h), k)) / (2 * h);
        expect(slope * chargeTransferResistance(k)).toBeCloseTo(1, 8);
      }),
    );
  });

  it('inverse: asinh closed form round-trips (α_a = α_c), and the safeguarded solve round-trips (α_a ≠ α_c) (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.4, max: 0.4, noNaN: true }), alpha, alpha, electrons, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (eta, aa, ac, n, i0) => {
        for (const k of [
          { ...mg(i0, aa, aa), electronCount: n },
          { ...mg(i0, aa, ac), electronCount: n },
        ]) {
          const back = butlerVolmerOverpotential(butlerVolmerCurrentDensity(V(eta), k), k);
          expect(Math.abs(back - eta)).toBeLessThanOrEqual(1e-12 + 1e-10 * Math.abs(eta));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the asymmetric solver agrees with the asinh closed form as α_c → α_a', () => {
    for (const i of [-1e4, -3, 0.5, 250]) {
      const closed = butlerVolmerOverpotential(A(i), mg(2, 0.5, 0.5));
      const solved = butlerVolmerOverpotential(A(i), mg(2, 0.5, 0.5 + 1e-12));
      expect(solved / closed).toBeCloseTo(1, 9);
    }
  });

  it('the inverse handles huge currents (1e8·i0) and reaches Tafel asymptotics', () => {
    const k = mg(1e-3, 0.3, 0.7);
    const i = A(1e5);
    const eta = butlerVolmerOverpotential(i, k);
    expect(butlerVolmerCurrentDensity(eta, k) / i).toBeCloseTo(1, 10);
    // Anodic Tafel limit: η ≈ ln(i/i0)/(α_a·n·f).
    expect(eta / (Math.log(1e8) / ((0.3 * 2 * FARADAY) / (GAS_CONSTANT * 298.15)))).toBeCloseTo(1, 6);
  });

  it('rejects non-physical kinetics, naming the field', () => {
    expect(() => butlerVolmerCurrentDensity(V(0.1), mg(0))).toThrow(/exchangeCurrentDensity must be a finite number > 0 A\/m²; got 0/);
    expect(() => butlerVolmerCurrentDensity(V(0.1), { ...mg(1), electronCount: 0 })).toThrow(/electronCount must be a finite number > 0; got 0/);
    expect(() => butlerVolmerCurrentDensity(V(0.1), mg(1, 1.5, 0.5))).toThrow(/anodicTransferCoefficient must be a finite number in \(0, 1\]; got 1.5/);
    expect(() => butlerVolmerCurrentDensity(V(0.1), mg(1, 0.5, 0.5, -3))).toThrow(/temperature must be a finite number > 0 K; got -3/);
    expect(() => butlerVolmerOverpotential(A(Number.NaN), mg(1))).toThrow(InputError);
  });
});

describe('charge-transfer resistance R_ct = RT/((α_a + α_c)·n·F·i0)', () => {
  it('Mg (n = 2, 298.15 K, α_a + α_c = 1): 128.46 Ω·cm² at i0 = 1 A/m², 12.846 Ω·cm² at i0 = 10 A/m² (1 mA/cm²)', () => {
    // RT/(2F) = 12.8463 mV (Python mpmath); 12.8463 mV / 1 A/m² = 0.0128463 Ω·m² = 128.463 Ω·cm².
    // models-and-physics.md §3.1 quotes "12.8 Ω·cm² at i0 = 1 A/m²": that is the value at 10 A/m² (a factor-10 slip).
    expect(toUnit(chargeTransferResistance(mg(1)), 'arealResistance', 'ohm cm^2')).toBeCloseTo(128.462895605429, 9);
    expect(toUnit(chargeTransferResistance({ ...mg(0), exchangeCurrentDensity: quantity('1 mA/cm2', 'currentDensity') }), 'arealResistance', 'ohm cm^2')).toBeCloseTo(12.846, 3);
  });

  it('halves when n doubles (Mg vs a one-electron couple with the same i0)', () => {
    expect(chargeTransferResistance({ ...mg(1), electronCount: 1 }) / chargeTransferResistance(mg(1))).toBeCloseTo(2, 14);
  });
});

describe('exchange current density i0 = n·F·k·c_e^(1−α_c)·c_M^(α_c)', () => {
  it('makes the anodic and cathodic partial currents equal at the Nernst potential (property)', () => {
    // i_a = nFk·c_M·exp(α_a·n·f·(E − E0)), i_c = nFk·c_e·exp(−α_c·n·f·(E − E0)), E_eq − E0 = (RT/nF)·ln(c_e/c_M).
    fc.assert(
      fc.property(fc.double({ min: 1, max: 3000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), electrons, (ce, ac, n) => {
        const k = 1e-9;
        const cm = MG_METAL_CONCENTRATION;
        const nf = (n * FARADAY) / (GAS_CONSTANT * 298.15);
        const x = Math.log(ce / cm); // n·f·(E_eq − E0)
        const ia = n * FARADAY * k * cm * Math.exp((1 - ac) * x);
        const ic = n * FARADAY * k * ce * Math.exp(-ac * x);
        const i0 = exchangeCurrentDensity({ rateConstant: k, electronCount: n, cationConcentration: ce as MolesPerCubicMeter, metalConcentration: cm, cathodicTransferCoefficient: ac });
        expect(ia / i0).toBeCloseTo(1, 10);
        expect(ic / i0).toBeCloseTo(1, 10);
        expect(nf).toBeGreaterThan(0);
      }),
    );
  });

  it("reproduces PyBaMM Xu2019's ≈ 70 A/m² for Li (n = 1, k = 3.5e-8 m/s, c_e = 1 M, c_Li = 1/1.3e-5 mol/m³, exponents 0.3/0.7; models-and-physics.md §1.2)", () => {
    const i0 = exchangeCurrentDensity({ rateConstant: 3.5e-8, electronCount: 1, cationConcentration: quantity('1 M', 'concentration'), metalConcentration: (1 / 1.3e-5) as MolesPerCubicMeter, cathodicTransferCoefficient: 0.7 });
    expect(i0).toBeCloseTo(70.6, 1);
  });

  it('is proportional to n: the Mg value is twice a one-electron couple with the same k', () => {
    const base = { rateConstant: 1e-10, cationConcentration: 500 as MolesPerCubicMeter, metalConcentration: MG_METAL_CONCENTRATION, cathodicTransferCoefficient: 0.5 };
    expect(exchangeCurrentDensity({ ...base, electronCount: Z_MG }) / exchangeCurrentDensity({ ...base, electronCount: 1 })).toBeCloseTo(2, 14);
  });

  it('rejects negative concentrations', () => {
    expect(() => exchangeCurrentDensity({ rateConstant: 1e-10, electronCount: 2, cationConcentration: -1 as MolesPerCubicMeter, metalConcentration: MG_METAL_CONCENTRATION, cathodicTransferCoefficient: 0.5 })).toThrow(
      /cationConcentration must be a finite number ≥ 0 mol\/m³; got -1/,
    );
  });
});

describe('Tafel slope b = ln(10)·RT/(α·n·F) and α·n from b', () => {
  it('α·n = 1 at 298.15 K gives 59.16 mV/dec', () => {
    expect(tafelSlope(0.5, 2, T298) * 1e3).toBeCloseTo(59.1593496847823, 10);
  });

  it('Mg deposition Tafel slopes (2017 kinetics paper, via models-and-physics.md §3.1): APC 56.2 → α·n = 1.05, phenolate 32.1 → 1.84, F6-alkoxide 26.4 → 2.24', () => {
    expect(transferProductFromTafelSlope(quantity('56.2 mV', 'voltage'), T298)).toBeCloseTo(1.05, 2);
    expect(transferProductFromTafelSlope(quantity('32.1 mV', 'voltage'), T298)).toBeCloseTo(1.84, 2);
    expect(transferProductFromTafelSlope(quantity('26.4 mV', 'voltage'), T298)).toBeCloseTo(2.24, 2);
    // For Mg (n = 2) the APC value means α ≈ 0.53.
    expect(transferProductFromTafelSlope(V(0.0562), T298) / Z_MG).toBeCloseTo(0.53, 2);
  });

  it('round-trips and equals the slope of the Butler–Volmer curve far from equilibrium (property)', () => {
    fc.assert(
      fc.property(alpha, electrons, fc.double({ min: 250, max: 400, noNaN: true }), (a, n, t) => {
        const b = tafelSlope(a, n, t as Kelvin);
        expect(transferProductFromTafelSlope(b, t as Kelvin) / (a * n)).toBeCloseTo(1, 12);
        const k = { ...mg(1e-3, a, 0.5, t), electronCount: n };
        const eta = 30 * b; // far into the anodic Tafel region
        const decade = butlerVolmerOverpotential(A(10 * butlerVolmerCurrentDensity(V(eta), k)), k) - eta;
        expect(decade / b).toBeCloseTo(1, 6);
      }),
    );
  });

  it('rejects a zero slope', () => {
    expect(() => transferProductFromTafelSlope(V(0), T298)).toThrow(/slope must be a finite number > 0 V\/decade; got 0/);
  });
});

describe('double layer C_dl·dη/dt = i − i_F', () => {
  it('0.2 F/m² charged by 1 A/m² excess current: dη/dt = 5 V/s', () => {
    expect(doubleLayerChargingRate(0.2, A(3), A(2))).toBeCloseTo(5, 14);
    expect(doubleLayerChargingRate(0.2, A(2), A(2))).toBe(0);
  });

  it('integrates to the RC response η(t) = i·R_ct·(1 − e^(−t/(R_ct·C_dl))) with linearised kinetics', () => {
    const k = mg(1);
    const rct = chargeTransferResistance(k);
    const cdl = 0.2;
    const i = 0.01; // small step: linear regime
    let eta = 0;
    const tau = rct * cdl;
    const steps = 1000;
    const dt = tau / steps;
    for (let s = 0; s < steps; s++) {
      // RK2 (midpoint) on C·dη/dt = i − i_F(η)
      const k1 = doubleLayerChargingRate(cdl, A(i), butlerVolmerCurrentDensity(V(eta), k));
      const k2 = doubleLayerChargingRate(cdl, A(i), butlerVolmerCurrentDensity(V(eta + 0.5 * dt * k1), k));
      eta += dt * k2;
    }
    expect(eta / (i * rct * (1 - Math.exp(-1)))).toBeCloseTo(1, 5);
  });

  it('rejects a non-positive capacitance', () => {
    expect(() => doubleLayerChargingRate(0, A(1), A(0))).toThrow(/capacitance must be a finite number > 0 F\/m²/);
  });
});

describe('nucleation overpotential η_nuc(q) = η_nuc,0·exp(−q/q_nuc) (assumed form)', () => {
  const q = (x: number) => x as CoulombsPerSquareMeter;
  it('is η_nuc,0 at the first instant and η_nuc,0/e after q_nuc', () => {
    const base = { initialOverpotential: V(0.3), decayCharge: quantity('0.02 mAh/cm2', 'arealCapacity') };
    expect(nucleationOverpotential({ ...base, platedCharge: q(0) })).toBe(0.3);
    expect(nucleationOverpotential({ ...base, platedCharge: base.decayCharge })).toBeCloseTo(0.3 / Math.E, 15);
  });

  it('decreases monotonically towards 0 and stays ≥ 0 (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (q1, dq) => {
        const base = { initialOverpotential: V(0.647), decayCharge: q(720) };
        const a = nucleationOverpotential({ ...base, platedCharge: q(q1) });
        const b = nucleationOverpotential({ ...base, platedCharge: q(q1 + dq) });
        expect(b).toBeLessThanOrEqual(a);
        expect(b).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('rejects negative plated charge and a zero decay charge', () => {
    expect(() => nucleationOverpotential({ initialOverpotential: V(0.3), decayCharge: q(1), platedCharge: q(-1) })).toThrow(/platedCharge must be a finite number ≥ 0 C\/m²; got -1/);
    expect(() => nucleationOverpotential({ initialOverpotential: V(0.3), decayCharge: q(0), platedCharge: q(1) })).toThrow(/decayCharge/);
  });
});

describe('passivated area i0,eff = i0·(1 − θ)', () => {
  it('a 90 % passivated surface keeps 10 % of i0, and R_ct rises tenfold', () => {
    const i0 = passivatedExchangeCurrentDensity(A(1), 0.9);
    expect(i0).toBeCloseTo(0.1, 15);
    expect(chargeTransferResistance(mg(i0)) / chargeTransferResistance(mg(1))).toBeCloseTo(10, 12);
  });

  it('rejects θ outside [0, 1]', () => {
    expect(() => passivatedExchangeCurrentDensity(A(1), 1.1)).toThrow(/passivatedFraction must be a finite number in \[0, 1\]; got 1.1/);
  });
});
