import type { Quantity } from '../units/index.ts';

/**
 * Type aliases for SI quantities the physics layer uses whose dimension src/units declares but does
 * not alias. Quantities whose dimension src/units does not declare yet (molar mass kg/mol, density
 * kg/m³, molar volume m³/mol, rate constant m/s, areal capacitance F/m², molar flux mol/(m²·s))
 * are plain numbers in SI, with the unit in the doc comment.
 */

/** Charge per area [C/m²] (1 mAh/cm² = 36 000 C/m²). */
export type CoulombsPerSquareMeter = Quantity<'arealCapacity'>;
