import { DIMENSIONS, type Dimension } from './dimensions.ts';
import { parseQuantity } from './parse.ts';
import type { Quantity } from './quantity.ts';
import { err, ok, type ParseIssue, type Result } from './result.ts';

/**
 * Each parameter is declared once: default, unit (through its dimension), range, description and
 * source. CLI flags, JSON schema and docs are derived from the declaration, so they cannot drift.
 */
export interface QuantityParam<D extends Dimension = Dimension> {
  readonly kind: 'quantity';
  readonly dimension: D;
  /** Default as a quantity string, e.g. "1e-4 S/cm". */
  readonly default: string;
  /** Inclusive bounds as quantity strings. */
  readonly min?: string;
  readonly max?: string;
  readonly description: string;
  /** Where the default comes from: a review reference, a paper, or "assumed: why". */
  readonly source: string;
}

export interface ChoiceParam<C extends string = string> {
  readonly kind: 'choice';
  readonly choices: readonly C[];
  readonly default: C;
  readonly description: string;
  readonly source: string;
}

/** A free-text parameter checked against a pattern, e.g. a chemical formula. */
export interface TextParam {
  readonly kind: 'text';
  readonly default: string;
  /** What the text must look like (a regular expression on the whole value). */
  readonly pattern: RegExp;
  /** Shown when the pattern does not match, e.g. "a chemical formula such as Mo6S8". */
  readonly expected: string;
  readonly description: string;
  readonly source: string;
}

export type ParamDef = QuantityParam | ChoiceParam | TextParam;
export type ParamDefs = Readonly<Record<string, ParamDef>>;

type Resolved<P> = P extends QuantityParam<infer D> ? Quantity<D> : P extends ChoiceParam<infer C> ? C : P extends TextParam ? string : never;
export type ResolvedParams<Defs extends ParamDefs> = { readonly [K in keyof Defs]: Resolved<Defs[K]> };

/** `targetConductivity` → `target-conductivity`, the CLI flag name of a parameter. */
export function flagName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function resolveOne(key: string, def: ParamDef, given: string | undefined): Result<number | string, ParseIssue> {
  const text = given ?? def.default;
  if (def.kind === 'text') {
    return def.pattern.test(text) ? ok(text) : err({ path: key, message: `"${text}" is not ${def.expected}` });
  }
  if (def.kind === 'choice') {
    return (def.choices as readonly string[]).includes(text)
      ? ok(text)
      : err({ path: key, message: `"${text}" is not one of ${def.choices.join(', ')}` });
  }
  const parsed = parseQuantity(text, def.dimension);
  if (parsed.kind === 'error') return err({ path: key, message: parsed.errors.message });
  const value = parsed.value.value as number;
  for (const [bound, cmp] of [
    [def.min, (v: number, b: number) => v >= b],
    [def.max, (v: number, b: number) => v <= b],
  ] as const) {
    if (bound === undefined) continue;
    const b = parseQuantity(bound, def.dimension);
    if (b.kind === 'ok' && !cmp(value, b.value.value)) {
      return err({
        path: key,
        message: `"${text}" is out of range: expected ${def.min ?? '-∞'} … ${def.max ?? '∞'}`,
      });
    }
  }
  return ok(value);
}

/** Resolve user strings (or defaults) into SI values, checking dimension and range. */
export function resolveParams<Defs extends ParamDefs>(
  defs: Defs,
  given: Readonly<Partial<Record<keyof Defs & string, string>>>,
): Result<ResolvedParams<Defs>> {
  const out: Record<string, number | string> = {};
  const errors: ParseIssue[] = [];
  for (const [key, def] of Object.entries(defs)) {
    const r = resolveOne(key, def, given[key as keyof Defs & string]);
    if (r.kind === 'error') errors.push(r.errors);
    else out[key] = r.value;
  }
  return errors.length > 0 ? err(errors) : ok(out as ResolvedParams<Defs>);
}

/** One line of help for a parameter: description, default, range and source. */
export function paramHelp(def: ParamDef): string {
  const range =
    def.kind === 'text'
      ? def.expected
      : def.kind === 'choice'
      ? `one of ${def.choices.join(', ')}`
      : [def.min, def.max].some((b) => b !== undefined)
        ? `${DIMENSIONS[def.dimension].noun}, ${def.min ?? '-∞'} … ${def.max ?? '∞'}`
        : DIMENSIONS[def.dimension].noun;
  return `${def.description} (${range}; default ${def.default}; source: ${def.source})`;
}

/** JSON schema (draft 2020-12) for the string inputs of a parameter set. */
export function paramsJsonSchema(defs: ParamDefs): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(defs)) {
    properties[key] =
      def.kind === 'text'
        ? { type: 'string', pattern: def.pattern.source, default: def.default, description: paramHelp(def) }
        : def.kind === 'choice'
        ? { type: 'string', enum: def.choices, default: def.default, description: paramHelp(def) }
        : { type: 'string', default: def.default, description: paramHelp(def), examples: [DIMENSIONS[def.dimension].example] };
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties, additionalProperties: false };
}

/** A quantity parameter: dimension, default (with its unit), description, source of the default, optional range. */
export function quantityParam<D extends Dimension>(
  dimension: D,
  defaultValue: string,
  description: string,
  source: string,
  range: { min?: string; max?: string } = {},
): QuantityParam<D> {
  return { kind: 'quantity', dimension, default: defaultValue, description, source, ...range };
}

/** A parameter that takes one of a fixed list of words. */
export function choiceParam<C extends string>(choices: readonly C[], defaultValue: C, description: string, source: string): ChoiceParam<C> {
  return { kind: 'choice', choices, default: defaultValue, description, source };
}

/** A text parameter checked against a pattern; `expected` says what a valid value looks like. */
export function textParam(defaultValue: string, pattern: RegExp, expected: string, description: string, source: string): TextParam {
  return { kind: 'text', default: defaultValue, pattern, expected, description, source };
}
