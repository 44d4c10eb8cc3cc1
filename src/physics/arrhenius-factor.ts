import { GAS_CONSTANT, type JoulesPerMole, type Kelvin } from '../units/index.ts';
import { requireFinite, requireTemperature } from './validate.ts';

/**
 * Arrhenius factor that scales a rate constant (exchange current density, film-growth rate,
 * diffusivity) from a reference temperature to T:
 *
 *   A(T) = exp[ (E_a/R) · (1/T_ref − 1/T) ]
 *
 * A [1]; E_a [J/mol] activation energy (molar; `arrheniusConductivity` takes it per ion);
 * R [J/(mol·K)]; T, T_ref [K]. A(T_ref) = 1; A > 1 above T_ref for E_a > 0.
 * Source: S. Arrhenius, Z. Phys. Chem. 4, 226 (1889); the same factor multiplies every SEI rate
 * in PyBaMM ("SEI growth activation energy [J.mol-1]", models-and-physics.md §1.1).
 */
export function arrheniusFactor(activationEnergy: JoulesPerMole, temperature: Kelvin, referenceTemperature: Kelvin): number {
  const ea = requireFinite('activationEnergy', activationEnergy, 'J/mol');
  const t = requireTemperature('temperature', temperature);
  const tRef = requireTemperature('referenceTemperature', referenceTemperature);
  return Math.exp((ea / GAS_CONSTANT) * (1 / tRef - 1 / t));
}
