import { knowledgeBase } from '../src/cli/knowledge-files.ts';
import { renderPlot } from '../src/report/render-plot.ts';
import { countMarks } from '../src/report/render-svg.ts';
import { writeFileSync } from 'node:fs';
const kb = knowledgeBase();
for (const n of ['mof-conductivity','arrhenius','retention','conductivity-ladder']) {
  const t0=performance.now();
  const r = await renderPlot(kb, n);
  writeFileSync(`/tmp/${n}.svg`, r.svg);
  console.log(n, (performance.now()-t0).toFixed(0),'ms', r.svg.length, 'symbols', countMarks(r.svg,'symbol'), 'rules', countMarks(r.svg,'rule'), 'lines', countMarks(r.svg,'line'));
}
