import type { TopLevelSpec } from 'vega-lite';
import { InputError, toUnit, type Kelvin } from '../../units/index.ts';
import { arrheniusConductivity } from '../../physics/index.ts';
import { arrheniusMaterials } from '../data.ts';
import { TARGET_CONDUCTIVITY } from '../params.ts';
import { definePlot } from '../plot-def.ts';
import { logSigmaEncoding, specHead, targetRuleLayer, type Colour, type Position } from '../spec-parts.ts';

const SAMPLES = 49;

/** σ(T) lines for every material the review gives a conductivity and an activation energy for. */
export const arrheniusPlot = definePlot({
  title: 'Arrhenius lines σ(T) from the review',
  description:
    'σ(T) = σ_ref·exp[−Ea/k_B·(1/T − 1/T_ref)] for every material with a conductivity and an activation energy (reported, or derived from conductivities at two temperatures), with the measured points.',
  params: {
    tMin: {
      kind: 'quantity',
      dimension: 'temperature',
      default: '-20 degC',
      min: '-100 degC',
      max: '400 degC',
      description: 'lowest temperature of the lines',
      source: 'assumed: the low end of the LIB operating range (−20–60 °C) quoted in the review introduction',
    },
    tMax: {
      kind: 'quantity',
      dimension: 'temperature',
      default: '100 degC',
      min: '-100 degC',
      max: '400 degC',
      description: 'highest temperature of the lines',
      source: 'assumed: the highest temperature of a measured point among the review’s near-room-temperature conductors (Mg(BH4)2·1.6NH3 at 100 °C)',
    },
    targetConductivity: TARGET_CONDUCTIVITY,
  },
  build(kb, p): TopLevelSpec {
    if (!(p.tMin < p.tMax)) throw new InputError(`tMin must be below tMax (got ${toUnit(p.tMin, 'temperature', 'degC')} °C and ${toUnit(p.tMax, 'temperature', 'degC')} °C)`);
    const materials = arrheniusMaterials(kb);
    const label = (m: (typeof materials)[number]): string =>
      `${m.name} (Ea ${toUnit(m.activationEnergy, 'energy', 'eV').toFixed(2)} eV, ${m.eaOrigin})`;
    const lines = materials.flatMap((m) =>
      Array.from({ length: SAMPLES }, (_, i) => {
        const t = (p.tMin + ((p.tMax - p.tMin) * i) / (SAMPLES - 1)) as Kelvin;
        return {
          material: label(m),
          inverseT1000: 1000 / t,
          temperatureC: toUnit(t, 'temperature', 'degC'),
          sigmaSCm: toUnit(arrheniusConductivity(m.sigmaRef, m.tRef, m.activationEnergy, t), 'conductivity', 'S/cm'),
        };
      }),
    );
    const measured = materials.flatMap((m) =>
      m.measured.map((q) => ({ material: label(m), inverseT1000: 1000 / q.temperatureK, sigmaSCm: q.sigmaSCm, temperature: q.label, source: m.source })),
    );
    const target = toUnit(p.targetConductivity, 'conductivity', 'S/cm');
    const x: Position = {
      field: 'inverseT1000',
      type: 'quantitative',
      title: '1000/T [1/K] (temperature in °C below)',
      scale: { zero: false, nice: false },
      // Two-line labels: 1000/T, then the temperature in °C.
      axis: { labelExpr: "[format(datum.value, '.2f'), format(1000 / datum.value - 273.15, '.0f') + ' °C']", labelLineHeight: 13 },
    };
    const y = logSigmaEncoding('sigmaSCm', 'σ [S/cm]', [target, ...lines.map((l) => l.sigmaSCm), ...measured.map((m) => m.sigmaSCm)]);
    const colour: Colour = { field: 'material', type: 'nominal', title: null, legend: { orient: 'bottom', direction: 'vertical', labelLimit: 0 } };
    return {
      ...specHead(this.title, [
          `${materials.length} material${materials.length === 1 ? '' : 's'}, ${toUnit(p.tMin, 'temperature', 'degC')} to ${toUnit(p.tMax, 'temperature', 'degC')} °C; points: values measured in the review, "RT" taken as 25 °C.`,
          '"derived": Ea from two σ(T) points of the review (two-point Arrhenius); dashed: target σ.',
      ]),
      width: 460,
      height: 320,
      layer: [
        targetRuleLayer(target, 'y'),
        {
          data: { values: lines },
          mark: { type: 'line', strokeWidth: 2 },
          encoding: { x, y, color: colour, tooltip: [{ field: 'material' }, { field: 'temperatureC', title: 'T [°C]', format: '.0f' }, { field: 'sigmaSCm', title: 'σ [S/cm]', format: '.2e' }] },
        },
        {
          data: { values: measured },
          mark: { type: 'point', filled: true, size: 90, stroke: 'black', strokeWidth: 0.6 },
          encoding: { x, y, color: colour, tooltip: [{ field: 'material' }, { field: 'temperature', title: 'T' }, { field: 'sigmaSCm', title: 'σ [S/cm]', format: '.2e' }, { field: 'source', title: 'refs' }] },
        },
      ],
    };
  },
});
