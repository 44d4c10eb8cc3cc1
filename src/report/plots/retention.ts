import type { TopLevelSpec } from 'vega-lite';
import { table1 } from '../../knowledge/index.ts';
import { definePlot } from '../plot-def.ts';
import { specHead, type Position } from '../spec-parts.ts';

/** Table 1 of the review as capacity retention against cycle number. */
export const retentionPlot = definePlot({
  title: 'Table 1: capacity retention vs cycles',
  description:
    'Capacity retention against the number of cycles for every row of the review’s Table 1 that gives both, coloured by battery type, shaped by strategy group.',
  params: {},
  build(kb): TopLevelSpec {
    const rows = table1(kb);
    const plotted = rows.filter((r) => r.retentionPercent !== null).map((r) => ({ ...r, label: `${r.row}` }));
    const missing = rows.filter((r) => r.retentionPercent === null).map((r) => r.row);
    const x: Position = { field: 'cycles', type: 'quantitative', title: 'cycles', scale: { type: 'log' } };
    const y: Position = { field: 'retentionPercent', type: 'quantitative', title: 'capacity retention [%]', scale: { domain: [60, 100] } };
    return {
      ...specHead(this.title, [
          `${plotted.length} of ${rows.length} rows; ${missing.length > 0 ? `rows ${missing.join(' and ')} give a cycle count only.` : 'every row gives both.'} Labels are row numbers.`,
          'Source: Salado et al. (2025) review, Table 1 (refs [36]–[142]).',
      ]),
      width: 460,
      height: 320,
      data: { values: plotted },
      layer: [
        {
          mark: { type: 'point', filled: true, size: 120, stroke: 'black', strokeWidth: 0.6 },
          encoding: {
            x,
            y,
            color: { field: 'batteryType', type: 'nominal', title: 'battery' },
            shape: { field: 'group', type: 'nominal', title: 'strategy' },
            tooltip: [
              { field: 'row' },
              { field: 'approach' },
              { field: 'cellAsWritten', title: 'cell' },
              { field: 'retentionPercent', title: 'retention [%]' },
              { field: 'cycles' },
              { field: 'reference', title: 'ref' },
            ],
          },
        },
        { mark: { type: 'text', dx: 10, dy: -8, fontSize: 10, color: '#333' }, encoding: { x, y, text: { field: 'label' } } },
      ],
    };
  },
});
