import type { Bandwidth } from '../../numerics/index.ts';
import { arrheniusFactor } from '../../physics/index.ts';
import { InputError, type JoulesPerMole, type Kelvin } from '../../units/index.ts';
import { shellMesh, type ShellMesh, type ShellSpacing } from './shell-mesh.ts';
import type { TrapKinetics } from './trapping.ts';

/** Arrhenius law of a solid-state diffusivity. */
export interface DiffusivityLaw {
  /** D at the reference temperature [m²/s], > 0. */
  readonly reference: number;
  /** E_a [J/mol] (molar; 1 eV per ion = F J/mol). */
  readonly activationEnergy: number;
  /** T_ref [K]. */
  readonly referenceTemperature: number;
}

/**
 * Solid-state diffusivity at temperature T:
 *
 *   D(T) = D_ref · exp[(E_a/R)·(1/T_ref − 1/T)]
 *
 * D, D_ref [m²/s]; E_a [J/mol]; R [J/(mol·K)]; T, T_ref [K].
 * Source: Arrhenius (`arrheniusFactor`); the form of PyBaMM's particle diffusivities (e.g.
 * graphite_mcmb2528_diffusivity_Dualfoil1998: D_ref·exp(E_D/R·(1/298.15 − 1/T))).
 */
export function solidDiffusivity(law: DiffusivityLaw, temperature: number): number {
  if (!(Number.isFinite(law.reference) && law.reference > 0)) throw new InputError(`diffusivity.reference must be a finite number > 0 m²/s; got ${law.reference}`);
  return law.reference * arrheniusFactor(law.activationEnergy as JoulesPerMole, temperature as Kelvin, law.referenceTemperature as Kelvin);
}

/** What `createSphericalParticle` needs. */
export interface SphericalParticleSpec {
  /** R [m]. */
  readonly radius: number;
  /** Number of shells n ≥ 2 (10–20 give < 1 % error for rates up to a few C; see the tests). */
  readonly shells: number;
  /** Default uniform. */
  readonly spacing?: ShellSpacing;
  /** c_max [mol/m³]: Mg concentration with every site filled. */
  readonly maxConcentration: number;
  readonly diffusivity: DiffusivityLaw;
  /** Optional trapping: each shell then also carries the trapped Mg concentration q_k. */
  readonly trapping?: TrapKinetics;
}

/** Initial (uniform) content of a particle, as fractions of c_max. */
export interface ParticleFilling {
  /** Mobile Mg θ = c/c_max [1]. */
  readonly mobile: number;
  /** Trapped Mg τ = q/c_max [1] (ignored without trapping). Default 0. */
  readonly trapped?: number;
}

/** Mg held by one particle [mol]. */
export interface ParticleInventory {
  readonly mobile: number;
  readonly trapped: number;
  readonly total: number;
}

/**
 * A spherical active-material particle with Fickian solid diffusion, as a block of states that a
 * larger model places at `offset` in its state vector.
 *
 * State layout (`stride` = 1 without trapping, 2 with it): shell k (0 at the centre, n − 1 under
 * the surface) holds the mobile Mg concentration c_k [mol/m³] at `offset + stride·k` and, with
 * trapping, the trapped concentration q_k [mol/m³] at `offset + stride·k + 1`. The block's own
 * Jacobian is banded with half-bandwidths `bandwidth` (= stride); the only coupling to the rest of
 * a cell is the insertion flux j [mol/(m²·s)] at r = R, which enters row `mobileIndex(n − 1)`
 * with coefficient `surfaceFluxCoefficient` (∂f/∂j).
 */
