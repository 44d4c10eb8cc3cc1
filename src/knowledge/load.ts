import type { z } from 'zod';
import { DIMENSIONS, err, ok, parseQuantity, ROOM_TEMPERATURE, type Dimension, type ParseIssue, type Result } from '../units/index.ts';
import type { Category } from './categories.ts';
import { PROPERTIES, type PropertyName } from './properties.ts';
import { entityFileSchema, referencesFileSchema, type RawEntity, type RawValue } from './schema.ts';
import type {
  Amount,
  ConditionQuantity,
  Conditions,
  Entity,
  KnowledgeBase,
  Reference,
  ReviewCitation,
  Source,
  ValueRecord,
} from './types.ts';
import { formatPath, readYaml, type YamlSource } from '../io/yaml.ts';

/** A data file handed to the loader: the library never reads files itself. */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

export const REFERENCES_FILE = 'references.yaml';

const CONDITION_DIMENSIONS = {
  temperature: 'temperature',
  currentDensity: 'currentDensity',
  specificCurrent: 'specificCurrent',
  cRate: 'cRate',
  duration: 'time',
  arealCapacity: 'arealCapacity',
} as const satisfies Record<string, Dimension>;

/** Words the review uses for an unstated room temperature, taken as 25 °C. */
const ROOM_TEMPERATURE_WORDS = new Set(['rt', 'room temperature', 'ambient', 'ambient temperature']);

class Issues {
  readonly list: ParseIssue[] = [];
  constructor(private readonly source: YamlSource) {}
  add(path: readonly PropertyKey[], message: string): void {
    const line = this.source.lineOf(path);
    this.list.push({ source: this.source.name, message, path: formatPath(path), ...(line !== undefined ? { line } : {}) });
  }
}

function validate<S extends z.ZodType>(schema: S, source: YamlSource): Result<z.output<S>> {
  const parsed = schema.safeParse(source.data);
  if (parsed.success) return ok(parsed.data);
  const issues = new Issues(source);
  for (const i of parsed.error.issues) issues.add(i.path as PropertyKey[], i.message);
  return err(issues.list);
}

function resolveAmount(
  raw: RawValue['value'],
  unit: string,
  dimension: Dimension,
  at: readonly PropertyKey[],
  issues: Issues,
): Amount | undefined {
  const convert = (n: number): number | undefined => {
    const q = parseQuantity(`${n} ${unit}`, dimension);
    if (q.kind === 'error') {
      issues.add([...at, 'unit'], q.errors.message);
      return undefined;
    }
    return q.value.value;
  };
  if (typeof raw === 'number') {
    const v = convert(raw);
    return v === undefined ? undefined : { kind: 'point', value: v };
  }
  const [a, b] = [convert(raw[0]), convert(raw[1])];
  return a === undefined || b === undefined ? undefined : { kind: 'range', min: Math.min(a, b), max: Math.max(a, b) };
}

function resolveConditions(raw: RawValue['conditions'], at: readonly PropertyKey[], issues: Issues): Conditions {
  const out: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(raw)) {
    if (text === undefined) continue;
    const dimension = (CONDITION_DIMENSIONS as Record<string, Dimension>)[key];
    if (dimension === undefined) {
      out[key] = text;
      continue;
    }
    const written = String(text);
    if (dimension === 'temperature' && ROOM_TEMPERATURE_WORDS.has(written.trim().toLowerCase())) {
      out[key] = {
        asWritten: written,
        value: ROOM_TEMPERATURE,
        unit: 'K',
        dimension,
        assumed: `"${written}" taken as 25 °C (298.15 K); the review gives no number`,
      } satisfies ConditionQuantity;
      continue;
    }
    const q = parseQuantity(written, dimension);
    if (q.kind === 'error') {
      issues.add([...at, key], q.errors.message);
      continue;
    }
    out[key] = { asWritten: written, value: q.value.value, unit: DIMENSIONS[dimension].si, dimension } satisfies ConditionQuantity;
  }
  return out as Conditions;
}

interface Citations {
  readonly review: ReviewCitation;
  readonly references: ReadonlyMap<number, Reference>;
}

function resolveSources(refs: readonly (number | 'review')[], at: readonly PropertyKey[], citations: Citations, issues: Issues): Source[] {
  const out: Source[] = [];
  refs.forEach((r, i) => {
    if (r === 'review') {
      out.push({ kind: 'review', review: citations.review });
      return;
    }
    const reference = citations.references.get(r);
    if (reference === undefined) issues.add([...at, i], `reference [${r}] is not in the review's bibliography (1–${citations.references.size})`);
    else out.push({ kind: 'reference', reference });
  });
  return out;
}

