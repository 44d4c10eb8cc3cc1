import type { Table1Row } from '../knowledge/index.ts';

const COLUMNS = ['row', 'group', 'approach', 'batteryType', 'anode', 'cathode', 'retentionPercent', 'cycles', 'reference'] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Table 1 as CSV (RFC 4180, CRLF line ends), one line per row, empty retention where none is given. */
export function table1Csv(rows: readonly Table1Row[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvField(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
