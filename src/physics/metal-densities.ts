/**
 * Densities of the metals used as anodes and current collectors [kg/m³] (1 g/cm³ = 1000 kg/m³),
 * solid, at 20–25 °C.
 *
 * Source: CRC Handbook of Chemistry and Physics, "Physical Constants of Inorganic Compounds"
 * (W. M. Haynes, ed., 97th ed., CRC Press 2016). Values recalled from the handbook and cross-read
 * against the tabulations of the 97th edition on matmake.com (Ca 1550, Na 970 kg/m³) and the
 * Merck Index (Na d²⁰ 0.968); editions differ in the last digit (Ca 1.54 or 1.55, Zn 7.134 or
 * 7.14 g/cm³). Ca 1.55 g/cm³ is the value behind the review's 2073 mAh/mL (Ca with 1.54 gives 2060).
 */
export const METAL_DENSITIES = {
  /** Lithium, 0.534 g/cm³. */
  Li: 534,
  /** Sodium, 0.968 g/cm³ at 20 °C (CRC 0.97). */
  Na: 968,
  /** Magnesium, 1.738 g/cm³. */
  Mg: 1738,
  /** Aluminium, 2.70 g/cm³ (current-collector foil). */
  Al: 2700,
  /** Calcium, 1.55 g/cm³. */
  Ca: 1550,
  /** Zinc, 7.134 g/cm³. */
  Zn: 7134,
  /** Copper, 8.96 g/cm³ (current-collector foil). */
  Cu: 8960,
} as const;

export type DenseMetal = keyof typeof METAL_DENSITIES;

/** Where `METAL_DENSITIES` comes from, for result citations. */
export const METAL_DENSITIES_SOURCE =
  'CRC Handbook of Chemistry and Physics, 97th ed. (2016), "Physical Constants of Inorganic Compounds" [recalled; Ca and Na cross-read against tabulations of that edition]';
