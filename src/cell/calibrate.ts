import { InputError, resolveParams } from '../units/index.ts';
import { CELL_PARAMS } from './stack/params.ts';
import type { Stack } from './stack/types.ts';

/**
 * Calibration of one model parameter to one reported number (a retention after N cycles, a
 * Coulombic efficiency): the parameter is varied on a log scale inside its bracket until the
 * simulated metric equals the target, by the Illinois method (numerics/root.ts). The sensitivity
 * d(metric)/d(ln p) at the solution is reported, so a reader sees how firmly the data pin it.
 */

/** A parameter of a stack, by section and key, e.g. { section: 'film', key: 'solventDiffusivity' }. */
export interface StackParameter {
  readonly section: 'film' | 'metal' | 'water' | 'cathode' | 'degradation';
  readonly key: string;
}

export interface CalibrationOptions {
  /** Bracket of the parameter in SI units; both > 0 (the search runs on ln p). */
  readonly min: number;
  readonly max: number;
  /** Stop when the metric is within this of the target (absolute). Default 1e-4. */
  readonly tolerance?: number;
  readonly maxEvaluations?: number;
  onEvaluation?(value: number, metric: number): void;
}

export interface CalibrationResult {
  readonly parameter: StackParameter;
  readonly value: number;
  readonly metric: number;
  readonly target: number;
  /** d(metric)/d(ln p) at the solution, by a central difference of ±1 % in p. */
  readonly sensitivity: number;
  readonly evaluations: readonly { readonly value: number; readonly metric: number }[];
}

/** A copy of the stack with one parameter replaced (SI value); throws InputError for an unknown one. */
export function withParameter(stack: Stack, p: StackParameter, value: number): Stack {
  if (p.section === 'cathode') {
    const cathode = stack.cathode;
    if (cathode === undefined || typeof (cathode.params as Record<string, unknown>)[p.key] !== 'number') {
      throw new InputError(`the stack has no numeric parameter cathode.${p.key} to calibrate`);
    }
    return { ...stack, cathode: { ...cathode, params: { ...cathode.params, [p.key]: value } } };
  }
  const section = (stack as unknown as Record<string, unknown>)[p.section];
  if (typeof section !== 'object' || section === null || !Object.hasOwn(section, p.key)) {
    throw new InputError(`the stack has no parameter ${p.section}.${p.key} to calibrate`);
  }
  if (typeof (section as Record<string, unknown>)[p.key] !== 'number') {
    throw new InputError(`${p.section}.${p.key} is not a number and cannot be calibrated`);
  }
  return { ...stack, [p.section]: { ...(section as Record<string, unknown>), [p.key]: value } } as Stack;
}

/**
 * Find the value of `parameter` for which `metric(stack)` equals `target`. The metric must be
 * monotone in the parameter over [min, max]; if the target lies outside the metric's range there,
 * an InputError says which way to widen the bracket.
 */
export function calibrate(
  stack: Stack,
  parameter: StackParameter,
  target: number,
  metric: (s: Stack) => number,
  options: CalibrationOptions,
): CalibrationResult {
  if (!(options.min > 0 && options.max > options.min)) {
    throw new InputError(`the calibration bracket must be 0 < min < max (got ${options.min} … ${options.max})`);
  }
  const evaluations: { value: number; metric: number }[] = [];
  const at = (lnp: number): number => {
    const value = Math.exp(lnp);
    const m = metric(withParameter(stack, parameter, value));
    evaluations.push({ value, metric: m });
    options.onEvaluation?.(value, m);
    return m - target;
  };
  const a = Math.log(options.min);
  const b = Math.log(options.max);
  const ga = at(a);
  const gb = at(b);
  if (!Number.isFinite(ga) || !Number.isFinite(gb)) throw new InputError('the metric is not finite at an end of the bracket: narrow it');
  if (ga * gb > 0) {
    throw new InputError(
      `the target ${target} is outside the simulated range ${(ga + target).toPrecision(4)} … ${(gb + target).toPrecision(4)} for ${parameter.section}.${parameter.key} in [${options.min}, ${options.max}]: widen the bracket`,
    );
  }
  const tol = options.tolerance ?? 1e-4;
  // Illinois on ln p, stopped as soon as the metric is within tol/10 of the target (each
  // evaluation is a whole simulation) or the bracket is below 1e-6 in ln p.
  let lnp = a;
  let m = ga + target;
  {
    let lo = a;
    let hi = b;
    let glo = ga;
    let ghi = gb;
    let side = 0;
    let last = Math.min(Math.abs(ga), Math.abs(gb)); // |metric − target| of the latest simulation
    const maxEvaluations = options.maxEvaluations ?? 60;
    for (let k = 0; k < maxEvaluations; k++) {
      if (last <= tol / 10 || hi - lo < 1e-6) break;
      const x = hi - (ghi * (hi - lo)) / (ghi - glo);
      const xs = x > lo && x < hi ? x : (lo + hi) / 2;
      const g = at(xs);
      last = Math.abs(g);
      if (!Number.isFinite(g)) throw new InputError(`the metric is not finite at ${parameter.section}.${parameter.key} = ${Math.exp(xs)}: narrow the bracket`);
      if (Math.sign(g) === Math.sign(glo)) {
        lo = xs;
        glo = g;
        if (side === -1) ghi /= 2;
        side = -1;
      } else {
        hi = xs;
        ghi = g;
        if (side === 1) glo /= 2;
        side = 1;
      }
    }
    // The best evaluated point (the halved end values of Illinois are not metrics).
    let best = evaluations[0];
    for (const e of evaluations) if (best === undefined || Math.abs(e.metric - target) < Math.abs(best.metric - target)) best = e;
    lnp = Math.log(best?.value ?? Math.exp(a));
    m = best?.metric ?? m;
  }
  const value = Math.exp(lnp);
  if (Math.abs(m - target) > tol * 10) {
    throw new InputError(`calibration of ${parameter.section}.${parameter.key} did not converge (metric ${m} vs target ${target}): the metric may not be monotone in the bracket`);
  }
  const up = metric(withParameter(stack, parameter, value * 1.01));
  const down = metric(withParameter(stack, parameter, value / 1.01));
  const sensitivity = (up - down) / (2 * Math.log(1.01));
  return { parameter, value, metric: m, target, sensitivity, evaluations };
}

/**
 * A copy of the stack at another cell temperature (text with its unit, e.g. "50 degC"), checked
 * against the declared range of cell.temperature; the parameter's recorded source names `origin`
 * (e.g. "command line --temperature"). Throws InputError for a bad value.
 */
export function withTemperature(stack: Stack, text: string, origin: string): Stack {
  const r = resolveParams({ temperature: CELL_PARAMS.temperature }, { temperature: text });
  if (r.kind === 'error') throw new InputError(`temperature "${text}": ${r.errors.map((e) => e.message).join('; ')}`);
  const temperature = r.value.temperature;
  return {
    ...stack,
    cell: { ...stack.cell, temperature },
    sources: stack.sources.map((p) => (p.parameter === 'cell.temperature' ? { ...p, value: text, source: origin, origin: 'stack' } : p)),
  };
}
