import { FARADAY, type AmperesPerSquareMeter } from '../units/index.ts';
import { requireNonNegative, requireNonPositive, requirePositive } from './validate.ts';

/** Inputs of `filmGrowthRate`. */
export interface FilmGrowthInput {
  /** Film-forming current density j_film [A/m²] ≤ 0 (cathodic; see film-growth-current.ts). */
  readonly filmCurrentDensity: AmperesPerSquareMeter;
  /** Electrons consumed per formula unit of film z_e [1] > 0 (e.g. 2 for MgO or MgF₂ from Mg²⁺). */
  readonly electronsPerFormulaUnit: number;
  /** Molar volume of the film V̄_film [m³/mol] (see FILM_MATERIALS). */
  readonly molarVolume: number;
  /** Mg atoms per formula unit ν_Mg [1] ≥ 0 (1 for MgO, Mg(OH)₂, MgF₂, MgCl₂, MgSO₃). */
  readonly magnesiumPerFormulaUnit: number;
}

/** Rates returned by `filmGrowthRate`, all ≥ 0. */
export interface FilmGrowthRate {
  /** Film formula units formed per area and time, r = |j|/(z_e·F) [mol/(m²·s)]. */
  readonly formulaUnitRate: number;
  /** Thickness growth rate dL/dt = r·V̄_film [m/s]. */
  readonly thicknessRate: number;
  /** Mg (metal or Mg²⁺ inventory) consumed into the film, r·ν_Mg [mol/(m²·s)]. */
  readonly magnesiumConsumptionRate: number;
}

/**
 * Film growth rate and Mg consumption from a film-forming current density:
 *
 *   r = |j_film| / (z_e·F),   dL/dt = r·V̄_film,   ṅ_Mg = ν_Mg·r
 *
 * r [mol/(m²·s)]; j_film [A/m²] ≤ 0; z_e [1] electrons per formula unit; F [C/mol]; L [m];
 * V̄_film [m³/mol]; ν_Mg [1] Mg per formula unit. Assumed: a dense planar film (PyBaMM's
 * `reaction_loc = "interface"`, L = c_film·V̄ with c_film in mol/m²).
 * Source: PyBaMM `base_sei.py`/`sei_thickness.py`, dc_sei/dt = −a·j_sei/(F·z_sei) with z_sei the
 * electrons (= Li) per SEI formula unit (issue #2065, PR #2222); for Mg z_e and ν_Mg differ
 * (models-and-physics.md §1.1: "replace F by 2F wherever moles of Mg are counted").
 */
export function filmGrowthRate(input: FilmGrowthInput): FilmGrowthRate {
  const j = requireNonPositive('filmCurrentDensity (film growth is cathodic, j ≤ 0)', input.filmCurrentDensity, 'A/m²');
  const ze = requirePositive('electronsPerFormulaUnit', input.electronsPerFormulaUnit);
  const v = requirePositive('molarVolume', input.molarVolume, 'm³/mol');
  const nuMg = requireNonNegative('magnesiumPerFormulaUnit', input.magnesiumPerFormulaUnit);
  const r = -j / (ze * FARADAY);
  return { formulaUnitRate: r, thicknessRate: r * v, magnesiumConsumptionRate: r * nuMg };
}
