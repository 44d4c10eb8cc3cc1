import { InputError } from '../../units/index.ts';

/** A sphere initially at c = c0, receiving a constant flux F0 through its surface. */
export interface ConstantFluxSphere {
  /** a [m]. */
  readonly radius: number;
  /** D [m²/s]. */
  readonly diffusivity: number;
  /** F0 [mol/(m²·s)], > 0 into the sphere. */
  readonly flux: number;
  /** c0 [mol/m³], default 0. */
  readonly initial?: number;
}

/** Positive roots α_n of tan α = α (α cot α = 1), n = 1, 2, …: α_n ∈ (nπ, (n + ½)π). */
export function tanRoots(count: number): Float64Array {
  const out = new Float64Array(count);
  for (let n = 1; n <= count; n++) {
    // g(α) = α cos α − sin α changes sign on (nπ, (n + ½)π); safeguarded Newton (g′ = −α sin α).
    let lo = n * Math.PI;
    let hi = (n + 0.5) * Math.PI;
    const sLo = Math.sign(lo * Math.cos(lo) - Math.sin(lo));
    let x = hi - 1 / hi;
    for (let it = 0; it < 100; it++) {
      const g = x * Math.cos(x) - Math.sin(x);
      if (g === 0) break;
      if (Math.sign(g) === sLo) lo = x;
      else hi = x;
      const next = x - g / (-x * Math.sin(x));
      const xn = next > lo && next < hi ? next : 0.5 * (lo + hi);
      if (Math.abs(xn - x) <= 1e-15 * x) {
        x = xn;
        break;
      }
      x = xn;
    }
    out[n - 1] = x;
  }
  return out;
}

const ROOTS = tanRoots(4000);

function check(s: ConstantFluxSphere, t: number): void {
  if (!(s.radius > 0 && s.diffusivity > 0 && Number.isFinite(s.flux))) throw new InputError('need radius > 0 m, diffusivity > 0 m²/s and a finite flux');
  if (!(t > 0)) throw new InputError(`the series needs t > 0 s (it converges slowly at t = 0); got ${t}`);
}

/**
 * Concentration in a sphere of radius a, initially uniform at c0, with a constant flux F0 into it
 * through r = a (D·∂c/∂r = F0 there):
 *
 *   c(r, t) = c0 + (F0·a/D)·{ 3Dt/a² + r²/(2a²) − 3/10
 *             − (2a/r)·Σ_n sin(α_n r/a) / (α_n² sin α_n) · exp(−α_n² D t/a²) },   tan α_n = α_n
 *
 * c, c0 [mol/m³]; F0 [mol/(m²·s)]; a, r [m]; D [m²/s]; t [s]. The first three terms are the
 * mean rise 3F0t/a plus the steady parabolic profile (zero mean); each series term has zero mean
 * and zero slope at r = a (because tan α_n = α_n). Series summed until the exponential factor is
 * below 1e-18 (≤ 4000 terms; t > 0 required). At r = 0 the limit (a/r)·sin(α r/a) → α is used.
 * Source: J. Crank, "The Mathematics of Diffusion", 2nd ed., Oxford (1975), §6.3 (sphere with a
 * constant surface flux, the series of eq. 6.45's family); H. S. Carslaw & J. C. Jaeger,
 * "Conduction of Heat in Solids", 2nd ed. (1959), §9.3.
 */
export function constantFluxSphereConcentration(sphere: ConstantFluxSphere, r: number, t: number): number {
  check(sphere, t);
  const { radius: a, diffusivity: d, flux } = sphere;
  if (!(r >= 0 && r <= a)) throw new InputError(`r must be in [0, ${a}] m; got ${r}`);
  const tau = (d * t) / (a * a);
  const rho = r / a;
  let series = 0;
  for (const alpha of ROOTS) {
    const decay = Math.exp(-alpha * alpha * tau);
    if (decay < 1e-18) break;
    const shape = rho > 0 ? Math.sin(alpha * rho) / rho : alpha;
    series += (shape / (alpha * alpha * Math.sin(alpha))) * decay;
  }
  return (sphere.initial ?? 0) + ((flux * a) / d) * (3 * tau + 0.5 * rho * rho - 0.3 - 2 * series);
}

/**
 * Volume average of `constantFluxSphereConcentration` over the shell r1 ≤ r ≤ r2, integrated
 * term by term exactly: ∫ r²·(a/r) sin(αr/a) dr = a·[(a/α)² sin(αr/a) − (a r/α) cos(αr/a)], for
 * comparing finite-volume cell averages without a quadrature error. Source: as above.
 */
export function constantFluxSphereShellAverage(sphere: ConstantFluxSphere, r1: number, r2: number, t: number): number {
  check(sphere, t);
  const { radius: a, diffusivity: d, flux } = sphere;
  if (!(r1 >= 0 && r2 > r1 && r2 <= a)) throw new InputError(`need 0 ≤ r1 < r2 ≤ ${a} m; got [${r1}, ${r2}]`);
  const tau = (d * t) / (a * a);
  const weight = (r2 ** 3 - r1 ** 3) / 3; // ∫ r² dr
  const quartic = (r2 ** 5 - r1 ** 5) / 5 / (2 * a * a); // ∫ r²·r²/(2a²) dr
  let series = 0;
  for (const alpha of ROOTS) {
    const decay = Math.exp(-alpha * alpha * tau);
    if (decay < 1e-18) break;
    const k = alpha / a;
    const primitive = (r: number) => a * (Math.sin(k * r) / (k * k) - (r * Math.cos(k * r)) / k);
    series += ((primitive(r2) - primitive(r1)) / (alpha * alpha * Math.sin(alpha))) * decay;
  }
  const bracket = (3 * tau - 0.3) * weight + quartic - 2 * series;
  return (sphere.initial ?? 0) + ((flux * a) / d) * (bracket / weight);
}
