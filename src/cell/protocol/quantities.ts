import { DIMENSIONS, DIMENSION_NAMES, err, ok, parseQuantity, type Dimension, type Quantity, type Result } from '../../units/index.ts';
import type { CapacityAmount, StepRate } from './types.ts';

/**
 * Quantities inside protocol sentences: reading them through the unit parser with messages that
 * say what was written and what was expected, and writing SI values back as text that reads back
 * to exactly the same number.
 */

/** The dimensions a protocol uses; a percentage is a `dimensionless` fraction. */
export type ProtocolDimension =
  | 'currentDensity'
  | 'time'
  | 'voltage'
  | 'arealCapacity'
  | 'length'
  | 'dimensionless'
  | 'specificCurrent'
  | 'specificCapacity'
  | 'cRate';

/** `a current density such as "0.5 mA/cm2"`: what to write instead. */
export function expected(dimension: Dimension): string {
  if (dimension === 'dimensionless') return 'a percentage such as "99 %"';
  const d = DIMENSIONS[dimension];
  return `${d.noun} such as "${d.example}"`;
}

/** The dimension that `text` does have, when it is a valid quantity of another one. */
function actualDimension(text: string, wanted: Dimension): Dimension | undefined {
  for (const d of DIMENSION_NAMES) {
    if (d === wanted || DIMENSIONS[d].si === '1') continue;
    // "1 C" would read as a C-rate; only suggest that where a C-rate is a likely mistake.
    if (d === 'cRate' && wanted !== 'currentDensity') continue;
    if (parseQuantity(text, d).kind === 'ok') return d;
  }
  return undefined;
}

/**
 * The noun of the dimension `text` does have ("a current"), when it reads as a quantity of some
 * dimension other than those in `excluded` and other than the dimensionless ones and C-rates.
 */
export function otherDimensionNoun(text: string, excluded: readonly Dimension[]): string | undefined {
  for (const d of DIMENSION_NAMES) {
    if (excluded.includes(d) || DIMENSIONS[d].si === '1' || d === 'cRate') continue;
    if (parseQuantity(text, d).kind === 'ok') return DIMENSIONS[d].noun;
  }
  return undefined;
}

/**
 * Read `text` as a quantity of `dimension` into SI. Errors read `"1 mA" is a current, not a
 * current density; expected a current density such as "0.5 mA/cm2"`. Percentages need "%".
 */
export function readQuantity<D extends ProtocolDimension>(text: string, dimension: D): Result<Quantity<D>, string> {
  if (dimension === 'dimensionless' && !/^\s*\S+\s*(%|percent)\s*$/i.test(text)) {
    return err(`"${text}" is not a percentage; expected ${expected(dimension)}`);
  }
  const r = parseQuantity(text, dimension);
  // "-0 V" reads as +0, so that every value has one canonical text.
  if (r.kind === 'ok') return ok((Object.is(r.value.value, -0) ? 0 : r.value.value) as Quantity<D>);
  const actual = actualDimension(text, dimension);
  if (actual !== undefined) {
    const noun = dimension === 'dimensionless' ? 'a percentage' : DIMENSIONS[dimension].noun;
    return err(`"${text}" is ${DIMENSIONS[actual].noun}, not ${noun}; expected ${expected(dimension)}`);
  }
  return err(r.errors.message);
}

const RATE_DIMENSIONS = ['currentDensity', 'specificCurrent', 'cRate'] as const;
const RATE_KIND = { currentDensity: 'current-density', specificCurrent: 'specific-current', cRate: 'c-rate' } as const;
const RATE_EXPECTED = 'a current density such as "1 mA/cm2", a specific current such as "20 mA/g" or a C-rate such as "C/10"';
const CAPACITY_EXPECTED = 'an areal capacity such as "1 mAh/cm2" or a specific capacity such as "100 mAh/g"';

function readRateUnsigned(text: string): Result<StepRate, string> | undefined {
  for (const d of RATE_DIMENSIONS) {
    const r = parseQuantity(text, d);
    if (r.kind === 'ok') {
      const value = Object.is(r.value.value, -0) ? 0 : r.value.value;
      return ok({ kind: RATE_KIND[d], value } as StepRate);
    }
    if (r.errors.message.includes('not a finite number')) return err(r.errors.message);
  }
  return undefined;
}

