import { FARADAY, type AmperesPerSquareMeter, type MolesPerCubicMeter, type Seconds, type SquareMetersPerSecond } from '../units/index.ts';
import { chargeEquivalentsPerFormulaUnit, type BinarySalt } from './binary-salt.ts';
import { requireInRange, requirePositive } from './validate.ts';

/** Inputs of `sandTime`. */
export interface SandTimeInput {
  readonly salt: BinarySalt;
  /** Ambipolar salt diffusivity D [m²/s] (see `ambipolarDiffusivity`). */
  readonly saltDiffusivity: SquareMetersPerSecond;
  /** Bulk salt concentration c0 [mol/m³] (for MgA₂ equal to the Mg²⁺ concentration). */
  readonly saltConcentration: MolesPerCubicMeter;
  /** Anion transference number t− = 1 − t+ [1], in [0, 1]. */
  readonly anionTransferenceNumber: number;
  /** Magnitude of the (plating) current density J [A/m²], > 0. */
  readonly currentDensity: AmperesPerSquareMeter;
}

/**
 * Sand's time: when, under a constant current density J into a semi-infinite binary electrolyte,
 * the salt concentration at the plating electrode reaches zero (onset of tip-growing dendrites):
 *
 *   t_S = π·D·(ν+·z+·c0·F)² / (4·(J·t−)²)
 *
 * t_S [s]; D [m²/s] ambipolar salt diffusivity; c0 [mol/m³] bulk salt concentration; ν+ [1] cations
 * per formula unit and z+ [1] cation charge, so ν+·z+·c0 [mol/m³] is the cation charge
 * concentration (= z+·c+,0); F [C/mol]; J [A/m²]; t− [1] anion transference number. Returns
 * +∞ for t− = 0 (a single-ion conductor does not deplete).
 * Derivation (checked here): the anion does not react, so its flux vanishes at the electrode,
 * N− = −ν−·D·∂c/∂x + t−·i/(z−·F) = 0, which with ν−·z− = −ν+·z+ gives a salt flux
 * q = D·|∂c/∂x| = J·t−/(ν+·z+·F). Constant-flux diffusion into a half-space gives
 * c(0,t) = c0 − 2·q·√(t/(π·D)) (the Sand equation of chronopotentiometry: A. J. Bard &
 * L. R. Faulkner, "Electrochemical Methods", 2nd ed., Wiley (2001), ch. 8), which vanishes at t_S
 * above. For MgA₂ (ν+ = 1, z+ = 2) this is the formula of models-and-physics.md §3.1 with c0 = the
 * Mg²⁺ concentration; for a 1:1 salt it is the Sand's-time form of P. Bai, J. Li, F. R. Brushett &
 * M. Z. Bazant, Energy Environ. Sci. 9, 3221 (2016). Original: H. J. S. Sand, Phil. Mag. 1, 45 (1901).
 */
export function sandTime(input: SandTimeInput): Seconds {
  const nuZ = chargeEquivalentsPerFormulaUnit(input.salt);
  const d = requirePositive('saltDiffusivity', input.saltDiffusivity, 'm²/s');
  const c0 = requirePositive('saltConcentration', input.saltConcentration, 'mol/m³');
  const tMinus = requireInRange('anionTransferenceNumber', input.anionTransferenceNumber, 0, 1);
  const j = requirePositive('currentDensity', input.currentDensity, 'A/m²');
  if (tMinus === 0) return Number.POSITIVE_INFINITY as Seconds;
  const charge = nuZ * c0 * FARADAY;
  return ((Math.PI * d * charge * charge) / (4 * (j * tMinus) ** 2)) as Seconds;
}
