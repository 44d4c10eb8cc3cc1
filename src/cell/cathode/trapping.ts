import { arrheniusFactor } from '../../physics/index.ts';
import { FARADAY, GAS_CONSTANT, InputError, Z_MG, type JoulesPerMole, type Kelvin } from '../../units/index.ts';
import { CHEVREL_MO6S8, CHEVREL_SITES } from './chevrel.ts';
import { latticeGasOccupancies, twoSiteOccupancy, type LatticeSite } from './lattice-gas.ts';

/**
 * Exchange of Mg between the mobile (diffusing) population of a host and an immobile, trapped one,
 * evaluated locally (per finite volume of a particle).
 */
export interface TrapKinetics {
  /**
   * Net trapping rate r [mol/(m³·s)] at mobile Mg concentration c [mol/m³], trapped Mg
   * concentration q [mol/m³] and temperature T [K]: ∂q/∂t = r and ∂c/∂t gains −r (mobile Mg
   * becomes trapped when r > 0, trapped Mg is released when r < 0). Must be defined for states
   * slightly outside the physical range (solver probes).
   */
  rate(c: number, q: number, temperature: number): number;
}

/** Parameters of `siteTrapping`. */
export interface SiteTrappingParameters {
  /** The host's lattice-gas sites (per formula unit). */
  readonly sites: readonly LatticeSite[];
  /** Index of the site kind whose Mg can be trapped (default 0: the first-filled site). */
  readonly trapSite?: number;
  /** All-site Mg concentration c_max [mol/m³] (x = Σ n_k). */
  readonly maxConcentration: number;
  /** Trap capacity y_max [Mg per formula unit], 0 < y_max < n_trapSite. */
  readonly trapCapacity: number;
  /** Capture rate constant k_c [1/s], ≥ 0. */
  readonly captureRate: number;
  /** Release rate constant k_r at `releaseReferenceTemperature` [1/s], ≥ 0. */
  readonly releaseRate: number;
  readonly releaseReferenceTemperature: Kelvin;
  /** Activation energy of the release E_r [J/mol]. */
  readonly releaseActivationEnergy: JoulesPerMole;
}

/** The Chevrel-phase defaults of `siteTrapping` (values and sources: `CHEVREL_MO6S8`). */
export const CHEVREL_TRAPPING: SiteTrappingParameters = {
  sites: CHEVREL_SITES,
  trapSite: 0,
  maxConcentration: CHEVREL_MO6S8.maxConcentration.value,
  trapCapacity: CHEVREL_MO6S8.trapCapacity.value,
  captureRate: CHEVREL_MO6S8.trapCaptureRate.value,
  releaseRate: CHEVREL_MO6S8.trapReleaseRate.value,
  releaseReferenceTemperature: CHEVREL_MO6S8.trapReleaseReferenceTemperature.value as Kelvin,
  releaseActivationEnergy: CHEVREL_MO6S8.trapReleaseActivationEnergy.value as JoulesPerMole,
};

/**
 * Release rate constant of trapped Mg:
 *
 *   k_r(T) = k_r,ref · exp[(E_r/R)·(1/T_ref − 1/T)]
 *
 * k_r, k_r,ref [1/s]; E_r [J/mol]; R [J/(mol·K)]; T, T_ref [K]. With the Chevrel defaults
 * (k_r(60 °C) = 2e-4 s⁻¹, E_r = 2.0 eV): k_r(25 °C) ≈ 5.6e-8 s⁻¹ (τ ≈ 200 days), k_r(60 °C): τ ≈ 1.4 h.
 * Source: Arrhenius (via `arrheniusFactor`); parameter values: `CHEVREL_MO6S8` (assumed, see there).
 */
export function trapReleaseRate(parameters: SiteTrappingParameters, temperature: number): number {
  return parameters.releaseRate * arrheniusFactor(parameters.releaseActivationEnergy, temperature as Kelvin, parameters.releaseReferenceTemperature);
}

