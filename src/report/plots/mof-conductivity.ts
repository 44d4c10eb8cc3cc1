import type { TopLevelSpec } from 'vega-lite';
import { toUnit } from '../../units/index.ts';
import { mofConductorRows, type MofConductorRow } from '../data.ts';
import { ROOM_T_MAX, ROOM_T_MIN, TARGET_CONDUCTIVITY } from '../params.ts';
import { definePlot } from '../plot-def.ts';
import { logSigmaEncoding, specHead, targetRuleLayer, type Colour, type Layer, type Position, type Tooltip } from '../spec-parts.ts';
import { MISSING_COLOUR } from '../theme.ts';

/**
 * Room-temperature conductivity of the review's MOF Mg²⁺ conductors against pore size, coloured by
 * activation energy, with the practical target drawn (review §4.1, Figures 5 and 6).
 */
export const mofConductivityPlot = definePlot({
  title: 'MOF Mg²⁺ conductors: room-temperature σ vs pore size',
  description:
    'Room-temperature ionic conductivity of every MOF-based Mg²⁺ conductor in the review, against its pore size where the review gives one; colour is the activation energy (grey: not reported); the line is the practical target.',
  params: { targetConductivity: TARGET_CONDUCTIVITY, roomTMin: ROOM_T_MIN, roomTMax: ROOM_T_MAX },
  build(kb, p): TopLevelSpec {
    const rows = mofConductorRows(kb, p.roomTMin, p.roomTMax);
    const target = toUnit(p.targetConductivity, 'conductivity', 'S/cm');
    const withPore = rows.filter((r) => r.poreAngstrom !== null);
    const withoutPore = rows.filter((r) => r.poreAngstrom === null);
    const y = logSigmaEncoding('sigmaSCm', 'σ at room temperature [S/cm]', [target, ...rows.map((r) => r.sigmaSCm)]);
    const colour: Colour = { field: 'eaEv', type: 'quantitative', title: 'Ea [eV]', scale: { scheme: 'viridis' }, legend: { format: '.2f' } };
    const excluded = kb.entities
      .filter((e) => e.mof && e.ion === 'Mg2+' && e.values.some((v) => v.property === 'ionic-conductivity') && !rows.some((r) => r.entityId === e.id))
      .map((e) => {
        const t = e.values.find((v) => v.property === 'ionic-conductivity')?.conditions.temperature;
        return `${e.name} (${t === undefined ? 'T not stated' : `${Number(toUnit(t.value, 'temperature', 'degC').toFixed(1))} °C`})`;
      });
    const tooltip: Tooltip = [
      { field: 'name', title: 'material' },
      { field: 'sigmaSCm', title: 'σ [S/cm]', format: '.2e' },
      { field: 'temperatureLabel', title: 'T' },
      { field: 'poreAngstrom', title: 'pore [Å]' },
      { field: 'eaEv', title: 'Ea [eV]' },
      { field: 'source', title: 'refs' },
    ];
    const targetRule = targetRuleLayer(target, 'y');
    const points = (values: readonly MofConductorRow[], x: Position): Layer[] => [
      {
        data: { values: values.filter((r) => r.eaEv !== null) },
        mark: { type: 'point', filled: true, size: 110, stroke: 'black', strokeWidth: 0.6 },
        encoding: { x, y, color: colour, tooltip },
      },
      {
        data: { values: values.filter((r) => r.eaEv === null) },
        mark: { type: 'point', filled: true, size: 110, color: MISSING_COLOUR, stroke: 'black', strokeWidth: 0.6 },
        encoding: { x, y, tooltip },
      },
    ];
    const xPore: Position = { field: 'poreAngstrom', type: 'quantitative', title: 'pore size [Å]', scale: { domain: [0, 45] } };
    const xName: Position = { field: 'name', type: 'nominal', title: null, axis: { labelAngle: -35, labelLimit: 170 } };
    return {
      ...specHead(this.title, [
          `${rows.length} MOF conductors with σ measured at ${toUnit(p.roomTMin, 'temperature', 'degC')}–${toUnit(p.roomTMax, 'temperature', 'degC')} °C ("RT" taken as 25 °C); dashed: target ${target.toExponential(0)} S/cm.`,
          'Source: Salado et al. (2025) review §4.1, refs [97]–[104]; grey points: Ea not reported.',
          ...(excluded.length > 0 ? [`Not shown (not at room temperature): ${excluded.join('; ')}.`] : []),
      ]),
      hconcat: [
        {
          title: { text: 'pore size given in the review', fontSize: 12 },
          width: 340,
          height: 320,
          layer: [
            targetRule,
            ...points(withPore, xPore),
            {
              data: { values: withPore },
              mark: { type: 'text', align: 'right', dx: -9, dy: -8, fontSize: 11 },
              encoding: { x: xPore, y, text: { field: 'name' } },
            },
          ],
        },
        {
          title: { text: 'pore size not given', fontSize: 12 },
          width: { step: 34 },
          height: 320,
          layer: [targetRule, ...points(withoutPore, xName).map((l) => ({ ...l, encoding: { ...l.encoding, y: { ...y, title: null } } }))],
        },
      ],
      resolve: { scale: { y: 'shared', color: 'shared' } },
    };
  },
});