function resolveEntity(raw: RawEntity, index: number, file: string, citations: Citations, issues: Issues): Entity {
  const at = ['entities', index] as const;
  const values: ValueRecord[] = [];
  const seen = new Set<string>();
  raw.values.forEach((v, j) => {
    const vat = [...at, 'values', j] as const;
    const property = v.property as PropertyName;
    const dimension = PROPERTIES[property].dimension;
    const id = `${raw.id}/${v.key ?? property}`;
    if (seen.has(id)) issues.add([...vat, 'property'], `"${raw.id}" has more than one ${property} value: give each a distinct \`key\``);
    seen.add(id);
    const amount = resolveAmount(v.value, v.unit, dimension, vat, issues);
    const asWritten: Amount = typeof v.value === 'number' ? { kind: 'point', value: v.value } : { kind: 'range', min: v.value[0], max: v.value[1] };
    if (amount === undefined) return;
    values.push({
      id,
      entityId: raw.id,
      property,
      dimension,
      amount,
      unit: DIMENSIONS[dimension].si,
      qualifier: v.qualifier,
      amountAsWritten: asWritten,
      unitAsWritten: v.unit,
      text: v.asWritten,
      conditions: resolveConditions(v.conditions, [...vat, 'conditions'], issues),
      where: v.where,
      sources: resolveSources(v.refs, [...vat, 'refs'], citations, issues),
      flags: v.flags,
    });
  });
  if (raw.table1 !== undefined && raw.category !== 'cell-result') {
    issues.add([...at, 'table1'], 'only a cell-result entity can be a row of Table 1');
  }
  const { refs: _refs, values: _values, ...rest } = raw;
  return {
    ...(rest as Omit<RawEntity, 'refs' | 'values'>),
    category: raw.category as Category,
    sources: resolveSources(raw.refs, [...at, 'refs'], citations, issues),
    values,
    file,
  } as Entity;
}

function loadReferences(file: TextFile | undefined): Result<Citations> {
  if (file === undefined) return err([{ source: REFERENCES_FILE, message: "missing: the knowledge base needs the review's bibliography" }]);
  const y = readYaml(file.name, file.text);
  if (y.kind === 'error') return err(y.errors);
  const v = validate(referencesFileSchema, y.source);
  if (v.kind === 'error') return v;
  const issues = new Issues(y.source);
  const references = new Map<number, Reference>();
  v.value.references.forEach((r, i) => {
    if (references.has(r.n)) issues.add(['references', i, 'n'], `reference [${r.n}] appears twice`);
    references.set(r.n, r);
  });
  return issues.list.length > 0 ? err(issues.list) : ok({ review: v.value.review, references });
}

/**
 * Build the knowledge base from its data files (references.yaml plus entity files): parse, check
 * against the schema, convert every value to SI, resolve references and links. Returns every
 * problem found, each with its file, line and path; never throws on bad data.
 */
export function loadKnowledgeBase(files: readonly TextFile[]): Result<KnowledgeBase> {
  const citations = loadReferences(files.find((f) => f.name === REFERENCES_FILE));
  if (citations.kind === 'error') return citations;
  const errors: ParseIssue[] = [];
  const entities: Entity[] = [];
  const where = new Map<string, string>();
  for (const file of files) {
    if (file.name === REFERENCES_FILE) continue;
    const y = readYaml(file.name, file.text);
    if (y.kind === 'error') {
      errors.push(...y.errors);
      continue;
    }
    const v = validate(entityFileSchema, y.source);
    if (v.kind === 'error') {
      errors.push(...v.errors);
      continue;
    }
    const issues = new Issues(y.source);
    v.value.entities.forEach((raw, i) => {
      const previous = where.get(raw.id);
      if (previous !== undefined) issues.add(['entities', i, 'id'], `id "${raw.id}" is already used in ${previous}`);
      where.set(raw.id, file.name);
      entities.push(resolveEntity(raw, i, file.name, citations.value, issues));
    });
    errors.push(...issues.list);
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const e of entities) {
    for (const r of e.related) {
      if (!byId.has(r)) errors.push({ source: e.file, message: `entity "${e.id}" is related to "${r}", which does not exist`, path: e.id });
    }
  }
  const rows = new Map<number, string>();
  for (const e of entities) {
    if (e.table1 === undefined) continue;
    const other = rows.get(e.table1.row);
    if (other !== undefined) errors.push({ source: e.file, message: `Table 1 row ${e.table1.row} is claimed by both "${other}" and "${e.id}"`, path: e.id });
    rows.set(e.table1.row, e.id);
  }
  if (errors.length > 0) return err(errors);
  const values = entities.flatMap((e) => e.values);
  return ok({
    review: citations.value.review,
    references: citations.value.references,
    entities,
    byId,
    values,
    valuesById: new Map(values.map((v) => [v.id, v])),
  });
}
