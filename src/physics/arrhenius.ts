import { BOLTZMANN, type Joules, type Kelvin, type SiemensPerMeter } from '../units/index.ts';

/**
 * Arrhenius temperature dependence of an ionic conductivity, referenced to a measured point:
 *
 *   σ(T) = σ_ref · exp[ −(E_a / k_B) · (1/T − 1/T_ref) ]
 *
 * σ_ref [S/m] measured at T_ref [K]; E_a [J] activation energy per ion (papers quote it in eV);
 * k_B [J/K] Boltzmann constant. This is the form behind the activation energies the review quotes
 * for MOF conductors (e.g. 0.22 eV for α-Mgbp3dc/α-Mg3(HCOO)6, review §4.1, ref. [102]).
 * Source: S. Arrhenius, Z. Phys. Chem. 4, 226 (1889); for solid electrolytes e.g. A. R. West,
 * "Solid State Chemistry and its Applications", 2nd ed., Wiley (2014), ch. 8.
 * (The σT = A·exp(−E_a/k_B T) variant differs by a factor T/T_ref; use one form consistently.)
 */
export function arrheniusConductivity(sigmaRef: SiemensPerMeter, tRef: Kelvin, activationEnergy: Joules, t: Kelvin): SiemensPerMeter {
  if (!(t > 0) || !(tRef > 0)) throw new RangeError(`temperatures must be positive kelvin (got T = ${t}, T_ref = ${tRef})`);
  return (sigmaRef * Math.exp((-activationEnergy / BOLTZMANN) * (1 / t - 1 / tRef))) as SiemensPerMeter;
}

/**
 * Apparent activation energy from two conductivities, the two-point inverse of the Arrhenius law:
 *
 *   E_a = k_B · ln(σ₂/σ₁) / (1/T₁ − 1/T₂)
 *
 * Returns joules per ion. Source: as `arrheniusConductivity`.
 */
export function apparentActivationEnergy(sigma1: SiemensPerMeter, t1: Kelvin, sigma2: SiemensPerMeter, t2: Kelvin): Joules {
  if (!(sigma1 > 0) || !(sigma2 > 0)) throw new RangeError(`conductivities must be positive (got ${sigma1}, ${sigma2} S/m)`);
  if (t1 === t2) throw new RangeError('the two temperatures must differ to give an activation energy');
  return ((BOLTZMANN * Math.log(sigma2 / sigma1)) / (1 / t1 - 1 / t2)) as Joules;
}
