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

/** Added for full and anode-free cells (the fields are null otherwise). */
const FULL_CELL_COLUMNS = [
  'dischargeCapacity_mAh_g',
  'chargeCapacity_mAh_g',
  'dischargeCapacity_mAh',
  'chargeCapacity_mAh',
  'retention',
  'meanDischargeVoltage_V',
  'dischargeEnergy_Wh_kg',
  'resistance_ohm_m2',
] as const satisfies readonly (keyof CycleSummary)[];

/**
 * The per-cycle summary as CSV (RFC 4180, CRLF), one line per cycle; full cells get their capacity
 * columns too (a formation line, if given first, is cycle 0).
 */
export function summaryCsv(summary: readonly CycleSummary[]): string {
  const full = summary.some((s) => s.dischargeCapacity_mAh_g !== null);
  const columns: readonly (keyof CycleSummary)[] = full ? [...SUMMARY_COLUMNS, ...FULL_CELL_COLUMNS] : SUMMARY_COLUMNS;
  const lines = [columns.join(','), ...summary.map((s) => columns.map((c) => csvField(s[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** A time series as CSV; the header names each column with its unit, e.g. "cell voltage [V]". */
export function seriesCsv(series: Series): string {
  const header = series.columns.map((c, j) => csvField(`${c} [${series.units[j] ?? ''}]`)).join(',');
  const lines = [header];
  for (let i = 0; i < series.length; i++) lines.push(series.data.map((col) => String(col[i] ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
