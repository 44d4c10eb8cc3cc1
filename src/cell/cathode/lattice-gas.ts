import { FARADAY, GAS_CONSTANT, InputError, Z_MG } from '../../units/index.ts';

/**
 * One kind of insertion site of a host lattice (e.g. the inner- or outer-ring sites of Mo₆S₈).
 */
export interface LatticeSite {
  /** Sites of this kind per formula unit n_k [1], > 0. */
  readonly capacity: number;
  /** Site potential U_k [V vs Mg²⁺/Mg]: the open-circuit potential at half filling θ_k = ½. */
  readonly potential: number;
}

/** The equilibrium state of a multi-site lattice gas at a composition. */
export interface LatticeGasState {
  /** Common open-circuit potential U [V vs Mg²⁺/Mg]. */
  readonly potential: number;
  /** Site fractions θ_k [1] ∈ [0, 1], one per site kind. */
  readonly occupancies: readonly number[];
  /** dU/dx [V per Mg per formula unit] (< 0): the inverse of the thermodynamic capacity. */
  readonly slope: number;
}

/** ln(1 + e^a) without overflow. */
function softplus(a: number): number {
  return a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a));
}

/** Logistic σ(a) = 1/(1 + e^−a) without overflow. */
function logistic(a: number): number {
  if (a >= 0) return 1 / (1 + Math.exp(-a));
  const e = Math.exp(a);
  return e / (1 + e);
}

/** zF/(RT) [1/V] for z = 2 (Mg²⁺). */
function reciprocalThermalVoltage(temperature: number): number {
  if (!(Number.isFinite(temperature) && temperature > 0)) throw new InputError(`temperature must be a finite number > 0 K; got ${temperature}`);
  return (Z_MG * FARADAY) / (GAS_CONSTANT * temperature);
}

function checkSites(sites: readonly LatticeSite[]): number {
  if (sites.length === 0) throw new InputError('a lattice gas needs at least one site kind');
  let total = 0;
  sites.forEach((s, k) => {
    if (!(Number.isFinite(s.capacity) && s.capacity > 0)) throw new InputError(`sites[${k}].capacity must be a finite number > 0 sites per formula unit; got ${s.capacity}`);
    if (!Number.isFinite(s.potential)) throw new InputError(`sites[${k}].potential must be a finite number of volts; got ${s.potential}`);
    total += s.capacity;
  });
  return total;
}

/**
 * Composition of a multi-site lattice gas at a given potential (the inverse OCV x(U)):
 *
 *   x(U) = Σ_k n_k·θ_k(U),   θ_k(U) = 1 / (1 + exp[zF(U − U_k)/(RT)])
 *
 * x [Mg per formula unit] ∈ [0, Σn_k]; n_k [1] sites of kind k per formula unit; U, U_k [V vs
 * Mg²⁺/Mg]; z = 2; F [C/mol]; R [J/(mol·K)]; T [K]. Each θ_k is the inverse of the ideal
 * (non-interacting) lattice-gas isotherm U = U_k + (RT/zF)·ln((1 − θ_k)/θ_k), and all site kinds
 * share one potential (mutual equilibrium, fast exchange between sites). x is strictly decreasing
 * in U.
 * Source: the two-site form for Mg in Chevrel Mo₆S₈, models-and-physics.md §3.2 (the structure of
 * the continuum model of Drews et al., "Modeling of Magnesium Intercalation into Chevrel Phase
 * Mo₆S₈", Batteries & Supercaps 2023); the lattice-gas isotherm: W. R. McKinnon & R. R. Haering,
 * "Physical mechanisms of intercalation", Mod. Aspects Electrochem. 15 (1983) 235, and Levi et
 * al.'s two-site model of Mg insertion into Mo₆S₈ (M. D. Levi, Y. Gofer, E. Levi, D. Aurbach,
 * "Kinetics and dynamics of ion insertion into host electrodes for rechargeable Li and Mg
 * batteries", Bar-Ilan University, https://studylib.net/doc/7476448).
 */
export function latticeGasComposition(potential: number, sites: readonly LatticeSite[], temperature: number): number {
  checkSites(sites);
  if (!Number.isFinite(potential)) throw new InputError(`potential must be a finite number of volts; got ${potential}`);
  const b = reciprocalThermalVoltage(temperature);
  let x = 0;
  for (const s of sites) x += s.capacity * logistic(-b * (potential - s.potential));
  return x;
}

