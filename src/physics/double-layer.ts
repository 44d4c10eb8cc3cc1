import type { AmperesPerSquareMeter } from '../units/index.ts';
import { requireFinite, requirePositive } from './validate.ts';

/**
 * Rate of change of the interfacial potential difference when the double layer charges:
 *
 *   C_dl · dη/dt = i − i_F   ⇒   dη/dt = (i − i_F) / C_dl
 *
 * dη/dt [V/s]; C_dl [F/m²] areal double-layer capacitance (> 0; typically 0.1–0.4 F/m², i.e.
 * 10–40 µF/cm²); i [A/m²] total current density through the interface; i_F [A/m²] faradaic
 * current density (plating/stripping plus film formation), both with the same sign convention
 * (anodic positive, so an anodic excess current raises η). Returns a plain number in V/s.
 * Source: PyBaMM "differential" surface form for a metal electrode, C_dl·dΔφ/dt = i_cc − (j_plating
 * + j_sei) (models-and-physics.md §1.2); Bard & Faulkner, "Electrochemical Methods", 2nd ed. (2001),
 * §1.2 (double-layer charging current i_c = C_d·dE/dt).
 */
export function doubleLayerChargingRate(
  capacitance: number,
  currentDensity: AmperesPerSquareMeter,
  faradaicCurrentDensity: AmperesPerSquareMeter,
): number {
  const c = requirePositive('capacitance', capacitance, 'F/m²');
  const i = requireFinite('currentDensity', currentDensity, 'A/m²');
  const iF = requireFinite('faradaicCurrentDensity', faradaicCurrentDensity, 'A/m²');
  return (i - iF) / c;
}
