import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apparentActivationEnergy, arrheniusConductivity } from '../../src/physics/index.ts';
import { quantity, type Joules, type Kelvin, type SiemensPerMeter } from '../../src/units/index.ts';

const eV = quantity('1 eV', 'energy');
const K = (t: number) => t as Kelvin;
const S = (s: number) => s as SiemensPerMeter;

describe('Arrhenius σ(T) = σ_ref·exp[−Ea/k_B·(1/T − 1/T_ref)]', () => {
  it('returns σ_ref at T_ref, and is flat for Ea = 0', () => {
    expect(arrheniusConductivity(S(0.025), K(298.15), (0.3 * eV) as Joules, K(298.15))).toBe(0.025);
    expect(arrheniusConductivity(S(0.025), K(298.15), 0 as Joules, K(400))).toBe(0.025);
  });

  it('matches a hand calculation: 3.8e-5 S/cm at 25 °C with Ea = 0.22 eV gives 9.3426e-5 S/cm at 60 °C', () => {
    // 3.8e-5·exp(−0.22 eV/k_B·(1/333.15 − 1/298.15)), evaluated independently with Python's math module.
    const sigma = arrheniusConductivity(S(3.8e-3), K(298.15), (0.22 * eV) as Joules, K(333.15));
    expect(sigma / 1e2).toBeCloseTo(9.342633179282613e-5, 15);
  });

  it('two-point inverse: 1e-5 S/cm at 25 °C and 1e-3 S/cm at 100 °C (Mg(BH4)2·1.6NH3, review §2.5) give Ea = 0.58867 eV', () => {
    const ea = apparentActivationEnergy(S(1e-3), K(298.15), S(1e-1), K(373.15));
    expect(ea / eV).toBeCloseTo(0.5886749689300406, 12);
  });

  it('the inverse recovers Ea from any two points of a line (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1.5, noNaN: true }),
        fc.double({ min: 200, max: 350, noNaN: true }),
        fc.double({ min: 5, max: 200, noNaN: true }),
        (eaEv, t1, dt) => {
          const ea = (eaEv * eV) as Joules;
          const s2 = arrheniusConductivity(S(1e-2), K(t1), ea, K(t1 + dt));
          expect(apparentActivationEnergy(S(1e-2), K(t1), s2, K(t1 + dt)) / ea).toBeCloseTo(1, 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('σ rises with temperature for Ea > 0', () => {
    const ea = (0.4 * eV) as Joules;
    expect(arrheniusConductivity(S(1), K(300), ea, K(350))).toBeGreaterThan(arrheniusConductivity(S(1), K(300), ea, K(320)));
  });

  it('rejects non-physical input with a message saying what is expected', () => {
    expect(() => arrheniusConductivity(S(1), K(300), eV as Joules, K(-5))).toThrow(/positive kelvin/);
    expect(() => apparentActivationEnergy(S(1), K(300), S(2), K(300))).toThrow(/must differ/);
    expect(() => apparentActivationEnergy(S(0), K(300), S(2), K(310))).toThrow(/positive/);
  });
});
