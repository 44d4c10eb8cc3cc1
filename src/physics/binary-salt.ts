import { InputError, Z_MG } from '../units/index.ts';
import { requireNegative, requirePositive } from './validate.ts';

/**
 * A binary salt M_{ν+}A_{ν−} that dissociates into ν+ cations of charge z+ and ν− anions of charge
 * z−, with ν+·z+ + ν−·z− = 0. Every electrolyte function takes it explicitly, so nothing assumes a
 * 1:1 salt. Notation of J. Newman & K. E. Thomas-Alyea, "Electrochemical Systems", 3rd ed., Wiley
 * (2004), ch. 11–12. Concentrations c are of the salt [mol/m³]; the cation concentration is ν+·c.
 */
export interface BinarySalt {
  /** z+ [1], > 0. */
  readonly cationCharge: number;
  /** z− [1], < 0. */
  readonly anionCharge: number;
  /** ν+ [1], cations per formula unit, > 0. */
  readonly cationStoichiometry: number;
  /** ν− [1], anions per formula unit, > 0. */
  readonly anionStoichiometry: number;
}

/**
 * A Mg salt MgA₂ with a monovalent anion — Mg(TFSI)₂, Mg[B(hfip)₄]₂, Mg(OTf)₂, MgCl₂ taken as fully
 * dissociated: z+ = 2, z− = −1, ν+ = 1, ν− = 2 (ν = 3). The salt concentration equals the Mg²⁺
 * concentration.
 */
export const MG_A2_SALT: BinarySalt = { cationCharge: Z_MG, anionCharge: -1, cationStoichiometry: 1, anionStoichiometry: 2 };

/** A 1:1 salt such as LiPF₆ or LiTFSI (z+ = 1, z− = −1, ν+ = ν− = 1), for comparison with Li models. */
export const ONE_ONE_SALT: BinarySalt = { cationCharge: 1, anionCharge: -1, cationStoichiometry: 1, anionStoichiometry: 1 };

/**
 * Check a salt's charges and stoichiometry (z+ > 0, z− < 0, ν± > 0) and electroneutrality
 * ν+·z+ + ν−·z− = 0; throws an InputError naming the field otherwise. Returns the salt.
 */
export function checkBinarySalt(salt: BinarySalt): BinarySalt {
  requirePositive('salt.cationCharge', salt.cationCharge);
  requireNegative('salt.anionCharge', salt.anionCharge);
  requirePositive('salt.cationStoichiometry', salt.cationStoichiometry);
  requirePositive('salt.anionStoichiometry', salt.anionStoichiometry);
  const imbalance = salt.cationStoichiometry * salt.cationCharge + salt.anionStoichiometry * salt.anionCharge;
  if (Math.abs(imbalance) > 1e-12 * salt.cationStoichiometry * salt.cationCharge) {
    throw new InputError(
      `salt must be electroneutral, ν+·z+ + ν−·z− = 0; got ` +
        `${salt.cationStoichiometry}·${salt.cationCharge} + ${salt.anionStoichiometry}·(${salt.anionCharge}) = ${imbalance}`,
    );
  }
  return salt;
}

/** ν = ν+ + ν−, the number of ions per formula unit (3 for MgA₂). */
export function ionsPerFormulaUnit(salt: BinarySalt): number {
  checkBinarySalt(salt);
  return salt.cationStoichiometry + salt.anionStoichiometry;
}

/** ν+·z+ = −ν−·z−, moles of charge carried by each ion species per mole of salt (2 for MgA₂). */
export function chargeEquivalentsPerFormulaUnit(salt: BinarySalt): number {
  checkBinarySalt(salt);
  return salt.cationStoichiometry * salt.cationCharge;
}
