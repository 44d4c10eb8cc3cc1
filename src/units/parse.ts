import { DIMENSIONS, type Dimension } from './dimensions.ts';
import { UnitError } from './errors.ts';
import type { Unit } from 'mathjs';
import { math } from './mathjs-instance.ts';
import type { Quantity } from './quantity.ts';
import { err, ok, type ParseIssue, type Result } from './result.ts';

/** A quantity read from text: its SI value plus what was written. */
export interface ParsedQuantity<D extends Dimension> {
  readonly value: Quantity<D>;
  readonly dimension: D;
  /** The SI unit of `value`, e.g. `S/m`. */
  readonly siUnit: string;
  /** The input as given. */
  readonly text: string;
  /** The number as written, e.g. `2.5e-4`. */
  readonly numberText: string;
  /** The unit as written, e.g. `S cm-1`; empty for a bare number. */
  readonly unitText: string;
}

const NUMBER = /^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(.*?)\s*$/s;
const C_RATE = /^\s*(?:((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*C|C\s*\/\s*(\d+(?:\.\d*)?))\s*$/;
const COUNT_WORDS = new Set(['', 'cycle', 'cycles', 'times', 'x']);
const DIMENSIONLESS_FACTORS: Record<string, number> = { '': 1, '1': 1, '%': 0.01, percent: 0.01, ppm: 1e-6 };
const SECONDS_PER_HOUR = 3600;

/**
 * Rewrite the unit spellings of papers into mathjs syntax: `cm2`/`cm²` → `cm^2`, `S cm-1`/`S cm⁻¹` → `S cm^-1`,
 * `µm` → `um`, `°C` → `degC`, `Å` → `angstrom`, `Ω` → `ohm`, `mL-1` → `mL^-1`, a unicode minus → `-`.
 */
const SUPERSCRIPTS: Record<string, string> = { '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

export function normaliseUnitText(unit: string): string {
  return unit
    .replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => SUPERSCRIPTS[c] ?? c)
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/[\u00b5\u03bc]/g, 'u')
    .replace(/°\s*C\b/g, 'degC')
    .replace(/°\s*F\b/g, 'degF')
    .replace(/\u00c5|\u212b/g, 'angstrom')
    .replace(/\u03a9|\u2126/g, 'ohm')
    .replace(/[{}]/g, '')
    // "1/s" and "/s" (per second) → "s^-1"
    .replace(/^\s*1?\s*\/\s*([A-Za-z]+)\s*$/, '$1^-1')
    .replace(/([A-Za-z])\s*\^?\s*(-?\d+)(?![\d.])/g, '$1^$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Rewrite `3.17 × 10^-6` / `3.17x10-6` / `3.17·10^−6` into `3.17e-6`. */
function normaliseNumberText(text: string): string {
  return text
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/^\s*([-+]?\d+(?:\.\d*)?)\s*[×x*·]\s*10\s*\^?\s*([-+]?\d+)/, '$1e$2');
}

function issue(text: string, expected: Dimension, problem: string): ParseIssue {
  const d = DIMENSIONS[expected];
  return { message: `"${text}": ${problem}; expected ${d.noun} such as "${d.example}"` };
}

function finite<D extends Dimension>(
  text: string,
  expected: D,
  value: number,
  numberText: string,
  unitText: string,
): Result<ParsedQuantity<D>, ParseIssue> {
  if (!Number.isFinite(value)) return err(issue(text, expected, 'the value is not a finite number'));
  return ok({
    value: value as Quantity<D>,
    dimension: expected,
    siUnit: DIMENSIONS[expected].si,
    text,
    numberText,
    unitText,
  });
}

/**
 * Read a quantity such as "2 um", "2.5e-4 S/cm", "0.05 mA/cm2", "60 degC", "0.22 eV", "98 %",
 * "5 C" into its SI value, checking it has the expected dimension. Never throws.
 */
export function parseQuantity<D extends Dimension>(text: string, expected: D): Result<ParsedQuantity<D>, ParseIssue> {
  if (typeof text !== 'string' || text.trim().length === 0) {
    return err(issue(String(text), expected, 'there is no value'));
  }
  if (expected === 'cRate') {
    const m = C_RATE.exec(text.replace(/[\u2212]/g, '-'));
    if (m === null) return err(issue(text, expected, 'this is not a C-rate'));
    const perHour = m[1] !== undefined ? Number(m[1]) : 1 / Number(m[2]);
    return finite(text, expected, perHour / SECONDS_PER_HOUR, m[1] ?? `1/${m[2] ?? ''}`, 'C');
  }
  const m = NUMBER.exec(normaliseNumberText(text));
  if (m === null) return err(issue(text, expected, 'there is no number at the start'));
  const numberText = m[1] ?? '';
  const unitText = m[2] ?? '';
  const number = Number(numberText);

  if (expected === 'dimensionless' || expected === 'count') {
    const key = unitText.trim().toLowerCase();
    if (expected === 'count' && COUNT_WORDS.has(key)) return finite(text, expected, number, numberText, unitText);
    const factor = DIMENSIONLESS_FACTORS[key];
    if (factor !== undefined) return finite(text, expected, number * factor, numberText, unitText);
    return err(issue(text, expected, `"${unitText}" is not a dimensionless unit`));
  }
  if (unitText.length === 0) return err(issue(text, expected, 'the unit is missing'));

  let unit: Unit;
  try {
    unit = math.unit(`${numberText} ${normaliseUnitText(unitText)}`);
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^Unit "(.*)" not found\.?$/, 'unknown unit "$1"') : String(e);
    return err(issue(text, expected, why.startsWith('unknown unit') ? why : `cannot read the unit "${unitText}"`));
  }
  const reference = math.unit(DIMENSIONS[expected].si);
  if (!unit.equalBase(reference)) {
    const actual = describeDimension(unit);
    return err(issue(text, expected, `the unit "${unitText}" is ${actual}, not ${DIMENSIONS[expected].noun}`));
  }
  let value: number;
  try {
    value = unit.toNumber(DIMENSIONS[expected].si);
  } catch (e) {
    return err(issue(text, expected, `cannot convert "${unitText}" to ${DIMENSIONS[expected].si} (${e instanceof Error ? e.message : String(e)})`));
  }
  return finite(text, expected, value, numberText, unitText);
}

function describeDimension(unit: Unit): string {
  for (const [name, d] of Object.entries(DIMENSIONS)) {
    if (d.si !== '1' && unit.equalBase(math.unit(d.si))) return DIMENSIONS[name as Dimension].noun;
  }
  return 'of another dimension';
}

/** Like `parseQuantity`, but throws a `UnitError` naming `field` (for already-validated config). */
export function quantity<D extends Dimension>(text: string, expected: D, field?: string): Quantity<D> {
  const r = parseQuantity(text, expected);
  if (r.kind === 'error') throw new UnitError(field === undefined ? r.errors.message : `${field}: ${r.errors.message}`);
  return r.value.value;
}

/** Check that `unit` (e.g. "mS/cm") is a unit of `dimension`; returns an issue if not. */
export function checkUnit(unit: string, dimension: Dimension): ParseIssue | undefined {
  const r = parseQuantity(`1 ${unit}`, dimension);
  return r.kind === 'error' ? r.errors : undefined;
}

/** Express an SI value of `dimension` in `unit` (e.g. 0.025 S/m in "S/cm" → 2.5e-4). */
export function toUnit(value: number, dimension: Dimension, unit: string): number {
  const problem = checkUnit(unit, dimension);
  if (problem !== undefined) throw new UnitError(problem.message);
  if (dimension === 'cRate') return value * SECONDS_PER_HOUR;
  if (dimension === 'dimensionless' || dimension === 'count') {
    return value / (DIMENSIONLESS_FACTORS[unit.trim().toLowerCase()] ?? 1);
  }
  return math.unit(value, DIMENSIONS[dimension].si).toNumber(normaliseUnitText(unit));
}
