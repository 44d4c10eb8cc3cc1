import { err, ok, type ParseIssue, type Result } from '../../units/index.ts';

/** One measured open-circuit point: the abscissa (see `OcvAbscissa`) and U [V vs Mg²⁺/Mg]. */
export interface OcvPoint {
  readonly x: number;
  readonly voltage: number;
}

/**
 * What the abscissa of an OCV table measures; everything is mapped to the stoichiometry
 * θ = c/c_max ∈ [0, 1] (fraction of the host's Mg sites filled, 0 = empty/charged host):
 * - `stoichiometry`: θ itself;
 * - `x`: Mg per formula unit, θ = x / max (e.g. max = 2 for Mo₆S₈, 1 for Ti₂S₄ as MgTi₂S₄);
 * - `soc`: state of charge of the cathode ∈ [0, 1], θ = 1 − soc (a charged cathode holds no Mg).
 */
export type OcvAbscissa = { readonly kind: 'stoichiometry' } | { readonly kind: 'x'; readonly max: number } | { readonly kind: 'soc' };

export type OcvInterpolation = 'monotone-cubic' | 'linear';

/** The input of `createOcvTable`. */
export interface OcvTableInput {
  /** Name for messages (e.g. "V2O5, Mg(TFSI)2/diglyme, 25 °C"). */
  readonly name?: string;
  readonly points: readonly OcvPoint[];
  readonly abscissa: OcvAbscissa;
  /** Default 'monotone-cubic' (Fritsch–Carlson). */
  readonly interpolation?: OcvInterpolation;
}

/** A validated OCV curve U(θ), strictly decreasing in the stoichiometry θ. */
export interface OcvTable {
  readonly name: string;
  readonly interpolation: OcvInterpolation;
  /** Knots θ_i, strictly increasing. */
  readonly stoichiometry: Float64Array;
  /** U_i [V] at the knots, strictly decreasing. */
  readonly voltage: Float64Array;
  /** dU/dθ at the knots [V] (< 0). */
  readonly slopes: Float64Array;
  /** U(θ) [V]; linear extrapolation with the end slope outside the knots. */
  potential(stoichiometry: number): number;
  /** dU/dθ [V] at θ. */
  slope(stoichiometry: number): number;
  /** θ(U): the inverse of `potential` (exact to ~1e-14 in θ), extrapolated linearly beyond the ends. */
  stoichiometryAt(voltage: number): number;
}

function abscissaRange(a: OcvAbscissa): { lo: number; hi: number; toTheta: (v: number) => number; label: string } {
  switch (a.kind) {
    case 'stoichiometry':
      return { lo: 0, hi: 1, toTheta: (v) => v, label: 'stoichiometry θ' };
    case 'soc':
      return { lo: 0, hi: 1, toTheta: (v) => 1 - v, label: 'state of charge' };
    case 'x':
      return { lo: 0, hi: a.max, toTheta: (v) => v / a.max, label: 'x (Mg per formula unit)' };
  }
}

/**
 * Validate OCV data and build its interpolant. Every problem is reported (not only the first),
 * each naming the offending row as `points[i]` (and its line, when the rows came from
 * `parseOcvCsv`): non-finite numbers, an abscissa outside its range, an abscissa that is not
 * strictly monotone in the given order, and a voltage that is not strictly monotone in the
 * direction a cathode requires (U falls as Mg is inserted: decreasing in θ and in x, increasing in
 * state of charge).
 *
 * Interpolation (monotone-cubic): the piecewise cubic Hermite interpolant with the Fritsch–Carlson
 * slopes — start from the mean of the neighbouring secants (the one secant at an end), then on each
 * interval with α = m_k/Δ_k, β = m_{k+1}/Δ_k and α² + β² > 9 scale both by τ = 3/√(α² + β²). The
 * result is C¹, reproduces the data and is strictly monotone between strictly monotone data, so
 * U(θ) can be inverted. Source: F. N. Fritsch & R. E. Carlson, "Monotone piecewise cubic
 * interpolation", SIAM J. Numer. Anal. 17(2), 238–246 (1980), §4 (the "circle" constraint
 * α² + β² ≤ 9 of their Lemma 2 region). 'linear' joins the points with straight lines.
 */
