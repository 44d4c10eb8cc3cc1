import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  energyAssumptions,
  energyInputFromStack,
  energyMappingNotes,
  firstFullCycle,
  MAO_2023_ASSUMPTIONS,
  mao2023Stack,
  ONE_G_PER_AH,
  ONE_MAH_PER_CM2,
  ONE_MAH_PER_G,
  ONE_UL_PER_MAH,
  overridesFromSimulation,
  parseElectrolyteExcess,
  stackEnergyDensity,
  StackFieldError,
  type StackEnergyDensity,
} from '../../src/cell/energy/index.ts';
import { loadStack, type CycleSummary, type SimulationResult, type Stack } from '../../src/cell/index.ts';
import { formatIssue, InputError, toUnit, type CoulombsPerKilogram, type Volts } from '../../src/units/index.ts';
import { knowledgeBase } from '../../src/cli/knowledge-files.ts';
import { unwrap } from '../helpers.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const ANODE_FREE = readFileSync(join(EXAMPLES, 'anode-free-mg2mo6s8-mgs-cu.yaml'), 'utf8');
const F = 96485.33212;
const whPerL = (r: StackEnergyDensity) => toUnit(r.volumetric, 'energyDensity', 'Wh/L');
const whPerKg = (r: StackEnergyDensity) => toUnit(r.gravimetric, 'specificEnergy', 'Wh/kg');
const kb = knowledgeBase();
const load = (text: string, name = 'test.yaml'): Stack => unwrap(loadStack(text, { name, knowledge: kb }));
/** a ≈ b to a relative 1e-9 (values parsed from unit strings carry the last bits of the conversion). */
const expectRel = (a: number | undefined, b: number, tol = 1e-9) => expect(Math.abs((a ?? NaN) / b - 1)).toBeLessThan(tol);
const specific = (input: ReturnType<typeof energyInputFromStack>): number =>
  input.cathode.activeMaterial.kind === 'measured' ? input.cathode.activeMaterial.specificCapacity : NaN;

/**
 * A hand-checkable full cell: 50 µm Mg foil; 10 mg/cm² of a pure (100 % active) Chevrel coating,
 * ρ = 5 g/cm³, 50 % porous; theoretical capacity × 0.5; a 20 µm separator at 50 % (ρ = 1 g/cm³);
 * electrolyte ρ = 1 g/cm³; 10 µm Al (2.7 g/cm³), no Cu; single-sided; Ū = 1 V.
 */
const HAND = `name: hand
cell: { kind: full }
metal: { thickness: 50 um }
layers:
  - { kind: liquid, thickness: 20 um, porosity: 0.5, density: 1 g/cm3 }
cathode: { massLoading: 10 mg/cm2, density: 5 g/cm3, molarMass: 832.2 g/mol, mgPerFormulaUnit: 2 }
energy:
  capacity: theoretical
  usableFraction: 0.5
  meanDischargeVoltage: 1 V
  activeFraction: 1
  carbonFraction: 0
  binderFraction: 0
  coatingPorosity: 0.5
  separatorDensity: 1 g/cm3
  cathodeCollectorThickness: 10 um
  anodeCollectorThickness: 0 um
  coating: single-sided
protocol:
  steps:
    - repeat: 1
      steps:
        - Discharge at C/10 until 0.5 V
        - Charge at C/10 until 1.8 V
`;

