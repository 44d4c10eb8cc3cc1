import { describe, expect, it } from 'vitest';
import { knowledgeBase, readKnowledgeFiles } from '../../src/cli/knowledge-files.ts';
import { bounds, CATEGORY_KEYS, loadKnowledgeBase, PROPERTIES, table1, type Entity, type ValueRecord } from '../../src/knowledge/index.ts';
import { toUnit } from '../../src/units/index.ts';
import { HAVE_REVIEW, reviewText, unwrap } from '../helpers.ts';

const kb = unwrap(loadKnowledgeBase(readKnowledgeFiles()));
const value = (id: string): ValueRecord => {
  const v = kb.valuesById.get(id);
  if (v === undefined) expect.fail(`no value ${id}`);
  return v;
};
const entity = (id: string): Entity => {
  const e = kb.byId.get(id);
  if (e === undefined) expect.fail(`no entity ${id}`);
  return e;
};
const display = (v: ValueRecord): number => {
  const [lo] = bounds(v.amount);
  return toUnit(lo, v.dimension, PROPERTIES[v.property].display);
};

describe('the knowledge base validates', () => {
  it('loads every data file without a problem', () => {
    expect(kb.entities.length).toBeGreaterThan(100);
    expect(kb.references.size).toBe(142);
    expect(knowledgeBase()).toBeDefined();
  });

  it('every value has an SI unit, a unit as written, the review’s words, a section and a source', () => {
    const problems: string[] = [];
    for (const v of kb.values) {
      if (v.unit.length === 0 || v.unitAsWritten.length === 0) problems.push(`${v.id}: no unit`);
      if (v.text.length === 0) problems.push(`${v.id}: no text`);
      if (v.sources.length === 0) problems.push(`${v.id}: no source`);
      for (const x of bounds(v.amount)) if (!Number.isFinite(x)) problems.push(`${v.id}: not finite`);
    }
    for (const e of kb.entities) if (e.sources.length === 0) problems.push(`${e.id}: no source`);
    expect(problems).toEqual([]);
  });

  it('ids are unique, references resolve, and every category is used', () => {
    expect(new Set(kb.entities.map((e) => e.id)).size).toBe(kb.entities.length);
    expect(new Set(kb.values.map((v) => v.id)).size).toBe(kb.values.length);
    for (const e of kb.entities) for (const r of e.related) expect(kb.byId.has(r), `${e.id} → ${r}`).toBe(true);
    expect(new Set(kb.entities.map((e) => e.category))).toEqual(new Set(CATEGORY_KEYS));
  });

  it('electrolyte families are set on the conductors of the ladder', () => {
    const unset = kb.entities.filter((e) => e.values.some((v) => v.property === 'ionic-conductivity') && e.family === undefined).map((e) => e.id);
    expect(unset).toEqual([]);
  });
});

