import { InputError } from '../../units/index.ts';

/**
 * How the radius of a sphere is cut into shells:
 * - `uniform`: equal widths R/n (second-order accurate, see `sphericalDiffusion`);
 * - `equal-volume`: equal volumes, faces r_k = R·(k/n)^(1/3) (thin outer shells, a wide centre);
 * - `graded`: widths shrinking geometrically towards the surface, the centre shell `ratio` ≥ 1
 *   times as wide as the surface shell (ratio 1 = uniform; per-shell factor ratio^(1/(n−1)), so a
 *   refined mesh keeps the same stretching and stays second-order), to resolve the steep profile
 *   under the surface at high rates.
 * Equal-volume shells put a wide shell at the centre (width R·n^(−1/3)): conservative and accurate
 * at the surface, but the interior profile converges slowly (≈ n^(−1/3) near r = 0); prefer
 * uniform or graded shells when the interior matters.
 */
export type ShellSpacing = { readonly kind: 'uniform' } | { readonly kind: 'equal-volume' } | { readonly kind: 'graded'; readonly ratio: number };

/** A finite-volume mesh of a sphere of radius R in n concentric shells (index 0 at the centre). */
export interface ShellMesh {
  readonly n: number;
  /** R [m]. */
  readonly radius: number;
  /** Face radii r_{k−½}, k = 0…n (r_{−½} = 0, r_{n−½} = R) [m]. */
  readonly faces: Float64Array;
  /** Nodes ρ_k = (r_{k−½} + r_{k+½})/2 [m]. */
  readonly nodes: Float64Array;
  /** Shell volumes V_k = (4π/3)(r_{k+½}³ − r_{k−½}³) [m³]; Σ V_k = 4πR³/3 exactly up to round-off. */
  readonly volumes: Float64Array;
  /** Face areas A_{k−½} = 4π r_{k−½}² [m²], length n + 1. */
  readonly areas: Float64Array;
}

/** Build a shell mesh; throws `InputError` naming the bad argument. */
export function shellMesh(radius: number, n: number, spacing: ShellSpacing = { kind: 'uniform' }): ShellMesh {
  if (!(Number.isFinite(radius) && radius > 0)) throw new InputError(`particle radius must be a finite number > 0 m; got ${radius}`);
  if (!(Number.isInteger(n) && n >= 2)) throw new InputError(`a particle needs an integer number of shells ≥ 2; got ${n}`);
  const faces = new Float64Array(n + 1);
  switch (spacing.kind) {
    case 'uniform':
      for (let k = 0; k <= n; k++) faces[k] = (radius * k) / n;
      break;
    case 'equal-volume':
      for (let k = 0; k <= n; k++) faces[k] = radius * Math.cbrt(k / n);
      break;
    case 'graded': {
      const ratio = spacing.ratio;
      if (!(Number.isFinite(ratio) && ratio >= 1)) throw new InputError(`graded shell ratio must be a finite number ≥ 1; got ${ratio}`);
      const factor = ratio ** (1 / (n - 1));
      let sum = 0;
      const w = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        w[k] = factor ** (n - 1 - k);
        sum += w[k] ?? 0;
      }
      let r = 0;
      for (let k = 0; k < n; k++) {
        r += ((w[k] ?? 0) / sum) * radius;
        faces[k + 1] = r;
      }
      break;
    }
  }
  faces[n] = radius;
  const nodes = new Float64Array(n);
  const volumes = new Float64Array(n);
  const areas = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) {
    const a = faces[k] ?? 0;
    const b = faces[k + 1] ?? 0;
    nodes[k] = 0.5 * (a + b);
    volumes[k] = ((4 * Math.PI) / 3) * (b * b * b - a * a * a);
  }
  for (let k = 0; k <= n; k++) areas[k] = 4 * Math.PI * (faces[k] ?? 0) ** 2;
  return { n, radius, faces, nodes, volumes, areas };
}
