import type { Meters, OhmSquareMeters, SiemensPerMeter } from '../units/index.ts';
import { areaSpecificResistance } from './area-specific-resistance.ts';

/**
 * The film's own Mg²⁺ (ionic) resistance, which enters the plating overpotential as −i·R_film:
 *
 *   R_film = L / σ_film
 *
 * R_film [Ω·m²]; L [m] film thickness; σ_film [S/m] Mg²⁺ conductivity of the film. A 5 nm film costs
 * 2.6e-3 Ω·cm² at σ = 2e-2 S/m but 3.6e7 Ω·cm² at 1.4e-12 S/m (models-and-physics.md §3.1).
 * Source: Ohm's law (`areaSpecificResistance`); PyBaMM's "SEI film resistance" (R_sei·L),
 * models-and-physics.md §1.1, §3.1.
 */
export function filmResistance(thickness: Meters, ionicConductivity: SiemensPerMeter): OhmSquareMeters {
  return areaSpecificResistance(thickness, ionicConductivity);
}
