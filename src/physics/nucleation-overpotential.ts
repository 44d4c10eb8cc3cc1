import type { Volts } from '../units/index.ts';
import type { CoulombsPerSquareMeter } from './quantities.ts';
import { requireNonNegative, requirePositive } from './validate.ts';

/** Inputs of `nucleationOverpotential`. */
export interface NucleationOverpotentialInput {
  /** Extra overpotential when plating starts on a fresh or passivated surface, η_nuc,0 [V] ≥ 0. */
  readonly initialOverpotential: Volts;
  /** Plated charge per area over which the extra overpotential decays by 1/e, q_nuc [C/m²] > 0. */
  readonly decayCharge: CoulombsPerSquareMeter;
  /** Charge per area plated since plating started on this surface, q [C/m²] ≥ 0. */
  readonly platedCharge: CoulombsPerSquareMeter;
}

/**
 * Nucleation overpotential: the extra (cathodic) overpotential needed while Mg nucleates on a
 * fresh substrate or a passivated Mg surface, decaying as the deposit covers it:
 *
 *   η_nuc(q) = η_nuc,0 · exp(−q / q_nuc)
 *
 * η_nuc [V] ≥ 0, a magnitude the caller adds to the cathodic polarisation; η_nuc,0 [V]; q [C/m²]
 * charge plated per area; q_nuc [C/m²] decay charge.
 * Assumed (our modelling choice): an exponential in plated charge, the simplest smooth form that is
 * η_nuc,0 at the first instant of plating and vanishes once nuclei have coalesced; it reproduces
 * the observed galvanostatic trace of a voltage spike relaxing to a growth plateau (A. Pei,
 * G. Zheng, F. Shi, Y. Li & Y. Cui, Nano Lett. 17, 1132 (2017), doi:10.1021/acs.nanolett.6b04755,
 * for Li; nucleation of Mg on metal substrates: M. Löw et al., Batteries & Supercaps 7, e202400250
 * (2024), doi:10.1002/batt.202400250). Magnitudes for Mg are hundreds of mV: the review (Salado et
 * al. 2025, §2.2 Anodes, ref. [36]) quotes a *reduced* nucleation overpotential of 647 mV at 10 mA/cm² on a
 * carbon-nanofibre host. η_nuc,0 and q_nuc are fit parameters, no defaults.
 */
export function nucleationOverpotential(input: NucleationOverpotentialInput): Volts {
  const eta0 = requireNonNegative('initialOverpotential', input.initialOverpotential, 'V');
  const qNuc = requirePositive('decayCharge', input.decayCharge, 'C/m²');
  const q = requireNonNegative('platedCharge', input.platedCharge, 'C/m²');
  return (eta0 * Math.exp(-q / qNuc)) as Volts;
}
