import Table from 'cli-table3';
import { Command, Option } from 'commander';
import { z } from 'zod';
import {
  CATEGORIES,
  CATEGORY_KEYS,
  entityFileSchema,
  entityJson,
  isPropertyName,
  knowledgeStats,
  lookup,
  PROPERTIES,
  PROPERTY_NAMES,
  queryEntities,
  queryValues,
  table1,
  valueJson,
  type Entity,
  type KnowledgeQuery,
  type ValueRecord,
} from '../../knowledge/index.ts';
import { formatConditions, formatValue } from '../../report/format.ts';
import { PLOT_NAMES, PLOTS } from '../../report/plots/index.ts';
import { table1Csv } from '../../report/table1-csv.ts';
import { flagName, InputError, paramHelp, parseQuantity, type ParamDef } from '../../units/index.ts';
import { assertWritable, writeFileAtomic } from '../files.ts';
import { printJson, type Io } from '../io.ts';
import { knowledgeBase } from '../knowledge-files.ts';

const plainTable = (head: string[], colWidths?: number[]) =>
  new Table({ head, style: { head: [], border: [], compact: true }, wordWrap: true, ...(colWidths ? { colWidths } : {}) });

function sourceText(v: ValueRecord | Entity): string {
  return v.sources.map((s) => (s.kind === 'review' ? 'review' : `[${s.reference.n}]`)).join(' ');
}

interface ListOptions {
  category?: string;
  property?: string;
  mof?: boolean;
  ion?: string;
  ref?: string;
  min?: string;
  max?: string;
  tMin?: string;
  tMax?: string;
  text?: string;
  flagged?: boolean;
  entities?: boolean;
  json?: boolean;
}

function buildQuery(o: ListOptions): KnowledgeQuery {
  const q: { -readonly [K in keyof KnowledgeQuery]: KnowledgeQuery[K] } = {};
  if (o.category !== undefined) {
    if (!Object.hasOwn(CATEGORIES, o.category)) throw new InputError(`unknown category "${o.category}": use one of ${CATEGORY_KEYS.join(', ')}`);
    q.category = o.category as keyof typeof CATEGORIES;
  }
  if (o.property !== undefined) {
    if (!isPropertyName(o.property)) throw new InputError(`unknown property "${o.property}": use one of ${PROPERTY_NAMES.join(', ')}`);
    q.property = o.property;
  }
  for (const bound of ['min', 'max'] as const) {
    const text = o[bound];
    if (text === undefined) continue;
    if (q.property === undefined) throw new InputError(`--${bound} needs --property, so the unit of "${text}" can be checked`);
    const parsed = parseQuantity(text, PROPERTIES[q.property].dimension);
    if (parsed.kind === 'error') throw new InputError(`--${bound}: ${parsed.errors.message}`);
    q[bound] = parsed.value.value;
  }
  const t: { min?: number; max?: number } = {};
  for (const [flag, key] of [['tMin', 'min'], ['tMax', 'max']] as const) {
    const text = o[flag];
    if (text === undefined) continue;
    const parsed = parseQuantity(text, 'temperature');
    if (parsed.kind === 'error') throw new InputError(`--${flagName(flag)}: ${parsed.errors.message}`);
    t[key] = parsed.value.value;
  }
  if (t.min !== undefined || t.max !== undefined) q.temperature = t;
  if (o.mof !== undefined) q.mof = o.mof;
  if (o.ion !== undefined) q.ion = o.ion;
  if (o.text !== undefined) q.text = o.text;
  if (o.flagged === true) q.flagged = true;
  if (o.ref !== undefined) {
    const n = Number(o.ref.replace(/^\[|\]$/g, ''));
    if (!Number.isInteger(n) || n < 1) throw new InputError(`--ref "${o.ref}" is not a reference number such as 97`);
    q.ref = n;
  }
  return q;
}