/**
 * Read the current of a Charge/Discharge step: a current density ("1 mA/cm2"), a specific
 * current ("20 mA/g", "1 A/g") or a C-rate ("C/10", "1C", "5 C"), into SI with its kind. The value
 * may come back ≤ 0 ("-1C" reads as −1C) for the caller to refuse with a hint about the sign.
 */
export function readRate(text: string): Result<StepRate, string> {
  const r = readRateUnsigned(text);
  if (r !== undefined) return r;
  const unsigned = /^\s*[-\u2212]\s*(.*)$/s.exec(text);
  if (unsigned !== null) {
    const back = readRateUnsigned(unsigned[1] ?? '');
    if (back?.kind === 'ok') return ok({ ...back.value, value: -back.value.value } as StepRate);
  }
  const noun = otherDimensionNoun(text, RATE_DIMENSIONS);
  return err(`"${text}" is ${noun === undefined ? 'not a current' : `${noun}, not a current density, specific current or C-rate`}; expected ${RATE_EXPECTED}`);
}

/** Read an areal ("1 mAh/cm2") or specific ("100 mAh/g", per cathode active mass) capacity into SI with its kind. */
export function readCapacityAmount(text: string): Result<CapacityAmount, string> {
  const areal = parseQuantity(text, 'arealCapacity');
  if (areal.kind === 'ok') return ok({ kind: 'areal', value: (Object.is(areal.value.value, -0) ? 0 : areal.value.value) as typeof areal.value.value });
  const specific = parseQuantity(text, 'specificCapacity');
  if (specific.kind === 'ok') return ok({ kind: 'specific', value: (Object.is(specific.value.value, -0) ? 0 : specific.value.value) as typeof specific.value.value });
  for (const e of [areal.errors.message, specific.errors.message]) if (e.includes('not a finite number')) return err(e);
  const noun = otherDimensionNoun(text, ['arealCapacity', 'specificCapacity']);
  return err(`"${text}" is ${noun === undefined ? 'not a capacity' : `${noun}, not a capacity`}; expected ${CAPACITY_EXPECTED}`);
}

/** Write a capacity amount back: "1 mAh/cm2" or "100 mAh/g". */
export function formatCapacityAmount(amount: CapacityAmount): string {
  return amount.kind === 'areal' ? formatQuantity(amount.value, 'arealCapacity') : formatQuantity(amount.value, 'specificCapacity');
}

/** Write a rate back: "1 mA/cm2", "20 mA/g" or "C/10". */
export function formatRate(rate: StepRate): string {
  switch (rate.kind) {
    case 'current-density':
      return formatQuantity(rate.value, 'currentDensity');
    case 'specific-current':
      return formatQuantity(rate.value, 'specificCurrent');
    case 'c-rate':
      return formatQuantity(rate.value, 'cRate');
  }
}

/** Units a value is written back in, most preferred first; the last is exact (SI, factor 1). */
const WRITE_UNITS: Record<ProtocolDimension, { readonly units: readonly string[]; readonly engineering: boolean }> = {
  currentDensity: { units: ['mA/cm2', 'A/m2'], engineering: false },
  arealCapacity: { units: ['mAh/cm2', 'C/m2'], engineering: false },
  // Time, length and specific current pick the unit that gives the fewest digits, then a number
  // in [1, 1000), then the shortest text ("20 mA/g", "1 A/g").
  specificCurrent: { units: ['mA/g', 'A/g', 'A/kg'], engineering: true },
  specificCapacity: { units: ['mAh/g', 'C/kg'], engineering: false },
  // Written by `formatCRate` ("C/10", "2C"); listed for completeness.
  cRate: { units: ['C'], engineering: false },
  voltage: { units: ['V'], engineering: false },
  dimensionless: { units: ['%'], engineering: false },
  time: { units: ['h', 'min', 's'], engineering: true },
  length: { units: ['nm', 'um', 'm'], engineering: true },
};

/** The double next to `x` towards +∞ (`up`) or −∞. */
function nextDouble(x: number, up: boolean): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const f = new Float64Array([x]);
  const bits = new BigInt64Array(f.buffer);
  const away = x > 0 === up; // moving away from zero increases the magnitude bits
  bits[0] = (bits[0] ?? 0n) + (away ? 1n : -1n);
  return f[0] ?? x;
}