describe('Table 1 of the review', () => {
  const rows = table1(kb);

  it('has all 19 rows in order, 11 structural and 8 MOF', () => {
    expect(rows.map((r) => r.row)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(rows.filter((r) => r.group === 'MOFs').length).toBe(8);
  });

  it('matches the review row by row (retention %, cycles, reference)', () => {
    // Transcribed from the review's Table 1: [retention or null, cycles, reference].
    const expected: [number | null, number, number][] = [
      [67, 1000, 128], [82.4, 300, 129], [null, 500, 130], [98, 300, 131], [88.7, 450, 132], [98, 250, 37],
      [99.8, 3000, 133], [99.5, 600, 88], [91, 200, 134], [84, 200, 135], [92, 700, 36], [88.9, 600, 136],
      [97.7, 250, 137], [null, 500, 138], [97, 600, 139], [80, 250, 140], [93, 200, 141], [70, 40, 87], [77, 30, 142],
    ];
    expect(rows.map((r) => [r.retentionPercent, r.cycles, r.reference])).toEqual(expected);
  });

  it('records the damaged "Mg | o6S8" as Mo6S8 and flags it', () => {
    const r11 = rows[10];
    expect(r11?.cellAsWritten).toBe('Mg|o6S8');
    expect(r11?.cathode).toBe('Mo6S8');
    expect(r11?.flags.join(' ')).toMatch(/damaged-text/);
  });

  it('flags the reversed "CuS|Mg" row and its citation of [87]', () => {
    const r18 = rows[17];
    expect([r18?.anode, r18?.cathode]).toEqual(['Mg', 'CuS']);
    expect(r18?.flags.join(' ')).toMatch(/citation-mismatch/);
  });
});

describe('spot checks against the review text', () => {
  it.each([
    ['mg2-dobpdc/ionic-conductivity', 2.5e-4, 'S/cm at RT (§4.1, Aubrey [97])'],
    ['mit-20/ionic-conductivity', 8.8e-7, 'S/cm (§4.1, [99])'],
    ['cu4-tppm2/ionic-conductivity', 1.3e-4, 'S/cm (§4.1, [100])'],
    ['mg-mof-74-film-aao/ionic-conductivity', 3.17e-6, 'S/cm (§4.1, [104])'],
    ['mgbp3dc-mg3-hcoo6-mixture/activation-energy', 0.22, 'eV (§4.1, [102])'],
    ['mil-101-mg-tfsi/pore-size', 32, 'Å (§4.1)'],
    ['magnesium-metal-anode/volumetric-capacity', 3833, 'mAh/cm³ (§1)'],
    ['calcium-metal-anode/volumetric-capacity', 2073, 'mAh/cm³ (§1)'],
    ['lithium-metal-anode/volumetric-capacity', 2062, 'mAh/cm³ (§1)'],
    ['anode-free-mg2mo6s8-mgs-cu/energy-density', 420, 'Wh/L (§2.2, [38])'],
    ['mg-cb11h12-glyme/ionic-conductivity', 2.9e-3, 'S/cm at 25 °C (§2.3)'],
    ['zif-67-at-hca-gpe/ionic-conductivity', 4.42e-3, 'S/cm (§4.3, [121])'],
    ['mgmof-at-mg/capacity-retention', 80.56, '% after 14,000 cycles (§4.2, [109])'],
    ['vnca-at-c-carbon-nanofiber-host/nucleation-overpotential', 647, 'mV (§2.2, [36])'],
    ['pvb-mgcl2-6h2o/transference-number', 0.98, '(§2.5, [81])'],
  ])('%s is %f %s', (id, expected) => {
    expect(display(value(id)) / expected).toBeCloseTo(1, 10);
  });

  it('stores SI: 2.5e-4 S/cm is 0.025 S/m, 0.22 eV is 3.5248e-20 J, 420 Wh/L is 1.512e9 J/m³', () => {
    expect(value('mg2-dobpdc/ionic-conductivity').amount).toEqual({ kind: 'point', value: 0.025 });
    expect(bounds(value('mgbp3dc-mg3-hcoo6-mixture/activation-energy').amount)[0]).toBeCloseTo(0.22 * 1.602176634e-19, 30);
    expect(bounds(value('anode-free-mg2mo6s8-mgs-cu/energy-density').amount)[0]).toBeCloseTo(1.512e9, 3);
  });

  it('keeps the conditions: MgMOF@Mg retention is at 50 °C after 14,000 cycles in a Mo6S8 full cell', () => {
    const v = value('mgmof-at-mg/capacity-retention');
    expect(v.conditions.temperature?.value).toBeCloseTo(323.15, 10);
    expect(v.conditions.afterCycles).toBe(14000);
    expect(v.conditions.cell).toMatch(/Mo6S8/);
    expect(v.sources.map((s) => (s.kind === 'reference' ? s.reference.firstAuthor : ''))).toEqual(['Wang']);
  });

  it('flags the "MoS8/Mg" of Section 4.3 as Mo6S8', () => {
    const flags = [...entity('zif-67-at-hca-gpe').flags, ...entity('zif-67-at-hca-gpe').values.flatMap((v) => v.flags)];
    expect(flags.some((f) => f.kind === 'damaged-text' && /Mo6S8/.test(`${f.meaning ?? ''} ${f.note}`))).toBe(true);
  });

  it('cites the bibliography as printed: [97] Aubrey 2014 and [142] Zhang 2022', () => {
    expect(kb.references.get(97)).toMatchObject({ firstAuthor: 'Aubrey', journal: 'Energy Environ. Sci.', year: 2014, volume: '7', pages: '667' });
    expect(kb.references.get(142)).toMatchObject({ firstAuthor: 'Zhang', journal: 'Adv. Mater.', year: 2022, pages: '2108114' });
  });

  it.skipIf(!HAVE_REVIEW)('every number as written appears in the review (needs ../shared/seed)', () => {
    // An independent check of transcription: the digits of each value must occur in the review's text.
    const text = reviewText().replace(/(\d),(\d{3})/g, '$1$2');
    const spellings = (x: number): string[] => {
      const mantissa = Math.abs(x).toExponential().replace(/\.?0+e/, 'e').split('e')[0] ?? '';
      return [String(Math.abs(x)), mantissa];
    };
    const missing: string[] = [];
    for (const v of kb.values) {
      const written = v.amountAsWritten.kind === 'point' ? [v.amountAsWritten.value] : [v.amountAsWritten.min, v.amountAsWritten.max];
      for (const x of written) if (!spellings(x).some((d) => text.includes(d))) missing.push(`${v.id}: ${x}`);
    }
    expect(missing).toEqual([]);
  });
});
