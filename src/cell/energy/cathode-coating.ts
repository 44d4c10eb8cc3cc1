import { theoreticalSpecificCapacity } from '../../physics/index.ts';
import type { CoulombsPerKilogram, Meters } from '../../units/index.ts';
import type { ActiveMaterialCapacity, CathodeInput, KilogramsPerSquareMeter } from './types.ts';

/**
 * Usable specific capacity of the active material:
 *
 *   q = f·n·F / M     (theoretical, `theoreticalSpecificCapacity`)    or    q = q_measured
 *
 * q [C/kg] per kilogram of active material as weighed; f ∈ (0, 1] usable fraction; n [1] electrons
 * per formula unit; F [C/mol]; M [kg/mol] molar mass of the formula. A measured value (e.g. the
 * 190 mAh/g of Mao et al., Adv. Sci. 10, 2207563 (2023)) is used as given, on the mass basis the
 * paper states.
 * Source: Faraday's law (see `theoreticalSpecificCapacity`).
 */
export function usableSpecificCapacity(material: ActiveMaterialCapacity): CoulombsPerKilogram {
  if (material.kind === 'measured') return material.specificCapacity;
  return (material.usableFraction * theoreticalSpecificCapacity(material.formula, material.electronsPerFormulaUnit)) as CoulombsPerKilogram;
}

/** Masses and volumes of one cathode coating per face (volumes as equivalent thicknesses). */
export interface CathodeCoating {
  readonly activeMass: KilogramsPerSquareMeter;
  readonly carbonMass: KilogramsPerSquareMeter;
  readonly binderMass: KilogramsPerSquareMeter;
  readonly activeThickness: Meters;
  readonly carbonThickness: Meters;
  readonly binderThickness: Meters;
  /** ε·L_c: pore volume per face, filled with electrolyte. */
  readonly poreThickness: Meters;
  /** L_c: coating thickness. */
  readonly thickness: Meters;
}

/**
 * Mass and volume balance of a porous composite coating of active material (a), carbon (c) and
 * binder (b) with mass fractions w_i and skeletal densities ρ_i:
 *
 *   v_s = Σ_i w_i/ρ_i                               specific solid volume of the dry mix [m³/kg]
 *   given the active loading m_a:  m_dry = m_a/w_a,        L_c = m_dry·v_s / (1 − ε)
 *   given the thickness L_c:       m_dry = (1 − ε)·L_c / v_s,  m_a = w_a·m_dry
 *   m_i = w_i·m_dry,   L_i = m_i/ρ_i,   L_pore = ε·L_c,   Σ_i L_i + L_pore = L_c
 *
 * m [kg/m²] areal masses; L [m] thicknesses (volume per area); ε [1] porosity. The coating
 * density m_dry/L_c = (1 − ε)/v_s.
 * Source: volume additivity of the phases of a porous electrode (ε + Σ_i ε_i = 1 with volume
 * fractions ε_i = m_i/(ρ_i·L_c)), the relation behind PyBaMM's "active material volume fraction"
 * parameters and the electrode sizing of Argonne's BatPaC model [recalled].
 */
export function cathodeCoating(cathode: CathodeInput): CathodeCoating {
  const { massFractions: w, densities: rho, porosity: eps } = cathode;
  const specificSolidVolume = w.active / rho.active + w.carbon / rho.carbon + w.binder / rho.binder;
  let dryMass: number;
  let thickness: number;
  if (cathode.amount.kind === 'mass-loading') {
    dryMass = cathode.amount.activeMassLoading / w.active;
    thickness = (dryMass * specificSolidVolume) / (1 - eps);
  } else {
    thickness = cathode.amount.thickness;
    dryMass = ((1 - eps) * thickness) / specificSolidVolume;
  }
  const activeMass = w.active * dryMass;
  const carbonMass = w.carbon * dryMass;
  const binderMass = w.binder * dryMass;
  return {
    activeMass,
    carbonMass,
    binderMass,
    activeThickness: (activeMass / rho.active) as Meters,
    carbonThickness: (carbonMass / rho.carbon) as Meters,
    binderThickness: (binderMass / rho.binder) as Meters,
    poreThickness: (eps * thickness) as Meters,
    thickness: thickness as Meters,
  };
}
