import { FARADAY, type AmperesPerSquareMeter, type Meters, type MolesPerCubicMeter, type SquareMetersPerSecond } from '../units/index.ts';
import { chargeEquivalentsPerFormulaUnit, type BinarySalt } from './binary-salt.ts';
import { requireInRange, requirePositive } from './validate.ts';

/** Inputs of `limitingCurrentDensity`. */
export interface LimitingCurrentInput {
  readonly salt: BinarySalt;
  /** Salt diffusivity D [m²/s]; in a porous separator its effective value D·ε/τ. */
  readonly saltDiffusivity: SquareMetersPerSecond;
  /** Mean (initial) salt concentration c0 [mol/m³]. */
  readonly saltConcentration: MolesPerCubicMeter;
  /** Anion transference number t− = 1 − t+ [1], in [0, 1]. */
  readonly anionTransferenceNumber: number;
  /** Electrode gap L [m] (separator thickness). */
  readonly gap: Meters;
}

/**
 * Steady-state limiting current density of a closed symmetric metal|binary electrolyte|metal cell
 * with gap L (the current at which the salt concentration at the plating electrode reaches zero):
 *
 *   i_lim = 2·ν+·z+·F·D·c0 / (t−·L)
 *
 * i_lim [A/m²]; ν+, z+ [1]; F [C/mol]; D [m²/s]; c0 [mol/m³] mean salt concentration; t− [1];
 * L [m]. Returns +∞ for t− = 0.
 * Derivation (checked here): at steady state the anion flux is zero everywhere, so
 * |dc/dx| = i·t−/(ν+·z+·F·D), a linear profile; salt conservation keeps the mean at c0, so the
 * plating side reaches zero when |dc/dx|·L/2 = c0. For MgA₂ (ν+·z+ = 2): i_lim = 4·F·D·c0/(t−·L),
 * the "2·z+·F·D·c0/(t−·L)" of models-and-physics.md §3.1 with c0 = the Mg²⁺ concentration. Same
 * linear-profile argument as the 1:1 case in P. Bai et al., Energy Environ. Sci. 9, 3221 (2016);
 * Newman & Thomas-Alyea, "Electrochemical Systems", 3rd ed. (2004), ch. 11 (binary electrolyte).
 * Assumed: constant D and t−, no convection.
 */
export function limitingCurrentDensity(input: LimitingCurrentInput): AmperesPerSquareMeter {
  const nuZ = chargeEquivalentsPerFormulaUnit(input.salt);
  const d = requirePositive('saltDiffusivity', input.saltDiffusivity, 'm²/s');
  const c0 = requirePositive('saltConcentration', input.saltConcentration, 'mol/m³');
  const tMinus = requireInRange('anionTransferenceNumber', input.anionTransferenceNumber, 0, 1);
  const l = requirePositive('gap', input.gap, 'm');
  if (tMinus === 0) return Number.POSITIVE_INFINITY as AmperesPerSquareMeter;
  return ((2 * nuZ * FARADAY * d * c0) / (tMinus * l)) as AmperesPerSquareMeter;
}
