import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIEVING_SOFTNESS,
  sievingTransmission,
  SOLVENT_SIZES,
  ZIF8_FLEXIBILITY,
  ZIF8_PORE_LIMITING_DIAMETER,
  type SolventId,
} from '../../src/physics/index.ts';
import { InputError, quantity, type Meters } from '../../src/units/index.ts';
import { SHARED } from '../helpers.ts';

const ANGSTROM = quantity('1 angstrom', 'length');
const Å = (x: number) => (x * ANGSTROM) as Meters;
const zif8 = { flexibility: ZIF8_FLEXIBILITY };
const MOLECULES_MD = join(SHARED, 'data', 'molecules.md');

describe('molecular sieving T = 1/(1 + exp[(d − (PLD + δ_flex))/w]) (assumed logistic; Zhang et al. JPCL 2012 for ZIF-8 flexibility)', () => {
  it('ZIF-8 (PLD 3.4 Å, Park et al. PNAS 2006; δ_flex 0.7 Å) blocks DME (MIN-2 4.58 Å, molecules.md): T ≪ 0.1, even for its folded conformer (4.44 Å)', () => {
    expect(sievingTransmission(SOLVENT_SIZES.dme.min2, ZIF8_PORE_LIMITING_DIAMETER, zif8)).toBeLessThan(0.01);
    expect(sievingTransmission(SOLVENT_SIZES.dme.min2AnyConformer, ZIF8_PORE_LIMITING_DIAMETER, zif8)).toBeLessThan(0.05);
    // Hand value: 1/(1 + e^{(4.58 − 4.1)/0.1}) = 1/(1 + e^{4.8}) = 8.1625e-3.
    expect(sievingTransmission(SOLVENT_SIZES.dme.min2, ZIF8_PORE_LIMITING_DIAMETER, zif8)).toBeCloseTo(1 / (1 + Math.exp(4.8)), 10);
  });

  it('ZIF-8 passes water (MIN-2 3.18 Å) and blocks every glyme, carbonate, THF, DMF and DMSO (molecules.md §4)', () => {
    expect(sievingTransmission(SOLVENT_SIZES.water.min2, ZIF8_PORE_LIMITING_DIAMETER, zif8)).toBeGreaterThan(0.999);
    for (const id of ['dme', 'diglyme', 'tetraglyme', 'thf', 'pc', 'ec', 'dmf', 'dmso'] as const satisfies readonly SolventId[]) {
      expect(sievingTransmission(SOLVENT_SIZES[id].min2, ZIF8_PORE_LIMITING_DIAMETER, zif8)).toBeLessThan(0.01);
    }
  });

  it('a wide-pore MOF passes every solvent: MIL-101 (windows ≈ 12 Å; Férey et al., Science 309, 2040 (2005)) gives T > 0.999999 even for tetraglyme', () => {
    for (const s of Object.values(SOLVENT_SIZES)) {
      expect(sievingTransmission(s.min2, Å(12))).toBeGreaterThan(0.999999);
    }
  });

  it('is 1/2 at d = PLD + δ_flex', () => {
    expect(sievingTransmission(Å(4.1), ZIF8_PORE_LIMITING_DIAMETER, zif8)).toBeCloseTo(0.5, 12);
    expect(sievingTransmission(Å(5), Å(5))).toBe(0.5);
  });

  it('stays in [0, 1], decreases with molecule size and increases with PLD (property)', () => {
    const size = fc.double({ min: 1, max: 15, noNaN: true });
    fc.assert(
      fc.property(size, size, fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (d, pld, dd, delta) => {
        const opts = { flexibility: Å(delta) };
        const t = sievingTransmission(Å(d), Å(pld), opts);
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThanOrEqual(1);
        expect(sievingTransmission(Å(d + dd), Å(pld), opts)).toBeLessThanOrEqual(t);
        expect(sievingTransmission(Å(d), Å(pld + dd), opts)).toBeGreaterThanOrEqual(t);
      }),
      { numRuns: 1000 },
    );
  });

  it('is continuous: Lipschitz with constant 1/(4w) in both arguments (property)', () => {
    const w = DEFAULT_SIEVING_SOFTNESS;
    fc.assert(
      fc.property(fc.double({ min: 2, max: 8, noNaN: true }), fc.double({ min: 2, max: 8, noNaN: true }), fc.double({ min: -0.5, max: 0.5, noNaN: true }), (d, pld, h) => {
        const t0 = sievingTransmission(Å(d), Å(pld));
        expect(Math.abs(sievingTransmission(Å(d + h), Å(pld)) - t0)).toBeLessThanOrEqual((Math.abs(h) * ANGSTROM) / (4 * w) + 1e-12); // slack: rounding of Å → m
        expect(Math.abs(sievingTransmission(Å(d), Å(pld + h)) - t0)).toBeLessThanOrEqual((Math.abs(h) * ANGSTROM) / (4 * w) + 1e-12); // slack: rounding of Å → m
      }),
    );
  });

  it('tends to a step as the softness goes to 0', () => {
    const sharp = { flexibility: ZIF8_FLEXIBILITY, softness: Å(1e-4) };
    expect(sievingTransmission(Å(4.09), ZIF8_PORE_LIMITING_DIAMETER, sharp)).toBeGreaterThan(0.9999);
    expect(sievingTransmission(Å(4.11), ZIF8_PORE_LIMITING_DIAMETER, sharp)).toBeLessThan(1e-4);
  });

  it('rejects a zero size, a zero PLD and a non-positive softness', () => {
    expect(() => sievingTransmission(Å(0), Å(3.4))).toThrow(InputError);
    expect(() => sievingTransmission(Å(4), Å(0))).toThrow(/poreLimitingDiameter must be a finite number > 0 m; got 0/);
    expect(() => sievingTransmission(Å(4), Å(3.4), { softness: Å(0) })).toThrow(/softness must be a finite number > 0 m/);
  });
});

