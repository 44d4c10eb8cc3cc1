import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'interphase.js');
const work = mkdtempSync(join(tmpdir(), 'interphase-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Run the real binary, as a user would. */
function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function json<T>(...args: string[]): T {
  const r = run(...args);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as T;
}

describe('interphase CLI', () => {
  it('--help lists the commands and exits 0', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/knowledge/);
    expect(r.out).toMatch(/report/);
    expect(run('knowledge', 'plot', '--help').out).toMatch(/--target-conductivity <value>.*default 1e-4 S\/cm/s);
  });

  it('knowledge list --json prints records with SI values, the review’s value and unit, conditions and reference', () => {
    const records = json<Record<string, unknown>[]>('knowledge', 'list', '--json');
    expect(records.length).toBeGreaterThan(100);
    for (const key of ['id', 'name', 'category', 'property', 'value', 'unit', 'valueAsWritten', 'unitAsWritten', 'conditions', 'reference']) {
      expect(records.every((r) => key in r), key).toBe(true);
    }
    const aubrey = records.find((r) => r.id === 'mg2-dobpdc/ionic-conductivity');
    expect(aubrey).toMatchObject({ value: 0.025, unit: 'S/m', valueAsWritten: 2.5e-4, unitAsWritten: 'S/cm', reference: { n: 97, firstAuthor: 'Aubrey', year: 2014 } });
    expect(aubrey?.conditions).toMatchObject({ temperature: { asWritten: 'RT', value: 298.15, unit: 'K' } });
  });

  it('knowledge list filters by category, property, MOF, range and temperature', () => {
    const mof = json<{ category: string; mof: boolean }[]>('knowledge', 'list', '--category', 'mof-solid-electrolyte', '--json');
    expect(mof.length).toBeGreaterThan(5);
    expect(mof.every((r) => r.category === 'mof-solid-electrolyte' && r.mof)).toBe(true);
    const fast = json<{ id: string; value: number }[]>('knowledge', 'list', '--property', 'ionic-conductivity', '--min', '1 mS/cm', '--t-min', '20 degC', '--t-max', '30 degC', '--json');
    expect(fast.map((r) => r.id)).toContain('mg-cb11h12-glyme/ionic-conductivity');
    expect(fast.every((r) => r.value >= 0.1)).toBe(true);
    const table = run('knowledge', 'list', '--mof', '--property', 'pore-size');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/Mg2\(dobpdc\)/);
    expect(table.out).toMatch(/2 values/);
  });

  it('knowledge show prints an entity or a value, in text and JSON', () => {
    const e = json<{ id: string; values: unknown[]; references: { n: number }[] }>('knowledge', 'show', 'mgmof-at-mg', '--json');
    expect(e.id).toBe('mgmof-at-mg');
    expect(e.references[0]?.n).toBe(109);
    expect(e.values.length).toBe(2);
    const text = run('knowledge', 'show', 'table1-r11-vertical-carbon-nanofiber-arrays');
    expect(text.out).toMatch(/FLAG damaged-text/);
    expect(text.out).toMatch(/Mo6S8/);
    expect(run('knowledge', 'show', 'mg2-dobpdc/pore-size').out).toMatch(/21 Å/);
  });

  it('knowledge table1 --json gives the 19 rows with the documented fields', () => {
    const rows = json<Record<string, unknown>[]>('knowledge', 'table1', '--json');
    expect(rows).toHaveLength(19);
    expect(rows[0]).toMatchObject({ approach: '3D Fe3O4/C composites', batteryType: 'LIBs', anode: 'Fe3O4/C', cathode: 'Li', retentionPercent: 67, cycles: 1000, reference: 128 });
    expect(rows[2]?.retentionPercent).toBeNull();
    const csv = run('knowledge', 'table1', '--csv');
    expect(csv.out.trimEnd().split('\r\n')).toHaveLength(20);
  });

  it('knowledge plot writes SVG, PNG and HTML; --json reports the marks', () => {
    const svg = json<{ marks: { symbol: number }; bytes: number }>('knowledge', 'plot', 'retention', '--out', 'r.svg', '--json');
    expect(svg.marks.symbol).toBe(17);
    expect(readFileSync(join(work, 'r.svg'), 'utf8').startsWith('<svg')).toBe(true);
    expect(run('knowledge', 'plot', 'mof-conductivity', '--out', 'm.png').code).toBe(0);
    const png = readFileSync(join(work, 'm.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(10_000);
    expect(run('knowledge', 'plot', 'arrhenius', '--out', 'a.html', '--t-max', '150 degC').code).toBe(0);
    expect(readFileSync(join(work, 'a.html'), 'utf8')).toMatch(/<!doctype html>[\s\S]*<svg/);
    const stdout = run('knowledge', 'plot', 'conductivity-ladder', '--out', '-');
    expect(stdout.out.startsWith('<svg')).toBe(true);
  });

  it('report writes one self-contained HTML file and says where', () => {
    const r = run('report');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/report[/\\]knowledge-report\.html/);
    const html = readFileSync(join(work, 'report', 'knowledge-report.html'), 'utf8');
    expect(html.match(/<svg/g)).toHaveLength(4);
  });

  it('knowledge stats and schema print JSON', () => {
    const stats = json<{ entities: number; values: number; references: number; byCategory: Record<string, number> }>('knowledge', 'stats', '--json');
    expect(stats.references).toBe(142);
    expect(stats.byCategory['cell-result']).toBe(19);
    expect(stats.values).toBeGreaterThan(100);
    const schema = json<{ properties: { entities: { items: { required: string[] } } } }>('knowledge', 'schema');
    expect(schema.properties.entities.items.required).toEqual(expect.arrayContaining(['id', 'name', 'category', 'mof', 'description', 'section', 'refs']));
  });

  it('units reads a quantity into SI', () => {
    expect(json('units', '0.5 mA/cm2', '--json')).toMatchObject({ dimension: 'currentDensity', value: 5, unit: 'A/m^2' });
    expect(run('units', '2.5e-4', 'S/cm', '--to', 'mS/cm').out.trim()).toBe('0.25 mS/cm');
  });
});

