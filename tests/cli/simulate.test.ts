import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'interphase.js');
const work = mkdtempSync(join(tmpdir(), 'interphase-sim-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('interphase simulate', () => {
  it('--json gives summary, failure and citations with the documented field names', () => {
    const r = run('simulate', 'examples/mg-mof-74-film.yaml', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      summary: Record<string, unknown>[];
      failure: unknown;
      citations: { parameters: { parameter: string; source: string }[]; equations: unknown[] };
      series?: unknown;
    };
    expect(j.failure).toBeNull();
    expect(j.summary).toHaveLength(100);
    for (const key of ['cycle', 'meanAbsOverpotential_V', 'maxAbsOverpotential_V', 'filmThickness_m', 'coulombicEfficiency']) expect(j.summary[0]).toHaveProperty(key);
    expect(j.citations.parameters.find((p) => p.parameter === 'layers[0].conductivity')?.source).toMatch(/\[104\]/);
    expect(j.series).toBeUndefined();
  });

  it('reports a failure with its cycle and reason; --series adds the time series', () => {
    const j = JSON.parse(run('simulate', 'examples/bare-mg-dme-wet.yaml', '--json', '--series', '--cycles', '1').out) as {
      failure: { cycle: number; reason: string; message: string };
      series: { columns: string[]; data: number[][] };
    };
    expect(j.failure.reason).toBe('overpotential');
    expect(j.failure.cycle).toBeGreaterThan(0);
    expect(j.series.columns).toContain('cell voltage');
    expect(j.series.data[0]?.length).toBeGreaterThan(10);
  });

  it('--compare with --out writes CSV, JSON and both plots', () => {
    const out = join(work, 'cmp');
    const r = run('simulate', '--compare', 'examples/bare-mg-dme-dry.yaml', 'examples/zif8-mg-dme.yaml', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/FAILED in cycle \d+ \(overpotential\)/);
    expect(r.out).toMatch(/completed 200 cycles/);
    for (const f of ['voltage.svg', 'cycles.svg', 'zif8-mg-dme.summary.csv', 'zif8-mg-dme.series.csv', 'bare-mg-dme-dry.json']) expect(existsSync(join(out, f)), f).toBe(true);
    const csv = readFileSync(join(out, 'zif8-mg-dme.summary.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv).toHaveLength(201);
    expect(readFileSync(join(out, 'voltage.svg'), 'utf8')).toMatch(/^<svg/);
  });

  it('stack params lists every parameter with its default and source', () => {
    const r = run('stack', 'params');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/exchangeCurrentDensity: .*default 1 A\/m\^2; source: /);
    expect(JSON.parse(run('stack', 'params', '--json').out)).toHaveProperty('film.properties.growth.enum');
  });
});

describe('bad stacks: a clear error naming the field and line, exit code 2', () => {
  const bad = (name: string, text: string) => {
    const file = join(work, name);
    writeFileSync(file, text);
    return file;
  };
  const base = 'name: bad\nlayers:\n  - kind: liquid\n    thickness: 260 um\nprotocol:\n  steps:\n    - Plate at 1 mA/cm2 for 1 h\n';

  it.each([
    ['negative thickness', base.replace('260 um', '-1 um'), /:4: layers\[0\]\.thickness: "-1 um" is out of range/],
    ['unknown material', base.replace('  - kind: liquid', '  - { kind: solid, material: kryptonite }\n  - kind: liquid'), /:3: layers\[0\]\.material: unknown material "kryptonite"/],
    ['missing unit', base.replace('260 um', '260'), /:4: layers\[0\]\.thickness: "260": the unit is missing/],
    ['malformed step', base.replace('Plate at', 'Plait at'), /:7: protocol\.steps\[0\]: .*unknown step/],
  ])('%s', (name, text, message) => {
    const r = run('simulate', bad(`${name.replace(/\W/g, '-')}.yaml`, text));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('a missing file and a bad option are errors with exit code 2', () => {
    expect(run('simulate', join(work, 'nope.yaml')).err).toMatch(/cannot read the stack file/);
    const r = run('simulate', 'examples/mg-mof-74-film.yaml', '--rtol', 'tiny');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--rtol "tiny"/);
  });
});