export function createOcvTable(input: OcvTableInput, lines?: readonly number[]): Result<OcvTable> {
  const issues: ParseIssue[] = [];
  const name = input.name ?? 'OCV table';
  const at = (i: number): { path: string; line?: number } => {
    const line = lines?.[i];
    return line === undefined ? { path: `points[${i}]` } : { path: `points[${i}]`, line };
  };
  const points = input.points;
  if (input.abscissa.kind === 'x' && !(Number.isFinite(input.abscissa.max) && input.abscissa.max > 0)) {
    issues.push({ path: 'abscissa.max', message: `the largest x must be a finite number > 0 Mg per formula unit; got ${input.abscissa.max}` });
    return err(issues);
  }
  if (points.length < 2) return err([{ path: 'points', message: `an OCV table needs at least 2 points; got ${points.length}` }]);
  const range = abscissaRange(input.abscissa);
  points.forEach((p, i) => {
    if (!Number.isFinite(p.x)) issues.push({ ...at(i), message: `${range.label} must be a finite number; got ${p.x}` });
    else if (p.x < range.lo || p.x > range.hi) issues.push({ ...at(i), message: `${range.label} = ${p.x} is outside [${range.lo}, ${range.hi}]` });
    if (!Number.isFinite(p.voltage)) issues.push({ ...at(i), message: `voltage must be a finite number of volts; got ${p.voltage}` });
  });
  if (issues.length > 0) return err(issues);
  const first = points[0] as OcvPoint;
  const second = points[1] as OcvPoint;
  const increasing = second.x > first.x;
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1] as OcvPoint;
    const cur = points[i] as OcvPoint;
    const okOrder = increasing ? cur.x > prev.x : cur.x < prev.x;
    if (!okOrder) {
      issues.push({
        ...at(i),
        message: `${range.label} = ${cur.x} does not ${increasing ? 'increase' : 'decrease'} from points[${i - 1}] (${prev.x}): list the points in strictly ${increasing ? 'increasing' : 'decreasing'} order without repeats`,
      });
    }
  }
  if (issues.length > 0) return err(issues);
  // Map to θ, increasing.
  const order = points.map((_, i) => i);
  const theta = points.map((p) => range.toTheta(p.x));
  order.sort((a, b) => (theta[a] ?? 0) - (theta[b] ?? 0));
  for (let j = 1; j < order.length; j++) {
    const i = order[j] as number;
    const iPrev = order[j - 1] as number;
    const u = (points[i] as OcvPoint).voltage;
    const uPrev = (points[iPrev] as OcvPoint).voltage;
    if (!(u < uPrev)) {
      const direction = input.abscissa.kind === 'soc' ? 'rise' : 'fall';
      issues.push({
        ...at(i),
        message: `voltage ${u} V does not ${direction} from ${uPrev} V at points[${iPrev}]: a cathode's OCV must be strictly monotone (falling as Mg is inserted); give a flat plateau a small slope or drop the duplicate point`,
      });
    }
  }
  if (issues.length > 0) return err(issues);
  const n = points.length;
  const th = Float64Array.from(order, (i) => theta[i] ?? 0);
  const u = Float64Array.from(order, (i) => (points[i] as OcvPoint).voltage);
  const interpolation = input.interpolation ?? 'monotone-cubic';
  const slopes = interpolation === 'linear' ? new Float64Array(n) : fritschCarlsonSlopes(th, u);
  return ok(buildTable(name, interpolation, th, u, slopes));
}

/** Fritsch–Carlson slopes of strictly monotone data (see `createOcvTable`). */
function fritschCarlsonSlopes(x: Float64Array, y: Float64Array): Float64Array {
  const n = x.length;
  const delta = new Float64Array(n - 1);
  for (let k = 0; k < n - 1; k++) delta[k] = ((y[k + 1] ?? 0) - (y[k] ?? 0)) / ((x[k + 1] ?? 0) - (x[k] ?? 0));
  const m = new Float64Array(n);
  m[0] = delta[0] ?? 0;
  m[n - 1] = delta[n - 2] ?? 0;
  for (let k = 1; k < n - 1; k++) m[k] = 0.5 * ((delta[k - 1] ?? 0) + (delta[k] ?? 0));
  for (let k = 0; k < n - 1; k++) {
    const d = delta[k] ?? 1;
    const a = (m[k] ?? 0) / d;
    const b = (m[k + 1] ?? 0) / d;
    const r2 = a * a + b * b;
    if (r2 > 9) {
      const tau = 3 / Math.sqrt(r2);
      m[k] = tau * a * d;
      m[k + 1] = tau * b * d;
    }
  }
  return m;
}

