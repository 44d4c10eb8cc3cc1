import type { Meters, OhmSquareMeters, SiemensPerMeter } from '../units/index.ts';
import { effectiveConductivity, type Microstructure } from './effective-conductivity.ts';
import { requireNonNegative, requirePositive } from './validate.ts';

/**
 * Area-specific (ionic or electronic) resistance of a uniform planar layer:
 *
 *   R = L / σ
 *
 * R [Ω·m²] (1 Ω·m² = 10⁴ Ω·cm²); L [m] thickness; σ [S/m] conductivity of the layer as a whole.
 * Source: Ohm's law for a uniform slab (i = −κ∇Φ with uniform κ), e.g. J. Newman &
 * K. E. Thomas-Alyea, "Electrochemical Systems", 3rd ed., Wiley (2004), ch. 11–12. Throws for
 * σ ≤ 0 (an insulator has no finite resistance; model it as an open circuit instead).
 */
export function areaSpecificResistance(thickness: Meters, conductivity: SiemensPerMeter): OhmSquareMeters {
  const l = requireNonNegative('thickness', thickness, 'm');
  const sigma = requirePositive('conductivity', conductivity, 'S/m');
  return (l / sigma) as OhmSquareMeters;
}

/**
 * Area-specific resistance of a porous layer filled with electrolyte (or a dense one):
 *
 *   R = L / σ_eff,   σ_eff = σ·ε/τ  or  σ·ε^1.5  or  σ
 *
 * Symbols and sources as `areaSpecificResistance` and `effectiveConductivity`: σ [S/m] is the
 * conductivity of the electrolyte that fills the pores.
 */
export function layerAreaSpecificResistance(
  thickness: Meters,
  electrolyteConductivity: SiemensPerMeter,
  microstructure: Microstructure,
): OhmSquareMeters {
  return areaSpecificResistance(thickness, effectiveConductivity(electrolyteConductivity, microstructure));
}