describe('energyInputFromStack: the anode-free example of Mao et al. (review [38])', () => {
  const stack = load(ANODE_FREE, 'anode-free-mg2mo6s8-mgs-cu.yaml');
  const input = energyInputFromStack(stack);

  it('maps every stack field to the StackInput in SI', () => {
    expect(input.cathode.activeMaterial).toEqual({ kind: 'measured', specificCapacity: 190 * 3600 });
    expect(input.cathode.amount).toEqual({ kind: 'mass-loading', activeMassLoading: expect.closeTo(0.2, 12) as number });
    expect(input.cathode.massFractions.active).toBeCloseTo(0.9, 12);
    expect(input.cathode.massFractions.carbon).toBeCloseTo(0.05, 12);
    expect(input.cathode.massFractions.binder).toBeCloseTo(0.05, 12);
    expect(input.cathode.densities).toEqual({ active: expect.closeTo(5210, 6) as number, carbon: expect.closeTo(1900, 6) as number, binder: expect.closeTo(1780, 6) as number });
    expect(input.cathode.porosity).toBe(0.25);
    expect(input.cathode.magnesiated).toBe(true);
    expect(input.anode).toEqual({ kind: 'anode-free', npRatio: 0 });
    expect(input.separator.thickness).toBeCloseTo(12e-6, 15);
    expect(input.separator.porosity).toBe(0.4);
    expect(input.separator.density).toBeCloseTo(950, 9);
    expect(input.electrolyte).toEqual({ density: expect.closeTo(868, 9) as number, excess: { kind: 'none' } });
    expect(input.currentCollectors.cathode.thickness).toBeCloseTo(10e-6, 15);
    expect(input.currentCollectors.cathode.density).toBeCloseTo(2700, 9);
    expect(input.currentCollectors.anode.thickness).toBeCloseTo(6e-6, 15);
    expect(input.currentCollectors.anode.density).toBeCloseTo(8960, 9);
    expect(input.coating).toBe('double-sided');
    expect(input.platedMagnesium).toEqual({ kind: 'counted', porosity: 0 });
    expect(input.meanDischargeVoltage).toBe(1.1);
  });

  it('reproduces the stack-optimistic row of docs/energy-density.md (429.9 Wh/L, 145.0 Wh/kg, 3.80 mAh/cm², 97.2 µm)', () => {
    const r = stackEnergyDensity(input);
    expect(whPerL(r)).toBeCloseTo(429.9, 0);
    expect(whPerKg(r)).toBeCloseTo(145.0, 0);
    expect(r.arealCapacity / ONE_MAH_PER_CM2).toBeCloseTo(3.8, 9);
    expect(r.totalThickness * 1e6).toBeCloseTo(97.2, 1);
    expect(r.limitingElectrode).toBe('cathode');
    expect(r.npRatio).toBe(0);
    // The same as the preset assumption set, up to the active density (5.21 g/cm³ written vs 5.2098 computed).
    const optimistic = MAO_2023_ASSUMPTIONS.find((a) => a.id === 'stack-optimistic');
    if (optimistic === undefined) throw new Error('the stack-optimistic set is missing');
    const preset = stackEnergyDensity(mao2023Stack(optimistic));
    expect(Math.abs(whPerL(r) / whPerL(preset) - 1)).toBeLessThan(1e-3);
    expect(Math.abs(whPerKg(r) / whPerKg(preset) - 1)).toBeLessThan(1e-4);
  });

  it('lists every assumption with its source from the file', () => {
    const a = energyAssumptions(stack);
    const byPath = new Map(a.map((x) => [x.parameter, x]));
    expect(byPath.get('energy.specificCapacity')).toMatchObject({ value: '190 mAh/g', origin: 'stack' });
    expect(byPath.get('energy.specificCapacity')?.source).toMatch(/\[38\]/);
    expect(byPath.get('layers[0].thickness')).toMatchObject({ value: '12 um', origin: 'stack' });
    expect(byPath.get('energy.carbonDensity')).toMatchObject({ origin: 'default', value: '1.9 g/cm^3' });
    expect(byPath.get('cathode.initialFill')?.value).toBe('1');
    // measured capacity: the theoretical-capacity inputs and the Mg foil are not used
    for (const unused of ['energy.usableFraction', 'cathode.molarMass', 'metal.thickness']) expect(byPath.has(unused)).toBe(false);
    expect(a.every((x) => x.source.length > 0)).toBe(true);
  });
});

