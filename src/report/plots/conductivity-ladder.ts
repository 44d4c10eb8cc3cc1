import type { TopLevelSpec } from 'vega-lite';
import { toUnit } from '../../units/index.ts';
import { mgConductivityPoints, temperatureOrder } from '../data.ts';
import { TARGET_CONDUCTIVITY } from '../params.ts';
import { definePlot } from '../plot-def.ts';
import { logSigmaEncoding, specHead, targetRuleLayer, type Colour, type Position, type Tooltip } from '../spec-parts.ts';

/** Every Mg²⁺ conductivity of the review on one log axis, one row per electrolyte family. */
export const conductivityLadderPlot = definePlot({
  title: 'Mg²⁺ conductivity ladder of the review',
  description:
    'Every ionic conductivity the review gives for a Mg²⁺ conductor, one row per electrolyte family, on one log axis; colour is the measurement temperature, bars are ranges, the dashed line is the practical target.',
  params: { targetConductivity: TARGET_CONDUCTIVITY },
  build(kb, p): TopLevelSpec {
    const all = mgConductivityPoints(kb);
    const points = all.filter((q) => !q.isRange);
    const ranges = all.filter((q) => q.isRange);
    const target = toUnit(p.targetConductivity, 'conductivity', 'S/cm');
    const order = [...new Set(all.map((q) => q.family))]
      .map((f) => {
        const s = all.filter((q) => q.family === f).map((q) => Math.log10(q.sigmaSCm)).sort((a, b) => a - b);
        return { f, median: s[Math.floor(s.length / 2)] ?? 0 };
      })
      .sort((a, b) => b.median - a.median)
      .map((o) => o.f);
    const y: Position = { field: 'family', type: 'nominal', title: null, sort: order, axis: { labelLimit: 320 } };
    const x = logSigmaEncoding('sigmaSCm', 'σ [S/cm]', [target, ...all.map((q) => q.sigmaLowSCm), ...all.map((q) => q.sigmaHighSCm)]);
    const colour: Colour = {
      field: 'temperatureLabel',
      type: 'nominal',
      title: 'measured at',
      scale: { domain: temperatureOrder(all.map((q) => q.temperatureLabel)), scheme: 'tableau10' },
    };
    const tooltip: Tooltip = [
      { field: 'name', title: 'material' },
      { field: 'sigmaSCm', title: 'σ [S/cm]', format: '.2e' },
      { field: 'temperatureLabel', title: 'T' },
      { field: 'source', title: 'refs' },
    ];
    return {
      ...specHead(this.title, [
          `${all.length} values (${ranges.length} ranges) for ${new Set(all.map((q) => q.entityId)).size} Mg²⁺ conductors in ${order.length} families; dashed: target ${target.toExponential(0)} S/cm.`,
          'Source: Salado et al. (2025) review §2.3–§4.3; diamonds: MOF-based; bars: ranges the review gives for a whole family.',
      ]),
      width: 520,
      height: { step: 34 },
      layer: [
        targetRuleLayer(target, 'x'),
        {
          data: { values: ranges },
          mark: { type: 'rule', strokeWidth: 5, opacity: 0.6 },
          encoding: { y, x: { ...x, field: 'sigmaLowSCm' }, x2: { field: 'sigmaHighSCm' }, color: colour, tooltip },
        },
        {
          data: { values: points },
          mark: { type: 'point', filled: true, size: 90, stroke: 'black', strokeWidth: 0.5, opacity: 0.9 },
          encoding: {
            y,
            x,
            color: colour,
            shape: { field: 'mof', type: 'nominal', title: 'MOF-based', scale: { domain: [false, true], range: ['circle', 'diamond'] } },
            tooltip,
          },
        },
      ],
    };
  },
});
