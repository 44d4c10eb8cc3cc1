import type { SquareMetersPerSecond } from '../units/index.ts';
import { checkBinarySalt, type BinarySalt } from './binary-salt.ts';
import { requirePositive } from './validate.ts';

/**
 * Ambipolar (salt) diffusion coefficient of a binary electrolyte from its ionic diffusivities,
 * dilute-solution theory with the Nernst–Einstein relation u_i = D_i/RT:
 *
 *   D = D+·D−·(z+ − z−) / (z+·D+ − z−·D−)
 *
 * D, D+, D− [m²/s]; z+ > 0, z− < 0 [1] charge numbers. For MgA₂ (z+ = 2, z− = −1):
 * D = 3·D+·D− / (2·D+ + D−). It lies between D+ and D−, and equals D+ when D+ = D−. It does not
 * depend on ν±. This D is the one that enters Sand's time and the limiting current.
 * Source: Newman & Thomas-Alyea, "Electrochemical Systems", 3rd ed., Wiley (2004), ch. 11 (binary
 * electrolyte, D = (z+u+D− − z−u−D+)/(z+u+ − z−u−)); P. Bai, J. Li, F. R. Brushett & M. Z. Bazant,
 * Energy Environ. Sci. 9, 3221 (2016) (ambipolar D in Sand's time).
 */
export function ambipolarDiffusivity(
  salt: BinarySalt,
  cationDiffusivity: SquareMetersPerSecond,
  anionDiffusivity: SquareMetersPerSecond,
): SquareMetersPerSecond {
  const { cationCharge: zp, anionCharge: zm } = checkBinarySalt(salt);
  const dp = requirePositive('cationDiffusivity', cationDiffusivity, 'm²/s');
  const dm = requirePositive('anionDiffusivity', anionDiffusivity, 'm²/s');
  return ((dp * dm * (zp - zm)) / (zp * dp - zm * dm)) as SquareMetersPerSecond;
}

/**
 * Cation transference number of a binary electrolyte in the dilute (Nernst–Einstein) limit:
 *
 *   t+ = z+·D+ / (z+·D+ − z−·D−),   t− = 1 − t+
 *
 * t+ [1]; D± [m²/s]; z± [1]. For MgA₂: t+ = 2·D+ / (2·D+ + D−). Measured t+ of concentrated
 * electrolytes differ (ion pairing); use this only where no measurement exists.
 * Source: Newman & Thomas-Alyea (2004), ch. 11 (t_i = z_i²u_i c_i / Σ_j z_j²u_j c_j).
 */
export function diluteCationTransferenceNumber(
  salt: BinarySalt,
  cationDiffusivity: SquareMetersPerSecond,
  anionDiffusivity: SquareMetersPerSecond,
): number {
  const { cationCharge: zp, anionCharge: zm } = checkBinarySalt(salt);
  const dp = requirePositive('cationDiffusivity', cationDiffusivity, 'm²/s');
  const dm = requirePositive('anionDiffusivity', anionDiffusivity, 'm²/s');
  return (zp * dp) / (zp * dp - zm * dm);
}
