import { DIMENSIONS, DIMENSION_NAMES, err, ok, parseQuantity, type Dimension, type Quantity, type Result } from '../../units/index.ts';

/**
 * Quantities inside protocol sentences: reading them through the unit parser with messages that
 * say what was written and what was expected, and writing SI values back as text that reads back
 * to exactly the same number.
 */

/** The dimensions a protocol uses; a percentage is a `dimensionless` fraction. */
export type ProtocolDimension = 'currentDensity' | 'time' | 'voltage' | 'arealCapacity' | 'length' | 'dimensionless';

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

/** Units a value is written back in, most preferred first; the last is exact (SI, factor 1). */
const WRITE_UNITS: Record<ProtocolDimension, { readonly units: readonly string[]; readonly engineering: boolean }> = {
  currentDensity: { units: ['mA/cm2', 'A/m2'], engineering: false },
  arealCapacity: { units: ['mAh/cm2', 'C/m2'], engineering: false },
  voltage: { units: ['V'], engineering: false },
  dimensionless: { units: ['%'], engineering: false },
  // Time and length pick the unit that gives the fewest digits, then a number in [1, 1000), then
  // the shortest text.
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

/**
 * Write an SI value as a quantity string that `readQuantity` reads back to exactly the same
 * number: "1 mA/cm2", "90 min", "0.5 V", "1 mAh/cm2", "50 nm", "99 %". Every value that
 * `readQuantity` produced round-trips; other fractions are written as the nearest percentage.
 */
export function formatQuantity(value: number, dimension: ProtocolDimension): string {
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
