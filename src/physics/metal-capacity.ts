import { FARADAY, type CoulombsPerCubicMeter, type CoulombsPerKilogram, type Meters } from '../units/index.ts';
import type { CoulombsPerSquareMeter } from './quantities.ts';
import { requireNonNegative, requirePositive } from './validate.ts';

/**
 * Theoretical specific capacity of a metal anode M → M^{n+} + n e⁻:
 *
 *   Q_m = n·F / M
 *
 * Q_m [C/kg] (1 mAh/g = 3600 C/kg); n [1] electrons per atom (2 for Mg); F [C/mol]; M [kg/mol]
 * molar mass. Mg: 2·96485.33/0.024305 = 7.9395e6 C/kg = 2205 mAh/g.
 * Source: Faraday's law, e.g. Bard & Faulkner, "Electrochemical Methods", 2nd ed. (2001), ch. 1.
 */
export function metalSpecificCapacity(molarMass: number, electronCount: number): CoulombsPerKilogram {
  const m = requirePositive('molarMass', molarMass, 'kg/mol');
  const n = requirePositive('electronCount', electronCount);
  return ((n * FARADAY) / m) as CoulombsPerKilogram;
}

/**
 * Theoretical volumetric capacity of a dense metal anode:
 *
 *   Q_v = n·F·ρ / M = n·F / V̄
 *
 * Q_v [C/m³] (1 mAh/cm³ = 3.6e6 C/m³); n [1]; F [C/mol]; ρ [kg/m³] density; M [kg/mol];
 * V̄ = M/ρ [m³/mol] molar volume. Mg: 3833 mAh/cm³ (the review, §1: "3833 mAh mL⁻¹").
 * Source: as `metalSpecificCapacity`.
 */
export function metalVolumetricCapacity(molarMass: number, density: number, electronCount: number): CoulombsPerCubicMeter {
  const rho = requirePositive('density', density, 'kg/m³');
  return (metalSpecificCapacity(molarMass, electronCount) * rho) as CoulombsPerCubicMeter;
}

/**
 * Thickness of dense metal plated (or stripped) per areal charge:
 *
 *   h = q·V̄ / (n·F)
 *
 * h [m]; q [C/m²] areal charge (1 mAh/cm² = 36 000 C/m²); V̄ [m³/mol] molar volume; n [1]; F [C/mol].
 * Mg: 2.609 µm per mAh/cm². Assumed: a dense, flat deposit (real deposits are porous, thicker).
 * Source: as `metalSpecificCapacity`.
 */
export function platedThickness(arealCharge: CoulombsPerSquareMeter, molarVolume: number, electronCount: number): Meters {
  const q = requireNonNegative('arealCharge', arealCharge, 'C/m²');
  const v = requirePositive('molarVolume', molarVolume, 'm³/mol');
  const n = requirePositive('electronCount', electronCount);
  return ((q * v) / (n * FARADAY)) as Meters;
}
