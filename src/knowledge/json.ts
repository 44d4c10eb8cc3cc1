import { citationText } from './table1.ts';
import type { Amount, ConditionQuantity, Entity, Flag, KnowledgeBase, Source, ValueRecord } from './types.ts';

/** Plain-JSON forms of knowledge-base records, as the CLI prints them with --json. */

export interface SourceJson {
  readonly n: number | null;
  readonly citation: string;
  readonly firstAuthor: string;
  readonly journal: string;
  readonly year: number;
}

export function sourceJson(s: Source): SourceJson {
  if (s.kind === 'review') {
    const r = s.review;
    return { n: null, citation: `${r.authors[0] ?? r.firstAuthor} et al., ${r.title} (${r.year}) — the review itself`, firstAuthor: r.firstAuthor, journal: r.journal, year: r.year };
  }
  const r = s.reference;
  return { n: r.n, citation: citationText(r), firstAuthor: r.firstAuthor, journal: r.journal, year: r.year };
}

function amountJson(a: Amount): { value: number | null; min: number; max: number } {
  return a.kind === 'point' ? { value: a.value, min: a.value, max: a.value } : { value: null, min: a.min, max: a.max };
}

function conditionsJson(v: ValueRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, c] of Object.entries(v.conditions)) {
    if (c === undefined) continue;
    if (typeof c === 'object') {
      const q = c as ConditionQuantity;
      out[k] = { asWritten: q.asWritten, value: q.value, unit: q.unit, ...(q.assumed !== undefined ? { assumed: q.assumed } : {}) };
    } else out[k] = c;
  }
  return out;
}

function flagsJson(flags: readonly Flag[]): Flag[] {
  return flags.map((f) => ({ ...f }));
}

/** One value record: SI value and unit, the review's value and unit, conditions, citation. */
export function valueJson(v: ValueRecord, e: Entity): Record<string, unknown> {
  const si = amountJson(v.amount);
  const written = v.amountAsWritten.kind === 'point' ? v.amountAsWritten.value : [v.amountAsWritten.min, v.amountAsWritten.max];
  const sources = v.sources.map(sourceJson);
  return {
    id: v.id,
    entityId: e.id,
    name: e.name,
    category: e.category,
    mof: e.mof,
    ion: e.ion ?? null,
    property: v.property,
    value: si.value,
    min: si.min,
    max: si.max,
    unit: v.unit,
    qualifier: v.qualifier,
    valueAsWritten: written,
    unitAsWritten: v.unitAsWritten,
    text: v.text,
    conditions: conditionsJson(v),
    where: { ...v.where },
    reference: sources[0] ?? null,
    references: sources,
    flags: flagsJson(v.flags),
  };
}

/** One entity with all its values. */
export function entityJson(e: Entity): Record<string, unknown> {
  return {
    id: e.id,
    name: e.name,
    aliases: [...e.aliases],
    category: e.category,
    family: e.family ?? null,
    mof: e.mof,
    ion: e.ion ?? null,
    battery: e.battery ?? null,
    formula: e.formula ?? null,
    description: e.description,
    section: e.section,
    references: e.sources.map(sourceJson),
    related: [...e.related],
    table1: e.table1 !== undefined ? { ...e.table1 } : null,
    flags: flagsJson(e.flags),
    values: e.values.map((v) => valueJson(v, e)),
    file: e.file,
  };
}

/** Counts that describe the knowledge base. */
export interface KnowledgeStats {
  readonly entities: number;
  readonly values: number;
  readonly references: number;
  readonly referencesCited: number;
  readonly mofEntities: number;
  readonly byCategory: Readonly<Record<string, number>>;
  readonly byProperty: Readonly<Record<string, number>>;
  readonly flaggedEntities: number;
  readonly flaggedValues: number;
  readonly flagsByKind: Readonly<Record<string, number>>;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

export function knowledgeStats(kb: KnowledgeBase): KnowledgeStats {
  const cited = new Set<number>();
  for (const e of kb.entities) for (const s of [...e.sources, ...e.values.flatMap((v) => v.sources)]) if (s.kind === 'reference') cited.add(s.reference.n);
  const allFlags = [...kb.entities.flatMap((e) => e.flags), ...kb.values.flatMap((v) => v.flags)];
  return {
    entities: kb.entities.length,
    values: kb.values.length,
    references: kb.references.size,
    referencesCited: cited.size,
    mofEntities: kb.entities.filter((e) => e.mof).length,
    byCategory: countBy(kb.entities, (e) => e.category),
    byProperty: countBy(kb.values, (v) => v.property),
    flaggedEntities: kb.entities.filter((e) => e.flags.length > 0 || e.values.some((v) => v.flags.length > 0)).length,
    flaggedValues: kb.values.filter((v) => v.flags.length > 0).length,
    flagsByKind: countBy(allFlags, (f) => f.kind),
  };
}
