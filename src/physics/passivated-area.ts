import type { AmperesPerSquareMeter } from '../units/index.ts';
import { requireInRange, requireNonNegative } from './validate.ts';

/**
 * Effective exchange current density of a partly passivated electrode, where a fraction θ of the
 * area is blocked (e.g. by MgO/Mg(OH)₂/MgF₂ patches) and the rest reacts normally:
 *
 *   i0,eff = i0 · (1 − θ)
 *
 * i0, i0,eff [A/m²]; θ [1] passivated area fraction in [0, 1].
 * Assumed: blocked patches carry no faradaic current and the open area keeps its intrinsic i0
 * (a blocking-site model, no edge or lateral-diffusion effects); the form proposed in
 * models-and-physics.md §3.1 ("passivated-area fraction θ_pass with i0,eff = i0·(1 − θ_pass)").
 */
export function passivatedExchangeCurrentDensity(
  exchangeCurrentDensity: AmperesPerSquareMeter,
  passivatedFraction: number,
): AmperesPerSquareMeter {
  const i0 = requireNonNegative('exchangeCurrentDensity', exchangeCurrentDensity, 'A/m²');
  const theta = requireInRange('passivatedFraction', passivatedFraction, 0, 1);
  return (i0 * (1 - theta)) as AmperesPerSquareMeter;
}