describe('solvent size table (molecules.md §1)', () => {
  it('has the ten solvents, with MIN-1 ≤ MIN-2 ≤ circular cross-section and the min-conformer MIN-2 ≤ MIN-2', () => {
    expect(Object.keys(SOLVENT_SIZES).sort()).toEqual(['acetonitrile', 'diglyme', 'dme', 'dmf', 'dmso', 'ec', 'pc', 'tetraglyme', 'thf', 'water']);
    for (const s of Object.values(SOLVENT_SIZES)) {
      expect(s.min1).toBeLessThanOrEqual(s.min2);
      expect(s.min2).toBeLessThanOrEqual(s.minCircularCrossSection);
      expect(s.min2AnyConformer).toBeLessThanOrEqual(s.min2);
    }
    expect(SOLVENT_SIZES.dme.min2 / ANGSTROM).toBeCloseTo(4.58, 12);
  });

  it.skipIf(!existsSync(MOLECULES_MD))('matches the MIN-1 and MIN-2 columns of ../shared/data/molecules.md', () => {
    const rows = readFileSync(MOLECULES_MD, 'utf8').split('\n');
    const names: Record<SolventId, RegExp> = {
      dme: /^\| DME/,
      diglyme: /^\| diglyme/,
      tetraglyme: /^\| tetraglyme/,
      thf: /^\| THF/,
      pc: /^\| PC/,
      ec: /^\| EC/,
      dmf: /^\| DMF/,
      dmso: /^\| DMSO/,
      acetonitrile: /^\| acetonitrile/,
      water: /^\| water/,
    };
    const problems: string[] = [];
    for (const [id, pattern] of Object.entries(names) as [SolventId, RegExp][]) {
      const row = rows.find((r) => pattern.test(r));
      const cells = row?.split('|').map((s) => s.trim()) ?? [];
      const min1 = Number(cells[3]);
      const min2 = Number((cells[4] ?? '').split(' ')[0]);
      const s = SOLVENT_SIZES[id];
      if (Math.abs(s.min1 / ANGSTROM - min1) > 1e-9 || Math.abs(s.min2 / ANGSTROM - min2) > 1e-9) problems.push(`${id}: table ${min1}/${min2}, code ${s.min1 / ANGSTROM}/${s.min2 / ANGSTROM}`);
    }
    expect(problems).toEqual([]);
  });
});
