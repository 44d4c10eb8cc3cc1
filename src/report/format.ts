import { bounds, PROPERTIES, type ValueRecord } from '../knowledge/index.ts';
import { toUnit } from '../units/index.ts';

const DISPLAY_NAMES: Record<string, string> = { angstrom: 'Å', degC: '°C', 'cm^2/s': 'cm²/s', 'mAh/cm^3': 'mAh/cm³', ohm: 'Ω', '1': '' };

/** A number for people: 4 significant digits, exponent form outside 1e-3…1e5. */
export function formatNumber(x: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-3 || a >= 1e5) return x.toExponential(3).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(4)));
}

export function displayUnit(unit: string): string {
  return DISPLAY_NAMES[unit] ?? unit.replace(/\^2/g, '²').replace(/\^3/g, '³');
}

/** A value in its property's display unit: "≈ 21 Å", "250–670 Wh/L", "< 0.3 V". */
export function formatValue(v: ValueRecord): string {
  const unit = PROPERTIES[v.property].display;
  const [lo, hi] = bounds(v.amount).map((x) => toUnit(x, v.dimension, unit));
  const number = v.amount.kind === 'point' ? formatNumber(lo ?? 0) : `${formatNumber(lo ?? 0)}–${formatNumber(hi ?? 0)}`;
  const q = v.qualifier === '=' ? '' : `${v.qualifier} `;
  const u = displayUnit(unit);
  return `${q}${number}${u.length > 0 ? (u === '%' ? '' : ' ') + u : ''}`;
}

/** The measurement conditions in one short line. */
export function formatConditions(v: ValueRecord): string {
  const c = v.conditions;
  const parts: string[] = [];
  if (c.temperature) parts.push(c.temperature.assumed !== undefined ? c.temperature.asWritten : `${formatNumber(toUnit(c.temperature.value, 'temperature', 'degC'))} °C`);
  if (c.currentDensity) parts.push(`${formatNumber(toUnit(c.currentDensity.value, 'currentDensity', 'mA/cm^2'))} mA/cm²`);
  if (c.specificCurrent) parts.push(`${formatNumber(toUnit(c.specificCurrent.value, 'specificCurrent', 'mA/g'))} mA/g`);
  if (c.cRate) parts.push(c.cRate.asWritten);
  if (c.duration) parts.push(c.duration.asWritten);
  if (c.afterCycles !== undefined) parts.push(`after ${c.afterCycles} cycles`);
  if (c.vs) parts.push(`vs ${c.vs}`);
  if (c.cell) parts.push(c.cell);
  return parts.join(', ');
}
