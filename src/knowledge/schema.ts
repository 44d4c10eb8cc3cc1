import { z } from 'zod';
import { BATTERY_TYPES, CATEGORY_KEYS, ELECTROLYTE_FAMILIES, FLAG_KINDS } from './categories.ts';
import { PROPERTY_NAMES } from './properties.ts';

/**
 * The schema of the reviewed data files under data/knowledge/. Values are written in the unit the
 * review uses; SI values are derived at load time, never typed by hand.
 */

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'ids are lower-case kebab-case, e.g. "mg2-dobpdc"');

export const flagSchema = z.strictObject({
  kind: z.enum(Object.keys(FLAG_KINDS) as [keyof typeof FLAG_KINDS, ...(keyof typeof FLAG_KINDS)[]]),
  /** The damaged or inconsistent text as it stands in the review. */
  asWritten: z.string().min(1).optional(),
  /** What we record it to mean. */
  meaning: z.string().min(1).optional(),
  note: z.string().min(1),
});

/** A reference to the review's bibliography by number, or to the review's own statement. */
const refList = z.array(z.union([z.int().min(1), z.literal('review')])).min(1, 'every value needs a source');

const where = z.strictObject({
  section: z.string().regex(/^\d+(\.\d+)*$|^intro$|^abstract$/, 'a section number such as "4.1"'),
  table: z.string().optional(),
  figure: z.string().optional(),
  scheme: z.string().optional(),
});

const conditions = z.strictObject({
  /** A temperature ("60 degC") or the review's "RT" / "ambient". */
  temperature: z.string().min(1).optional(),
  currentDensity: z.string().min(1).optional(),
  specificCurrent: z.string().min(1).optional(),
  cRate: z.string().min(1).optional(),
  duration: z.string().min(1).optional(),
  afterCycles: z.int().positive().optional(),
  arealCapacity: z.string().min(1).optional(),
  /** Reference electrode of a potential, e.g. "Mg/Mg2+". */
  vs: z.string().min(1).optional(),
  /** Cell configuration, e.g. "Mg||Mg symmetric", "Mo6S8||Mg pouch". */
  cell: z.string().min(1).optional(),
  electrolyte: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

const numberOrRange = z.union([
  z.number(),
  z.tuple([z.number(), z.number()]).refine(([a, b]) => a < b, 'a range is [min, max] with min < max'),
]);

export const valueSchema = z.strictObject({
  property: z.enum(PROPERTY_NAMES as [string, ...string[]]),
  /** Optional explicit key when an entity has the same property more than once. */
  key: id.optional(),
  value: numberOrRange,
  /** The unit the review uses, in a parseable spelling ("S/cm", "mAh/g", "%", "cycles"). */
  unit: z.string().min(1),
  /** The review's own words for this value, e.g. "2.5 × 10^-4 S cm^-1". */
  asWritten: z.string().min(1),
  qualifier: z.enum(['=', '≈', '~', '<', '>', '≤', '≥']).default('='),
  conditions: conditions.default({}),
  where,
  refs: refList,
  flags: z.array(flagSchema).default([]),
});

export const table1Schema = z.strictObject({
  row: z.int().min(1).max(19),
  group: z.enum(['structural-and-interface-layers', 'mofs']),
  /** The "Interface approach" cell, cleaned of markup. */
  approach: z.string().min(1),
  /** The "Anode Cathode" cell as it stands. */
  cellAsWritten: z.string().min(1),
  anode: z.string().min(1),
  cathode: z.string().min(1),
});

export const entitySchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  category: z.enum(CATEGORY_KEYS as [string, ...string[]]),
  family: z.enum(Object.keys(ELECTROLYTE_FAMILIES) as [string, ...string[]]).optional(),
  mof: z.boolean(),
  /** The working ion, e.g. "Mg2+". */
  ion: z.enum(['Mg2+', 'Li+', 'Na+', 'Zn2+', 'Ca2+', 'Mg2+/Li+']).optional(),
  battery: z.enum(BATTERY_TYPES).optional(),
  formula: z.string().min(1).optional(),
  description: z.string().min(1),
  section: where.shape.section,
  refs: refList,
  /** Ids of related entities (the strategy behind a cell result, the parent material, ...). */
  related: z.array(id).default([]),
  table1: table1Schema.optional(),
  flags: z.array(flagSchema).default([]),
  values: z.array(valueSchema).default([]),
});

export const entityFileSchema = z.strictObject({
  /** What this file holds, for the human reviewer. */
  about: z.string().min(1),
  entities: z.array(entitySchema).min(1),
});

export const referenceSchema = z.strictObject({
  n: z.int().min(1),
  authors: z.array(z.string().min(1)).min(1),
  firstAuthor: z.string().min(1),
  journal: z.string().min(1),
  year: z.int().min(1900).max(2100),
  volume: z.string().min(1).optional(),
  pages: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  /** The entry exactly as printed in the review. */
  asWritten: z.string().min(1),
  flags: z.array(flagSchema).default([]),
});

export const referencesFileSchema = z.strictObject({
  about: z.string().min(1),
  review: z.strictObject({
    title: z.string().min(1),
    authors: z.array(z.string().min(1)).min(1),
    firstAuthor: z.string().min(1),
    journal: z.string().min(1),
    year: z.int(),
    received: z.string().optional(),
    published: z.string().optional(),
    note: z.string().optional(),
  }),
  references: z.array(referenceSchema).min(1),
});

export type RawEntity = z.infer<typeof entitySchema>;
export type RawValue = z.infer<typeof valueSchema>;
export type RawFlag = z.infer<typeof flagSchema>;
export type RawReference = z.infer<typeof referenceSchema>;
export type RawReferencesFile = z.infer<typeof referencesFileSchema>;
