import { Z_MG, type CoulombsPerCubicMeter, type CoulombsPerKilogram, type MolesPerCubicMeter, type Volts } from '../units/index.ts';
import { ATOMIC_WEIGHTS } from './atomic-weights.ts';
import { METAL_DENSITIES } from './metal-densities.ts';
import { metalSpecificCapacity, metalVolumetricCapacity } from './metal-capacity.ts';

/**
 * Magnesium metal constants, SI. Capacities are computed from M, ρ and n = 2 (Z_MG), not typed in.
 */

/** Molar mass of Mg [kg/mol]: 24.305 g/mol, IUPAC conventional atomic weight (CIAAW 2021, Pure Appl. Chem. 94, 573 (2022); `ATOMIC_WEIGHTS`). */
export const MG_MOLAR_MASS = ATOMIC_WEIGHTS.Mg;

/** Density of Mg metal at 20 °C [kg/m³]: 1.738 g/cm³ (CRC Handbook of Chemistry and Physics, "Physical Constants of Inorganic Compounds"; `METAL_DENSITIES`). */
export const MG_DENSITY = METAL_DENSITIES.Mg;

/** Molar volume of Mg, V̄ = M/ρ [m³/mol] = 1.39845e-5 (BattMo's magnesium_battery.json uses 1.39845e-5). */
export const MG_MOLAR_VOLUME = MG_MOLAR_MASS / MG_DENSITY;

/** "Concentration" of Mg in the metal, 1/V̄ [mol/m³] ≈ 71 508: the c_Mg of the exchange current density. */
export const MG_METAL_CONCENTRATION = (1 / MG_MOLAR_VOLUME) as MolesPerCubicMeter;

/**
 * Standard potential E°(Mg²⁺/Mg) [V vs SHE] = −2.372 V (CRC Handbook, "Electrochemical Series";
 * A. J. Bard, R. Parsons & J. Jordan, "Standard Potentials in Aqueous Solution", Dekker (1985));
 * quoted as −2.37 V in Nat. Commun. 15, 9364 (2024).
 */
export const MG_STANDARD_POTENTIAL = -2.372 as Volts;

/** Theoretical specific capacity of Mg, 2F/M [C/kg] = 7.9395e6 C/kg = 2205 mAh/g. */
export const MG_SPECIFIC_CAPACITY: CoulombsPerKilogram = metalSpecificCapacity(MG_MOLAR_MASS, Z_MG);

/** Theoretical volumetric capacity of Mg, 2Fρ/M [C/m³] = 1.3799e10 C/m³ = 3833 mAh/cm³ (review §1). */
export const MG_VOLUMETRIC_CAPACITY: CoulombsPerCubicMeter = metalVolumetricCapacity(MG_MOLAR_MASS, MG_DENSITY, Z_MG);
