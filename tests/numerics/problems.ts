/**
 * Test problems with their sources. Reference values are independent of this code base: scipy,
 * or the published reference solutions of the Bari/CWI IVP test set.
 */
import type { OdeProblem } from '../../src/numerics/index.ts';

/**
 * Robertson's chemical kinetics (H. H. Robertson, 1966; Hairer & Wanner, "Solving ODEs II",
 * 2nd ed., §IV.1):  y1′ = −0.04 y1 + 1e4 y2 y3,  y2′ = 0.04 y1 − 1e4 y2 y3 − 3e7 y2²,  y3′ = 3e7 y2²,
 * y(0) = (1, 0, 0).
 */
export function robertsonRhs(_t: number, y: Float64Array, f: Float64Array): void {
  const [y1, y2, y3] = [y[0]!, y[1]!, y[2]!];
  f[0] = -0.04 * y1 + 1e4 * y2 * y3;
  f[1] = 0.04 * y1 - 1e4 * y2 * y3 - 3e7 * y2 * y2;
  f[2] = 3e7 * y2 * y2;
}

export function robertsonJacobian(_t: number, y: Float64Array, J: Float64Array): void {
  const [y2, y3] = [y[1]!, y[2]!];
  J.set([-0.04, 1e4 * y3, 1e4 * y2, 0.04, -1e4 * y3 - 6e7 * y2, -1e4 * y2, 0, 6e7 * y2, 0]);
}

export const robertsonOde: OdeProblem = { n: 3, rhs: robertsonRhs, jacobian: robertsonJacobian };

/** Robertson as an index-1 DAE: the third equation replaced by 0 = y1 + y2 + y3 − 1 (mass diag(1, 1, 0)). */
export const robertsonDae: OdeProblem = {
  n: 3,
  rhs(t, y, f) {
    robertsonRhs(t, y, f);
    f[2] = y[0]! + y[1]! + y[2]! - 1;
  },
  mass: new Float64Array([1, 1, 0]),
};

/**
 * Reference values: scipy `solve_ivp(method='Radau', rtol=1e-12)` (BDF and LSODA agree to 1e-9),
 * from ../shared/research/dependencies.md §3.
 */
export const ROBERTSON_REF = {
  t40: [0.71582706871938806, 9.1855347645570833e-6, 0.28416374574584763],
  t1e11: [2.0833401495770744e-8, 8.3333607698379049e-14, 0.99999997916651517],
} as const;

/**
 * Van der Pol, stiff (μ = 1000 in the scaled form of the test set, ε = 1/μ² = 1e-6):
 *   y1′ = y2,  y2′ = ((1 − y1²)·y2 − y1)/ε,  y(0) = (2, 0),  t ∈ [0, 2].
 * F. Mazzia & C. Magherini, "Test Set for Initial Value Problem Solvers", release 2.4, Univ. of
 * Bari (2008), problem VDPOL (https://archimede.uniba.it/~testset/), file vdpol.f (revision
 * 2006-10-02), subroutine `solut`: "computed using double precision RADAU on an Alphaserver DS20E",
 * uround = 1.01e-19, rtol = atol = h0 = 1.1e-18.
 * (Copy read from github.com/volpatto/pside, problems/VdPol/vdpol.f.)
 */
export const VDPOL_EPS = 1e-6;
export const vanDerPol: OdeProblem = {
  n: 2,
  rhs(_t, y, f) {
    f[0] = y[1]!;
    f[1] = ((1 - y[0]! * y[0]!) * y[1]! - y[0]!) / VDPOL_EPS;
  },
  jacobian(_t, y, J) {
    J.set([0, 1, (-2 * y[0]! * y[1]! - 1) / VDPOL_EPS, (1 - y[0]! * y[0]!) / VDPOL_EPS]);
  },
};
export const VDPOL_REF = { tEnd: 2, y0: [2, 0], y: [0.1706167732170483e1, -0.8928097010247975e0] } as const;

/**
 * HIRES (High Irradiance RESponse, 8 equations): Mazzia & Magherini, Test Set for IVP Solvers,
 * release 2.4, problem HIRES, file hires.f (revision 2006-10-02); reference solution at
 * t = 321.8122 from `solut`: "true double precision RADAU5 on Cray C90, rtol = atol = h0 = 1.1e-18".
 * (Copy read from github.com/volpatto/pside, problems/HIRES/hires.f.) Also Hairer & Wanner II, §IV.10.
 */