export interface SphericalParticle {
  readonly mesh: ShellMesh;
  readonly maxConcentration: number;
  readonly trapping: boolean;
  /** Number of states of the block: n·stride. */
  readonly size: number;
  readonly stride: 1 | 2;
  readonly bandwidth: Bandwidth;
  /** Particle volume 4πR³/3 [m³] and surface area 4πR² [m²]. */
  readonly volume: number;
  readonly surfaceArea: number;
  /** ∂(dc_{n−1}/dt)/∂j = A_R/V_{n−1} [1/m]. */
  readonly surfaceFluxCoefficient: number;
  /** Index of c_k within the block. */
  mobileIndex(k: number): number;
  /** Index of q_k within the block, −1 without trapping. */
  trappedIndex(k: number): number;
  /** D(T) [m²/s]. */
  diffusivity(temperature: number): number;
  /** Write a uniform filling into y at offset. */
  writeInitialState(y: Float64Array, offset: number, filling: ParticleFilling): void;
  /**
   * Write the time derivatives of the block into dydt (see `sphericalDiffusion` for the equations)
   * given the insertion flux j [mol/(m²·s)] (> 0: Mg enters the particle, i.e. discharge of a
   * cathode; j = −i/(zF) for an interfacial current density i, anodic positive) and T [K].
   */
  writeDerivatives(y: Float64Array, offset: number, dydt: Float64Array, insertionFlux: number, temperature: number): void;
  /**
   * Add ∂f/∂y of the block at (y, T) into a Jacobian array: J[index(i, j)] += ∂f_i/∂y_j, with i, j
   * the global indices (offset included). Diffusion is linear (exact entries); the trapping
   * entries are forward differences of the local rate, applied with opposite signs to c_k and q_k
   * so that Σ V_k (c_k + q_k) stays a linear invariant of the Jacobian (conservation to round-off).
   */
  writeJacobian(y: Float64Array, offset: number, temperature: number, J: Float64Array, index: (i: number, j: number) => number): void;
  /** Mobile concentration at r = R [mol/m³], extrapolated with the flux (see `sphericalDiffusion`). */
  surfaceConcentration(y: Float64Array, offset: number, insertionFlux: number, temperature: number): number;
  /** Trapped concentration of the outermost shell [mol/m³] (0 without trapping). */
  surfaceTrapped(y: Float64Array, offset: number): number;
  /** Mg held [mol]: Σ V_k c_k, Σ V_k q_k and their sum. */
  inventory(y: Float64Array, offset: number): ParticleInventory;
}

/**
 * Build a spherical-particle block.
 *
 * Equations: mobile Mg diffuses, trapped Mg does not,
 *
 *   ∂c/∂t = (1/r²)·∂/∂r(r²·D(T)·∂c/∂r) − r_trap(c, q, T),   ∂q/∂t = r_trap(c, q, T)
 *   ∂c/∂r = 0 at r = 0,   D·∂c/∂r = j at r = R,
 *
 * c, q [mol/m³]; r [m]; t [s]; D [m²/s] (`solidDiffusivity`); j [mol/(m²·s)] insertion flux (the
 * pore-wall flux of Mg into the particle); r_trap [mol/(m³·s)] (`TrapKinetics`, 0 without
 * trapping). Finite volumes (cell-centred, `shellMesh`): with G_{k+½} = D·A_{k+½}/(ρ_{k+1} − ρ_k),
 *
 *   V_k·dc_k/dt = G_{k+½}(c_{k+1} − c_k) − G_{k−½}(c_k − c_{k−1}) + δ_{k,n−1}·A_R·j − V_k·r_k,
 *
 * G_{−½} = G_{n−½} = 0. Summed over k the fluxes telescope: d/dt Σ V_k (c_k + q_k) = A_R·j exactly
 * (Mg conservation to round-off). Second-order accurate in the shell width on the uniform mesh
 * (verified against the analytic constant-flux solution, `constantFluxSphereConcentration`).
 * Surface concentration: the quadratic through (ρ_{n−2}, c_{n−2}), (ρ_{n−1}, c_{n−1}) with slope
 * j/D at R, evaluated at R (second order; PyBaMM extrapolates linearly).
 * Source: the finite-volume method for radial diffusion, e.g. PyBaMM `FiniteVolume` on a spherical
 * mesh (divergence (1/r²)∂(r²N)/∂r in conservative form); the boundary conditions of the single-
 * particle model (Doyle, Fuller & Newman, J. Electrochem. Soc. 140, 1526 (1993)).
 */
