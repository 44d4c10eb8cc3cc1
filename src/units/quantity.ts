import type { Dimension } from './dimensions.ts';

declare const dimensionBrand: unique symbol;

/**
 * A number in SI units that carries its dimension in the type. Only the unit parser and the
 * explicit `si` constructor make them, so `Meters + Seconds` does not compile.
 */
export type Quantity<D extends Dimension> = number & { readonly [dimensionBrand]: D };

export type Dimensionless = Quantity<'dimensionless'>;
export type Meters = Quantity<'length'>;
export type SquareMeters = Quantity<'area'>;
export type Seconds = Quantity<'time'>;
export type Kelvin = Quantity<'temperature'>;
export type Volts = Quantity<'voltage'>;
export type Amperes = Quantity<'current'>;
export type AmperesPerSquareMeter = Quantity<'currentDensity'>;
export type SiemensPerMeter = Quantity<'conductivity'>;
export type Ohms = Quantity<'resistance'>;
export type OhmSquareMeters = Quantity<'arealResistance'>;
export type Joules = Quantity<'energy'>;
export type JoulesPerMole = Quantity<'molarEnergy'>;
export type SquareMetersPerSecond = Quantity<'diffusivity'>;
export type MolesPerCubicMeter = Quantity<'concentration'>;
export type CoulombsPerKilogram = Quantity<'specificCapacity'>;
export type CoulombsPerCubicMeter = Quantity<'volumetricCapacity'>;
export type JoulesPerCubicMeter = Quantity<'energyDensity'>;
/** Charge per area [C/m²] (1 mAh/cm² = 36 000 C/m²). */
export type CoulombsPerSquareMeter = Quantity<'arealCapacity'>;
export type FaradsPerSquareMeter = Quantity<'arealCapacitance'>;
export type CubicMetersPerMole = Quantity<'molarVolume'>;
export type KilogramsPerCubicMeter = Quantity<'density'>;
export type MetersPerSecond = Quantity<'velocity'>;
export type KilogramsPerMole = Quantity<'molarMass'>;

/**
 * Brand a number that is already in SI units. Use at the few places where a value is computed
 * from other SI quantities (a physics function's result), never to skip unit parsing of input.
 */
export function si<D extends Dimension>(value: number, _dimension: D): Quantity<D> {
  return value as Quantity<D>;
}
