import { describe, expect, it } from 'vitest';
import { readKnowledgeFiles } from '../../src/cli/knowledge-files.ts';
import { loadKnowledgeBase, lookup, queryEntities, queryValues } from '../../src/knowledge/index.ts';
import { InputError, quantity } from '../../src/units/index.ts';
import { unwrap } from '../helpers.ts';

const kb = unwrap(loadKnowledgeBase(readKnowledgeFiles()));
const ids = (vs: { id: string }[]) => vs.map((v) => v.id);

describe('querying the knowledge base', () => {
  it('by category: the MOF solid electrolytes of §4.1', () => {
    const es = queryEntities(kb, { category: 'mof-solid-electrolyte' });
    expect(es.map((e) => e.id)).toContain('mg2-dobpdc');
    expect(es.every((e) => e.category === 'mof-solid-electrolyte')).toBe(true);
  });

  it('by property and value range: Mg conductors at or above the 1e-4 S/cm target', () => {
    const vs = queryValues(kb, { property: 'ionic-conductivity', ion: 'Mg2+', min: quantity('1e-4 S/cm', 'conductivity') });
    expect(ids(vs)).toEqual(expect.arrayContaining(['mg2-dobpdc/ionic-conductivity', 'mil-101-mg-tfsi/ionic-conductivity', 'cu4-tppm2/ionic-conductivity']));
    expect(ids(vs)).not.toContain('mit-20/ionic-conductivity');
    for (const v of vs) expect(v.amount.kind === 'point' ? v.amount.value : v.amount.max).toBeGreaterThanOrEqual(0.01);
  });

  it('a range value matches when it overlaps the query window', () => {
    const vs = queryValues(kb, { property: 'energy-density', min: quantity('600 Wh/L', 'energyDensity'), max: quantity('700 Wh/L', 'energyDensity') });
    expect(ids(vs)).toEqual(['lithium-ion-batteries-benchmark/energy-density']);
  });

  it('by temperature: values measured at 50–70 °C', () => {
    const vs = queryValues(kb, { temperature: { min: quantity('50 degC', 'temperature'), max: quantity('70 degC', 'temperature') } });
    expect(ids(vs)).toEqual(expect.arrayContaining(['mgmof-at-mg/capacity-retention', 'mg-tfsi2-emim-tfsi-il-at-mof/ionic-conductivity']));
    for (const v of vs) expect(v.conditions.temperature?.value).toBeGreaterThanOrEqual(323.15);
  });

  it('MOF or not', () => {
    const mof = queryEntities(kb, { mof: true });
    const notMof = queryEntities(kb, { mof: false });
    expect(mof.length + notMof.length).toBe(kb.entities.length);
    expect(mof.every((e) => e.mof)).toBe(true);
  });

  it('by reference: everything citing Wang et al. [109]', () => {
    const vs = queryValues(kb, { ref: 109 });
    expect(ids(vs)).toEqual(['mgmof-at-mg/cycle-count', 'mgmof-at-mg/capacity-retention']);
    expect(queryEntities(kb, { ref: 109 }).map((e) => e.id)).toContain('mgmof-at-mg');
  });

  it('by text and by flag', () => {
    expect(queryEntities(kb, { text: 'dobpdc' }).map((e) => e.id)).toContain('mg2-dobpdc');
    const flagged = queryEntities(kb, { flagged: true });
    expect(flagged.map((e) => e.id)).toContain('table1-r11-vertical-carbon-nanofiber-arrays');
    expect(flagged.every((e) => e.flags.length > 0 || e.values.some((v) => v.flags.length > 0))).toBe(true);
  });

  it('rejects unknown categories and properties, and a range without a property', () => {
    expect(() => queryValues(kb, { category: 'nope' as never })).toThrow(InputError);
    expect(() => queryValues(kb, { property: 'colour' as never })).toThrow(/unknown property "colour"/);
    expect(() => queryValues(kb, { min: 1 })).toThrow(/needs a property/);
  });

  it('looks up entities and values by id, and suggests ids for a typo', () => {
    expect(lookup(kb, 'mg2-dobpdc').kind).toBe('entity');
    expect(lookup(kb, 'mg2-dobpdc/ionic-conductivity').kind).toBe('value');
    expect(() => lookup(kb, 'dobpdc')).toThrow(/unknown id "dobpdc": did you mean mg2-dobpdc/);
  });
});
