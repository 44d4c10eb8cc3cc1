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

/** Discharge and charge capacity and retention per cycle for full cells, as the review's Figs. 2c and 7b. */
export function capacitySpec(runs: readonly RunForPlot[]): TopLevelSpec {
  const values = runs.flatMap((r) =>
    r.summary.flatMap((s) => [
      ...(s.dischargeCapacity_mAh_g !== null ? [{ run: r.name, cycle: s.cycle, quantity: 'discharge', value: s.dischargeCapacity_mAh_g }] : []),
      ...(s.chargeCapacity_mAh_g !== null ? [{ run: r.name, cycle: s.cycle, quantity: 'charge', value: s.chargeCapacity_mAh_g }] : []),
    ]),
  );
  const retention = runs.flatMap((r) => r.summary.flatMap((s) => (s.retention !== null ? [{ run: r.name, cycle: s.cycle, retention: s.retention * 100 }] : [])));
  const x: Position = { field: 'cycle', type: 'quantitative', title: 'cycle' };
  return {
    ...specHead('Capacity and retention', [`${runs.map((r) => r.name).join(' vs ')}; capacities per mass of cathode active material; dashed: 80 % retention.`]),
    vconcat: [
      {
        width: 560,
        height: 200,
        data: { values },
        mark: { type: 'line', point: values.length < 200 },
        encoding: {
          x,
          y: { field: 'value', type: 'quantitative', title: 'capacity [mAh/g]', scale: { zero: false } },
          color: colour,
          strokeDash: { field: 'quantity', type: 'nominal', title: null },
          tooltip: [{ field: 'run' }, { field: 'cycle' }, { field: 'quantity' }, { field: 'value', format: '.2f' }],
        },
      },
      {
        width: 560,
        height: 160,
        layer: [
          {
            data: { values: retention },
            mark: { type: 'line' },
            encoding: { x, y: { field: 'retention', type: 'quantitative', title: 'retention [%]', scale: { zero: false } }, color: colour },
          },
          { data: { values: [{ r: 80 }] }, mark: { type: 'rule', color: TARGET_COLOUR, strokeDash: [6, 4] }, encoding: { y: { field: 'r', type: 'quantitative' } } },
        ],
      },
    ],
  } as TopLevelSpec;
}

/** Voltage against capacity [mAh/g] within each recorded cycle: discharge and charge profiles. */
export function voltageCapacitySpec(runs: readonly (RunForPlot & { readonly massLoading_kg_m2: number })[], maxCycles = 4): TopLevelSpec {
  const rows: { run: string; cycle: number; capacity: number; voltage: number; branch: string }[] = [];
  for (const r of runs) {
    if (r.series === null) continue;
    const t = column(r.series, 'time');
    const v = column(r.series, 'cell voltage');
    const c = column(r.series, 'cycle');
    const i = column(r.series, 'current density');
    const step = column(r.series, 'step');
    if (t === undefined || v === undefined || c === undefined || i === undefined || step === undefined) continue;
    let q = 0;
    for (let j = 0; j < r.series.length; j++) {
      const current = i[j] ?? 0;
      if (j > 0 && step[j] !== step[j - 1]) q = 0;
      else if (j > 0) q += Math.abs(current) * ((t[j] ?? 0) - (t[j - 1] ?? 0));
      if (current === 0) continue;
      rows.push({ run: r.name, cycle: c[j] ?? 0, capacity: q / r.massLoading_kg_m2 / 3600, voltage: v[j] ?? 0, branch: current > 0 ? 'discharge' : 'charge' });
    }
  }
  const chosen = pickCycles(rows.map((row) => row.cycle), maxCycles);
  return {
    ...specHead('Voltage profiles', [`${runs.map((r) => r.name).join(' vs ')}; cycles ${chosen.join(', ')}; capacity per mass of cathode active material.`]),
    data: { values: rows.filter((row) => chosen.includes(row.cycle)) },
    facet: { column: { field: 'cycle', type: 'ordinal', title: 'cycle' } },
    spec: {
      width: 220,
      height: 240,
      mark: { type: 'line', strokeWidth: 1.4 },
      encoding: {
        x: { field: 'capacity', type: 'quantitative', title: 'capacity [mAh/g]' },
        y: { field: 'voltage', type: 'quantitative', title: 'cell voltage [V]', scale: { zero: false } },
        color: colour,
        strokeDash: { field: 'branch', type: 'nominal', title: null },
        detail: { field: 'branch', type: 'nominal' },
      },
    },
  } as TopLevelSpec;
}