function buildTable(name: string, interpolation: OcvInterpolation, x: Float64Array, y: Float64Array, m: Float64Array): OcvTable {
  const n = x.length;
  const last = n - 1;
  const linear = interpolation === 'linear';
  /** Interval k with x_k ≤ v ≤ x_{k+1}, clamped to [0, n − 2]. */
  const interval = (v: number): number => {
    let lo = 0;
    let hi = last;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((x[mid] ?? 0) <= v) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const endSlope = (k: 0 | 1): number => {
    if (linear) return k === 0 ? ((y[1] ?? 0) - (y[0] ?? 0)) / ((x[1] ?? 0) - (x[0] ?? 0)) : ((y[last] ?? 0) - (y[last - 1] ?? 0)) / ((x[last] ?? 0) - (x[last - 1] ?? 0));
    return k === 0 ? (m[0] ?? 0) : (m[last] ?? 0);
  };
  /** Value and derivative of the Hermite cubic on interval k at local t ∈ [0, 1]. */
  const hermite = (k: number, t: number): { v: number; d: number } => {
    const h = (x[k + 1] ?? 0) - (x[k] ?? 0);
    const y0 = y[k] ?? 0;
    const y1 = y[k + 1] ?? 0;
    if (linear) return { v: y0 + t * (y1 - y0), d: (y1 - y0) / h };
    const m0 = m[k] ?? 0;
    const m1 = m[k + 1] ?? 0;
    const t2 = t * t;
    const t3 = t2 * t;
    const v = (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * h * m0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * h * m1;
    const d = ((6 * t2 - 6 * t) * y0 + (3 * t2 - 4 * t + 1) * h * m0 + (-6 * t2 + 6 * t) * y1 + (3 * t2 - 2 * t) * h * m1) / h;
    return { v, d };
  };
  const potential = (s: number): number => {
    const x0 = x[0] ?? 0;
    const xn = x[last] ?? 0;
    if (s < x0) return (y[0] ?? 0) + endSlope(0) * (s - x0);
    if (s > xn) return (y[last] ?? 0) + endSlope(1) * (s - xn);
    const k = interval(s);
    return hermite(k, (s - (x[k] ?? 0)) / ((x[k + 1] ?? 0) - (x[k] ?? 0))).v;
  };
  const slope = (s: number): number => {
    if (s < (x[0] ?? 0)) return endSlope(0);
    if (s > (x[last] ?? 0)) return endSlope(1);
    const k = interval(s);
    return hermite(k, (s - (x[k] ?? 0)) / ((x[k + 1] ?? 0) - (x[k] ?? 0))).d;
  };
  const stoichiometryAt = (v: number): number => {
    const top = y[0] ?? 0;
    const bottom = y[last] ?? 0;
    if (v > top) return (x[0] ?? 0) + (v - top) / endSlope(0);
    if (v < bottom) return (x[last] ?? 0) + (v - bottom) / endSlope(1);
    // y is decreasing: the interval k with y_{k+1} ≤ v ≤ y_k.
    let lo = 0;
    let hi = last;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((y[mid] ?? 0) >= v) lo = mid;
      else hi = mid;
    }
    const h = (x[lo + 1] ?? 0) - (x[lo] ?? 0);
    // Safeguarded Newton on t ∈ [0, 1] for hermite(lo, t) = v (decreasing in t).
    let a = 0;
    let b = 1;
    let t = ((y[lo] ?? 0) - v) / ((y[lo] ?? 0) - (y[lo + 1] ?? 0));
    for (let it = 0; it < 100; it++) {
      const { v: f, d } = hermite(lo, t);
      const g = f - v;
      if (g === 0) break;
      if (g > 0) a = t;
      else b = t;
      const newton = t - g / (d * h);
      const next = Number.isFinite(newton) && newton > a && newton < b ? newton : 0.5 * (a + b);
      if (Math.abs(next - t) <= 1e-15 || b - a <= 1e-15) {
        t = next;
        break;
      }
      t = next;
    }
    return (x[lo] ?? 0) + t * h;
  };
  const slopes = linear ? Float64Array.from({ length: n }, (_, i) => slope(x[i] ?? 0)) : m;
  return { name, interpolation, stoichiometry: x, voltage: y, slopes, potential, slope, stoichiometryAt };
}

/**
 * Read an OCV table from CSV text: two columns, abscissa then voltage [V]; a header line (any
 * line whose first field is not a number) and lines starting with '#' are skipped. Each error
 * names its line (1-based) and row; then validates as `createOcvTable`.
 */
export function parseOcvCsv(text: string, options: Omit<OcvTableInput, 'points'>): Result<OcvTable> {
  const issues: ParseIssue[] = [];
  const points: OcvPoint[] = [];
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const s = raw.trim();
    if (s.length === 0 || s.startsWith('#')) return;
    const fields = s.split(/[,;\t]/).map((f) => f.trim());
    const xs = fields[0] ?? '';
    if (points.length === 0 && issues.length === 0 && !Number.isFinite(Number(xs))) return; // header
    if (fields.length !== 2) {
      issues.push({ line, path: `points[${points.length}]`, message: `expected 2 columns (abscissa, voltage); got ${fields.length}` });
      return;
    }
    const x = xs.length > 0 ? Number(xs) : Number.NaN;
    const vs = fields[1] ?? '';
    const v = vs.length > 0 ? Number(vs) : Number.NaN;
    if (!Number.isFinite(x) || !Number.isFinite(v)) {
      issues.push({ line, path: `points[${points.length}]`, message: `not a pair of numbers: "${s}"` });
      return;
    }
    points.push({ x, voltage: v });
    lines.push(line);
  });
  if (issues.length > 0) return err(issues);
  return createOcvTable({ ...options, points }, lines);
}
