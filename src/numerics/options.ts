import { InputError } from '../units/index.ts';
import type { RosenbrockMethod } from './tableaus.ts';

/** Solver settings; every field is optional and defaults to `ROSENBROCK_DEFAULTS`. */
export interface RosenbrockOptions {
  /** The method: 'rodas4' (order 4(3), dense output of order 3) or 'rodas3' (order 3(2)). */
  readonly method?: RosenbrockMethod;
  /** Relative tolerance, > 10·eps and < 1. */
  readonly rtol?: number;
  /** Absolute tolerance, > 0: one value, or one per component (length n). Set it near the size below which a component's value does not matter. */
  readonly atol?: number | Float64Array;
  /** The rhs does not depend on t explicitly: skip the finite-difference ∂f/∂t (one rhs evaluation per step). */
  readonly autonomous?: boolean;
  /** Most accepted steps per `integrate` call. */
  readonly maxSteps?: number;
  /** Most rejected attempts in a row before giving up. */
  readonly maxRejections?: number;
  /** Largest step size. */
  readonly hMax?: number;
  /** Safety factor of the step-size controller. */
  readonly safety?: number;
  /** Absolute time tolerance for event location; default 8·eps·|t| (as tight as double precision allows). */
  readonly eventTolerance?: number;
}

/** The defaults of `RosenbrockOptions`, stated once. */
export const ROSENBROCK_DEFAULTS = {
  method: 'rodas4',
  rtol: 1e-6,
  atol: 1e-9,
  autonomous: false,
  maxSteps: 100_000,
  maxRejections: 30,
  hMax: Infinity,
  safety: 0.9,
  /** Bounds on the step-size ratio h_new/h (as rodas.f: 1/5 … 6). */
  minFactor: 0.2,
  maxFactor: 6,
} as const;

/** Options with every default filled in and `atol` expanded to one value per component. */
export interface ResolvedOptions {
  readonly method: RosenbrockMethod;
  readonly rtol: number;
  readonly atol: Float64Array;
  readonly autonomous: boolean;
  readonly maxSteps: number;
  readonly maxRejections: number;
  readonly hMax: number;
  readonly safety: number;
  readonly eventTolerance: number | undefined;
}

/** Validate options for a problem of size n and fill in the defaults; throws `InputError` naming the option. */
export function resolveOptions(n: number, options: RosenbrockOptions): ResolvedOptions {
  const d = ROSENBROCK_DEFAULTS;
  const method = options.method ?? d.method;
  if (method !== 'rodas4' && method !== 'rodas3') throw new InputError(`method must be 'rodas4' or 'rodas3' (got ${String(method)})`);
  const rtol = options.rtol ?? d.rtol;
  if (!(rtol > 10 * Number.EPSILON && rtol < 1)) throw new InputError(`rtol must be in (10·eps, 1) (got ${rtol}); double precision cannot deliver less than ~1e-14`);
  const atolIn = options.atol ?? d.atol;
  const atol = typeof atolIn === 'number' ? new Float64Array(n).fill(atolIn) : Float64Array.from(atolIn);
  if (atol.length !== n) throw new InputError(`atol must be a number or have length n = ${n} (got length ${atol.length})`);
  atol.forEach((a, i) => {
    if (!(a > 0 && Number.isFinite(a))) throw new InputError(`atol${typeof atolIn === 'number' ? '' : `[${i}]`} must be positive and finite (got ${a}); use a small value such as 1e-12 for a component that may be zero`);
  });
  const positiveInteger = (name: string, v: number): number => {
    if (!Number.isInteger(v) || v < 1) throw new InputError(`${name} must be a positive integer (got ${v})`);
    return v;
  };
  const hMax = options.hMax ?? d.hMax;
  if (!(hMax > 0)) throw new InputError(`hMax must be positive (got ${hMax})`);
  const safety = options.safety ?? d.safety;
  if (!(safety > 0.1 && safety < 1)) throw new InputError(`safety must be in (0.1, 1) (got ${safety})`);
  const eventTolerance = options.eventTolerance;
  if (eventTolerance !== undefined && !(eventTolerance > 0)) throw new InputError(`eventTolerance must be positive (got ${eventTolerance})`);
  return {
    method,
    rtol,
    atol,
    autonomous: options.autonomous ?? d.autonomous,
    maxSteps: positiveInteger('maxSteps', options.maxSteps ?? d.maxSteps),
    maxRejections: positiveInteger('maxRejections', options.maxRejections ?? d.maxRejections),
    hMax,
    safety,
    eventTolerance,
  };
}
