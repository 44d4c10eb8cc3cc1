import { InputError, type KilogramsPerMole } from '../units/index.ts';
import { ATOMIC_WEIGHTS, type Composition, type Element } from './atomic-weights.ts';
import { parseFormula, type FormulaOptions } from './formula.ts';

/**
 * Molar mass of a composition:
 *
 *   M = Σ_i ν_i·A_i
 *
 * M [kg/mol]; ν_i [1] atoms of element i per formula unit; A_i [kg/mol] its standard atomic
 * weight (`ATOMIC_WEIGHTS`, IUPAC CIAAW 2021). An empty composition gives 0.
 */
export function formulaMolarMass(composition: Composition): number {
  let m = 0;
  for (const [el, count] of Object.entries(composition) as [Element, number][]) m += count * ATOMIC_WEIGHTS[el];
  return m;
}

/**
 * Molar mass M = Σ_i ν_i·A_i [kg/mol] of a formula ("Mo6S8" → 0.83218 kg/mol) or a composition.
 * Throws an `InputError` naming the column for a formula `parseFormula` cannot read, and for a
 * composition with no atoms.
 */
export function molarMass(formula: string | Composition, options: FormulaOptions = {}): KilogramsPerMole {
  const composition = compositionOf(formula, options);
  const m = formulaMolarMass(composition);
  if (!(Number.isFinite(m) && m > 0)) {
    throw new InputError(`the formula ${JSON.stringify(formula)} has no atoms; give at least one element with a count > 0`);
  }
  return m as KilogramsPerMole;
}

/** The composition of a formula, or the composition itself; throws `InputError` on a bad formula. */
export function compositionOf(formula: string | Composition, options: FormulaOptions = {}): Composition {
  if (typeof formula !== 'string') return formula;
  const r = parseFormula(formula, options);
  if (r.kind === 'error') throw new InputError(r.errors.map((e) => e.message).join('; '));
  return r.value;
}
