import { InputError } from '../units/index.ts';

/**
 * Argument checks shared by the physics functions. Each throws an `InputError` (the app layer maps
 * it to exit code 2) whose message names the argument, the expected range with its SI unit, and
 * the value received, e.g. `thickness must be a finite number > 0 m; got -1e-06`.
 * Internal to src/physics: not re-exported from the index.
 */

function fail(name: string, expected: string, unit: string, value: number): never {
  const u = unit.length > 0 ? ` ${unit}` : '';
  throw new InputError(`${name} must be ${expected}${u}; got ${String(value)}`);
}

/** Any finite number. */
export function requireFinite(name: string, value: number, unit = ''): number {
  if (!Number.isFinite(value)) fail(name, 'a finite number', unit, value);
  return value;
}

/** A finite number > 0. */
export function requirePositive(name: string, value: number, unit = ''): number {
  if (!(Number.isFinite(value) && value > 0)) fail(name, 'a finite number > 0', unit, value);
  return value;
}

/** A finite number ≥ lo. */
export function requireAtLeast(name: string, value: number, lo: number, unit = ''): number {
  if (!(Number.isFinite(value) && value >= lo)) fail(name, `a finite number ≥ ${lo}`, unit, value);
  return value;
}

/** A finite number < 0. */
export function requireNegative(name: string, value: number, unit = ''): number {
  if (!(Number.isFinite(value) && value < 0)) fail(name, 'a finite number < 0', unit, value);
  return value;
}

/** A finite number ≥ 0. */
export function requireNonNegative(name: string, value: number, unit = ''): number {
  if (!(Number.isFinite(value) && value >= 0)) fail(name, 'a finite number ≥ 0', unit, value);
  return value;
}

/** A finite number ≤ 0. */
export function requireNonPositive(name: string, value: number, unit = ''): number {
  if (!(Number.isFinite(value) && value <= 0)) fail(name, 'a finite number ≤ 0', unit, value);
  return value;
}

/** A finite number in [lo, hi], or (lo, hi] / [lo, hi) / (lo, hi) when an end is open. */
export function requireInRange(
  name: string,
  value: number,
  lo: number,
  hi: number,
  open: { readonly lo?: boolean; readonly hi?: boolean } = {},
  unit = '',
): number {
  const aboveLo = open.lo === true ? value > lo : value >= lo;
  const belowHi = open.hi === true ? value < hi : value <= hi;
  if (!(Number.isFinite(value) && aboveLo && belowHi)) {
    fail(name, `a finite number in ${open.lo === true ? '(' : '['}${lo}, ${hi}${open.hi === true ? ')' : ']'}`, unit, value);
  }
  return value;
}

/** A finite number strictly above another argument, e.g. T > T0; `boundName` names that argument. */
export function requireAbove(name: string, value: number, bound: number, boundName: string, unit = ''): number {
  if (!(Number.isFinite(value) && value > bound)) fail(name, `a finite number > ${boundName} = ${bound}`, unit, value);
  return value;
}

/** A temperature: finite and > 0 K. */
export function requireTemperature(name: string, value: number): number {
  return requirePositive(name, value, 'K');
}