/**
 * Equilibrium of a multi-site lattice gas at composition x: the common potential U(x) solving
 * `latticeGasComposition(U) = x`, the site fractions θ_k and dU/dx.
 *
 * Method: Newton's method, safeguarded by bisection, on
 *   F(U) = ln[x(U)/(N − x(U))] − ln[x/(N − x)],   N = Σ n_k,
 * which is strictly decreasing and nearly linear in U at both ends of the composition range (slope
 * → −zF/RT), so Newton converges from the whole bracket. Both logarithms are evaluated as
 * log-sum-exp (no overflow, full relative precision at x → 0 and x → N). The bracket
 *   U_lo = min U_k − (RT/zF)·ln(N/(N − x)),  U_hi = max U_k + (RT/zF)·ln(N/x)
 * always contains the root (each θ_k is bounded by the one-site isotherm). Converges to a few ulp
 * of U in ≲ 10 iterations. Throws `InputError` unless 0 < x < N (U is ±∞ at the ends).
 * Symbols and source: as `latticeGasComposition`; slope dU/dx = −1/[(zF/RT)·Σ n_k θ_k (1 − θ_k)].
 */
export function latticeGasEquilibrium(x: number, sites: readonly LatticeSite[], temperature: number): LatticeGasState {
  const total = checkSites(sites);
  if (!(Number.isFinite(x) && x > 0 && x < total)) {
    throw new InputError(`composition x must be a finite number in (0, ${total}) Mg per formula unit (the potential is infinite at the ends); got ${x}`);
  }
  const [s1, s2] = sites;
  if (sites.length === 2 && s1 !== undefined && s2 !== undefined) return twoSiteEquilibrium(x, s1, s2, reciprocalThermalVoltage(temperature));
  return latticeGasEquilibriumNewton(x, sites, temperature, total);
}

/**
 * Two site kinds in closed form (the Chevrel case, called in every right-hand side). With
 * s = exp(b·(U₂ − U)) and a = exp(b·(U₁ − U₂)), θ₁ = a·s/(1 + a·s), θ₂ = s/(1 + s), and
 * x = n₁θ₁ + n₂θ₂ becomes the quadratic
 *
 *   a·(n₁ + n₂ − x)·s² + (a·(n₁ − x) + n₂ − x)·s − x = 0,
 *
 * whose positive root is taken in the cancellation-free form. Same result as the Newton solve
 * (tested), about 50 times cheaper. b = zF/(RT).
 */
function twoSiteEquilibrium(x: number, s1: LatticeSite, s2: LatticeSite, b: number): LatticeGasState {
  const n1 = s1.capacity;
  const n2 = s2.capacity;
  const a = Math.exp(b * (s1.potential - s2.potential));
  const s = twoSiteRoot(x, n1, n2, a);
  const th1 = (a * s) / (1 + a * s);
  const th2 = s / (1 + s);
  const potential = s2.potential - Math.log(s) / b;
  const capacitance = n1 * th1 * (1 - th1) + n2 * th2 * (1 - th2);
  return { potential, occupancies: [th1, th2], slope: -1 / (b * capacitance) };
}

/**
 * s = exp(b·(U₂ − U)) of a two-site lattice gas at composition x ∈ (0, n₁ + n₂): the positive root
 * of a·(n₁ + n₂ − x)·s² + (a·(n₁ − x) + n₂ − x)·s − x = 0 in its cancellation-free form
 * (a = exp(b·(U₁ − U₂)), b = zF/RT; see `twoSiteEquilibrium`). Allocation-free, for hot loops.
 */
export function twoSiteRoot(x: number, n1: number, n2: number, a: number): number {
  const qa = a * (n1 + n2 - x);
  const qb = a * (n1 - x) + n2 - x;
  const disc = Math.sqrt(qb * qb + 4 * qa * x);
  return qb > 0 ? (2 * x) / (qb + disc) : (disc - qb) / (2 * qa);
}

/**
 * The occupancy θ_k (k = 0 or 1) of a two-site lattice gas at composition x, without allocations:
 * the closed form of `twoSiteEquilibrium` with a = exp(zF(U₁ − U₂)/RT) precomputed by the caller.
 * 0 for x ≤ 0 and 1 for x ≥ n₁ + n₂, as `latticeGasOccupancies`.
 */
