import { formulaMolarMass } from './molar-mass.ts';
import type { Composition } from './atomic-weights.ts';
import { MG_DENSITY } from './magnesium.ts';

/**
 * Molar mass, density and molar volume of Mg and the Mg compounds found in anode interphases.
 * Molar masses are computed from the composition and the atomic weights of atomic-weights.ts
 * (IUPAC CIAAW 2021); densities are handbook or X-ray (crystallographic) values with their
 * source; V̄ = M/ρ.
 */

// The atomic-weight table and M = Σ ν_i·A_i moved to atomic-weights.ts and molar-mass.ts; they are
// re-exported here so imports from this module keep working.
export { ATOMIC_WEIGHTS, type Composition, type Element } from './atomic-weights.ts';
export { formulaMolarMass } from './molar-mass.ts';

export interface FilmMaterial {
  readonly formula: string;
  readonly name: string;
  readonly composition: Composition;
  /** Mg atoms per formula unit [1]. */
  readonly magnesiumPerFormulaUnit: number;
  /** Molar mass M [kg/mol], from the composition. */
  readonly molarMass: number;
  /** Density ρ [kg/m³]. */
  readonly density: number;
  /** Molar volume V̄ = M/ρ [m³/mol]. */
  readonly molarVolume: number;
  /** Where ρ comes from. */
  readonly densitySource: string;
  /** True when no measured density of the compound was found and ρ is a stand-in. */
  readonly densityIsEstimate: boolean;
}

function material(
  formula: string,
  name: string,
  composition: Composition,
  density: number,
  densitySource: string,
  densityIsEstimate = false,
): FilmMaterial {
  const molarMass = formulaMolarMass(composition);
  return {
    formula,
    name,
    composition,
    magnesiumPerFormulaUnit: composition.Mg ?? 0,
    molarMass,
    density,
    molarVolume: molarMass / density,
    densitySource,
    densityIsEstimate,
  };
}

const CRC = 'CRC Handbook of Chemistry and Physics, "Physical Constants of Inorganic Compounds" [lit: recalled, verify the edition]';

/**
 * Film (interphase) materials. Sources of ρ:
 * - Mg 1.738 g/cm³: CRC Handbook.
 * - MgO 3.579 g/cm³: X-ray density of periclase, a = 4.2136 Å (J. Zhang, Phys. Chem. Miner. 27,
 *   145 (2000), AMCSD 0008367); CRC lists 3.6.
 * - Mg(OH)₂ 2.363 g/cm³: X-ray density of brucite, a = 3.14979 Å, c = 4.7702 Å (M. Catti et al.,
 *   Phys. Chem. Miner. 22, 200 (1995), AMCSD 0007912); CRC lists 2.37.
 * - MgF₂ 3.148 g/cm³ and MgCl₂ 2.325 g/cm³: CRC Handbook [recalled, not re-checked].
 * - MgSO₃ (anhydrous): no measured density found (handbooks list only MgSO₃·6H₂O, 1.72 g/cm³, a
 *   hydrate that cannot stand in for a dense film). Stand-in: anhydrous MgSO₄, 2.66 g/cm³ (CRC),
 *   flagged `densityIsEstimate`; expect ±15 % on V̄.
 */
export const FILM_MATERIALS = {
  Mg: material('Mg', 'magnesium metal', { Mg: 1 }, MG_DENSITY, 'CRC Handbook: 1.738 g/cm³'),
  MgO: material('MgO', 'magnesium oxide (periclase)', { Mg: 1, O: 1 }, 3579, 'X-ray density, Zhang 2000 (AMCSD 0008367); CRC 3.6 g/cm³'),
  'Mg(OH)2': material('Mg(OH)2', 'magnesium hydroxide (brucite)', { Mg: 1, O: 2, H: 2 }, 2363, 'X-ray density, Catti et al. 1995 (AMCSD 0007912); CRC 2.37 g/cm³'),
  MgF2: material('MgF2', 'magnesium fluoride (sellaite)', { Mg: 1, F: 2 }, 3148, `${CRC}: 3.148 g/cm³`),
  MgCl2: material('MgCl2', 'magnesium chloride (anhydrous)', { Mg: 1, Cl: 2 }, 2325, `${CRC}: 2.325 g/cm³`),
  MgSO3: material(
    'MgSO3',
    'magnesium sulfite (anhydrous)',
    { Mg: 1, S: 1, O: 3 },
    2660,
    'estimate: anhydrous MgSO4 density (CRC 2.66 g/cm³); no measured value for anhydrous MgSO3',
    true,
  ),
} as const satisfies Record<string, FilmMaterial>;

export type FilmMaterialId = keyof typeof FILM_MATERIALS;
