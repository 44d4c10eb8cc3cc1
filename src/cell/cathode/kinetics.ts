import { butlerVolmerCurrentDensity, butlerVolmerOverpotential } from '../../physics/index.ts';
import { FARADAY, InputError, Z_MG, type AmperesPerSquareMeter, type Kelvin, type Volts } from '../../units/index.ts';

/** Interface kinetics of an insertion cathode (Mg²⁺ + V_host + 2e⁻ ⇌ Mg_host). */
export interface CathodeKinetics {
  /** i0,ref [A/m²]: exchange current density at half filling (χ = ½) and c_e = c_e,ref, > 0. */
  readonly exchangeCurrentDensity: number;
  /** c_e,ref [mol/m³], > 0. */
  readonly referenceElectrolyteConcentration: number;
  /** α_a [1] ∈ (0, 1]. */
  readonly anodicTransferCoefficient: number;
  /** α_c [1] ∈ (0, 1]. */
  readonly cathodicTransferCoefficient: number;
}

/**
 * Fraction of the available sites within which the exchange current density is evaluated; outside
 * it χ is clamped (assumed: keeps i0 > 0 so η stays finite when a solver probes a saturated or
 * empty surface; the OCV regularisation, `CathodeOcv`, then drives the voltage to its cut-off).
 */
export const KINETICS_FRACTION_FLOOR = 1e-6;

/**
 * Exchange current density of an insertion cathode with mass-action concentration dependence:
 *
 *   i0 = i0,ref · (c_e/c_e,ref)^α_a · ((1 − χ)/½)^α_a · (χ/½)^α_c,   χ = c_s/c_avail
 *
 * i0, i0,ref [A/m²]; c_e, c_e,ref [mol/m³] Mg²⁺ concentration at the particle surface and its
 * reference; χ [1] the filled fraction of the sites available to mobile Mg at the surface
 * (c_s [mol/m³] mobile surface concentration, c_avail = c_max − q_s [mol/m³] with q_s the trapped
 * concentration); α_a, α_c [1] transfer coefficients. The oxidised side of the reaction (Mg²⁺ and a
 * host vacancy) carries the exponent α_a, the reduced side (inserted Mg) α_c, which makes the
 * anodic and cathodic currents balance exactly at the lattice-gas/Nernst potential
 * U = U⁰ + (RT/zF)·ln(c_e(1 − χ)/χ) (tested); with α_a = α_c = ½ it is PyBaMM's
 * i0 ∝ c_e^½·c_s^½·(c_max − c_s)^½. (The brief's i0 ∝ c_s^α_a(c_max − c_s)^α_c names the transfer
 * coefficients the other way round; the two agree for α = ½.) χ is clamped to
 * [KINETICS_FRACTION_FLOOR, 1 − KINETICS_FRACTION_FLOOR] and c_e to ≥ 1e-9·c_e,ref.
 * The whole surface is one reaction into the multi-site host (assumed: the sites share one
 * potential, so one reaction suffices; Drews et al. 2023 resolve a reaction per site).
 * Source: Bard & Faulkner, "Electrochemical Methods", 2nd ed. (2001), §3.4 (i0 = F k⁰ C_O^(1−α) C_R^α);
 * insertion form: Doyle, Fuller & Newman, J. Electrochem. Soc. 140, 1526 (1993); PyBaMM
 * "Positive electrode exchange-current density" functions (e.g. Chen2020: m_ref·c_e^0.5·c_s^0.5·(c_max − c_s)^0.5).
 */
