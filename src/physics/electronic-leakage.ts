import type { AmperesPerSquareMeter, Meters, SiemensPerMeter, Volts } from '../units/index.ts';
import { requireFinite, requireNonNegative, requirePositive } from './validate.ts';

/**
 * Electronic leakage current density through a layer of finite electronic conductivity held at a
 * potential difference V (e.g. a MOF coating or interphase between Mg and the electrolyte's
 * reduction front; the self-discharge path of a solid electrolyte):
 *
 *   i_e = σ_e · V / L
 *
 * i_e [A/m²] with the sign of V; σ_e [S/m] electronic conductivity; V [V] potential difference
 * across the layer; L [m] thickness. Assumed: uniform ohmic electron transport (no tunnelling, no
 * space charge), the same form PyBaMM uses for electron-migration-limited SEI growth
 * (S. E. J. O'Kane et al., Phys. Chem. Chem. Phys. 24, 7909 (2022); Marquis thesis eq. 5.94).
 */
export function electronicLeakageCurrentDensity(
  electronicConductivity: SiemensPerMeter,
  voltage: Volts,
  thickness: Meters,
): AmperesPerSquareMeter {
  const sigma = requireNonNegative('electronicConductivity', electronicConductivity, 'S/m');
  const v = requireFinite('voltage', voltage, 'V');
  const l = requirePositive('thickness', thickness, 'm');
  return ((sigma * v) / l) as AmperesPerSquareMeter;
}
