import type { SiemensPerMeter } from '../units/index.ts';
import { requireAtLeast, requireInRange, requireNonNegative, requirePositive } from './validate.ts';

/**
 * How a layer's ion-conducting phase is arranged, for `effectiveConductivity`:
 * - `dense`: the whole layer conducts (a film, a dense MOF membrane, a single-ion conductor).
 * - `tortuosity`: a porous layer (separator) filled with electrolyte, with measured porosity ε and
 *   tortuosity τ (τ ≥ 1; the MacMullin number is N_M = τ/ε).
 * - `bruggeman`: porous, with τ = ε^(1−b) so that σ_eff = σ·ε^b; b = 1.5 (the default) is
 *   Bruggeman's value for a packing of spheres.
 */
export type Microstructure =
  | { readonly kind: 'dense' }
  | { readonly kind: 'tortuosity'; readonly porosity: number; readonly tortuosity: number }
  | { readonly kind: 'bruggeman'; readonly porosity: number; readonly exponent?: number };

/** Bruggeman exponent for spheres: σ_eff = σ·ε^1.5 (Bruggeman 1935). */
export const BRUGGEMAN_EXPONENT = 1.5;

/**
 * Effective conductivity of a porous layer filled with an electrolyte of conductivity σ:
 *
 *   σ_eff = σ · ε / τ            (kind 'tortuosity'; ε/τ = 1/N_M, MacMullin number N_M)
 *   σ_eff = σ · ε^b, b = 1.5     (kind 'bruggeman')
 *   σ_eff = σ                    (kind 'dense')
 *
 * σ, σ_eff [S/m]; ε [1] porosity (volume fraction of electrolyte, 0 < ε ≤ 1); τ [1] tortuosity ≥ 1;
 * b [1] Bruggeman exponent.
 * Sources: R. B. MacMullin & G. A. Muccini, AIChE J. 2, 393 (1956) (N_M = σ/σ_eff = τ/ε);
 * D. A. G. Bruggeman, Ann. Phys. 416, 636 (1935) (ε^1.5 for spheres); review of both in
 * B. Tjaden, S. J. Cooper, D. J. L. Brett, D. Kramer & P. R. Shearing, Curr. Opin. Chem. Eng. 12,
 * 44 (2016). The same factors apply to the salt diffusivity (D_eff = D·ε/τ), as in PyBaMM's ε^b.
 */
export function effectiveConductivity(conductivity: SiemensPerMeter, microstructure: Microstructure): SiemensPerMeter {
  const sigma = requireNonNegative('conductivity', conductivity, 'S/m');
  return (sigma * transportFactor(microstructure)) as SiemensPerMeter;
}

/**
 * The dimensionless factor σ_eff/σ = ε/τ (or ε^b, or 1) of `effectiveConductivity`; also the factor
 * for an effective diffusivity D_eff = D·ε/τ. Equations and sources as `effectiveConductivity`.
 */
export function transportFactor(microstructure: Microstructure): number {
  switch (microstructure.kind) {
    case 'dense':
      return 1;
    case 'tortuosity': {
      const eps = requireInRange('porosity', microstructure.porosity, 0, 1, { lo: true });
      const tau = requireAtLeast('tortuosity', microstructure.tortuosity, 1);
      return eps / tau;
    }
    case 'bruggeman': {
      const eps = requireInRange('porosity', microstructure.porosity, 0, 1, { lo: true });
      const b = requirePositive('exponent', microstructure.exponent ?? BRUGGEMAN_EXPONENT);
      return eps ** b;
    }
  }
}
