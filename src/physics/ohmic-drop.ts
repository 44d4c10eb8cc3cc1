import type { AmperesPerSquareMeter, OhmSquareMeters, Volts } from '../units/index.ts';
import { requireFinite, requireNonNegative } from './validate.ts';

/**
 * Ohmic potential drop across a layer carrying a uniform current density:
 *
 *   ΔV = i · R
 *
 * ΔV [V] has the sign of i; i [A/m²] current density; R [Ω·m²] area-specific resistance.
 * Source: Ohm's law; Newman & Thomas-Alyea, "Electrochemical Systems", 3rd ed., Wiley (2004), ch. 11–12.
 */
export function ohmicDrop(currentDensity: AmperesPerSquareMeter, resistance: OhmSquareMeters): Volts {
  const i = requireFinite('currentDensity', currentDensity, 'A/m²');
  const r = requireNonNegative('resistance', resistance, 'Ω·m²');
  return (i * r) as Volts;
}
