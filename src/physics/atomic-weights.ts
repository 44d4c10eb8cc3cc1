/**
 * Standard atomic weights, the one table every molar mass in Interphase is computed from.
 *
 * Values: IUPAC CIAAW, T. Prohaska et al., "Standard atomic weights of the elements 2021 (IUPAC
 * Technical Report)", Pure Appl. Chem. 94, 573–600 (2022), doi:10.1515/pac-2019-0603 — the
 * abridged values (five significant figures, Table 2) and, for the elements whose standard atomic
 * weight is an interval (H, Li, B, C, N, O, Mg, Si, S, Cl, Br), the conventional values.
 * CIAAW revised Gd, Lu and Zr in 2024 (Gd 157.249, Zr 91.222); this table stays on 2021.
 *
 * Stored in SI, kg/mol (1 g/mol = 1e-3 kg/mol).
 */

/**
 * Every element symbol, Z = 1…118 in order. The formula parser uses it to tell "Xe is an element
 * with no atomic weight in this table" from "Xy is not an element symbol".
 */
export const ELEMENT_SYMBOLS = [
  'H', 'He', 'Li', 'Be', 'B', 'C', 'N', 'O', 'F', 'Ne', 'Na', 'Mg', 'Al', 'Si', 'P', 'S', 'Cl', 'Ar',
  'K', 'Ca', 'Sc', 'Ti', 'V', 'Cr', 'Mn', 'Fe', 'Co', 'Ni', 'Cu', 'Zn', 'Ga', 'Ge', 'As', 'Se', 'Br',
  'Kr', 'Rb', 'Sr', 'Y', 'Zr', 'Nb', 'Mo', 'Tc', 'Ru', 'Rh', 'Pd', 'Ag', 'Cd', 'In', 'Sn', 'Sb', 'Te',
  'I', 'Xe', 'Cs', 'Ba', 'La', 'Ce', 'Pr', 'Nd', 'Pm', 'Sm', 'Eu', 'Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm',
  'Yb', 'Lu', 'Hf', 'Ta', 'W', 'Re', 'Os', 'Ir', 'Pt', 'Au', 'Hg', 'Tl', 'Pb', 'Bi', 'Po', 'At', 'Rn',
  'Fr', 'Ra', 'Ac', 'Th', 'Pa', 'U', 'Np', 'Pu', 'Am', 'Cm', 'Bk', 'Cf', 'Es', 'Fm', 'Md', 'No', 'Lr',
  'Rf', 'Db', 'Sg', 'Bh', 'Hs', 'Mt', 'Ds', 'Rg', 'Cn', 'Nh', 'Fl', 'Mc', 'Lv', 'Ts', 'Og',
] as const;

export type ElementSymbol = (typeof ELEMENT_SYMBOLS)[number];

const SYMBOL_SET: ReadonlySet<string> = new Set(ELEMENT_SYMBOLS);

/** True for the 118 element symbols (case-sensitive: "Co" is cobalt, "CO" is not a symbol). */
export function isElementSymbol(text: string): text is ElementSymbol {
  return SYMBOL_SET.has(text);
}

/**
 * Standard atomic weights A_r·(1 g/mol) [kg/mol], CIAAW 2021 (see the module comment): the
 * elements of Mg-battery anodes, cathodes, electrolytes, interphases and alloys.
 * Abridged ±: H, C, N, O, Mg, S, Cl conventional; Li 6.94 conventional (interval
 * [6.938, 6.997]); B 10.81 conventional; Zn 65.38(2); Se 78.971(8); Te 127.60(3); Gd 157.25(3).
 */
export const ATOMIC_WEIGHTS = {
  H: 1.008e-3,
  Li: 6.94e-3,
  B: 10.81e-3,
  C: 12.011e-3,
  N: 14.007e-3,
  O: 15.999e-3,
  F: 18.998e-3,
  Na: 22.99e-3,
  Mg: 24.305e-3,
  Al: 26.982e-3,
  Si: 28.085e-3,
  P: 30.974e-3,
  S: 32.06e-3,
  Cl: 35.45e-3,
  K: 39.098e-3,
  Ca: 40.078e-3,
  Ti: 47.867e-3,
  V: 50.942e-3,
  Cr: 51.996e-3,
  Mn: 54.938e-3,
  Fe: 55.845e-3,
  Co: 58.933e-3,
  Ni: 58.693e-3,
  Cu: 63.546e-3,
  Zn: 65.38e-3,
  Ga: 69.723e-3,
  Se: 78.971e-3,
  Br: 79.904e-3,
  Zr: 91.224e-3,
  Nb: 92.906e-3,
  Mo: 95.95e-3,
  Sn: 118.71e-3,
  Sb: 121.76e-3,
  Te: 127.6e-3,
  I: 126.9e-3,
  Gd: 157.25e-3,
  W: 183.84e-3,
  Bi: 208.98e-3,
} as const satisfies Partial<Record<ElementSymbol, number>>;

/** Where `ATOMIC_WEIGHTS` comes from, for result citations. */
export const ATOMIC_WEIGHTS_SOURCE =
  'IUPAC CIAAW, Prohaska et al., "Standard atomic weights of the elements 2021", Pure Appl. Chem. 94, 573 (2022), doi:10.1515/pac-2019-0603 (abridged/conventional values)';

/** An element with an atomic weight in `ATOMIC_WEIGHTS`. */
export type Element = keyof typeof ATOMIC_WEIGHTS;

/** Atoms per formula unit for each element, e.g. MgCl₂·6H₂O → {Mg: 1, Cl: 2, H: 12, O: 6}. */
export type Composition = Readonly<Partial<Record<Element, number>>>;

/** True when `symbol` has an atomic weight in `ATOMIC_WEIGHTS`. */
export function hasAtomicWeight(symbol: string): symbol is Element {
  return Object.hasOwn(ATOMIC_WEIGHTS, symbol);
}
