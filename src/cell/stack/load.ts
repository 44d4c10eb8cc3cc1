import { readYaml, type YamlSource } from '../../io/index.ts';
import { molarMass, parseFormula } from '../../physics/index.ts';
import { citationText, type KnowledgeBase, type ValueRecord } from '../../knowledge/index.ts';
import { err, ok, resolveParams, type ParamDefs, type ParseIssue, type ResolvedParams, type Result } from '../../units/index.ts';
import { parseProtocol, splitPath } from '../protocol/index.ts';
import { createOcvTable } from '../cathode/index.ts';
import { fullCellUses } from '../protocol/index.ts';
import { ENERGY_PARAMS } from '../energy/params.ts';
import { CATHODE_PARAMS, CELL_PARAMS, FILM_PARAMS, LIQUID_PARAMS, METAL_PARAMS, SOLID_PARAMS, WATER_PARAMS } from './params.ts';
import type { CathodeSpec, Layer, ParameterSource, Stack, StackLoadOptions } from './types.ts';

type Path = readonly (string | number)[];

function pathText(path: Path): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc.length > 0 ? `${acc}.${p}` : p), '');
}

class Context {
  readonly issues: ParseIssue[] = [];
  readonly warnings: ParseIssue[] = [];
  readonly sources: ParameterSource[] = [];
  constructor(
    private readonly yaml: YamlSource | undefined,
    readonly options: StackLoadOptions,
  ) {}
  private at(path: Path, message: string): ParseIssue {
    const line = this.yaml?.lineOf(path);
    return { message, path: pathText(path), ...(line !== undefined ? { line } : {}), ...(this.options.name !== undefined ? { source: this.options.name } : {}) };
  }
  error(path: Path, message: string): void {
    this.issues.push(this.at(path, message));
  }
  warn(path: Path, message: string): void {
    this.warnings.push(this.at(path, message));
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface Given {
  readonly text: string;
  readonly source?: string;
  /** Where a fallback value comes from (default: the knowledge base). */
  readonly origin?: ParameterSource['origin'];
}

/** A parameter value in YAML: "500 nm", 0.9, or { value: "500 nm", source: "…" }. */
function readValue(v: unknown, path: Path, ctx: Context): Given | undefined {
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number') return Number.isFinite(v) ? { text: String(v) } : (ctx.error(path, 'not a finite number'), undefined);
  if (isRecord(v) && 'value' in v) {
    const extra = Object.keys(v).filter((k) => k !== 'value' && k !== 'source');
    if (extra.length > 0) ctx.error(path, `unknown key "${extra[0]}": a sourced value is { value: "…", source: "…" }`);
    const inner = readValue(v.value, [...path, 'value'], ctx);
    if (inner === undefined) return undefined;
    if (v.source !== undefined && (typeof v.source !== 'string' || v.source.trim().length === 0)) {
      ctx.error([...path, 'source'], 'a source is a citation or "assumed: why"');
      return inner;
    }
    return { text: inner.text, ...(typeof v.source === 'string' ? { source: v.source } : {}) };
  }
  ctx.error(path, 'expected a value with its unit, e.g. "500 nm", or { value: "500 nm", source: "…" }');
  return undefined;
}

/**
 * Read one section against its parameter declarations: unknown keys are errors, values are
 * parsed with their units and range-checked, and every parameter's source is recorded.
 */
function readSection<D extends ParamDefs>(
  raw: unknown,
  defs: D,
  path: Path,
  ctx: Context,
  extraKeys: readonly string[] = [],
  fallback: Readonly<Record<string, Given>> = {},
): ResolvedParams<D> | undefined {
  if (raw !== undefined && !isRecord(raw)) {
    ctx.error(path, 'expected a mapping of parameter: value');
    return undefined;
  }
  const given: Record<string, string> = {};
  const sourceOf: Record<string, { source: string; origin: ParameterSource['origin'] }> = {};
  for (const [key, v] of Object.entries(raw ?? {})) {
    if (extraKeys.includes(key)) continue;
    if (!Object.hasOwn(defs, key)) {
      ctx.error([...path, key], `unknown parameter "${key}": expected one of ${[...Object.keys(defs), ...extraKeys].join(', ')}`);
      continue;
    }
    const g = readValue(v, [...path, key], ctx);
    if (g === undefined) continue;
    given[key] = g.text;
    sourceOf[key] = { source: g.source ?? `stack file${ctx.options.name !== undefined ? ` ${ctx.options.name}` : ''}`, origin: 'stack' };
  }
  for (const [key, g] of Object.entries(fallback)) {
    if (given[key] !== undefined || !Object.hasOwn(defs, key)) continue;
    given[key] = g.text;
    sourceOf[key] = { source: g.source ?? 'knowledge base', origin: g.origin ?? 'knowledge' };
  }
  const r = resolveParams(defs, given as Partial<Record<keyof D & string, string>>);
  if (r.kind === 'error') {
    for (const e of r.errors) ctx.error([...path, e.path ?? ''], e.message);
    return undefined;
  }
  for (const [key, def] of Object.entries(defs)) {
    const s = sourceOf[key];
    ctx.sources.push({
      parameter: pathText([...path, key]),
      value: given[key] ?? def.default,
      source: s?.source ?? def.source,
      origin: s?.origin ?? 'default',
    });
  }
  return r.value;
}

function amountText(v: ValueRecord): string | undefined {
  if (v.amountAsWritten.kind !== 'point' || v.qualifier === '<' || v.qualifier === '>') return undefined;
  return `${v.amountAsWritten.value} ${v.unitAsWritten}`;
}

function valueSource(v: ValueRecord): string {
  const refs = v.sources.map((s) => (s.kind === 'review' ? 'the review' : `ref. [${s.reference.n}] ${citationText(s.reference)}`));
  return `knowledge base ${v.id}: review §${v.where.section}, ${refs.join('; ')}`;
}

/** Defaults a layer takes from the knowledge-base entity it names (σ with its temperature, Ea, thickness). */
function knowledgeDefaults(kb: KnowledgeBase, id: string): Record<string, Given> {
  const e = kb.byId.get(id);
  if (e === undefined) return {};
  const out: Record<string, Given> = {};
  const sigma = e.values.find((v) => v.property === 'ionic-conductivity' && amountText(v) !== undefined);
  if (sigma !== undefined) {
    out.conductivity = { text: amountText(sigma) ?? '', source: valueSource(sigma) };
    const t = sigma.conditions.temperature;
    if (t !== undefined) {
      out.conductivityTemperature = {
        text: `${t.value - 273.15} degC`,
        source: t.assumed !== undefined ? `${valueSource(sigma)}; ${t.assumed}` : valueSource(sigma),
      };
    }
  }
  const ea = e.values.find((v) => v.property === 'activation-energy' && amountText(v) !== undefined);
  if (ea !== undefined) out.activationEnergy = { text: amountText(ea) ?? '', source: valueSource(ea) };
  const thickness = e.values.find((v) => v.property === 'thickness' && amountText(v) !== undefined);
  if (thickness !== undefined) out.thickness = { text: amountText(thickness) ?? '', source: valueSource(thickness) };
  return out;
}

const LAYER_KINDS = ['solid', 'liquid'] as const;

function readLayer(raw: unknown, index: number, ctx: Context): Layer | undefined {
  const path: Path = ['layers', index];
  if (!isRecord(raw)) {
    ctx.error(path, 'a layer is a mapping with a kind (solid or liquid) and its parameters');
    return undefined;
  }
  const kind = raw.kind;
  if (kind !== 'solid' && kind !== 'liquid') {
    ctx.error([...path, 'kind'], `a layer kind is one of ${LAYER_KINDS.join(', ')} (got ${JSON.stringify(kind)}); the growing film is the separate "film" section`);
    return undefined;
  }
  const name = typeof raw.name === 'string' && raw.name.trim().length > 0 ? raw.name : `${kind} layer ${index + 1}`;
  let fallback: Record<string, Given> = {};
  const material = raw.material;
  if (material !== undefined) {
    const kb = ctx.options.knowledge;
    if (typeof material !== 'string') ctx.error([...path, 'material'], 'a material is a knowledge-base id such as "mg-mof-74-film-aao"');
    else if (kb === undefined) ctx.error([...path, 'material'], `material "${material}" needs the knowledge base, which was not given to the loader`);
    else if (!kb.byId.has(material)) ctx.error([...path, 'material'], `unknown material "${material}": run \`interphase knowledge list --entities\` for the ids`);
    else fallback = knowledgeDefaults(kb, material);
  }
  const extra = ['kind', 'name', 'material'];
  if (kind === 'solid') {
    const params = readSection(raw, SOLID_PARAMS, path, ctx, extra, fallback);
    return params === undefined ? undefined : { kind, name, material: typeof material === 'string' ? material : undefined, params };
  }
  const params = readSection(raw, LIQUID_PARAMS, path, ctx, extra, fallback);
  return params === undefined ? undefined : { kind, name, material: typeof material === 'string' ? material : undefined, params };
}

const TOP_KEYS = ['name', 'description', 'cell', 'metal', 'film', 'layers', 'water', 'cathode', 'energy', 'protocol'] as const;

/**
 * The molar mass of the cathode's formula unit, computed from `formula` (IUPAC atomic weights)
 * when the file does not give `molarMass`: the theoretical capacity then follows from the formula
 * and the electron count, not from a typed-in number. A formula that does not parse is reported
 * by the formula parameter itself (or here, with what to fix).
 */
function derivedMolarMass(raw: unknown): Record<string, Given> {
  if (!isRecord(raw) || raw.molarMass !== undefined) return {};
  const f = raw.formula;
  const formula = typeof f === 'string' ? f : isRecord(f) && typeof f.value === 'string' ? f.value : CATHODE_PARAMS.formula.default;
  const composition = parseFormula(formula);
  if (composition.kind === 'error') return {};
  const grams = molarMass(composition.value) * 1000;
  return { molarMass: { text: `${grams.toPrecision(8)} g/mol`, source: `computed from the formula ${formula} (IUPAC 2021 abridged atomic weights, physics/atomic-weights.ts)`, origin: 'derived' } };
}

/**
 * The cathode section: its parameters, plus for an ocv-table cathode the list `ocv` of
 * [x, V] points (x = Mg per formula unit, V vs Mg²⁺/Mg).
 */
function readCathode(raw: unknown, ctx: Context): CathodeSpec | undefined {
  const params = readSection(raw, CATHODE_PARAMS, ['cathode'], ctx, ['ocv'], derivedMolarMass(raw));
  if (params === undefined || !isRecord(raw)) return undefined;
  const fromFormula = parseFormula(params.formula);
  if (raw.molarMass !== undefined && fromFormula.kind === 'ok') {
    const m = molarMass(fromFormula.value);
    if (Math.abs(params.molarMass - m) > 0.01 * m) {
      ctx.warn(['cathode', 'molarMass'], `molarMass differs from the formula ${params.formula} (${(m * 1000).toFixed(2)} g/mol) by more than 1 %: leave molarMass out to compute it from the formula`);
    }
  }
  if (params.model !== 'ocv-table') {
    if (raw.ocv !== undefined) ctx.error(['cathode', 'ocv'], 'an "ocv" table is used only with model: ocv-table');
    return { params };
  }
  const points = raw.ocv;
  if (!Array.isArray(points)) {
    ctx.error(['cathode', 'ocv'], 'an ocv-table cathode needs "ocv": a list of [x, V] points, x in Mg per formula unit');
    return undefined;
  }
  const parsed: { x: number; potential: number }[] = [];
  points.forEach((pt, i) => {
    if (!Array.isArray(pt) || pt.length !== 2 || typeof pt[0] !== 'number' || typeof pt[1] !== 'number') {
      ctx.error(['cathode', 'ocv', i], 'each point is [x, V], two numbers (x in Mg per formula unit, V vs Mg²⁺/Mg)');
      return;
    }
    parsed.push({ x: pt[0], potential: pt[1] });
  });
  if (parsed.length !== points.length) return undefined;
  const table = createOcvTable({ name: 'cathode OCV', points: parsed.map((p) => ({ x: p.x, voltage: p.potential })), abscissa: { kind: 'x', max: params.mgPerFormulaUnit } });
  if (table.kind === 'error') {
    for (const e of table.errors) ctx.error(['cathode', 'ocv', ...(e.path?.match(/\d+/) ? [Number(e.path.match(/\d+/)?.[0])] : [])], e.message);
    return undefined;
  }
  return { params, ocv: table.value };
}

/** Validate a parsed stack document (a YAML or JSON value) into a Stack in SI units. Never throws. */
export function resolveStack(data: unknown, options: StackLoadOptions = {}, yaml?: YamlSource): Result<Stack> {
  const ctx = new Context(yaml, options);
  if (!isRecord(data)) {
    ctx.error([], 'a stack file is a mapping with name, cell, metal, film, layers and protocol');
    return err(ctx.issues);
  }
  for (const key of Object.keys(data)) {
    if (!(TOP_KEYS as readonly string[]).includes(key)) ctx.error([key], `unknown section "${key}": expected one of ${TOP_KEYS.join(', ')}`);
  }
  const name = typeof data.name === 'string' && data.name.trim().length > 0 ? data.name : (options.name ?? 'unnamed stack');
  const description = typeof data.description === 'string' ? data.description : '';
  const cell = readSection(data.cell, CELL_PARAMS, ['cell'], ctx);
  const metal = readSection(data.metal, METAL_PARAMS, ['metal'], ctx);
  const film = readSection(data.film, FILM_PARAMS, ['film'], ctx);
  const water = readSection(data.water, WATER_PARAMS, ['water'], ctx);
  const layers: Layer[] = [];
  if (data.layers !== undefined && !Array.isArray(data.layers)) ctx.error(['layers'], 'layers is a list, from the metal outward');
  const rawLayers: unknown[] = Array.isArray(data.layers) ? data.layers : [];
  rawLayers.forEach((raw, i) => {
    const l = readLayer(raw, i, ctx);
    if (l !== undefined) layers.push(l);
  });
  const liquids = layers.filter((l) => l.kind === 'liquid');
  if (liquids.length > 1) ctx.error(['layers'], 'at most one liquid layer (the electrolyte-filled separator) per stack');
  if (liquids.length === 1 && layers[layers.length - 1]?.kind !== 'liquid') {
    ctx.error(['layers'], 'the liquid layer (separator) must come last: layers run from the metal to the middle of the cell');
  }
  if (film !== undefined && film.growth === 'solvent-diffusion-limited' && liquids.length === 0) {
    ctx.warn(['film', 'growth'], 'solvent-diffusion-limited growth with no liquid electrolyte: there is no solvent, so the film will not grow');
  }
  const needsCathode = cell !== undefined && (cell.kind === 'full' || cell.kind === 'anode-free');
  let cathode: CathodeSpec | undefined;
  if (needsCathode) {
    if (data.cathode === undefined) ctx.error(['cathode'], `a ${cell?.kind ?? ''} cell needs a cathode section (model, formula, massLoading, …)`);
    else cathode = readCathode(data.cathode, ctx);
  } else if (data.cathode !== undefined) {
    ctx.error(['cathode'], `a ${cell?.kind ?? ''} cell has no cathode: set cell.kind to full or anode-free, or remove the cathode section`);
  }
  // The energy-density inputs the simulator does not use (read only when given: see src/cell/energy/params.ts).
  const energy = data.energy === undefined ? undefined : readSection(data.energy, ENERGY_PARAMS, ['energy'], ctx);
  let protocol;
  if (data.protocol === undefined) ctx.error(['protocol'], 'a stack needs a protocol: steps such as "Plate at 1 mA/cm2 for 1 h"');
  else {
    const p = parseProtocol(data.protocol, 'protocol');
    if (p.kind === 'error') for (const e of p.errors) ctx.error(splitPath(e.path ?? 'protocol'), e.message);
    else {
      protocol = p.value;
      for (const w of p.warnings) ctx.warn(splitPath(w.path ?? 'protocol'), w.message);
      if (!needsCathode) {
        for (const use of fullCellUses(protocol)) {
          ctx.error(splitPath(use.path), `"${use.text}" charges or discharges a cathode, but this ${cell?.kind ?? ''} cell has none: use Plate/Strip steps, or set cell.kind to full`);
        }
      }
    }
  }
  if (ctx.issues.length > 0 || cell === undefined || metal === undefined || film === undefined || water === undefined || protocol === undefined) {
    return err(ctx.issues.length > 0 ? ctx.issues : [{ message: 'the stack is incomplete' }]);
  }
  return ok({ name, description, cell, metal, film, water, layers, cathode, energy, protocol, sources: ctx.sources }, ctx.warnings);
}

/** Read a stack from YAML text (a file's contents): line numbers in every error. Never throws. */
export function loadStack(text: string, options: StackLoadOptions = {}): Result<Stack> {
  const y = readYaml(options.name ?? 'stack', text);
  if (y.kind === 'error') return err(y.errors);
  return resolveStack(y.source.data, options, y.source);
}

