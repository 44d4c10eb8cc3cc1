import { FARADAY, type CoulombsPerCubicMeter, type CoulombsPerKilogram } from '../units/index.ts';
import type { Composition } from './atomic-weights.ts';
import type { FormulaOptions } from './formula.ts';
import { molarMass } from './molar-mass.ts';
import { requirePositive } from './validate.ts';

/**
 * Theoretical specific capacity of an electrode material (Faraday's law):
 *
 *   Q_m = n·F / M
 *
 * Q_m [C/kg] (1 mAh/g = 3600 C/kg); n [1] electrons transferred per formula unit of the material
 * whose mass is the basis (n = z·x for x ions of charge z: Mo₆S₈ + 2 Mg²⁺ + 4 e⁻ → Mg₂Mo₆S₈ has
 * n = 4; V₂O₅ + Mg²⁺ has n = 2); F [C/mol] Faraday constant (CODATA 2022, exact);
 * M [kg/mol] molar mass of the formula from IUPAC 2021 atomic weights.
 * The basis matters: 4 e⁻ per Mo₆S₈ is 128.8 mAh/g of Mo₆S₈ but 121.7 mAh/g of Mg₂Mo₆S₈.
 * Source: Faraday's law, e.g. A. J. Bard & L. R. Faulkner, "Electrochemical Methods", 2nd ed.
 * (Wiley 2001), ch. 1; the same equation as `metalSpecificCapacity` with M from the formula.
 */
export function theoreticalSpecificCapacity(
  formula: string | Composition,
  electronsPerFormulaUnit: number,
  options: FormulaOptions = {},
): CoulombsPerKilogram {
  const n = requirePositive('electronsPerFormulaUnit', electronsPerFormulaUnit);
  return ((n * FARADAY) / molarMass(formula, options)) as CoulombsPerKilogram;
}

/**
 * Theoretical volumetric capacity of a dense material:
 *
 *   Q_v = n·F·ρ / M
 *
 * Q_v [C/m³] (1 mAh/cm³ = 3.6e6 C/m³); n, F, M as `theoreticalSpecificCapacity`; ρ [kg/m³]
 * density of the (fully dense) material. For a metal anode n is the ion charge per atom: Mg
 * (n = 2, ρ = 1.738 g/cm³) gives 3833 mAh/cm³, the review's introduction.
 * Source: as `theoreticalSpecificCapacity`.
 */
export function theoreticalVolumetricCapacity(
  formula: string | Composition,
  electronsPerFormulaUnit: number,
  density: number,
  options: FormulaOptions = {},
): CoulombsPerCubicMeter {
  const rho = requirePositive('density', density, 'kg/m³');
  return (theoreticalSpecificCapacity(formula, electronsPerFormulaUnit, options) * rho) as CoulombsPerCubicMeter;
}