function significantDigits(numberText: string): number {
  const mantissa = numberText.replace(/^[-+]/, '').replace(/e.*$/i, '').replace('.', '');
  return Math.max(1, mantissa.replace(/^0+/, '').replace(/0+$/, '').length);
}

/** Shortest number text `n` such that `"n unit"` reads back to exactly `value`, if any. */
function exactText(value: number, dimension: ProtocolDimension, unit: string): string | undefined {
  const factor = parseQuantity(`1 ${unit}`, dimension);
  if (factor.kind === 'error') return undefined;
  const x0 = value / factor.value.value;
  // The parser multiplies by the unit's factor, so the number that reads back exactly is within
  // a few ulps of value / factor.
  const near = [x0];
  for (let i = 0, up = x0, down = x0; i < 3; i++) {
    up = nextDouble(up, true);
    down = nextDouble(down, false);
    near.push(up, down);
  }
  const tried = new Set<string>();
  for (let precision = 1; precision <= 17; precision++) {
    for (const x of near) {
      const text = String(Number(x.toPrecision(precision)));
      if (tried.has(text)) continue;
      tried.add(text);
      const back = parseQuantity(`${text} ${unit}`, dimension);
      if (back.kind === 'ok' && Object.is(back.value.value, value)) return text;
    }
  }
  return undefined;
}

/** Number texts near `x` (a few ulps either way), shortest first, that `reads` accepts. */
function shortestReading(x: number, reads: (text: string) => boolean, allowExponent: boolean): string | undefined {
  const near = [x];
  for (let i = 0, up = x, down = x; i < 3; i++) {
    up = nextDouble(up, true);
    down = nextDouble(down, false);
    near.push(up, down);
  }
  const tried = new Set<string>();
  for (let precision = 1; precision <= 17; precision++) {
    for (const v of near) {
      if (!(v > 0) || !Number.isFinite(v)) continue;
      const text = String(Number(v.toPrecision(precision)));
      if (tried.has(text) || (!allowExponent && /e/i.test(text))) continue;
      tried.add(text);
      if (reads(text)) return text;
    }
  }
  return undefined;
}

/**
 * A C-rate (1/s) as "C/n" or "xC", whichever needs fewer significant digits ("C/n" on a tie when
 * n is a whole number ≥ 2: "C/2", "C/10", "1C", "2C", "0.3C"); it reads back to exactly `value`
 * whenever `value` came from the unit parser.
 */
function formatCRate(value: number): string {
  const exact = (text: string): boolean => {
    const back = parseQuantity(text, 'cRate');
    return back.kind === 'ok' && Object.is(back.value.value, value);
  };
  const perHour = value * 3600;
  const times = shortestReading(perHour, (n) => exact(`${n}C`), true);
  const over = shortestReading(1 / perHour, (n) => exact(`C/${n}`), false);
  if (over !== undefined && (times === undefined || significantDigits(over) < significantDigits(times) || (significantDigits(over) === significantDigits(times) && Number.isInteger(Number(over)) && Number(over) >= 2))) {
    return `C/${over}`;
  }
  return `${times ?? String(perHour)}C`;
}

/**
 * Write an SI value as a quantity string that `readQuantity` reads back to exactly the same
 * number: "1 mA/cm2", "90 min", "0.5 V", "1 mAh/cm2", "50 nm", "99 %", "20 mA/g", "100 mAh/g",
 * "C/10". Every value that `readQuantity` produced round-trips; other fractions are written as the
 * nearest percentage.
 */
export function formatQuantity(value: number, dimension: ProtocolDimension): string {
  if (dimension === 'cRate') return formatCRate(value);
  const { units, engineering } = WRITE_UNITS[dimension];
  let best: { text: string; cost: readonly number[] } | undefined;
  units.forEach((unit, order) => {
    const n = exactText(value, dimension, unit);
    if (n === undefined) return;
    const magnitude = Math.abs(Number(n));
    const outside = magnitude >= 1 && magnitude < 1000 ? 0 : 1;
    const cost = engineering ? [significantDigits(n), outside, n.length, order] : [significantDigits(n), order];
    if (best === undefined || lexLess(cost, best.cost)) best = { text: `${n} ${unit}`, cost };
  });
  if (best !== undefined) return best.text;
  const last = units[units.length - 1] ?? '';
  return dimension === 'dimensionless' ? `${String(value * 100)} %` : `${String(value)} ${last}`;
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}