export function twoSiteOccupancy(x: number, n1: number, n2: number, a: number, k: 0 | 1): number {
  if (!(x > 0)) return 0;
  if (!(x < n1 + n2)) return 1;
  const s = twoSiteRoot(x, n1, n2, a);
  return k === 0 ? (a * s) / (1 + a * s) : s / (1 + s);
}

/** The general N-site solve of `latticeGasEquilibrium` (exported for tests of the closed form). */
export function latticeGasEquilibriumNewton(x: number, sites: readonly LatticeSite[], temperature: number, total = checkSites(sites)): LatticeGasState {
  const b = reciprocalThermalVoltage(temperature);
  const target = Math.log(x) - Math.log(total - x);
  let uMin = Infinity;
  let uMax = -Infinity;
  for (const s of sites) {
    uMin = Math.min(uMin, s.potential);
    uMax = Math.max(uMax, s.potential);
  }
  let lo = uMin - Math.log(total / (total - x)) / b;
  let hi = uMax + Math.log(total / x) / b;
  const logN = sites.map((s) => Math.log(s.capacity));
  // F(U) and F′(U), see the doc comment; a_k = b·(U − U_k), ln θ_k = −softplus(a_k), ln(1 − θ_k) = −softplus(−a_k).
  const evaluate = (u: number): { f: number; df: number } => {
    let m1 = -Infinity;
    let m2 = -Infinity;
    const l1 = new Array<number>(sites.length);
    const l2 = new Array<number>(sites.length);
    sites.forEach((s, k) => {
      const a = b * (u - s.potential);
      const v1 = (logN[k] ?? 0) - softplus(a);
      const v2 = (logN[k] ?? 0) - softplus(-a);
      l1[k] = v1;
      l2[k] = v2;
      m1 = Math.max(m1, v1);
      m2 = Math.max(m2, v2);
    });
    let s1 = 0;
    let s2 = 0;
    let d1 = 0;
    let d2 = 0;
    sites.forEach((s, k) => {
      const a = b * (u - s.potential);
      const w1 = Math.exp((l1[k] ?? 0) - m1);
      const w2 = Math.exp((l2[k] ?? 0) - m2);
      s1 += w1;
      s2 += w2;
      d1 += w1 * logistic(a); // d ln θ_k / d(bU) = −(1 − θ_k)
      d2 += w2 * logistic(-a); // d ln(1 − θ_k) / d(bU) = θ_k
    });
    const f = m1 + Math.log(s1) - (m2 + Math.log(s2)) - target;
    const df = -b * (d1 / s1 + d2 / s2);
    return { f, df };
  };
  let u = 0.5 * (lo + hi);
  for (let iteration = 0; iteration < 200; iteration++) {
    const { f, df } = evaluate(u);
    if (f === 0) break;
    if (f > 0) lo = u;
    else hi = u;
    const newton = u - f / df;
    const next = Number.isFinite(newton) && newton > lo && newton < hi ? newton : 0.5 * (lo + hi);
    if (next === u || hi - lo <= 4 * Number.EPSILON * Math.max(1, Math.abs(u))) {
      u = next;
      break;
    }
    u = next;
  }
  const occupancies = sites.map((s) => logistic(-b * (u - s.potential)));
  let capacitance = 0;
  sites.forEach((s, k) => {
    const th = occupancies[k] ?? 0;
    capacitance += s.capacity * th * (1 - th);
  });
  return { potential: u, occupancies, slope: -1 / (b * capacitance) };
}

/**
 * Site fractions θ_k of a lattice gas at composition x, total on [0, N]: θ_k = 0 at x ≤ 0 and 1 at
 * x ≥ N, otherwise as `latticeGasEquilibrium`. For rate laws evaluated inside an ODE right-hand
 * side, where the solver may probe states just outside the physical range.
 */
export function latticeGasOccupancies(x: number, sites: readonly LatticeSite[], temperature: number): readonly number[] {
  const total = checkSites(sites);
  if (!(x > 0)) return sites.map(() => 0);
  if (!(x < total)) return sites.map(() => 1);
  return latticeGasEquilibrium(x, sites, temperature).occupancies;
}