describe('energyInputFromStack: hand-computed full cell', () => {
  const stack = load(HAND);

  it('theoretical capacity × usable fraction from the cathode section: 0.5 × 2·2F/M', () => {
    const q = (0.5 * 2 * 2 * F) / 0.8322; // C/kg
    const input = energyInputFromStack(stack);
    expect(input.cathode.activeMaterial.kind).toBe('measured');
    expectRel(specific(input), q);
    expect(q / ONE_MAH_PER_G).toBeCloseTo(64.411, 3);
    expect(input.anode).toEqual({ kind: 'magnesium-foil', thickness: expect.closeTo(50e-6, 15) as number });
    expect(input.cathode.magnesiated).toBe(false);
    expect(input.electrolyte.density).toBeCloseTo(1000, 9);
  });

  it('gives the hand-computed masses, thicknesses, Wh/kg, Wh/L and N/P', () => {
    const r = stackEnergyDensity(energyInputFromStack(stack));
    const q = (0.5 * 2 * 2 * F) / 0.8322;
    const capacity = 0.1 * q; // C/m²: 10 mg/cm² = 0.1 kg/m²
    // per face [kg/m²]: active 0.1; pores 20 µm of electrolyte 0.02; separator 10 µm solid 0.01 + 10 µm electrolyte 0.01;
    // Mg 50 µm × 1738 = 0.0869; Al 10 µm × 2700 = 0.027
    const mass = 0.1 + 0.02 + 0.01 + 0.01 + 0.0869 + 0.027;
    // thickness [m]: Al 10 µm + coating 40 µm (20 µm solid / 0.5) + separator 20 µm + Mg 50 µm
    const thickness = 120e-6;
    expect(r.totalArealMass).toBeCloseTo(mass, 9);
    expect(r.totalThickness).toBeCloseTo(thickness, 12);
    expect(r.cathode.thickness).toBeCloseTo(40e-6, 12);
    expectRel(r.arealCapacity, capacity);
    expectRel(r.gravimetric, (capacity * 1) / mass);
    expectRel(r.volumetric, (capacity * 1) / thickness);
    expect(whPerL(r)).toBeCloseTo(53.68, 2);
    expect(whPerKg(r)).toBeCloseTo(25.37, 2);
    const qMg = (50e-6 * 1738 * 2 * F) / 24.305e-3; // C/m² of the foil
    expectRel(r.npRatio, qMg / capacity);
    expect(r.limitingElectrode).toBe('cathode');
    expect(r.components.find((c) => c.id === 'anode-collector')?.arealMass).toBe(0);
  });

  it('overrides (a simulated cycle) replace the capacity and the mean voltage', () => {
    const o = { specificCapacity: (100 * ONE_MAH_PER_G) as CoulombsPerKilogram, meanDischargeVoltage: 1.05 as Volts, source: 'a test' };
    const input = energyInputFromStack(stack, o);
    expect(input.cathode.activeMaterial).toEqual({ kind: 'measured', specificCapacity: 360000 });
    expect(input.meanDischargeVoltage).toBe(1.05);
    const a = energyAssumptions(stack, o);
    expect(a.some((x) => x.parameter === 'energy.usableFraction' || x.parameter === 'energy.meanDischargeVoltage')).toBe(false);
    expect(a.filter((x) => x.origin === 'simulation').map((x) => x.value)).toEqual(['100.00 mAh/g', '1.0500 V']);
    expect(() => energyInputFromStack(stack, { ...o, meanDischargeVoltage: 0 as Volts })).toThrow(/mean discharge voltage from a test must be > 0/);
  });

  it('a full stack without an energy section takes every default, and says so', () => {
    const noEnergy = load(HAND.replace(/energy:\n(  .*\n)+/, ''));
    expect(noEnergy.energy).toBeUndefined();
    expect(noEnergy.sources.some((s) => s.parameter.startsWith('energy.'))).toBe(false);
    const input = energyInputFromStack(noEnergy);
    expect(input.cathode.porosity).toBe(0.35);
    expect(input.cathode.massFractions).toEqual({ active: 0.8, carbon: 0.1, binder: 0.1 });
    expect(input.separator.density).toBeCloseTo(2230, 9);
    expect(input.currentCollectors.anode.thickness).toBeCloseTo(10e-6, 15);
    expect(input.coating).toBe('single-sided');
    expect(input.meanDischargeVoltage).toBeCloseTo(1.1, 12);
    expectRel(specific(input), (0.8 * 4 * F) / 0.8322);
    const a = energyAssumptions(noEnergy);
    expect(a.filter((x) => x.parameter.startsWith('energy.')).every((x) => x.origin === 'default')).toBe(true);
    expect(a.find((x) => x.parameter === 'metal.thickness')).toMatchObject({ value: '50 um', origin: 'stack' });
    expect(energyMappingNotes(noEnergy).join('\n')).toMatch(/N\/P of the simulated cell is kept/);
  });

  it('electrolyte excess: µL/mAh is a volume, g/Ah a mass, 0 is none', () => {
    expect(parseElectrolyteExcess('3 uL/mAh', true)).toEqual({ kind: 'volume-per-capacity', value: 3 * ONE_UL_PER_MAH, inStackVolume: true });
    expect(parseElectrolyteExcess('3 µL/mAh', false)).toEqual({ kind: 'volume-per-capacity', value: 3 * ONE_UL_PER_MAH, inStackVolume: false });
    expect(parseElectrolyteExcess('5 g/Ah', true)).toEqual({ kind: 'mass-per-capacity', value: 5 * ONE_G_PER_AH, inStackVolume: true });
    expect(parseElectrolyteExcess('0 uL/mAh', true)).toEqual({ kind: 'none' });
    const flooded = load(HAND.replace('  coating: single-sided', '  coating: single-sided\n  electrolyteExcess: 3 uL/mAh'));
    const r = stackEnergyDensity(energyInputFromStack(flooded));
    const excess = r.components.find((c) => c.id === 'excess-electrolyte');
    // 3 µL/mAh × 0.6441 mAh/cm² = 1.932 µL/cm² → 19.32 µm, 1.932 mg/cm² at 1 g/cm³
    const capacity_mAh_cm2 = (0.1 * (0.5 * 4 * F)) / 0.8322 / ONE_MAH_PER_CM2;
    expect(excess?.thickness).toBeCloseTo(3 * capacity_mAh_cm2 * 1e-5, 12);
    expect(excess?.arealMass).toBeCloseTo((3 * capacity_mAh_cm2 * 1e-3 * 1e-3) / 1e-4, 9);
    expect(energyAssumptions(flooded).some((x) => x.parameter === 'energy.electrolyteExcessVolume')).toBe(true);
  });
});

