import { AVOGADRO, type KilogramsPerCubicMeter } from '../units/index.ts';
import type { Composition } from './atomic-weights.ts';
import type { FormulaOptions } from './formula.ts';
import { molarMass } from './molar-mass.ts';
import { requirePositive } from './validate.ts';

/**
 * X-ray (crystallographic) density of a crystal from its unit cell:
 *
 *   ρ = Z·M / (N_A·V_cell)
 *
 * ρ [kg/m³]; Z [1] formula units per unit cell; M [kg/mol] molar mass of the formula (IUPAC 2021
 * atomic weights); N_A [1/mol] Avogadro constant (exact); V_cell [m³] unit-cell volume
 * (1 Å³ = 1e-30 m³). MgO (a = 4.2136 Å, Z = 4): 3579 kg/m³. It is the density of a perfect,
 * pore-free crystal, an upper bound for a powder's skeletal density.
 * Source: International Tables for Crystallography, Vol. C (2006), §3.4 (calculated density).
 */
export function crystalDensity(
  formula: string | Composition,
  formulaUnitsPerCell: number,
  cellVolume: number,
  options: FormulaOptions = {},
): KilogramsPerCubicMeter {
  const z = requirePositive('formulaUnitsPerCell', formulaUnitsPerCell);
  const v = requirePositive('cellVolume', cellVolume, 'm³');
  return ((z * molarMass(formula, options)) / (AVOGADRO * v)) as KilogramsPerCubicMeter;
}

/**
 * Volume of a hexagonal cell (also the hexagonal setting of a rhombohedral lattice):
 *
 *   V = (√3/2)·a²·c
 *
 * V [m³]; a, c [m] lattice parameters. Source: International Tables for Crystallography, Vol. B,
 * §1.1 (metric of the hexagonal lattice).
 */
export function hexagonalCellVolume(a: number, c: number): number {
  requirePositive('a', a, 'm');
  requirePositive('c', c, 'm');
  return (Math.sqrt(3) / 2) * a * a * c;
}
