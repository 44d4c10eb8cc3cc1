import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'interphase.js');
const EXAMPLE = 'examples/anode-free-mg2mo6s8-mgs-cu.yaml';
const work = mkdtempSync(join(tmpdir(), 'interphase-energy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface EnergyJson {
  name: string;
  kind: string;
  gravimetric_Wh_kg: number;
  volumetric_Wh_L: number;
  arealCapacity_mAh_cm2: number;
  meanDischargeVoltage_V: number;
  limitingElectrode: string;
  npRatio: number;
  capacity: { basis: string; specificCapacity_mAh_g: number; theoretical_mAh_g: number; from: string };
  cathode: { activeMassLoading_mg_cm2: number; thickness_um: number };
  totalThickness_um: number;
  totalArealMass_mg_cm2: number;
  components: { id: string; arealMass_mg_cm2: number; thickness_um: number; massFraction: number; volumeFraction: number }[];
  simulation: { cycle: number; dischargeCapacity_mAh_g: number; meanDischargeVoltage_V: number; cycles: number } | null;
  assumptions: { parameter: string; value: string; source: string; origin: string }[];
  notes: string[];
}

describe('interphase energy-density', () => {
  it('--json: the anode-free example of Mao et al. gives a 420 Wh/L-class number, within the 400–440 Wh/L band of docs/energy-density.md', () => {
    const r = run('energy-density', EXAMPLE, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as EnergyJson;
    expect(j.kind).toBe('anode-free');
    expect(j.volumetric_Wh_L).toBeGreaterThanOrEqual(400);
    expect(j.volumetric_Wh_L).toBeLessThanOrEqual(440);
    expect(j.volumetric_Wh_L).toBeCloseTo(429.9, 0); // the stack-optimistic row
    expect(j.gravimetric_Wh_kg).toBeCloseTo(145.0, 0);
    expect(j.arealCapacity_mAh_cm2).toBeCloseTo(3.8, 9);
    expect(j.meanDischargeVoltage_V).toBe(1.1);
    expect(j.limitingElectrode).toBe('cathode');
    expect(j.npRatio).toBe(0);
    expect(j.capacity).toMatchObject({ basis: 'measured', specificCapacity_mAh_g: 190 });
    expect(j.simulation).toBeNull();
    expect(j.components.map((c) => c.id)).toEqual([
      'cathode-collector',
      'cathode-active',
      'cathode-carbon',
      'cathode-binder',
      'cathode-electrolyte',
      'separator',
      'separator-electrolyte',
      'excess-electrolyte',
      'anode-magnesium',
      'plated-magnesium',
      'anode-collector',
    ]);
    const sum = (f: (c: EnergyJson['components'][number]) => number) => j.components.reduce((s, c) => s + f(c), 0);
    expect(sum((c) => c.massFraction)).toBeCloseTo(1, 4);
    expect(sum((c) => c.volumeFraction)).toBeCloseTo(1, 4);
    expect(sum((c) => c.thickness_um)).toBeCloseTo(j.totalThickness_um, 2);
    expect(sum((c) => c.arealMass_mg_cm2)).toBeCloseTo(j.totalArealMass_mg_cm2, 3);
    expect(j.components.find((c) => c.id === 'plated-magnesium')?.thickness_um).toBeCloseTo(9.91, 2);
    const specific = j.assumptions.find((a) => a.parameter === 'energy.specificCapacity');
    expect(specific).toMatchObject({ value: '190 mAh/g', origin: 'stack' });
    expect(specific?.source).toMatch(/\[38\]/);
    expect(j.assumptions.find((a) => a.parameter === 'layers[0].thickness')?.value).toBe('12 um');
    expect(j.notes.join('\n')).toMatch(/double-sided coating/);
  });

  it('text: totals, the breakdown with mass and thickness shares, limiting electrode, N/P and the sourced assumptions', () => {
    const r = run('energy-density', EXAMPLE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/energy density: 145\.0 Wh\/kg, 43\d\.\d Wh\/L/);
    expect(r.out).toMatch(/limiting electrode: cathode; N\/P = 0\.00/);
    expect(r.out).toMatch(/component\s+mass \[mg\/cm²\]\s+mass \[%\]\s+thickness \[µm\]\s+volume \[%\]/);
    expect(r.out).toMatch(/cathode-active\s+20\.000\s+69\.4\s+38\.39\s+39\.5/);
    expect(r.out).toMatch(/energy\.coatingPorosity = 0\.25\s+\[stack\] docs\/energy-density\.md/);
    expect(r.out).toMatch(/energy\.carbonDensity = 1\.9 g\/cm\^3\s+\[default\]/);
    expect(r.out).not.toMatch(/from the simulation/);
  });

  it('--from-simulation uses the first full cycle of the protocol and says so', () => {
    const j = JSON.parse(run('energy-density', EXAMPLE, '--from-simulation', '--json').out) as EnergyJson;
    expect(j.capacity.basis).toBe('simulation');
    expect(j.capacity.from).toMatch(/simulation of .*cycle 1 \(the first full cycle\)/);
    expect(j.simulation?.cycle).toBe(1);
    expect(j.simulation?.cycles).toBe(100);
    // The Chevrel cathode alone, with trapping: below the 128.8 mAh/g of Mo6S8 and far below the paper's 190 (MgS is not modelled).
    expect(j.capacity.specificCapacity_mAh_g).toBeGreaterThan(80);
    expect(j.capacity.specificCapacity_mAh_g).toBeLessThan(j.capacity.theoretical_mAh_g);
    expect(j.capacity.specificCapacity_mAh_g).toBeCloseTo(j.simulation?.dischargeCapacity_mAh_g ?? 0, 3);
    expect(j.meanDischargeVoltage_V).toBeCloseTo(j.simulation?.meanDischargeVoltage_V ?? 0, 4);
    expect(j.volumetric_Wh_L).toBeLessThan(400);
    expect(j.assumptions.filter((a) => a.origin === 'simulation').map((a) => a.parameter)).toEqual(['specific capacity', 'mean discharge voltage']);
    expect(j.assumptions.some((a) => a.parameter === 'energy.specificCapacity' || a.parameter === 'energy.meanDischargeVoltage')).toBe(false);
    const text = run('energy-density', EXAMPLE, '--from-simulation').out;
    expect(text).toMatch(/from the simulation: capacity and mean discharge voltage of cycle 1 \(the first full cycle\) of the stack's protocol, instead of the energy section's/);
  });

  it('a full cell with no energy section takes the documented defaults', () => {
    const r = run('energy-density', 'examples/full-mg-mo6s8-apc.yaml', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as EnergyJson;
    expect(j.capacity).toMatchObject({ basis: 'theoretical' });
    expect(j.capacity.specificCapacity_mAh_g).toBeCloseTo(0.8 * 128.822, 2);
    expect(j.npRatio).toBeGreaterThan(100); // a 100 µm foil against 2 mg/cm²
    expect(j.assumptions.find((a) => a.parameter === 'energy.coatingPorosity')).toMatchObject({ value: '0.35', origin: 'default' });
  });

  it('a symmetric stack: exit code 2 and a message naming cell.kind with its line', () => {
    const r = run('energy-density', 'examples/zif8-mg-dme.yaml');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const line = readFileSync(join(ROOT, 'examples/zif8-mg-dme.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('cell:')) + 1;
    expect(r.err.trim()).toBe(
      `interphase: examples/zif8-mg-dme.yaml:${line}: cell.kind is symmetric: a symmetric Mg||Mg cell has no cathode, so it has no energy density; the energy density needs cell.kind full or anode-free with a cathode section`,
    );
  });

  it('a bad energy value: exit code 2, the field and its line', () => {
    const text = readFileSync(join(ROOT, EXAMPLE), 'utf8');
    const file = join(work, 'bad-porosity.yaml');
    writeFileSync(file, text.replace('coatingPorosity: { value: 0.25', 'coatingPorosity: { value: 1.2'));
    const line = text.split('\n').findIndex((l) => l.includes('coatingPorosity:')) + 1;
    const r = run('energy-density', file, '--json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${file}:${line}: energy.coatingPorosity: "1.2" is out of range: expected 0 … 0.95`);
  });

  it('coating fractions that do not sum to 1: exit code 2 with the line of energy.activeFraction', () => {
    const text = readFileSync(join(ROOT, EXAMPLE), 'utf8');
    const file = join(work, 'bad-fractions.yaml');
    writeFileSync(file, text.replace('binderFraction: { value: 0.05', 'binderFraction: { value: 0.1'));
    const line = text.split('\n').findIndex((l) => l.includes('activeFraction:')) + 1;
    const r = run('energy-density', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:${line}: energy.activeFraction + energy.carbonFraction + energy.binderFraction must sum to 1 (the dry cathode coating); got 0.9 + 0.05 + 0.1 = 1.05`);
  });

  it('stack params lists the energy section', () => {
    const r = run('stack', 'params');
    expect(r.out).toMatch(/^energy:$/m);
    expect(r.out).toMatch(/electrolyteExcess: .*µL\/mAh or g\/Ah.*default 0 uL\/mAh; source: /);
    expect(JSON.parse(run('stack', 'params', '--json').out)).toHaveProperty('energy.properties.coating.enum');
  });
});
