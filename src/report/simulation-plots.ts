import type { TopLevelSpec } from 'vega-lite';
import type { CycleSummary, Failure, Series } from '../cell/index.ts';
import { specHead, type Colour, type Position } from './spec-parts.ts';
import { TARGET_COLOUR } from './theme.ts';

/** One simulation run as the plots need it. */
export interface RunForPlot {
  readonly name: string;
  readonly summary: readonly CycleSummary[];
  readonly failure: Failure | null;
  readonly series: Series | null;
}

const colour: Colour = { field: 'run', type: 'nominal', title: null, legend: { orient: 'bottom', direction: 'vertical', labelLimit: 0 } };

function column(series: Series, name: string): Float64Array | undefined {
  const j = series.columns.indexOf(name);
  return j < 0 ? undefined : series.data[j];
}

/** Up to `max` cycles spread over the recorded ones: the first, the last and evenly between. */
function pickCycles(recorded: readonly number[], max: number): number[] {
  const sorted = [...new Set(recorded)].sort((a, b) => a - b);
  if (sorted.length <= max) return sorted;
  return [...new Set(Array.from({ length: max }, (_, k) => sorted[Math.round((k * (sorted.length - 1)) / (max - 1))] ?? 0))];
}

/**
 * Cell voltage against time within each cycle, one panel per selected cycle and one colour per run,
 * as in the review's Figures 4b, 6a and 8b (galvanostatic Mg plating/stripping).
 */
export function voltageTimeSpec(runs: readonly RunForPlot[], maxPanels = 4): TopLevelSpec {
  const rows: { run: string; hours: number; voltage: number; cycle: number }[] = [];
  for (const r of runs) {
    if (r.series === null) continue;
    const t = column(r.series, 'time');
    const v = column(r.series, 'cell voltage');
    const c = column(r.series, 'cycle');
    if (t === undefined || v === undefined || c === undefined) continue;
    const start = new Map<number, number>();
    for (let j = 0; j < r.series.length; j++) {
      const cycle = c[j] ?? 0;
      if (!start.has(cycle)) start.set(cycle, t[j] ?? 0);
      rows.push({ run: r.name, hours: ((t[j] ?? 0) - (start.get(cycle) ?? 0)) / 3600, voltage: v[j] ?? 0, cycle });
    }
  }
  const chosen = pickCycles(rows.map((row) => row.cycle), maxPanels);
  const values = rows.filter((row) => chosen.includes(row.cycle));
  const x: Position = { field: 'hours', type: 'quantitative', title: 'time in cycle [h]' };
  const y: Position = { field: 'voltage', type: 'quantitative', title: 'cell voltage [V]' };
  return {
    ...specHead('Voltage response', [
      `${runs.map((r) => r.name).join(' vs ')}; cycles ${chosen.join(', ')}.`,
      'Positive: the working electrode strips; negative: it plates (IUPAC sign).',
    ]),
    data: { values },
    facet: { column: { field: 'cycle', type: 'ordinal', title: 'cycle' } },
    spec: {
      width: 220,
      height: 240,
      mark: { type: 'line', strokeWidth: 1.4 },
      encoding: {
        x,
        y,
        color: colour,
        tooltip: [{ field: 'run' }, { field: 'cycle' }, { field: 'hours', format: '.3f' }, { field: 'voltage', format: '.4f' }],
      },
    },
  } as TopLevelSpec;
}

/** Per-cycle overpotential, film thickness and Coulombic efficiency, one colour per run, failures marked. */
export function cycleSpec(runs: readonly RunForPlot[]): TopLevelSpec {
  const values = runs.flatMap((r) =>
    r.summary.map((s) => ({
      run: r.name,
      cycle: s.cycle,
      meanAbs: s.meanAbsOverpotential_V,
      maxAbs: s.maxAbsOverpotential_V,
      filmNm: s.filmThickness_m * 1e9,
      ce: s.coulombicEfficiency === null ? null : s.coulombicEfficiency * 100,
    })),
  );
  const failures = runs.flatMap((r) => (r.failure?.cycle != null ? [{ run: r.name, cycle: r.failure.cycle, reason: r.failure.reason }] : []));
  const x: Position = { field: 'cycle', type: 'quantitative', title: 'cycle' };
  const failureLayer = {
    data: { values: failures },
    mark: { type: 'rule' as const, color: TARGET_COLOUR, strokeDash: [4, 3] },
    encoding: { x: { field: 'cycle', type: 'quantitative' as const }, tooltip: [{ field: 'run' }, { field: 'reason' }] },
  };
  const panel = (field: string, title: string, extra: object = {}) => ({
    width: 560,
    height: 160,
    layer: [
      { data: { values }, mark: { type: 'line' as const, point: values.length < 60 }, encoding: { x, y: { field, type: 'quantitative' as const, title, scale: { zero: false } }, color: colour } },
      failureLayer,
    ],
    ...extra,
  });
  const hasCe = values.some((v) => v.ce !== null);
  return {
    ...specHead('Cycle by cycle', [
      `${runs.map((r) => r.name).join(' vs ')}. Dashed red lines: failure (${failures.map((f) => `${f.run}: ${f.reason} in cycle ${f.cycle}`).join('; ') || 'none'}).`,
    ]),
    vconcat: [
      panel('meanAbs', 'mean |V| [V]'),
      panel('maxAbs', 'max |V| [V]'),
      panel('filmNm', 'film thickness [nm]'),
      ...(hasCe ? [panel('ce', 'Coulombic efficiency [%]')] : []),
    ],
  } as TopLevelSpec;
}
