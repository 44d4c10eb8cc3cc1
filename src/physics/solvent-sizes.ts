import { quantity, type Meters } from '../units/index.ts';

const ANGSTROM = quantity('1 angstrom', 'length');
const A = (x: number) => (x * ANGSTROM) as Meters;

/** Geometric dimensions of a solvent molecule (Bondi van der Waals radii), SI metres. */
export interface SolventSize {
  readonly name: string;
  readonly formula: string;
  /** MIN-1: smallest box dimension [m]. */
  readonly min1: Meters;
  /** MIN-2 of the lowest-energy conformer [m]: side of the smallest square window it passes. */
  readonly min2: Meters;
  /** Smallest MIN-2 over conformers [m] (glymes can fold); equals `min2` where none was given. */
  readonly min2AnyConformer: Meters;
  /** Smallest diameter of a circle enclosing the projected vdW disks [m] (≥ MIN-2; right for round windows). */
  readonly minCircularCrossSection: Meters;
}

/**
 * Where the sizes come from: ../shared/data/molecules.md §1 ("this work": RDKit 2022.09 ETKDG
 * conformers + MMFF94, Bondi radii with H = 1.20 Å; MIN-1/MIN-2 as defined by C. E. Webster,
 * R. S. Drago & M. C. Zerner, J. Am. Chem. Soc. 120, 5509 (1998)). Uncertainty ±0.1–0.2 Å: use as
 * relative sizes, and compare with a framework PLD computed with the same (Bondi/CCDC) radii.
 */
export const SOLVENT_SIZE_SOURCE =
  'molecules.md §1 (RDKit ETKDG + MMFF94, Bondi radii; MIN-1/MIN-2 after Webster, Drago & Zerner, JACS 120, 5509 (1998)); ±0.1–0.2 Å';

function solvent(name: string, formula: string, min1: number, min2: number, min2Any: number, circular: number): SolventSize {
  return { name, formula, min1: A(min1), min2: A(min2), min2AnyConformer: A(min2Any), minCircularCrossSection: A(circular) };
}

/** Molecular sizes of the common Mg-electrolyte solvents (source: `SOLVENT_SIZE_SOURCE`). */
export const SOLVENT_SIZES = {
  dme: solvent('1,2-dimethoxyethane (DME, monoglyme)', 'C4H10O2', 4.24, 4.58, 4.44, 4.99),
  diglyme: solvent('diglyme', 'C6H14O3', 4.87, 5.09, 5.04, 6.27),
  tetraglyme: solvent('tetraglyme (TEGDME)', 'C10H22O5', 5.11, 6.68, 6.21, 6.77),
  thf: solvent('tetrahydrofuran (THF)', 'C4H8O', 4.94, 5.31, 5.31, 5.78),
  pc: solvent('propylene carbonate (PC)', 'C4H6O3', 4.93, 5.39, 5.34, 5.88),
  ec: solvent('ethylene carbonate (EC)', 'C3H4O3', 4.12, 5.04, 5.04, 5.41),
  dmf: solvent('N,N-dimethylformamide (DMF)', 'C3H7NO', 4.15, 5.48, 5.48, 6.18),
  dmso: solvent('dimethyl sulfoxide (DMSO)', 'C2H6OS', 4.4, 5.23, 5.23, 6.08),
  acetonitrile: solvent('acetonitrile', 'C2H3N', 3.9, 4.09, 4.09, 4.42),
  water: solvent('water', 'H2O', 3.04, 3.18, 3.18, 3.33),
} as const satisfies Record<string, SolventSize>;

export type SolventId = keyof typeof SOLVENT_SIZES;