export function createSphericalParticle(spec: SphericalParticleSpec): SphericalParticle {
  const mesh = shellMesh(spec.radius, spec.shells, spec.spacing);
  const cMax = spec.maxConcentration;
  if (!(Number.isFinite(cMax) && cMax > 0)) throw new InputError(`maxConcentration must be a finite number > 0 mol/m³; got ${cMax}`);
  solidDiffusivity(spec.diffusivity, spec.diffusivity.referenceTemperature);
  const n = mesh.n;
  const trap = spec.trapping;
  const stride: 1 | 2 = trap === undefined ? 1 : 2;
  const { volumes, areas, nodes } = mesh;
  const radius = mesh.radius;
  const surfaceArea = areas[n] ?? 0;
  let volume = 0;
  for (let k = 0; k < n; k++) volume += volumes[k] ?? 0;
  /** Geometric conductances A_{k+½}/(ρ_{k+1} − ρ_k) [m], k = 0…n − 2. */
  const geometric = new Float64Array(n - 1);
  for (let k = 0; k < n - 1; k++) geometric[k] = (areas[k + 1] ?? 0) / ((nodes[k + 1] ?? 0) - (nodes[k] ?? 0));
  const conductance = new Float64Array(n - 1);
  let cachedT = Number.NaN;
  let cachedD = Number.NaN;
  const diffusivity = (temperature: number): number => {
    if (temperature !== cachedT) {
      cachedD = solidDiffusivity(spec.diffusivity, temperature);
      for (let k = 0; k < n - 1; k++) conductance[k] = cachedD * (geometric[k] ?? 0);
      cachedT = temperature;
    }
    return cachedD;
  };
  const lastVolume = volumes[n - 1] ?? 1;
  const surfaceFluxCoefficient = surfaceArea / lastVolume;
  const delta = 1e-7 * cMax;

  const mobileIndex = (k: number): number => stride * k;
  const trappedIndex = (k: number): number => (trap === undefined ? -1 : stride * k + 1);

  return {
    mesh,
    maxConcentration: cMax,
    trapping: trap !== undefined,
    size: n * stride,
    stride,
    bandwidth: { lower: stride, upper: stride },
    volume,
    surfaceArea,
    surfaceFluxCoefficient,
    mobileIndex,
    trappedIndex,
    diffusivity,
    writeInitialState(y, offset, filling) {
      for (let k = 0; k < n; k++) {
        y[offset + stride * k] = filling.mobile * cMax;
        if (trap !== undefined) y[offset + stride * k + 1] = (filling.trapped ?? 0) * cMax;
      }
    },
    writeDerivatives(y, offset, dydt, insertionFlux, temperature) {
      diffusivity(temperature);
      let fluxIn = 0; // G_{k−½}(c_{k−1} − c_k), carried from the previous face
      for (let k = 0; k < n; k++) {
        const i = offset + stride * k;
        const c = y[i] ?? 0;
        let fluxOut = 0;
        if (k < n - 1) fluxOut = (conductance[k] ?? 0) * ((y[i + stride] ?? 0) - c);
        let rate = (fluxIn + fluxOut) / (volumes[k] ?? 1);
        if (k === n - 1) rate += (surfaceArea * insertionFlux) / lastVolume;
        if (trap !== undefined) {
          const r = trap.rate(c, y[i + 1] ?? 0, temperature);
          rate -= r;
          dydt[i + 1] = r;
        }
        dydt[i] = rate;
        fluxIn = -fluxOut;
      }
    },
    writeJacobian(y, offset, temperature, J, index) {
      diffusivity(temperature);
      for (let k = 0; k < n; k++) {
        const i = offset + stride * k;
        const v = volumes[k] ?? 1;
        const gl = k > 0 ? (conductance[k - 1] ?? 0) : 0;
        const gr = k < n - 1 ? (conductance[k] ?? 0) : 0;
        if (k > 0) J[index(i, i - stride)] = (J[index(i, i - stride)] ?? 0) + gl / v;
        J[index(i, i)] = (J[index(i, i)] ?? 0) - (gl + gr) / v;
        if (k < n - 1) J[index(i, i + stride)] = (J[index(i, i + stride)] ?? 0) + gr / v;
        if (trap !== undefined) {
          const c = y[i] ?? 0;
          const q = y[i + 1] ?? 0;
          const r0 = trap.rate(c, q, temperature);
          const rc = (trap.rate(c + delta, q, temperature) - r0) / delta;
          const rq = (trap.rate(c, q + delta, temperature) - r0) / delta;
          J[index(i, i)] = (J[index(i, i)] ?? 0) - rc;
          J[index(i, i + 1)] = (J[index(i, i + 1)] ?? 0) - rq;
          J[index(i + 1, i)] = (J[index(i + 1, i)] ?? 0) + rc;
          J[index(i + 1, i + 1)] = (J[index(i + 1, i + 1)] ?? 0) + rq;
        }
      }
    },
    surfaceConcentration(y, offset, insertionFlux, temperature) {
      const d = diffusivity(temperature);
      const g = insertionFlux / d;
      const cN = y[offset + stride * (n - 1)] ?? 0;
      const cM = y[offset + stride * (n - 2)] ?? 0;
      const h1 = (nodes[n - 2] ?? 0) - (nodes[n - 1] ?? 0);
      const hR = radius - (nodes[n - 1] ?? 0);
      const b = (cM - cN - g * h1) / (h1 * (h1 - 2 * hR));
      const a = g - 2 * b * hR;
      return cN + a * hR + b * hR * hR;
    },
    surfaceTrapped(y, offset) {
      return trap === undefined ? 0 : (y[offset + stride * (n - 1) + 1] ?? 0);
    },
    inventory(y, offset) {
      let mobile = 0;
      let trapped = 0;
      for (let k = 0; k < n; k++) {
        const v = volumes[k] ?? 0;
        mobile += v * (y[offset + stride * k] ?? 0);
        if (trap !== undefined) trapped += v * (y[offset + stride * k + 1] ?? 0);
      }
      return { mobile, trapped, total: mobile + trapped };
    },
  };
}