describe('bad input: a one-line reason on stderr and exit code 2, nothing half-written', () => {
  it.each([
    [['knowledge', 'show', 'no-such-material'], /unknown id "no-such-material"/],
    [['knowledge', 'list', '--category', 'mof-things'], /mof-things.*Allowed choices/i],
    [['knowledge', 'list', '--property', 'colour'], /unknown property "colour"/],
    [['knowledge', 'list', '--min', '1 S/cm'], /--min needs --property/],
    [['knowledge', 'list', '--property', 'ionic-conductivity', '--min', '2 um'], /--min: "2 um".*not a conductivity/],
    [['knowledge', 'plot', 'pie', '--out', 'x.svg'], /unknown plot "pie"/],
    [['knowledge', 'plot', 'retention', '--out', 'x.gif'], /cannot tell the format/],
    [['knowledge', 'plot', 'arrhenius', '--out', 'x.svg', '--t-min', 'cold'], /tMin/],
    [['knowledge', 'plot', 'retention', '--out', 'x.svg', '--target-conductivity', '1 S/cm'], /has no parameter "targetConductivity"/],
    [['knowledge', 'table1', '--json', '--csv'], /choose one of --json and --csv/],
    [['knowledge', 'frobnicate'], /unknown command/],
    [['units', '2 flurbs'], /unknown unit "flurbs"/],
  ])('%j', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });

  it('an unwritable --out path is refused before any work, and leaves no file', () => {
    const missing = run('knowledge', 'plot', 'retention', '--out', join(work, 'no', 'such', 'dir', 'r.svg'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/does not exist/);
    const locked = join(work, 'locked');
    spawnSync('mkdir', [locked]);
    chmodSync(locked, 0o500);
    const r = run('knowledge', 'plot', 'retention', '--out', join(locked, 'r.svg'));
    chmodSync(locked, 0o700);
    // root may write anywhere; then the file must be complete instead of refused.
    if (r.code === 0) expect(readFileSync(join(locked, 'r.svg'), 'utf8')).toMatch(/<\/svg>$/);
    else {
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/not writable/);
      expect(readdirSync(locked)).toEqual([]);
    }
    const dir = run('knowledge', 'plot', 'retention', '--out', work, '--format', 'svg');
    expect(dir.code).toBe(2);
    expect(dir.err).toMatch(/it is a folder/);
    expect(existsSync(join(work, 'no'))).toBe(false);
  });
});