export const hires: OdeProblem = {
  n: 8,
  rhs(_t, y, f) {
    f[0] = -1.71 * y[0]! + 0.43 * y[1]! + 8.32 * y[2]! + 0.0007;
    f[1] = 1.71 * y[0]! - 8.75 * y[1]!;
    f[2] = -10.03 * y[2]! + 0.43 * y[3]! + 0.035 * y[4]!;
    f[3] = 8.32 * y[1]! + 1.71 * y[2]! - 1.12 * y[3]!;
    f[4] = -1.745 * y[4]! + 0.43 * (y[5]! + y[6]!);
    f[5] = -280 * y[5]! * y[7]! + 0.69 * y[3]! + 1.71 * y[4]! - 0.43 * y[5]! + 0.69 * y[6]!;
    f[6] = 280 * y[5]! * y[7]! - 1.81 * y[6]!;
    f[7] = -f[6]!;
  },
};
export const HIRES_REF = {
  tEnd: 321.8122,
  y0: [1, 0, 0, 0, 0, 0, 0, 0.0057],
  y: [
    0.7371312573325668e-3, 0.1442485726316185e-3, 0.5888729740967575e-4, 0.1175651343283149e-2, 0.2386356198831331e-2,
    0.6238968252742796e-2, 0.2849998395185769e-2, 0.2850001604814231e-2,
  ],
} as const;

/**
 * 1D Brusselator by the method of lines (Hairer & Wanner, "Solving ODEs II", 2nd ed., §IV.1): u_t = 1 + u²v − 4u + α u_xx, v_t = 3u − u²v + α v_xx
 * on x ∈ (0, 1), u = 1, v = 3 at both ends, α = 1/50, N interior points, unknowns interleaved
 * (u1, v1, u2, v2, …) so the Jacobian has bandwidth 2.
 */
export function brusselator(N: number, banded: boolean): { problem: OdeProblem; y0: Float64Array } {
  const alpha = 1 / 50;
  const c = alpha * (N + 1) * (N + 1);
  const problem: OdeProblem = {
    n: 2 * N,
    rhs(_t, y, f) {
      for (let i = 0; i < N; i++) {
        const u = y[2 * i]!;
        const v = y[2 * i + 1]!;
        const uL = i === 0 ? 1 : y[2 * i - 2]!;
        const uR = i === N - 1 ? 1 : y[2 * i + 2]!;
        const vL = i === 0 ? 3 : y[2 * i - 1]!;
        const vR = i === N - 1 ? 3 : y[2 * i + 3]!;
        f[2 * i] = 1 + u * u * v - 4 * u + c * (uL - 2 * u + uR);
        f[2 * i + 1] = 3 * u - u * u * v + c * (vL - 2 * v + vR);
      }
    },
    ...(banded ? { bandwidth: { lower: 2, upper: 2 } } : {}),
  };
  const y0 = new Float64Array(2 * N);
  for (let i = 0; i < N; i++) {
    const x = (i + 1) / (N + 1);
    y0[2 * i] = 1 + Math.sin(2 * Math.PI * x);
    y0[2 * i + 1] = 3;
  }
  return { problem, y0 };
}

/**
 * 1D heat equation u_t = u_xx on (0, 1), u = 0 at both ends, by second-order central differences
 * on N interior points (tridiagonal Jacobian, given analytically in band layout when `banded`).
 * For u(x, 0) = sin(πx) the semi-discrete solution is exactly sin(πx_i)·exp(−λt) with
 * λ = 4(N+1)² sin²(π/(2(N+1))), the eigenvalue of the discrete Laplacian.
 */
export function heat(N: number, banded: boolean): { problem: OdeProblem; y0: Float64Array; lambda: number } {
  const c = (N + 1) * (N + 1);
  const problem: OdeProblem = {
    n: N,
    rhs(_t, y, f) {
      for (let i = 0; i < N; i++) f[i] = c * ((i > 0 ? y[i - 1]! : 0) - 2 * y[i]! + (i < N - 1 ? y[i + 1]! : 0));
    },
    jacobian(_t, _y, J) {
      for (let i = 0; i < N; i++) {
        if (banded) {
          // band row i: (j − i + 1) for j = i−1, i, i+1
          if (i > 0) J[3 * i] = c;
          J[3 * i + 1] = -2 * c;
          if (i < N - 1) J[3 * i + 2] = c;
        } else {
          if (i > 0) J[i * N + i - 1] = c;
          J[i * N + i] = -2 * c;
          if (i < N - 1) J[i * N + i + 1] = c;
        }
      }
    },
    ...(banded ? { bandwidth: { lower: 1, upper: 1 } } : {}),
  };
  const y0 = Float64Array.from({ length: N }, (_, i) => Math.sin((Math.PI * (i + 1)) / (N + 1)));
  const lambda = 4 * c * Math.sin(Math.PI / (2 * (N + 1))) ** 2;
  return { problem, y0, lambda };
}

/** Largest |a_i − b_i| / (atol + rtol·|b_i|): ≤ 1 means "within the tolerance". */
export function scaledError(a: ArrayLike<number>, b: ArrayLike<number>, rtol: number, atol: number | ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < b.length; i++) {
    const at = typeof atol === 'number' ? atol : atol[i]!;
    m = Math.max(m, Math.abs(a[i]! - b[i]!) / (at + rtol * Math.abs(b[i]!)));
  }
  return m;
}

/** Largest relative error max_i |a_i − b_i| / |b_i|. */
export function maxRelativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!) / Math.abs(b[i]!));
  return m;
}