function listCommand(io: Io): Command {
  return new Command('list')
    .description('list the quantitative values of the review (or, with --entities, the materials and strategies)')
    .addOption(new Option('--category <category>', 'only this category').choices(CATEGORY_KEYS))
    .option('--property <property>', `only this property (${PROPERTY_NAMES.join(', ')})`)
    .option('--mof', 'only MOF-based entries')
    .option('--no-mof', 'only entries that are not MOF-based')
    .option('--ion <ion>', 'only this working ion, e.g. Mg2+')
    .option('--ref <n>', 'only values citing this reference number of the review')
    .option('--min <quantity>', 'only values reaching at least this, e.g. "1e-4 S/cm" (needs --property)')
    .option('--max <quantity>', 'only values reaching at most this (needs --property)')
    .option('--t-min <temperature>', 'only values measured at or above this temperature, e.g. "20 degC"')
    .option('--t-max <temperature>', 'only values measured at or below this temperature, e.g. "30 degC"')
    .option('--text <text>', 'only entries whose id, name, alias or formula contains this text')
    .option('--flagged', 'only entries whose text in the review is damaged, inconsistent or ambiguous')
    .option('--entities', 'list entities instead of values')
    .option('--json', 'print JSON')
    .action((o: ListOptions) => {
      const kb = knowledgeBase();
      const q = buildQuery(o);
      if (o.entities === true) {
        const entities = queryEntities(kb, q);
        if (o.json === true) return printJson(io, entities.map(entityJson));
        const t = plainTable(['id', 'name', 'category', 'values', 'refs'], [36, 44, 26, 8, 16]);
        for (const e of entities) t.push([e.id, e.name, e.category, String(e.values.length), sourceText(e)]);
        io.out(`${t.toString()}\n${entities.length} entities\n`);
        return;
      }
      const values = queryValues(kb, q);
      if (o.json === true) return printJson(io, values.map((v) => valueJson(v, kb.byId.get(v.entityId) as Entity)));
      const t = plainTable(['id', 'name', 'value', 'conditions', 'refs'], [40, 34, 20, 36, 12]);
      for (const v of values) t.push([v.id, kb.byId.get(v.entityId)?.name ?? '', formatValue(v), formatConditions(v), sourceText(v)]);
      io.out(`${t.toString()}\n${values.length} values\n`);
    });
}

function showEntity(io: Io, e: Entity): void {
  const lines = [
    `${e.name}  (${e.id})`,
    `category: ${e.category}${e.family ? ` / ${e.family}` : ''}${e.mof ? ', MOF-based' : ''}${e.ion ? `, ion ${e.ion}` : ''}${e.battery ? `, ${e.battery}` : ''}`,
    ...(e.formula ? [`formula: ${e.formula}`] : []),
    ...(e.aliases.length > 0 ? [`also: ${e.aliases.join('; ')}`] : []),
    `review section ${e.section}; refs ${sourceText(e)}`,
    '',
    e.description,
  ];
  if (e.table1) lines.push('', `Table 1, row ${e.table1.row}: "${e.table1.approach}", cell ${e.table1.cellAsWritten} → anode ${e.table1.anode}, cathode ${e.table1.cathode}`);
  for (const f of e.flags) lines.push('', `FLAG ${f.kind}: ${f.note}${f.asWritten ? ` (review: "${f.asWritten}")` : ''}${f.meaning ? ` → ${f.meaning}` : ''}`);
  if (e.related.length > 0) lines.push('', `related: ${e.related.join(', ')}`);
  io.out(`${lines.join('\n')}\n`);
  if (e.values.length > 0) {
    const t = plainTable(['value id', 'value', 'conditions', 'refs'], [40, 20, 40, 12]);
    for (const v of e.values) t.push([v.id, formatValue(v), formatConditions(v), sourceText(v)]);
    io.out(`\n${t.toString()}\n`);
  }
  for (const s of e.sources) if (s.kind === 'reference') io.out(`[${s.reference.n}] ${s.reference.asWritten}\n`);
}

