import { FARADAY, GAS_CONSTANT, type Kelvin, type Volts } from '../units/index.ts';
import { requirePositive, requireTemperature, requireInRange } from './validate.ts';

/**
 * Tafel slope of one branch of the Butler–Volmer law (|η| ≫ RT/(α·n·F)):
 *
 *   b = ln(10)·R·T / (α·n·F)
 *
 * b [V per decade of current]; α [1] transfer coefficient of that branch (anodic or cathodic);
 * n [1] electrons (2 for Mg); R [J/(mol·K)]; T [K]; F [C/mol]. At 298.15 K, α·n = 1 gives
 * 59.16 mV/dec.
 * Source: Bard & Faulkner, "Electrochemical Methods", 2nd ed. (2001), §3.4 (Tafel behaviour).
 */
export function tafelSlope(transferCoefficient: number, electronCount: number, temperature: Kelvin): Volts {
  const alpha = requireInRange('transferCoefficient', transferCoefficient, 0, 1, { lo: true });
  const n = requirePositive('electronCount', electronCount);
  const t = requireTemperature('temperature', temperature);
  return ((Math.LN10 * GAS_CONSTANT * t) / (alpha * n * FARADAY)) as Volts;
}

/**
 * The product α·n from a measured Tafel slope, the inverse of `tafelSlope`:
 *
 *   α·n = ln(10)·R·T / (b·F)
 *
 * α·n [1]; b [V/decade] (> 0, the magnitude of either branch); T [K]. A Tafel slope cannot
 * separate α from n: divide by the known n (2 for Mg) to get α. Mg deposition (298.15 K):
 * APC 56.2 mV/dec → α·n = 1.053 (α = 0.53 for n = 2); Mg phenolate/AlCl3 32.1 → 1.84;
 * F6-t-butoxide/AlCl3 26.4 → 2.24.
 * Source: as `tafelSlope`; slopes from "Kinetics of Magnesium Deposition and Stripping from
 * Non-Aqueous Electrolytes" (2017), via models-and-physics.md §3.1.
 */
export function transferProductFromTafelSlope(slope: Volts, temperature: Kelvin): number {
  const b = requirePositive('slope', slope, 'V/decade');
  const t = requireTemperature('temperature', temperature);
  return (Math.LN10 * GAS_CONSTANT * t) / (b * FARADAY);
}
