import { cathodeOverpotential, cathodePotential, insertionFluxFromCurrent, type CathodeKinetics } from './kinetics.ts';
import type { CathodeOcv } from './ocv-model.ts';
import type { SphericalParticle } from './particle.ts';

/** The state of a cathode particle's surface while it carries a current. */
export interface CathodeSurfaceState {
  /** Mobile Mg concentration at r = R [mol/m³] (flux-extrapolated) and its fraction θ = c_s/c_max. */
  readonly concentration: number;
  readonly fraction: number;
  /** Trapped Mg fraction τ = q_s/c_max of the outermost shell. */
  readonly trappedFraction: number;
  /** χ = θ/(1 − τ): filled fraction of the sites available to mobile Mg. */
  readonly availableFraction: number;
  /** U [V vs Mg²⁺/Mg]. */
  readonly ocv: number;
  /** η [V] (0 at zero current). */
  readonly overpotential: number;
  /** φ_s − φ_e vs Mg²⁺/Mg = U + η [V]. */
  readonly potential: number;
}

/**
 * Everything a cell model needs at a cathode particle's surface, in the order it is computed:
 * j = −i/(zF) → c_s (`SphericalParticle.surfaceConcentration`) → θ, τ, χ → U = `CathodeOcv.potential`
 * → η = `cathodeOverpotential`(i, χ, c_e) → U + η (`cathodePotential`).
 * i [A/m²] interfacial current density per particle surface, anodic (charge) positive; c_e
 * [mol/m³] Mg²⁺ concentration in the electrolyte at the particle; T [K]. Equations and sources:
 * the functions named.
 */
export function cathodeSurface(
  particle: SphericalParticle,
  ocv: CathodeOcv,
  kinetics: CathodeKinetics,
  y: Float64Array,
  offset: number,
  currentDensity: number,
  electrolyteConcentration: number,
  temperature: number,
): CathodeSurfaceState {
  const cMax = particle.maxConcentration;
  const concentration = particle.surfaceConcentration(y, offset, insertionFluxFromCurrent(currentDensity), temperature);
  const fraction = concentration / cMax;
  const trappedFraction = particle.surfaceTrapped(y, offset) / cMax;
  const availableFraction = fraction / (1 - trappedFraction);
  const u = ocv.potential(fraction, trappedFraction, temperature);
  const eta = currentDensity === 0 ? 0 : cathodeOverpotential(kinetics, currentDensity, availableFraction, electrolyteConcentration, temperature);
  return { concentration, fraction, trappedFraction, availableFraction, ocv: u, overpotential: eta, potential: cathodePotential(u, eta) };
}