function showValue(io: Io, v: ValueRecord, e: Entity): void {
  const lines = [
    `${e.name} — ${PROPERTIES[v.property].label}: ${formatValue(v)}`,
    `id: ${v.id}   SI: ${v.amount.kind === 'point' ? v.amount.value : `${v.amount.min} … ${v.amount.max}`} ${v.unit}`,
    `as written: "${v.text}"`,
    `conditions: ${formatConditions(v) || 'none stated'}`,
    ...(v.conditions.note ? [`note: ${v.conditions.note}`] : []),
    ...(v.conditions.temperature?.assumed ? [`assumed: ${v.conditions.temperature.assumed}`] : []),
    `review section ${v.where.section}${v.where.table ? `, Table ${v.where.table}` : ''}${v.where.figure ? `, Figure ${v.where.figure}` : ''}`,
    ...v.flags.map((f) => `FLAG ${f.kind}: ${f.note}`),
    ...v.sources.map((s) => (s.kind === 'review' ? 'source: the review itself' : `[${s.reference.n}] ${s.reference.asWritten}`)),
  ];
  io.out(`${lines.join('\n')}\n`);
}

function plotOptions(): { key: string; def: ParamDef; plots: string[] }[] {
  const byKey = new Map<string, { def: ParamDef; plots: string[] }>();
  for (const name of PLOT_NAMES) {
    for (const [key, def] of Object.entries(PLOTS[name].params as Record<string, ParamDef>)) {
      const entry = byKey.get(key) ?? { def, plots: [] };
      entry.plots.push(name);
      byKey.set(key, entry);
    }
  }
  return [...byKey].map(([key, v]) => ({ key, ...v }));
}

const FORMATS = ['svg', 'png', 'html'] as const;
type Format = (typeof FORMATS)[number];

function formatOf(out: string, given: string | undefined): Format {
  if (given !== undefined) return given as Format;
  const ext = /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase();
  if (out === '-') return 'svg';
  if (ext === 'svg' || ext === 'png' || ext === 'html') return ext;
  throw new InputError(`cannot tell the format of "${out}": end it in .svg, .png or .html, or give --format`);
}

function plotCommand(io: Io): Command {
  const cmd = new Command('plot')
    .description(`render a plot of the knowledge base: ${PLOT_NAMES.join(', ')}`)
    .argument('<name>', `plot name (${PLOT_NAMES.join(', ')})`)
    .requiredOption('--out <file>', 'output file (.svg, .png or .html), or - for stdout')
    .addOption(new Option('--format <format>', 'output format (default: from the file extension)').choices(FORMATS))
    .option('--json', 'print what was written as JSON')
    .option('--spec', 'write the Vega-Lite spec (JSON) instead of rendering it');
  const params = plotOptions();
  for (const p of params) cmd.option(`--${flagName(p.key)} <value>`, `${paramHelp(p.def)} [plots: ${p.plots.join(', ')}]`);
  cmd.action(async (name: string, o: Record<string, string | boolean | undefined>) => {
    if (!(PLOT_NAMES as string[]).includes(name)) throw new InputError(`unknown plot "${name}": use one of ${PLOT_NAMES.join(', ')}`);
    const out = String(o.out);
    const format = o.spec === true ? 'json' : formatOf(out, o.format as string | undefined);
    if (out !== '-') assertWritable(out);
    const given: Record<string, string> = {};
    for (const p of params) if (typeof o[p.key] === 'string') given[p.key] = o[p.key] as string;
    const kb = knowledgeBase();
    // Vega and resvg load only when a plot is drawn, so the other commands start fast.
    const { renderPlot, countMarks, plotPage } = await import('../../report/index.ts');
    const { svgToPng } = await import('../png.ts');
    const plot = await renderPlot(kb, name, given);
    const data = format === 'json' ? `${JSON.stringify(plot.spec, null, 2)}\n` : format === 'svg' ? plot.svg : format === 'html' ? plotPage(plot) : svgToPng(plot.svg);
    if (out === '-') {
      if (typeof data === 'string') io.out(data);
      else io.outBytes(data);
    } else writeFileAtomic(out, data);
    const summary = {
      plot: name,
      out: out === '-' ? null : out,
      format,
      bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength,
      marks: { symbol: countMarks(plot.svg, 'symbol'), rule: countMarks(plot.svg, 'rule'), line: countMarks(plot.svg, 'line'), text: countMarks(plot.svg, 'text') },
      params: given,
    };
    if (o.json === true && out !== '-') printJson(io, summary);
    else if (out !== '-') io.out(`wrote ${out} (${format}, ${summary.bytes} bytes)\n`);
  });
  return cmd;
}

