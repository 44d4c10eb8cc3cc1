import { GAS_CONSTANT, type JoulesPerMole, type Kelvin, type SiemensPerMeter } from '../units/index.ts';
import { requireAbove, requireNonNegative, requirePositive, requireTemperature } from './validate.ts';

/** Parameters of the Vogel–Tammann–Fulcher law in the form used by `vtfConductivity`. */
export interface VtfParameters {
  /** Pre-exponential factor A [S·K^(1/2)/m] (σ·√T as T → ∞). */
  readonly prefactor: number;
  /** Pseudo-activation energy B [J/mol] (papers quote B/R in kelvin, or B in kJ/mol or eV). */
  readonly pseudoActivationEnergy: JoulesPerMole;
  /** Ideal glass-transition ("Vogel") temperature T0 [K], typically T_g − 50 K for polymers. */
  readonly idealGlassTemperature: Kelvin;
}

/**
 * Vogel–Tammann–Fulcher (VTF) ionic conductivity of a polymer or glassy/liquid electrolyte:
 *
 *   σ(T) = A · T^(−1/2) · exp[ −B / (R·(T − T0)) ]
 *
 * σ [S/m]; A [S·K^(1/2)/m] pre-exponential factor; T [K] temperature, valid only above T0;
 * B [J/mol] pseudo-activation energy (B/R [K] is the "B" of papers that write exp[−B/(T − T0)]);
 * R [J/(mol·K)] gas constant; T0 [K] ideal glass-transition temperature. As T → ∞, σ·√T → A; with
 * T0 = 0 it reduces to an Arrhenius law with a T^(−1/2) prefactor.
 *
 * Sources: the empirical viscosity law of H. Vogel, Phys. Z. 22, 645 (1921); G. S. Fulcher,
 * J. Am. Ceram. Soc. 8, 339 (1925); G. Tammann & W. Hesse, Z. Anorg. Allg. Chem. 156, 245 (1926),
 * doi:10.1002/zaac.19261560121. The T^(−1/2) conductivity form used for polymer electrolytes:
 * J. Cruickshank, H. V. St. A. Hubbard, N. Boden & I. M. Ward, Polymer 36, 3779 (1995)
 * ("σ = A·T^(−1/2)·exp[−B/(T − T0)]", PEG–Li/Na salt electrolytes).
 * Throws for T ≤ T0: the law has no meaning below the ideal glass transition.
 */
export function vtfConductivity(parameters: VtfParameters, temperature: Kelvin): SiemensPerMeter {
  const a = requirePositive('prefactor', parameters.prefactor, 'S·K^(1/2)/m');
  const b = requireNonNegative('pseudoActivationEnergy', parameters.pseudoActivationEnergy, 'J/mol');
  const t0 = requireNonNegative('idealGlassTemperature', parameters.idealGlassTemperature, 'K');
  const t = requireTemperature('temperature', temperature);
  requireAbove('temperature', t, t0, 'idealGlassTemperature', 'K');
  return ((a / Math.sqrt(t)) * Math.exp(-b / (GAS_CONSTANT * (t - t0)))) as SiemensPerMeter;
}
