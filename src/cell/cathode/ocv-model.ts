import { FARADAY, GAS_CONSTANT, InputError, Z_MG } from '../../units/index.ts';
import { latticeGasEquilibrium, twoSiteRoot, type LatticeSite } from './lattice-gas.ts';
import type { OcvTable } from './ocv-table.ts';

/**
 * Fraction of the available sites within which a surface state is taken at face value; beyond it
 * (a host over-filled or over-emptied by a solver step) the potential is continued linearly, see
 * `CathodeOcv.potential`.
 */
export const OCV_REGULARIZATION_FRACTION = 1e-6;

/**
 * The open-circuit potential of a cathode host as a function of its surface state, for use inside
 * an ODE right-hand side and its events: defined (finite, continuous, strictly decreasing in the
 * Mg content) for every input.
 */
export interface CathodeOcv {
  readonly kind: 'lattice-gas' | 'table';
  /**
   * U [V vs Mg²⁺/Mg] of a surface holding mobile Mg at θ = c/c_max and trapped (immobile) Mg at
   * τ = q/c_max [1] (c_max: all sites), at T [K]. Trapped Mg blocks its sites: the mobile Mg sees
   * the host with the available fraction 1 − τ (a lattice gas: removed from the trap's site kind).
   *
   * Inside the physical range the value is exact. Where the available-site fraction
   * χ = θ/(1 − τ) leaves [ε, 1 − ε] (ε = `OCV_REGULARIZATION_FRACTION`; for a table: where θ leaves
   * [0, 1]), U continues linearly from the edge with a slope at least as steep as the ideal
   * solution's there, −(RT/zF)/ε per unit χ (assumed: a regularisation, not physics — it makes a
   * galvanostatic step that over-fills or over-empties the host reach its voltage cut-off within a
   * few ε of the edge instead of producing NaN).
   */
  potential(fraction: number, trapped: number, temperature: number): number;
}

/**
 * A lattice-gas host (e.g. Chevrel Mo₆S₈, `CHEVREL_SITES`): U from `latticeGasEquilibrium` with
 * trapped Mg removed from the capacity of site kind `trapSite` (default 0, the first-filled site).
 * The mobile composition is x = θ·N with N = Σ n_k sites per formula unit.
 */
export function latticeGasOcv(sites: readonly LatticeSite[], trapSite = 0): CathodeOcv {
  const total = sites.reduce((a, s) => a + s.capacity, 0);
  if (!(trapSite >= 0 && trapSite < sites.length && Number.isInteger(trapSite))) throw new InputError(`trapSite must be an index into sites (0…${sites.length - 1}); got ${trapSite}`);
  const reduced = sites.map((s) => ({ ...s }));
  const eps = OCV_REGULARIZATION_FRACTION;
  if (sites.length === 2) return twoSiteOcv(sites[0] as LatticeSite, sites[1] as LatticeSite, trapSite as 0 | 1);
  return {
    kind: 'lattice-gas',
    potential(fraction, trapped, temperature) {
      const blocked = Math.min(Math.max(trapped * total, 0), (sites[trapSite]?.capacity ?? 0) * (1 - 1e-9));
      const base = sites[trapSite] as LatticeSite;
      reduced[trapSite] = { capacity: base.capacity - blocked, potential: base.potential };
      const available = total - blocked;
      const x = fraction * total;
      const lo = eps * available;
      const hi = (1 - eps) * available;
      if (x >= lo && x <= hi) return latticeGasEquilibrium(x, reduced, temperature).potential;
      const edge = x < lo ? lo : hi;
      const state = latticeGasEquilibrium(edge, reduced, temperature);
      const ideal = -(GAS_CONSTANT * temperature) / (Z_MG * FARADAY * eps * available);
      return state.potential + Math.min(state.slope, ideal) * (x - edge);
    },
  };
}

/**
 * A host described by measured OCV data (`createOcvTable`, `parseOcvCsv`): U = table(χ) with the
 * available-site fraction χ = θ/(1 − τ); regularised outside χ ∈ [0, 1] as `CathodeOcv.potential`.
 */
export function tableOcv(table: OcvTable): CathodeOcv {
  const eps = OCV_REGULARIZATION_FRACTION;
  return {
    kind: 'table',
    potential(fraction, trapped, temperature) {
      const available = 1 - Math.min(Math.max(trapped, 0), 1 - 1e-9);
      const chi = fraction / available;
      if (chi >= 0 && chi <= 1) return table.potential(chi);
      const edge = chi < 0 ? 0 : 1;
      const ideal = -(GAS_CONSTANT * temperature) / (Z_MG * FARADAY * eps);
      return table.potential(edge) + Math.min(table.slope(edge), ideal) * (chi - edge);
    },
  };
}

/**
 * `latticeGasOcv` for two site kinds (the Chevrel case, evaluated in every right-hand side) without
 * allocations: the closed form of `twoSiteEquilibrium` inlined, exp(b·(U₁ − U₂)) cached per
 * temperature. Same values as the general path (tests/cell/cathode.test.ts compares them).
 */
function twoSiteOcv(site1: LatticeSite, site2: LatticeSite, trapSite: 0 | 1): CathodeOcv {
  const total = site1.capacity + site2.capacity;
  const eps = OCV_REGULARIZATION_FRACTION;
  const u1 = site1.potential;
  const u2 = site2.potential;
  let lastT = NaN;
  let b = NaN;
  let a = NaN;
  /** U and dU/dx at composition x of a host with n1, n2 sites (x strictly inside (0, n1 + n2)). */
  let slope = 0;
  const solve = (x: number, n1: number, n2: number): number => {
    const s = twoSiteRoot(x, n1, n2, a);
    const th1 = (a * s) / (1 + a * s);
    const th2 = s / (1 + s);
    slope = -1 / (b * (n1 * th1 * (1 - th1) + n2 * th2 * (1 - th2)));
    return u2 - Math.log(s) / b;
  };
  return {
    kind: 'lattice-gas',
    potential(fraction, trapped, temperature) {
      if (temperature !== lastT) {
        lastT = temperature;
        b = (Z_MG * FARADAY) / (GAS_CONSTANT * temperature);
        a = Math.exp(b * (u1 - u2));
      }
      const trapCapacity = trapSite === 0 ? site1.capacity : site2.capacity;
      const blocked = Math.min(Math.max(trapped * total, 0), trapCapacity * (1 - 1e-9));
      const n1 = trapSite === 0 ? site1.capacity - blocked : site1.capacity;
      const n2 = trapSite === 1 ? site2.capacity - blocked : site2.capacity;
      const available = total - blocked;
      const x = fraction * total;
      const lo = eps * available;
      const hi = (1 - eps) * available;
      if (x >= lo && x <= hi) return solve(x, n1, n2);
      const edge = x < lo ? lo : hi;
      const u = solve(edge, n1, n2);
      const ideal = -(GAS_CONSTANT * temperature) / (Z_MG * FARADAY * eps * available);
      return u + Math.min(slope, ideal) * (x - edge);
    },
  };
}