export function knowledgeCommand(io: Io): Command {
  const cmd = new Command('knowledge').description("query the review's knowledge base: materials, values, Table 1, plots");
  cmd.addCommand(listCommand(io));
  cmd.addCommand(
    new Command('show')
      .description('show one entity (material, strategy, cell result) or one value by id')
      .argument('<id>', 'an entity id such as mg2-dobpdc, or a value id such as mg2-dobpdc/ionic-conductivity')
      .option('--json', 'print JSON')
      .action((id: string, o: { json?: boolean }) => {
        const kb = knowledgeBase();
        const found = lookup(kb, id);
        if (o.json === true) return printJson(io, found.kind === 'entity' ? entityJson(found.entity) : valueJson(found.value, found.entity));
        if (found.kind === 'entity') showEntity(io, found.entity);
        else showValue(io, found.value, found.entity);
      }),
  );
  cmd.addCommand(
    new Command('table1')
      .description('Table 1 of the review ("Comparison of different strategies and MOF interfacial mediators"), from the data')
      .option('--json', 'print JSON: approach, batteryType, anode, cathode, retentionPercent, cycles, reference')
      .option('--csv', 'print CSV')
      .action((o: { json?: boolean; csv?: boolean }) => {
        if (o.json === true && o.csv === true) throw new InputError('choose one of --json and --csv');
        const rows = table1(knowledgeBase());
        if (o.json === true) return printJson(io, rows);
        if (o.csv === true) return io.out(table1Csv(rows));
        const t = plainTable(['#', 'interface approach', 'battery', 'anode | cathode', 'retention/cycles', 'ref'], [4, 44, 8, 30, 18, 7]);
        for (const r of rows) t.push([String(r.row), r.approach, r.batteryType, `${r.anode} | ${r.cathode}`, `${r.retentionPercent === null ? '—' : `${r.retentionPercent}%`}/${r.cyclesQualifier}${r.cycles}`, `[${r.reference}]`]);
        io.out(`${t.toString()}\n`);
      }),
  );
  cmd.addCommand(plotCommand(io));
  cmd.addCommand(
    new Command('stats')
      .description('counts of entities, values, references and flags')
      .option('--json', 'print JSON')
      .action((o: { json?: boolean }) => {
        const s = knowledgeStats(knowledgeBase());
        if (o.json === true) return printJson(io, s);
        const lines = [
          `${s.entities} entities, ${s.values} values, ${s.mofEntities} MOF-related entities`,
          `${s.referencesCited} of the review's ${s.references} references are cited by the data`,
          `${s.flaggedEntities} entities and ${s.flaggedValues} values carry flags (${Object.entries(s.flagsByKind).map(([k, n]) => `${k} ${n}`).join(', ')})`,
          '',
          'by category:',
          ...Object.entries(s.byCategory).map(([k, n]) => `  ${k.padEnd(26)} ${n}`),
          '',
          'by property:',
          ...Object.entries(s.byProperty).map(([k, n]) => `  ${k.padEnd(26)} ${n}`),
        ];
        io.out(`${lines.join('\n')}\n`);
      }),
  );
  cmd.addCommand(
    new Command('schema')
      .description('print the JSON schema of the knowledge-base data files')
      .option('--json', 'print JSON (the schema is always JSON)')
      .action(() => printJson(io, z.toJSONSchema(entityFileSchema, { io: 'input' }))),
  );
  return cmd;
}
