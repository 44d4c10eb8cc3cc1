import { InputError } from '../units/index.ts';
import { CATEGORY_KEYS, isCategory, type Category } from './categories.ts';
import { isPropertyName, PROPERTY_NAMES, type PropertyName } from './properties.ts';
import type { Amount, Entity, KnowledgeBase, ValueRecord } from './types.ts';

/** A query over the knowledge base. Every field narrows the result; SI units throughout. */
export interface KnowledgeQuery {
  readonly category?: Category | readonly Category[];
  readonly property?: PropertyName;
  /** Keep values whose amount reaches into [min, max] (SI units of the property). */
  readonly min?: number;
  readonly max?: number;
  /** Keep values measured within this temperature window [K]; values with no temperature are dropped. */
  readonly temperature?: { readonly min?: number; readonly max?: number };
  readonly mof?: boolean;
  /** A reference number of the review's bibliography. */
  readonly ref?: number;
  /** Working ion, e.g. "Mg2+". */
  readonly ion?: string;
  /** Case-insensitive text matched against id, name, aliases and formula. */
  readonly text?: string;
  /** Only flagged values (or values of flagged entities). */
  readonly flagged?: boolean;
}

/** Lowest and highest SI value of an amount. */
export function bounds(a: Amount): readonly [number, number] {
  return a.kind === 'point' ? [a.value, a.value] : [a.min, a.max];
}

function entityMatches(e: Entity, q: KnowledgeQuery): boolean {
  if (q.category !== undefined) {
    const wanted: readonly Category[] = typeof q.category === 'string' ? [q.category] : q.category;
    if (!wanted.includes(e.category)) return false;
  }
  if (q.mof !== undefined && e.mof !== q.mof) return false;
  if (q.ion !== undefined && e.ion !== q.ion) return false;
  if (q.text !== undefined) {
    const needle = q.text.toLowerCase();
    const hay = [e.id, e.name, e.formula ?? '', ...e.aliases].join('\n').toLowerCase();
    if (!hay.includes(needle)) return false;
  }
  return true;
}

function cites(sources: Entity['sources'], ref: number): boolean {
  return sources.some((s) => s.kind === 'reference' && s.reference.n === ref);
}

function valueMatches(v: ValueRecord, e: Entity, q: KnowledgeQuery): boolean {
  if (q.property !== undefined && v.property !== q.property) return false;
  if (q.ref !== undefined && !cites(v.sources, q.ref)) return false;
  const [lo, hi] = bounds(v.amount);
  if (q.min !== undefined && hi < q.min) return false;
  if (q.max !== undefined && lo > q.max) return false;
  if (q.temperature !== undefined) {
    const t = v.conditions.temperature?.value;
    if (t === undefined) return false;
    if (q.temperature.min !== undefined && t < q.temperature.min) return false;
    if (q.temperature.max !== undefined && t > q.temperature.max) return false;
  }
  if (q.flagged === true && v.flags.length === 0 && e.flags.length === 0) return false;
  return true;
}

function check(q: KnowledgeQuery): void {
  const cats = q.category === undefined ? [] : typeof q.category === 'string' ? [q.category] : q.category;
  for (const c of cats) {
    if (!isCategory(c)) throw new InputError(`unknown category "${c}": use one of ${CATEGORY_KEYS.join(', ')}`);
  }
  if (q.property !== undefined && !isPropertyName(q.property)) {
    throw new InputError(`unknown property "${q.property}": use one of ${PROPERTY_NAMES.join(', ')}`);
  }
  if ((q.min !== undefined || q.max !== undefined) && q.property === undefined) {
    throw new InputError('a value range (min/max) needs a property, so its unit is known: add a property');
  }
}

/** The value records that match the query, in knowledge-base order. */
export function queryValues(kb: KnowledgeBase, q: KnowledgeQuery = {}): ValueRecord[] {
  check(q);
  const out: ValueRecord[] = [];
  for (const e of kb.entities) {
    if (!entityMatches(e, q)) continue;
    for (const v of e.values) if (valueMatches(v, e, q)) out.push(v);
  }
  return out;
}

/**
 * The entities that match the query. Value filters (property, range, temperature) keep an entity
 * when at least one of its values matches; `ref` also matches the entity's own references.
 */
export function queryEntities(kb: KnowledgeBase, q: KnowledgeQuery = {}): Entity[] {
  check(q);
  const valueFilter = q.property !== undefined || q.min !== undefined || q.max !== undefined || q.temperature !== undefined || q.flagged === true;
  return kb.entities.filter((e) => {
    if (!entityMatches(e, q)) return false;
    if (q.ref !== undefined && !valueFilter && !cites(e.sources, q.ref) && !e.values.some((v) => cites(v.sources, q.ref ?? 0))) return false;
    if (q.flagged === true && e.flags.length > 0 && !valueFilter) return true;
    if (!valueFilter) return true;
    return e.values.some((v) => valueMatches(v, e, q));
  });
}

/** Find an entity or a value by id; throws an InputError that suggests close ids. */
export function lookup(kb: KnowledgeBase, id: string): { kind: 'entity'; entity: Entity } | { kind: 'value'; value: ValueRecord; entity: Entity } {
  const entity = kb.byId.get(id);
  if (entity !== undefined) return { kind: 'entity', entity };
  const value = kb.valuesById.get(id);
  const owner = value === undefined ? undefined : kb.byId.get(value.entityId);
  if (value !== undefined && owner !== undefined) return { kind: 'value', value, entity: owner };
  const needle = id.toLowerCase();
  const close = kb.entities
    .filter((e) => e.id.includes(needle) || e.name.toLowerCase().includes(needle) || needle.includes(e.id))
    .slice(0, 5)
    .map((e) => e.id);
  throw new InputError(
    `unknown id "${id}"${close.length > 0 ? `: did you mean ${close.join(', ')}?` : ': run `interphase knowledge list` to see the ids'}`,
  );
}
