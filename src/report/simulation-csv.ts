import type { CycleSummary, Series } from '../cell/index.ts';
import { csvField } from './table1-csv.ts';

const SUMMARY_COLUMNS = [
  'cycle',
  'meanAbsOverpotential_V',
  'maxAbsOverpotential_V',
  'filmThickness_m',
  'counterFilmThickness_m',
  'coulombicEfficiency',
  'mgLostToFilm_mol_m2',
  'platedCharge_C_m2',
  'strippedCharge_C_m2',
  'time_s',
] as const satisfies readonly (keyof CycleSummary)[];

/** The per-cycle summary as CSV (RFC 4180, CRLF), one line per cycle. */
export function summaryCsv(summary: readonly CycleSummary[]): string {
  const lines = [SUMMARY_COLUMNS.join(','), ...summary.map((s) => SUMMARY_COLUMNS.map((c) => csvField(s[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** A time series as CSV; the header names each column with its unit, e.g. "cell voltage [V]". */
export function seriesCsv(series: Series): string {
  const header = series.columns.map((c, j) => csvField(`${c} [${series.units[j] ?? ''}]`)).join(',');
  const lines = [header];
  for (let i = 0; i < series.length; i++) lines.push(series.data.map((col) => String(col[i] ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