export function cathodeExchangeCurrentDensity(kinetics: CathodeKinetics, surfaceFraction: number, electrolyteConcentration: number): number {
  const { exchangeCurrentDensity: i0, referenceElectrolyteConcentration: ceRef, anodicTransferCoefficient: aa, cathodicTransferCoefficient: ac } = kinetics;
  if (!(Number.isFinite(i0) && i0 > 0)) throw new InputError(`exchangeCurrentDensity must be a finite number > 0 A/m²; got ${i0}`);
  if (!(Number.isFinite(ceRef) && ceRef > 0)) throw new InputError(`referenceElectrolyteConcentration must be a finite number > 0 mol/m³; got ${ceRef}`);
  if (!Number.isFinite(surfaceFraction)) throw new InputError(`surface fraction must be a finite number; got ${surfaceFraction}`);
  if (!Number.isFinite(electrolyteConcentration)) throw new InputError(`electrolyte concentration must be a finite number of mol/m³; got ${electrolyteConcentration}`);
  const floor = KINETICS_FRACTION_FLOOR;
  const chi = Math.min(Math.max(surfaceFraction, floor), 1 - floor);
  const ce = Math.max(electrolyteConcentration / ceRef, 1e-9);
  return i0 * ce ** aa * (2 * (1 - chi)) ** aa * (2 * chi) ** ac;
}

/** The Butler–Volmer parameters of a cathode surface (n = 2) for `butlerVolmerCurrentDensity`. */
function butlerVolmer(kinetics: CathodeKinetics, i0: number, temperature: number) {
  return {
    exchangeCurrentDensity: i0 as AmperesPerSquareMeter,
    electronCount: Z_MG,
    temperature: temperature as Kelvin,
    anodicTransferCoefficient: kinetics.anodicTransferCoefficient,
    cathodicTransferCoefficient: kinetics.cathodicTransferCoefficient,
  };
}

/**
 * Interfacial current density of a cathode particle [A/m²] at overpotential η [V]:
 *   i = i0·[exp(α_a·zF·η/RT) − exp(−α_c·zF·η/RT)],  z = 2,
 * anodic positive (i > 0 extracts Mg: charge; i < 0 inserts Mg: discharge), i0 from
 * `cathodeExchangeCurrentDensity`. Source: `butlerVolmerCurrentDensity` (Bard & Faulkner §3.4, n = 2).
 */
export function cathodeCurrentDensity(kinetics: CathodeKinetics, overpotential: number, surfaceFraction: number, electrolyteConcentration: number, temperature: number): number {
  const i0 = cathodeExchangeCurrentDensity(kinetics, surfaceFraction, electrolyteConcentration);
  return butlerVolmerCurrentDensity(overpotential as Volts, butlerVolmer(kinetics, i0, temperature));
}

/** Overpotential η [V] that drives the current density i [A/m²] (anodic positive): the inverse of `cathodeCurrentDensity`. */
export function cathodeOverpotential(kinetics: CathodeKinetics, currentDensity: number, surfaceFraction: number, electrolyteConcentration: number, temperature: number): number {
  const i0 = cathodeExchangeCurrentDensity(kinetics, surfaceFraction, electrolyteConcentration);
  return butlerVolmerOverpotential(currentDensity as AmperesPerSquareMeter, butlerVolmer(kinetics, i0, temperature));
}

/**
 * Potential of the cathode's solid phase against a Mg reference in the electrolyte next to it:
 *
 *   φ_s − φ_e (vs Mg²⁺/Mg) = U(surface state) + η
 *
 * U [V] open-circuit potential of the particle surface (`CathodeOcv.potential`); η [V] interfacial
 * overpotential (> 0 on charge, < 0 on discharge). Against an ideal Mg counter electrode (0 V, no
 * film, no electrolyte resistance) this is the cell voltage. Source: the definition of the
 * overpotential, η = φ_s − φ_e − U (Newman & Thomas-Alyea, "Electrochemical Systems", 3rd ed., ch. 8).
 */
export function cathodePotential(openCircuitPotential: number, overpotential: number): number {
  return openCircuitPotential + overpotential;
}

/** Molar insertion flux into a particle [mol/(m²·s)] carried by an interfacial current density i (anodic positive): j = −i/(zF). */
export function insertionFluxFromCurrent(currentDensity: number): number {
  return -currentDensity / (Z_MG * FARADAY);
}
