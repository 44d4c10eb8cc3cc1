import { quantity, type Meters } from '../units/index.ts';
import { requireFinite, requirePositive } from './validate.ts';

const ANGSTROM = quantity('1 angstrom', 'length');

/** Crystallographic 6-ring aperture of ZIF-8, 3.4 Å (K. S. Park et al., PNAS 103, 10186 (2006)). */
export const ZIF8_PORE_LIMITING_DIAMETER = (3.4 * ANGSTROM) as Meters;

/**
 * Flexibility allowance of ZIF-8, δ_flex = 0.7 Å: the 3.4 Å aperture admits molecules up to about
 * 4.0–4.2 Å by linker swing (C. Zhang et al., "Unexpected molecular sieving properties of zeolitic
 * imidazolate framework-8", J. Phys. Chem. Lett. 3, 2130 (2012)); molecules.md §4 recommends
 * "MIN-2 ≤ PLD + 0.6–0.8 Å for ZIFs". 0.7 Å is the midpoint. Use 0 for rigid frameworks.
 */
export const ZIF8_FLEXIBILITY = (0.7 * ANGSTROM) as Meters;

/**
 * Default softness w = 0.1 Å of the sieving cutoff. Assumed: it matches the ±0.1–0.2 Å uncertainty
 * of the molecular sizes (molecules.md §1) and makes the 10 %→90 % transition 2·ln 9·w = 0.44 Å
 * wide, about the width of the 0.6–0.8 Å warning band plus that uncertainty. (Diffusivities in ZIF-8
 * near the cutoff drop by roughly two orders of magnitude per 0.2 Å of kinetic diameter, Zhang et
 * al. 2012 [recalled, not re-checked], i.e. w ≈ 0.04 Å for rates; 0.1 Å is the more cautious
 * choice for a pass/block factor.)
 */
export const DEFAULT_SIEVING_SOFTNESS = (0.1 * ANGSTROM) as Meters;

/** Options of `sievingTransmission`. */
export interface SievingOptions {
  /** δ_flex [m]: how much larger than the PLD a molecule can be and still pass (default 0, rigid). */
  readonly flexibility?: Meters;
  /** w [m] > 0: width of the soft cutoff (default `DEFAULT_SIEVING_SOFTNESS`, 0.1 Å). */
  readonly softness?: Meters;
}

/**
 * Transmission factor of a MOF layer for a molecule: the fraction of the unhindered flux of that
 * species that passes, as a smooth (logistic) function of size minus effective aperture:
 *
 *   T(d, PLD) = 1 / (1 + exp[(d − (PLD + δ_flex)) / w])
 *
 * T [1] in (0, 1) (0 and 1 only by floating-point underflow); d [m] molecule critical size
 * (MIN-2 for square-ish windows, `SOLVENT_SIZES`); PLD [m] pore-limiting diameter of the framework
 * (same radii convention as d); δ_flex [m] flexibility allowance; w [m] softness. T = 1/2 at
 * d = PLD + δ_flex; decreasing in d, increasing in PLD; continuous; e.g. ZIF-8 (3.4 Å, δ 0.7 Å)
 * with DME (4.58 Å) → 0.008, with water (3.18 Å) → 1.0; any MOF with PLD > 10 Å passes every
 * solvent in `SOLVENT_SIZES` with T ≈ 1.
 * Assumed (our modelling choice): a logistic rather than a step, because sizes and PLDs carry
 * ±0.1–0.2 Å uncertainty and flexible frameworks admit slightly larger molecules slowly (Zhang et
 * al. 2012); and rather than a Renkin hindrance factor (E. M. Renkin, J. Gen. Physiol. 38, 225
 * (1954)), because Renkin's continuum partition/drag factor describes slowed diffusion in wide pores
 * (it would give ~0.2 for DME in a 14 Å pore) whereas this factor models only size exclusion.
 * Multiply a wide-pore hindrance into the film diffusivity separately if needed.
 */
export function sievingTransmission(moleculeSize: Meters, poreLimitingDiameter: Meters, options: SievingOptions = {}): number {
  const d = requirePositive('moleculeSize', moleculeSize, 'm');
  const pld = requirePositive('poreLimitingDiameter', poreLimitingDiameter, 'm');
  const delta = requireFinite('flexibility', options.flexibility ?? 0, 'm');
  const w = requirePositive('softness', options.softness ?? DEFAULT_SIEVING_SOFTNESS, 'm');
  return 1 / (1 + Math.exp((d - (pld + delta)) / w));
}