describe('energyInputFromStack: stacks it cannot map name the stack field', () => {
  const symmetric = readFileSync(join(EXAMPLES, 'mg-chloride-dme.yaml'), 'utf8');

  it.each([
    ['symmetric', symmetric, ['cell', 'kind'], /cell\.kind is symmetric: a symmetric Mg\|\|Mg cell has no cathode/],
    ['mg-cu', readFileSync(join(EXAMPLES, 'mg-cu-borate-dme.yaml'), 'utf8'), ['cell', 'kind'], /cell\.kind is mg-cu: an Mg\|\|Cu cell has no cathode/],
    ['anode-free with an Mg-free cathode', ANODE_FREE.replace('initialFill: { value: 1,', 'initialFill: { value: 0,'), ['cathode', 'initialFill'], /cathode\.initialFill is 0 .*anode-free/],
    ['fractions that do not sum to 1', HAND.replace('binderFraction: 0', 'binderFraction: 0.1'), ['energy', 'activeFraction'], /energy\.activeFraction \+ energy\.carbonFraction \+ energy\.binderFraction must sum to 1 \(the dry cathode coating\); got 1 \+ 0 \+ 0\.1 = 1\.1/],
    ['a full cell without Mg', HAND.replace('thickness: 50 um', 'thickness: 0 um'), ['metal', 'thickness'], /metal\.thickness is 0 and cathode\.initialFill is 0/],
  ])('%s', (_name, text, field, message) => {
    const stack = load(text);
    let caught: unknown;
    try {
      energyInputFromStack(stack);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(StackFieldError);
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as StackFieldError).field).toEqual(field);
    expect((caught as Error).message).toMatch(message);
  });

  it('a stack without a liquid layer', () => {
    const solidOnly = HAND.replace('  - { kind: liquid, thickness: 20 um, porosity: 0.5, density: 1 g/cm3 }', '  - { kind: solid, thickness: 20 um }');
    expect(() => energyInputFromStack(load(solidOnly))).toThrow(/layers: the stack has no liquid layer/);
  });

  it('the loader refuses a bad energy value with its line, and an unknown key', () => {
    const bad = HAND.replace('coatingPorosity: 0.5', 'coatingPorosity: 1.2').replace('  coating: single-sided', '  coating: single-sided\n  electrolyteExcess: -3 uL/mAh\n  anodeThickness: 5 um');
    const r = loadStack(bad, { name: 'bad.yaml' });
    expect(r.kind).toBe('error');
    const lines = bad.split('\n');
    const lineOf = (key: string) => lines.findIndex((l) => l.trimStart().startsWith(`${key}:`)) + 1;
    const text = r.kind === 'error' ? r.errors.map(formatIssue).join('\n') : '';
    expect(text).toContain(`bad.yaml:${lineOf('coatingPorosity')}: energy.coatingPorosity: "1.2" is out of range: expected 0 … 0.95`);
    expect(text).toContain(`bad.yaml:${lineOf('electrolyteExcess')}: energy.electrolyteExcess: "-3 uL/mAh" is not an amount per cell capacity ≥ 0 in µL/mAh or g/Ah`);
    expect(text).toContain(`bad.yaml:${lineOf('anodeThickness')}: energy.anodeThickness: unknown parameter "anodeThickness"`);
  });
});