/**
 * Charge trapping as a reversible exchange between the mobile Mg on one site kind of a lattice
 * gas and a limited number of immobile (trap) positions, per formula unit:
 *
 *   dy_T/dt = k_c·θ_s·(y_max − y_T) − k_r(T)·y_T·(1 − θ_s)
 *
 * y_T [Mg per formula unit] trapped Mg (= q/c_fu, c_fu = c_max/N formula units per m³, N = Σ n_k);
 * y_max [1] trap capacity; θ_s [1] the mobile occupancy of the trappable site kind s, from the
 * lattice-gas equilibrium (`latticeGasOccupancies`) of the mobile Mg x_m = c/c_fu on the sites
 * with the trapped Mg removed from site kind s (n_s → n_s − y_T); k_c [1/s] capture rate constant;
 * k_r(T) [1/s] release rate constant (`trapReleaseRate`). The rate returned is r = c_fu·dy_T/dt.
 *
 * Mechanism (assumed form, after the reports): Mg that occupies the first-filled (inner-ring)
 * sites of Mo₆S₈ can fall into configurations it cannot leave at room temperature — "very slow
 * initial insertion kinetics (and final deinsertion) of Mg ions due to trapping", two
 * non-equivalent sites with different barriers (M. D. Levi, Y. Gofer, E. Levi, D. Aurbach,
 * https://studylib.net/doc/7476448); ~20 % of the charge stays in the host at room temperature
 * (models-and-physics.md §3.2; D. Aurbach et al., Nature 407, 724 (2000)); the trapping vanishes
 * at elevated temperature (≥ 60 °C, see `CHEVREL_MO6S8.trapReleaseRate`). Capture needs an
 * occupied trappable site (θ_s) and a free trap; release needs a vacancy on that site kind
 * (1 − θ_s), so a full host keeps its trapped Mg. Trapped Mg is inserted Mg: the first discharge of
 * a fresh host delivers the full capacity, the charge returns it minus the trapped part, and later
 * cycles reach only the untrapped sites (CE → 1 once the traps are full).
 */
export function siteTrapping(parameters: SiteTrappingParameters): TrapKinetics {
  const { sites, maxConcentration, trapCapacity, captureRate, releaseRate } = parameters;
  const s = parameters.trapSite ?? 0;
  const site = sites[s];
  if (site === undefined) throw new InputError(`trapSite must be an index into sites (0…${sites.length - 1}); got ${s}`);
  if (!(Number.isFinite(maxConcentration) && maxConcentration > 0)) throw new InputError(`maxConcentration must be a finite number > 0 mol/m³; got ${maxConcentration}`);
  if (!(trapCapacity > 0 && trapCapacity < site.capacity)) throw new InputError(`trapCapacity must be in (0, ${site.capacity}) Mg per formula unit (the trappable site's capacity); got ${trapCapacity}`);
  if (!(captureRate >= 0 && Number.isFinite(captureRate))) throw new InputError(`captureRate must be a finite number ≥ 0 1/s; got ${captureRate}`);
  if (!(releaseRate >= 0 && Number.isFinite(releaseRate))) throw new InputError(`releaseRate must be a finite number ≥ 0 1/s; got ${releaseRate}`);
  const total = sites.reduce((a, k) => a + k.capacity, 0);
  const perFormulaUnit = maxConcentration / total;
  const reduced = sites.map((k) => ({ ...k }));
  const [k0, k1] = sites;
  const two = sites.length === 2 && k0 !== undefined && k1 !== undefined ? { n1: k0.capacity, n2: k1.capacity, u1: k0.potential, u2: k1.potential, t: Number.NaN, a: Number.NaN } : undefined;
  let cachedT = Number.NaN;
  let release = 0;
  return {
    rate(c, q, temperature) {
      if (temperature !== cachedT) {
        release = trapReleaseRate(parameters, temperature);
        cachedT = temperature;
      }
      const yT = q / perFormulaUnit;
      const blocked = Math.min(Math.max(yT, 0), site.capacity * (1 - 1e-9));
      let theta: number;
      if (two !== undefined) {
        // Two site kinds (Chevrel): the closed form, no allocations (called per shell per rhs).
        if (temperature !== two.t) {
          two.t = temperature;
          two.a = Math.exp(((Z_MG * FARADAY) / (GAS_CONSTANT * temperature)) * (two.u1 - two.u2));
        }
        const n1 = s === 0 ? two.n1 - blocked : two.n1;
        const n2 = s === 1 ? two.n2 - blocked : two.n2;
        theta = twoSiteOccupancy(c / perFormulaUnit, n1, n2, two.a, s === 0 ? 0 : 1);
      } else {
        reduced[s] = { capacity: site.capacity - blocked, potential: site.potential };
        theta = latticeGasOccupancies(c / perFormulaUnit, reduced, temperature)[s] ?? 0;
      }
      const dy = captureRate * theta * (trapCapacity - yT) - release * yT * (1 - theta);
      return perFormulaUnit * dy;
    },
  };
}
