import { crystalDensity, hexagonalCellVolume, METAL_DENSITIES, METAL_DENSITIES_SOURCE } from '../../physics/index.ts';
import type { KilogramsPerCubicMeter } from '../../units/index.ts';

/** A density with where it comes from. */
export interface SourcedDensity {
  readonly density: KilogramsPerCubicMeter;
  readonly source: string;
}

const ANGSTROM = 1e-10;

/**
 * Densities of the inactive and active parts of a Mg-metal cell, for building a `StackInput`.
 * `[der]` marks a value computed here from the cited ones; `[recalled]` a handbook or datasheet
 * value quoted from memory and not re-checked against the document (verify before relying on the
 * last digit). Volumetric energy density does not depend on the electrolyte density (it fills
 * pores whose volume is already counted), gravimetric does.
 */
export const STACK_DENSITIES = {
  aluminiumFoil: { density: METAL_DENSITIES.Al as KilogramsPerCubicMeter, source: `Al 2.70 g/cm³: ${METAL_DENSITIES_SOURCE}` },
  copperFoil: { density: METAL_DENSITIES.Cu as KilogramsPerCubicMeter, source: `Cu 8.96 g/cm³: ${METAL_DENSITIES_SOURCE}` },
  /**
   * Mo₆S₈ X-ray density: R-3, hexagonal setting a = 9.19 Å, c = 10.88 Å, Z = 3 → 5.21 g/cm³.
   * Mg₂Mo₆S₈ is 6 % heavier per formula unit in a cell a few % larger; no refined Mg₂Mo₆S₈ cell
   * was at hand, so the same value stands in for it (±5 %).
   */
  chevrelMo6S8: {
    density: crystalDensity('Mo6S8', 3, hexagonalCellVolume(9.19 * ANGSTROM, 10.88 * ANGSTROM)),
    source: '[der] X-ray density from a = 9.19 Å, c = 10.88 Å, Z = 3 (R-3, hexagonal setting; models-and-physics.md §3.2, "≈ 5.2 g/cm³")',
  },
  /** Conductive carbon black, skeletal density 1.8–2.1 g/cm³; 1.9 used. */
  carbonBlack: { density: 1900 as KilogramsPerCubicMeter, source: '[recalled] skeletal density of conductive carbon blacks (Super P-type), 1.8–2.1 g/cm³; 1.9 used' },
  /** PVDF binder, 1.75–1.80 g/cm³. */
  pvdf: { density: 1780 as KilogramsPerCubicMeter, source: '[recalled] PVDF homopolymer datasheets (Kynar, Solef), 1.75–1.80 g/cm³; 1.78 used' },
  /** Polypropylene separator resin (Celgard 2400-type). */
  polypropylene: { density: 900 as KilogramsPerCubicMeter, source: '[recalled] isotactic polypropylene, 0.90–0.91 g/cm³' },
  /** Polyethylene separator resin. */
  polyethylene: { density: 950 as KilogramsPerCubicMeter, source: '[recalled] high-density polyethylene, 0.94–0.96 g/cm³' },
  /** Borosilicate glass fibre (Whatman GF-type separators). */
  glassFibre: { density: 2230 as KilogramsPerCubicMeter, source: '[recalled] borosilicate glass, 2.23 g/cm³' },
  /** 1,2-Dimethoxyethane (DME, monoglyme), the solvent of most Mg electrolytes; salts add 5–15 %. */
  dme: { density: 868 as KilogramsPerCubicMeter, source: 'CRC Handbook, "Physical Constants of Organic Compounds": DME 0.8683 g/cm³ at 20 °C [recalled]' },
} as const satisfies Record<string, SourcedDensity>;