describe('the first full cycle of a simulation', () => {
  const cycle = (n: number, discharge: number | null, voltage: number | null): CycleSummary =>
    ({ cycle: n, dischargeCapacity_mAh_g: discharge, meanDischargeVoltage_V: voltage, dischargeEnergy_Wh_kg: discharge === null || voltage === null ? null : discharge * voltage }) as CycleSummary;
  const result = (summary: CycleSummary[], failure: SimulationResult['failure'] = null): SimulationResult => ({ summary, failure, status: failure === null ? 'completed' : 'failed' }) as unknown as SimulationResult;

  it('is the first completed cycle with a positive discharge capacity', () => {
    expect(firstFullCycle(result([cycle(1, 0, null), cycle(2, 101.5, 1.11), cycle(3, 100, 1.1)]))?.cycle).toBe(2);
    const o = overridesFromSimulation(result([cycle(1, 101.5, 1.11)]), 'run');
    expect(o.specificCapacity).toBeCloseTo(101.5 * 3600, 9);
    expect(o.meanDischargeVoltage).toBe(1.11);
    expect(o.source).toBe('run, cycle 1 (the first full cycle)');
  });

  it('skips a cycle cut short by a failure, and refuses a run with no full cycle', () => {
    const cut = result([cycle(1, 40, 0.9)], { cycle: 1, reason: 'sand', time_s: 10, message: 'salt depleted.' });
    expect(firstFullCycle(cut)).toBeUndefined();
    expect(() => overridesFromSimulation(cut, 'the run')).toThrow(/the run has no full cycle with a discharge \(it ended in cycle 1: salt depleted\.\)/);
    // a per-cycle stop condition ends a complete cycle: it counts
    expect(firstFullCycle(result([cycle(1, 40, 0.9)], { cycle: 1, reason: 'capacity-retention', time_s: 10, message: 'x' }))?.cycle).toBe(1);
  });
});
