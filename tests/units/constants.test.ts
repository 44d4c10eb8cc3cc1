import { create, all, type FactoryFunctionMap } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { AVOGADRO, BOLTZMANN, ELEMENTARY_CHARGE, FARADAY, GAS_CONSTANT, VACUUM_PERMITTIVITY, Z_MG } from '../../src/units/index.ts';

// An independent reference: mathjs's own physical constants (its module build, not our unit instance).
const reference = create(all as FactoryFunctionMap);
const value = (name: string): number => (reference.evaluate(name) as { toNumber(u?: string): number }).toNumber();

describe('CODATA constants', () => {
  it('the 2019 SI exact constants match mathjs to the last digit', () => {
    expect(ELEMENTARY_CHARGE).toBe(value('elementaryCharge'));
    expect(BOLTZMANN).toBe(value('boltzmann'));
    expect(AVOGADRO).toBe(value('avogadro'));
  });

  it('F = N_A·e and R = N_A·k_B hold, and agree with the published values', () => {
    expect(FARADAY).toBe(AVOGADRO * ELEMENTARY_CHARGE);
    expect(FARADAY).toBeCloseTo(96485.33212, 5);
    expect(FARADAY / value('faraday')).toBeCloseTo(1, 14);
    expect(GAS_CONSTANT).toBeCloseTo(8.314462618, 9);
    expect(GAS_CONSTANT / value('gasConstant')).toBeCloseTo(1, 14);
  });

  it('ε0 is the CODATA 2022 value 8.8541878188e-12 F/m, consistent with μ0 ≈ 4π·1e-7 and c', () => {
    const c = 299792458;
    const mu0 = 1 / (VACUUM_PERMITTIVITY * c * c);
    expect(VACUUM_PERMITTIVITY).toBe(8.8541878188e-12);
    expect(mu0 / (4 * Math.PI * 1e-7)).toBeCloseTo(1, 9);
  });

  it('magnesium is divalent', () => {
    expect(Z_MG).toBe(2);
  });
});
