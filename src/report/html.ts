import type { Entity, KnowledgeStats, Table1Row, ValueRecord } from '../knowledge/index.ts';
import { formatConditions, formatValue } from './format.ts';
import type { RenderedPlot } from './render-plot.ts';

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
body{font-family:"DejaVu Sans",system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.meta{color:#666;font-size:.9em}figure{margin:1.5em 0}figcaption{color:#555;font-size:.9em;max-width:900px}
figure svg{max-width:100%;height:auto}
table{border-collapse:collapse;font-size:.9em;margin:1em 0}th,td{border:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}.flag{color:#b03a2e;font-size:.85em}
dl.stats{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.stats dt{color:#555}dl.stats dd{margin:0}
`;

/** A single plot as a self-contained HTML page. */
export function plotPage(plot: RenderedPlot): string {
  return page(plot.title, `<h1>${escapeHtml(plot.title)}</h1>\n${figure(plot)}`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
${body}
</body></html>
`;
}

function figure(plot: RenderedPlot): string {
  const svg = plot.svg.replace(/^<\?xml[^>]*>\s*/, '');
  return `<figure id="plot-${plot.name}">${svg}<figcaption><strong>${escapeHtml(plot.title)}.</strong> ${escapeHtml(plot.description)} (<code>interphase knowledge plot ${plot.name}</code>)</figcaption></figure>`;
}

function table1Html(rows: readonly Table1Row[]): string {
  const head = ['#', 'Interface approach', 'Battery', 'Anode', 'Cathode', 'Retention [%]', 'Cycles', 'Ref.'];
  const body = rows
    .map((r) => {
      const flags = r.flags.length > 0 ? `<div class="flag">${r.flags.map(escapeHtml).join('<br>')}</div>` : '';
      return `<tr><td class="num">${r.row}</td><td>${escapeHtml(r.approach)}${flags}</td><td>${escapeHtml(r.batteryType)}</td><td>${escapeHtml(r.anode)}</td><td>${escapeHtml(r.cathode)}</td><td class="num">${r.retentionPercent ?? '—'}</td><td class="num">${r.cyclesQualifier}${r.cycles}</td><td title="${escapeHtml(r.citation)}">[${r.reference}]</td></tr>`;
    })
    .join('\n');
  return `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function flaggedHtml(entities: readonly Entity[]): string {
  const items: string[] = [];
  for (const e of entities) {
    const flags = [...e.flags.map((f) => ({ f, v: undefined as ValueRecord | undefined })), ...e.values.flatMap((v) => v.flags.map((f) => ({ f, v })))];
    for (const { f, v } of flags) {
      if (f.kind === 'assumed' || f.kind === 'derived') continue;
      const what = v === undefined ? '' : ` — ${escapeHtml(v.property)} ${escapeHtml(formatValue(v))}`;
      const written = f.asWritten !== undefined ? ` The review: “${escapeHtml(f.asWritten)}”.` : '';
      const meaning = f.meaning !== undefined ? ` Recorded as: ${escapeHtml(f.meaning)}.` : '';
      items.push(`<li><code>${escapeHtml(e.id)}</code>${what}: <em>${escapeHtml(f.kind)}</em>.${written}${meaning} ${escapeHtml(f.note)}</li>`);
    }
  }
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

function statsHtml(s: KnowledgeStats): string {
  const rows: [string, string][] = [
    ['entities (materials, strategies, cell results)', String(s.entities)],
    ['quantitative values', String(s.values)],
    ['MOF-related entities', String(s.mofEntities)],
    ['references cited by the data', `${s.referencesCited} of ${s.references}`],
    ['flagged entities / values', `${s.flaggedEntities} / ${s.flaggedValues}`],
  ];
  return `<dl class="stats">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

export interface KnowledgeReport {
  readonly generatedAt: string;
  readonly reviewCitation: string;
  readonly stats: KnowledgeStats;
  readonly plots: readonly RenderedPlot[];
  readonly table1: readonly Table1Row[];
  readonly entities: readonly Entity[];
  readonly highlights: readonly ValueRecord[];
}

/** The knowledge-base report: summary, every plot, Table 1, and the flagged text of the review. */
export function knowledgeReportHtml(r: KnowledgeReport): string {
  const highlights = r.highlights
    .map((v) => {
      const e = r.entities.find((x) => x.id === v.entityId);
      return `<tr><td>${escapeHtml(e?.name ?? v.entityId)}</td><td>${escapeHtml(v.property)}</td><td class="num">${escapeHtml(formatValue(v))}</td><td>${escapeHtml(formatConditions(v))}</td><td>${v.sources.map((s) => (s.kind === 'review' ? 'review' : `[${s.reference.n}]`)).join(' ')}</td></tr>`;
    })
    .join('\n');
  const body = `
<h1>Interphase — the review as data</h1>
<p class="meta">Source: ${escapeHtml(r.reviewCitation)}. Generated ${escapeHtml(r.generatedAt)} by <code>interphase report</code>.</p>
<h2>What the knowledge base holds</h2>
${statsHtml(r.stats)}
<p>Every value carries the review's words, its unit, its SI value, its conditions and the citation the review gives. Query it with <code>interphase knowledge list --json</code>.</p>
<h2>Plots</h2>
${r.plots.map(figure).join('\n')}
<h2>Table 1 of the review, rebuilt from the data</h2>
${table1Html(r.table1)}
<h2>Mg²⁺ conductivities</h2>
<table><thead><tr><th>Material</th><th>Property</th><th>Value</th><th>Conditions</th><th>Ref.</th></tr></thead><tbody>
${highlights}
</tbody></table>
<h2>Where the review's text is damaged, inconsistent or ambiguous</h2>
${flaggedHtml(r.entities)}
`;
  return page('Interphase — knowledge-base report', body);
}
