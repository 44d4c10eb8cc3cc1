import { FARADAY, type AmperesPerSquareMeter, type MolesPerCubicMeter } from '../units/index.ts';
import { requireInRange, requireNonNegative, requirePositive } from './validate.ts';

/** Inputs of `exchangeCurrentDensity`. */
export interface ExchangeCurrentInput {
  /** Standard rate constant k [m/s], > 0. */
  readonly rateConstant: number;
  /** Electrons transferred n [1] (2 for Mg²⁺/Mg). */
  readonly electronCount: number;
  /** Concentration of the oxidised species (Mg²⁺ in the electrolyte) c_e [mol/m³], ≥ 0. */
  readonly cationConcentration: MolesPerCubicMeter;
  /** Concentration of the reduced species (the metal, c_Mg = 1/V̄_Mg for pure Mg) [mol/m³], ≥ 0. */
  readonly metalConcentration: MolesPerCubicMeter;
  /** Cathodic transfer coefficient α_c [1] in [0, 1]; the anodic one is α_a = 1 − α_c. */
  readonly cathodicTransferCoefficient: number;
}

/**
 * Exchange current density of a redox couple O + n e⁻ ⇌ R (here Mg²⁺ + 2e⁻ ⇌ Mg) with mass-action
 * concentration dependence:
 *
 *   i0 = n·F·k·c_e^(1−α_c)·c_M^(α_c) = n·F·k·c_e^(α_a)·c_M^(α_c),   α_a + α_c = 1
 *
 * i0 [A/m²]; n [1]; F [C/mol]; k [m/s] standard rate constant; c_e [mol/m³] Mg²⁺ concentration;
 * c_M [mol/m³] metal "concentration" (1/V̄_Mg = 71 508 mol/m³ for pure Mg); α_c, α_a [1]. The
 * exponent of the oxidised species is α_a (= 1 − α_c), that of the reduced species α_c: this is
 * what makes i_a = i_c at the Nernst potential (tested). PyBaMM/Xu2019 write the same law as
 * k·c_e^α·c_Li^(1−α) with α its *anodic* coefficient.
 * Source: Bard & Faulkner, "Electrochemical Methods", 2nd ed. (2001), §3.4 (i0 = F·k0·C_O^(1−α)·C_R^α);
 * models-and-physics.md §3.1 (PyBaMM/Xu2019 form with 2F for Mg).
 */
export function exchangeCurrentDensity(input: ExchangeCurrentInput): AmperesPerSquareMeter {
  const k = requirePositive('rateConstant', input.rateConstant, 'm/s');
  const n = requirePositive('electronCount', input.electronCount);
  const ce = requireNonNegative('cationConcentration', input.cationConcentration, 'mol/m³');
  const cm = requireNonNegative('metalConcentration', input.metalConcentration, 'mol/m³');
  const ac = requireInRange('cathodicTransferCoefficient', input.cathodicTransferCoefficient, 0, 1);
  return (n * FARADAY * k * ce ** (1 - ac) * cm ** ac) as AmperesPerSquareMeter;
}
