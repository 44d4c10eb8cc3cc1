import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The full-cell CLI through the real binary: simulate (JSON fields, plots) and calibrate. */

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'interphase.js');
const work = mkdtempSync(join(tmpdir(), 'interphase-full-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A small Mg‖Mo6S8 cell with cathode active-material loss: a formation cycle, then 6 cycles at C/2. */
const STACK = `name: CLI test cell
cell: { kind: full, area: 1 cm2, temperature: 25 degC }
metal: { thickness: 100 um }
film: { growth: none }
layers:
  - { kind: liquid, name: electrolyte, thickness: 260 um, porosity: 0.9, tortuosity: 1.1, concentration: 0.5 M, conductivity: 4 mS/cm, diffusivity: 3e-10 m2/s, transferenceNumber: 0.4 }
cathode:
  model: chevrel
  massLoading: 2 mg/cm2
  activeMaterialLoss: { value: 1 cm3/mol, source: "assumed: test" }
protocol:
  steps:
    - Discharge at C/2 until 0.5 V
    - Charge at C/2 until 1.8 V
    - repeat: 6
      steps:
        - Discharge at C/2 until 0.5 V
        - Charge at C/2 until 1.8 V
`;
const stackFile = join(work, 'cell.yaml');
writeFileSync(stackFile, STACK);

describe('interphase simulate on a full cell', () => {
  it('--json has the issue’s per-cycle fields, the formation cycle on its own and retention from cycle 1', () => {
    const r = run('simulate', stackFile, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { kind: string; summary: Record<string, number | null>[]; formation: Record<string, number | null> | null };
    expect(j.kind).toBe('full');
    expect(j.summary).toHaveLength(6);
    for (const key of ['cycle', 'dischargeCapacity_mAh_g', 'chargeCapacity_mAh_g', 'coulombicEfficiency', 'retention', 'meanDischargeVoltage_V']) {
      for (const s of j.summary) expect(typeof s[key]).toBe('number');
    }
    expect(j.formation?.cycle).toBe(0);
    expect(j.formation?.retention).toBeNull();
    // Formation: ~128 mAh/g in, ~20 % stays trapped (CE ≈ 0.8).
    expect(j.formation?.dischargeCapacity_mAh_g ?? 0).toBeGreaterThan(120);
    expect(j.formation?.coulombicEfficiency ?? 0).toBeCloseTo(0.8, 1);
    expect(j.summary[0]?.retention).toBe(1);
    const ret = j.summary.map((s) => s.retention ?? NaN);
    for (let k = 1; k < ret.length; k++) expect(ret[k] ?? NaN).toBeLessThan(ret[k - 1] ?? NaN); // active-material loss
    // mean discharge voltage between the two Chevrel plateaus (≈ 1.05 and 1.2 V less polarisation)
    expect(j.summary[0]?.meanDischargeVoltage_V ?? 0).toBeGreaterThan(0.9);
    expect(j.summary[0]?.meanDischargeVoltage_V ?? 2).toBeLessThan(1.25);
  });

  it('the text report shows the formation line and the cycles; --out writes the capacity and profile plots', () => {
    const out = join(work, 'out');
    const r = run('simulate', stackFile, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/form\.\s+1[23]\d\.\d\d/);
    expect(r.out).toMatch(/completed 6 cycles/);
    // The summary CSV: the formation as cycle 0, then the cycles, with the full-cell columns.
    const csv = readFileSync(join(out, 'cell.summary.csv'), 'utf8').trim().split('\r\n');
    const header = csv[0]?.split(',') ?? [];
    for (const c of ['dischargeCapacity_mAh_g', 'dischargeCapacity_mAh', 'retention', 'meanDischargeVoltage_V']) expect(header).toContain(c);
    expect(csv).toHaveLength(1 + 1 + 6);
    const row1 = csv[2]?.split(',') ?? [];
    const mAh = Number(row1[header.indexOf('dischargeCapacity_mAh')]);
    const perGram = Number(row1[header.indexOf('dischargeCapacity_mAh_g')]);
    expect(mAh).toBeCloseTo(perGram * 2e-3 * 1, 9); // 2 mg/cm² × 1 cm² = 2 mg
    expect(csv[1]?.split(',')[0]).toBe('0');
    for (const f of ['capacity.svg', 'profiles.svg']) {
      const p = join(out, f);
      expect(existsSync(p)).toBe(true);
      expect(readFileSync(p, 'utf8')).toMatch(/^<svg/);
    }
  });
});

describe('interphase simulate --temperature', () => {
  it('runs the same stack at 60 °C, where the Chevrel traps release: more capacity per cycle, the source records the override', () => {
    const at = (t: string) => JSON.parse(run('simulate', stackFile, '--temperature', t, '--json').out) as {
      summary: { dischargeCapacity_mAh_g: number }[];
      citations: { parameters: { parameter: string; value: string; source: string }[] };
    };
    const rt = at('25 degC');
    const hot = at('60 degC');
    expect(hot.summary[0]?.dischargeCapacity_mAh_g ?? 0).toBeGreaterThan((rt.summary[0]?.dischargeCapacity_mAh_g ?? Infinity) + 10);
    expect(hot.citations.parameters.find((p) => p.parameter === 'cell.temperature')).toMatchObject({ value: '60 degC', source: 'command line: --temperature 60 degC' });
    const bad = run('simulate', stackFile, '--temperature', '500 degC');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/out of range/);
  });
});

describe('interphase calibrate', () => {
  it('fits β to a retention point and the stack with the rounded value reproduces it at the default tolerance', () => {
    const r = run('calibrate', stackFile, '--parameter', 'cathode.activeMaterialLoss', '--retention', '95%', '--after', '6', '--min', '0.01 cm3/mol', '--max', '20 cm3/mol', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { value: number; valueInUnit: { value: number; unit: string }; reproduced: number; check: { metric: number }; sensitivity_per_ln: number; evaluations: unknown[] };
    expect(j.valueInUnit.unit).toBe('cm3/mol');
    expect(j.valueInUnit.value).toBeCloseTo(j.value * 1e6, 10);
    expect(Math.abs(j.reproduced - 0.95)).toBeLessThan(1e-4);
    expect(Math.abs(j.check.metric - 0.95)).toBeLessThan(2e-4);
    expect(j.sensitivity_per_ln).toBeLessThan(0);
    expect(j.evaluations.length).toBeLessThan(20);
  });

  it('a target outside the bracket, an unknown parameter and a missing target are input errors (exit 2) that say what to do', () => {
    const outside = run('calibrate', stackFile, '--parameter', 'cathode.activeMaterialLoss', '--retention', '99.99%', '--after', '6', '--min', '1 cm3/mol', '--max', '20 cm3/mol');
    expect(outside.code).toBe(2);
    expect(outside.err).toMatch(/widen the bracket/);
    const unknown = run('calibrate', stackFile, '--parameter', 'cathode.colour', '--retention', '95%', '--after', '6', '--min', '1', '--max', '2');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/cathode\.colour/);
    const none = run('calibrate', stackFile, '--parameter', 'cathode.activeMaterialLoss', '--after', '6', '--min', '1 cm3/mol', '--max', '20 cm3/mol');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/--retention or --ce/);
  });
});
