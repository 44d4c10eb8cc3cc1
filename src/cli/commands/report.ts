import { mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { knowledgeStats, queryValues, table1 } from '../../knowledge/index.ts';
import { writeFileAtomic } from '../files.ts';
import { printJson, type Io } from '../io.ts';
import { knowledgeBase } from '../knowledge-files.ts';

export const DEFAULT_REPORT = 'report/knowledge-report.html';

export function reportCommand(io: Io): Command {
  return new Command('report')
    .description('render the knowledge-base report (every plot, Table 1, flagged text) as one self-contained HTML file')
    .option('--out <file>', `output HTML file (default ${DEFAULT_REPORT}; its folder is created only for the default)`)
    .option('--json', 'print what was written as JSON')
    .action(async (o: { out?: string; json?: boolean }) => {
      const out = o.out ?? DEFAULT_REPORT;
      if (o.out === undefined) mkdirSync(dirname(resolve(out)), { recursive: true });
      const kb = knowledgeBase();
      const { knowledgeReportHtml, PLOT_NAMES, renderPlot } = await import('../../report/index.ts');
      const t0 = performance.now();
      const plots = [];
      for (const name of PLOT_NAMES) plots.push(await renderPlot(kb, name));
      const rows = table1(kb);
      const highlights = queryValues(kb, { property: 'ionic-conductivity' })
        .filter((v) => {
          const ion = kb.byId.get(v.entityId)?.ion;
          return ion === 'Mg2+' || ion === 'Mg2+/Li+';
        })
        .sort((a, b) => (b.amount.kind === 'point' ? b.amount.value : b.amount.max) - (a.amount.kind === 'point' ? a.amount.value : a.amount.max));
      const html = knowledgeReportHtml({
        generatedAt: new Date().toISOString(),
        reviewCitation: `${kb.review.authors.join(', ')}, “${kb.review.title}”, ${kb.review.year}`,
        stats: knowledgeStats(kb),
        plots,
        table1: rows,
        entities: kb.entities,
        highlights,
      });
      writeFileAtomic(out, html);
      const ms = performance.now() - t0;
      const shown = relative(process.cwd(), resolve(out)) || out;
      if (o.json === true) printJson(io, { out: resolve(out), bytes: Buffer.byteLength(html), plots: plots.map((p) => p.name), table1Rows: rows.length, milliseconds: Math.round(ms) });
      else io.out(`Knowledge-base report (${plots.length} plots, Table 1 with ${rows.length} rows): ${shown}\nOpen it in a browser: file://${resolve(out)}\n`);
    });
}
