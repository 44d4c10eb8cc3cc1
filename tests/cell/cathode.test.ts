import { describe, expect, it } from 'vitest';
import {
  CHEVREL_MO6S8,
  CHEVREL_SITES,
  CHEVREL_TRAPPING,
  cathodeCurrentDensity,
  cathodeExchangeCurrentDensity,
  cathodeOverpotential,
  cathodePotential,
  cathodeSurface,
  chevrelComposition,
  chevrelHalfCell,
  chevrelOpenCircuitPotential,
  constantFluxSphereConcentration,
  constantFluxSphereShellAverage,
  createHalfCell,
  createOcvTable,
  createSphericalParticle,
  insertionFluxFromCurrent,
  latticeGasComposition,
  latticeGasEquilibrium,
  latticeGasOcv,
  parseOcvCsv,
  reactionDrivenActiveMaterialLossRate,
  shellMesh,
  siteTrapping,
  solidDiffusivity,
  tableOcv,
  insertionHostSpecificCapacity,
  trapReleaseRate,
  type CathodeKinetics,
  type HalfCellStepResult,
  type OcvTable,
  type ShellSpacing,
  type SphericalParticle,
} from '../../src/cell/cathode/index.ts';
import { createRosenbrock, jacobianIndex, jacobianLength } from '../../src/numerics/index.ts';
import { FARADAY, GAS_CONSTANT, InputError, Z_MG, ZERO_CELSIUS, type Result } from '../../src/units/index.ts';
import { unwrap } from '../helpers.ts';

const T25 = ZERO_CELSIUS + 25;
const T60 = ZERO_CELSIUS + 60;
const THERMAL = (GAS_CONSTANT * T25) / (Z_MG * FARADAY); // RT/2F ≈ 12.85 mV
const U1 = CHEVREL_MO6S8.site1Potential.value;
const U2 = CHEVREL_MO6S8.site2Potential.value;
/** 128.8 mAh/g: models-and-physics.md §3.2 (Mo₆S₈, 4 e⁻, M = 832.2 g/mol). */
const THEORETICAL = 128.8;

function issues<T>(r: Result<T>): { path?: string; line?: number; message: string }[] {
  if (r.kind === 'ok') return expect.fail('expected errors, got ok');
  return [...r.errors];
}

describe('two-site lattice-gas OCV of Mg_xMo₆S₈ (models-and-physics.md §3.2; Drews et al. 2023)', () => {
  it('the theoretical capacity of Mo₆S₈ (2 Mg, 4 e⁻, 832.2 g/mol) is 128.8 mAh/g', () => {
    const q = insertionHostSpecificCapacity(2, CHEVREL_MO6S8.molarMass.value) / 3600; // mAh/g
    expect(q).toBeCloseTo(THEORETICAL, 1);
    // c_max = 2·ρ/M with ρ = 5.2 g/cm³ (models-and-physics.md §3.2) within 0.1 %.
    expect((2 * 5200) / CHEVREL_MO6S8.molarMass.value / CHEVREL_MO6S8.maxConcentration.value).toBeCloseTo(1, 2);
  });

  it('one site reproduces U = U_k + (RT/2F)·ln((1 − θ)/θ) exactly (z = 2)', () => {
    const site = [{ capacity: 1, potential: 1.1 }];
    for (const th of [1e-9, 0.01, 0.3, 0.5, 0.77, 0.999999]) {
      const u = latticeGasEquilibrium(th, site, T25).potential;
      expect(u - (1.1 + THERMAL * Math.log((1 - th) / th))).toBeCloseTo(0, 12);
    }
  });

  it('sites share one potential: each occupancy satisfies its own isotherm at U and Σθ_k = x', () => {
    for (const x of [1e-8, 0.05, 0.5, 0.999, 1, 1.001, 1.5, 1.95, 2 - 1e-8]) {
      const st = latticeGasEquilibrium(x, CHEVREL_SITES, T25);
      const [t1, t2] = st.occupancies as [number, number];
      expect(t1 + t2 - x).toBeCloseTo(0, 13);
      // The check forms 1 − θ, which loses digits when θ → 1: compare only where both θ_k ∈ [1e-6, 1 − 1e-6].
      if (Math.min(t1, t2) < 1e-6 || Math.max(t1, t2) > 1 - 1e-6) continue;
      expect(U1 + THERMAL * Math.log((1 - t1) / t1) - st.potential).toBeCloseTo(0, 9);
      expect(U2 + THERMAL * Math.log((1 - t2) / t2) - st.potential).toBeCloseTo(0, 9);
    }
  });

  it('shows the two plateaus at the sourced site potentials: U(½) = U₁, U(1) = (U₁ + U₂)/2, U(3/2) = U₂ within 0.1 mV', () => {
    expect(chevrelOpenCircuitPotential(0.5, T25)).toBeCloseTo(U1, 4);
    expect(chevrelOpenCircuitPotential(1, T25)).toBeCloseTo((U1 + U2) / 2, 12); // symmetry of equal sites
    expect(chevrelOpenCircuitPotential(1.5, T25)).toBeCloseTo(U2, 4);
  });

  it('x(U) inverts U(x) to 1e-12 and U is strictly decreasing over (0, 2)', () => {
    let prev = Infinity;
    for (let k = 1; k < 2000; k++) {
      const x = (2 * k) / 2000;
      const u = chevrelOpenCircuitPotential(x, T25);
      expect(u).toBeLessThan(prev);
      prev = u;
      expect(chevrelComposition(u, T25) - x).toBeCloseTo(0, 12);
    }
  });

  it('slope dU/dx agrees with a central difference', () => {
    for (const x of [0.2, 0.9, 1.3]) {
      const st = latticeGasEquilibrium(x, CHEVREL_SITES, T25);
      const h = 1e-6;
      const fd = (chevrelOpenCircuitPotential(x + h, T25) - chevrelOpenCircuitPotential(x - h, T25)) / (2 * h);
      expect(st.slope / fd).toBeCloseTo(1, 6);
    }
  });

  it('refuses compositions outside (0, 2) with an InputError naming the range', () => {
    for (const x of [0, 2, -0.1, Number.NaN]) expect(() => chevrelOpenCircuitPotential(x, T25)).toThrow(InputError);
    expect(() => chevrelOpenCircuitPotential(2, T25)).toThrow(/\(0, 2\)/);
    expect(latticeGasComposition(50, CHEVREL_SITES, T25)).toBe(0);
  });
});

describe('OCV table cathode (Fritsch–Carlson monotone cubic, SIAM J. Numer. Anal. 17 (1980) 238)', () => {
  /** Step-like data on which an unconstrained cubic spline overshoots. */
  const steps = [
    { x: 0, voltage: 2.6 },
    { x: 0.1, voltage: 2.59 },
    { x: 0.2, voltage: 2.58 },
    { x: 0.3, voltage: 1.6 },
    { x: 0.6, voltage: 1.59 },
    { x: 1, voltage: 0.5 },
  ];

  it('reproduces the data and stays strictly monotone between the points (no overshoot)', () => {
    const t = unwrap(createOcvTable({ name: 'step-like', points: steps, abscissa: { kind: 'stoichiometry' } }));
    steps.forEach((p) => expect(t.potential(p.x)).toBeCloseTo(p.voltage, 14));
    let prev = Infinity;
    for (let k = 0; k <= 10_000; k++) {
      const u = t.potential(k / 10_000);
      expect(u).toBeLessThan(prev);
      prev = u;
    }
  });

  it('inverts: stoichiometryAt(potential(θ)) = θ to 1e-12', () => {
    const t = unwrap(createOcvTable({ points: steps, abscissa: { kind: 'stoichiometry' } }));
    for (let k = 0; k <= 200; k++) expect(t.stoichiometryAt(t.potential(k / 200)) - k / 200).toBeCloseTo(0, 12);
  });

  it("'linear' is piecewise linear; 'x' and 'soc' abscissas map to θ = x/x_max and θ = 1 − soc", () => {
    const lin = unwrap(createOcvTable({ points: steps, abscissa: { kind: 'stoichiometry' }, interpolation: 'linear' }));
    expect(lin.potential(0.45)).toBeCloseTo((1.6 + 1.59) / 2, 14);
    const byX = unwrap(createOcvTable({ points: steps.map((p) => ({ x: 2 * p.x, voltage: p.voltage })), abscissa: { kind: 'x', max: 2 } }));
    const bySoc = unwrap(createOcvTable({ points: steps.map((p) => ({ x: 1 - p.x, voltage: p.voltage })).reverse(), abscissa: { kind: 'soc' } }));
    const ref = unwrap(createOcvTable({ points: steps, abscissa: { kind: 'stoichiometry' } }));
    for (const th of [0.05, 0.25, 0.5, 0.9]) {
      expect(byX.potential(th)).toBeCloseTo(ref.potential(th), 14);
      expect(bySoc.potential(th)).toBeCloseTo(ref.potential(th), 14);
    }
  });

  it('a 41-point table of the Chevrel lattice gas reproduces it to < 3 mV inside [0.05, 1.95] (cross-check of the two OCV descriptions)', () => {
    const points = Array.from({ length: 41 }, (_, k) => {
      const x = 0.025 + (1.95 * k) / 40;
      return { x, voltage: chevrelOpenCircuitPotential(x, T25) };
    });
    const t = unwrap(createOcvTable({ name: 'Mo6S8 sampled', points, abscissa: { kind: 'x', max: 2 } }));
    const ocv = tableOcv(t);
    for (let k = 0; k <= 100; k++) {
      const x = 0.05 + (1.9 * k) / 100;
      expect(Math.abs(ocv.potential(x / 2, 0, T25) - chevrelOpenCircuitPotential(x, T25))).toBeLessThan(3e-3);
    }
  });

  it('collects every bad row and names it: non-finite, out of range, not monotone, wrong voltage direction', () => {
    const e1 = issues(
      createOcvTable({
        points: [
          { x: 0, voltage: 3 },
          { x: 1.2, voltage: 2 },
          { x: 0.5, voltage: Number.NaN },
        ],
        abscissa: { kind: 'stoichiometry' },
      }),
    );
    expect(e1.map((e) => e.path)).toEqual(['points[1]', 'points[2]']);
    expect(e1[0]?.message).toMatch(/outside \[0, 1\]/);
    expect(e1[1]?.message).toMatch(/voltage must be a finite number/);
    const e2 = issues(
      createOcvTable({
        points: [
          { x: 0, voltage: 3 },
          { x: 0.4, voltage: 2 },
          { x: 0.4, voltage: 1.9 },
          { x: 0.3, voltage: 1.8 },
        ],
        abscissa: { kind: 'stoichiometry' },
      }),
    );
    expect(e2.map((e) => e.path)).toEqual(['points[2]', 'points[3]']);
    expect(e2[0]?.message).toMatch(/strictly increasing/);
    const e3 = issues(
      createOcvTable({
        points: [
          { x: 0, voltage: 3 },
          { x: 0.4, voltage: 2 },
          { x: 0.6, voltage: 2.1 },
          { x: 1, voltage: 1 },
        ],
        abscissa: { kind: 'stoichiometry' },
      }),
    );
    expect(e3).toHaveLength(1);
    expect(e3[0]?.path).toBe('points[2]');
    expect(e3[0]?.message).toMatch(/does not fall from 2 V at points\[1\]/);
    expect(issues(createOcvTable({ points: [{ x: 0, voltage: 1 }], abscissa: { kind: 'soc' } }))[0]?.message).toMatch(/at least 2 points/);
    expect(issues(createOcvTable({ points: steps, abscissa: { kind: 'x', max: 0 } }))[0]?.path).toBe('abscissa.max');
  });

  it('parseOcvCsv reads a header, comments and rows, and reports the line of a bad row', () => {
    const good = unwrap(parseOcvCsv('# V2O5-type test data\nsoc,voltage\n0,1.5\n0.5,2.0\n1,2.4\n', { abscissa: { kind: 'soc' } }));
    expect(good.potential(0.5)).toBeCloseTo(2.0, 14); // θ = 0.5 ↔ soc = 0.5
    const bad = issues(parseOcvCsv('x,U\n0,1.5\n0.5,1.6\n1,1.4\n', { abscissa: { kind: 'x', max: 1 } }));
    expect(bad[0]).toMatchObject({ line: 3, path: 'points[1]' });
    const cols = issues(parseOcvCsv('x,U\n0,1.5,7\n', { abscissa: { kind: 'x', max: 1 } }));
    expect(cols[0]).toMatchObject({ line: 2 });
  });
});

/** Integrate a bare particle (no trapping) under a constant flux with the project's solver. */
function integrateParticle(p: SphericalParticle, flux: number, y0: Float64Array, times: readonly number[], rtol = 1e-11): Float64Array[] {
  const bw = p.bandwidth;
  const scale = Math.max(...y0, 1);
  const solver = createRosenbrock(
    {
      n: p.size,
      bandwidth: bw,
      rhs: (_t, y, d) => p.writeDerivatives(y, 0, d, flux, T25),
      jacobian: (_t, y, J) => p.writeJacobian(y, 0, T25, J, (i, j) => jacobianIndex(p.size, bw, i, j)),
    },
    { rtol, atol: 1e-13 * scale + 1e-30, autonomous: true },
  );
  const r = solver.integrate(0, y0, times[times.length - 1] ?? 0, { tOut: times });
  const out = r.output;
  if (out === undefined) return expect.fail('no output');
  return times.map((_, i) => out.y.slice(i * p.size, (i + 1) * p.size));
}

describe('spherical particle, finite volumes in r (conservative; PyBaMM-style FV, Doyle–Fuller–Newman boundary conditions)', () => {
  const R = 1e-6;
  const D = 1e-15;
  const F0 = 1e-6; // mol/(m²·s) into the particle
  const scale = (F0 * R) / D; // concentration scale F0·a/D of Crank's solution [mol/m³]
  const sphere = { radius: R, diffusivity: D, flux: F0 };
  const law = { reference: D, activationEnergy: 0, referenceTemperature: T25 };
  const particle = (n: number, spacing: ShellSpacing = { kind: 'uniform' }) => createSphericalParticle({ radius: R, shells: n, spacing, maxConcentration: 1e5, diffusivity: law });

  it('exposes its layout: n states (2n with trapping), half-bandwidths = stride, indices', () => {
    const p = particle(12);
    expect([p.size, p.stride, p.bandwidth.lower, p.bandwidth.upper, p.mobileIndex(3), p.trappedIndex(3)]).toEqual([12, 1, 1, 1, 3, -1]);
    const t = createSphericalParticle({ radius: R, shells: 12, maxConcentration: 12_500, diffusivity: law, trapping: siteTrapping(CHEVREL_TRAPPING) });
    expect([t.size, t.stride, t.bandwidth.lower, t.mobileIndex(3), t.trappedIndex(3)]).toEqual([24, 2, 2, 6, 7]);
    expect(p.volume).toBeCloseTo(((4 * Math.PI) / 3) * R ** 3, 30);
    expect(p.surfaceFluxCoefficient).toBeCloseTo((p.mesh.areas[12] ?? 0) / (p.mesh.volumes[11] ?? 1), 6);
  });

  it('conserves Mg to round-off: Σ V_k·(dc_k + dq_k)/dt = A_R·j for any state (uniform, graded, equal-volume; with trapping)', () => {
    const meshes: ShellSpacing[] = [{ kind: 'uniform' }, { kind: 'graded', ratio: 5 }, { kind: 'equal-volume' }];
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (const spacing of meshes) {
      for (const trapping of [false, true]) {
        const p = createSphericalParticle({
          radius: R,
          shells: 17,
          spacing,
          maxConcentration: 12_500,
          diffusivity: law,
          ...(trapping ? { trapping: siteTrapping(CHEVREL_TRAPPING) } : {}),
        });
        const y = Float64Array.from({ length: p.size }, () => rand() * 6000);
        const d = new Float64Array(p.size);
        p.writeDerivatives(y, 0, d, F0, T25);
        let total = 0;
        let magnitude = 0;
        for (let k = 0; k < 17; k++) {
          const v = p.mesh.volumes[k] ?? 0;
          total += v * ((d[p.mobileIndex(k)] ?? 0) + (trapping ? (d[p.trappedIndex(k)] ?? 0) : 0));
          magnitude += v * Math.abs(d[p.mobileIndex(k)] ?? 0);
        }
        expect(Math.abs(total - p.surfaceArea * F0) / magnitude).toBeLessThan(1e-14);
      }
    }
  });

  it('writeJacobian matches a finite-difference Jacobian of writeDerivatives (with trapping)', () => {
    const p = createSphericalParticle({ radius: R, shells: 6, maxConcentration: 12_500, diffusivity: law, trapping: siteTrapping(CHEVREL_TRAPPING) });
    const y = Float64Array.from({ length: p.size }, (_, i) => (i % 2 === 0 ? 3000 + 900 * i : 200 + 10 * i));
    const J = new Float64Array(jacobianLength(p.size, p.bandwidth));
    p.writeJacobian(y, 0, T60, J, (i, j) => jacobianIndex(p.size, p.bandwidth, i, j));
    const f0 = new Float64Array(p.size);
    const f1 = new Float64Array(p.size);
    p.writeDerivatives(y, 0, f0, F0, T60);
    for (let j = 0; j < p.size; j++) {
      const h = 1e-3;
      const yp = y.slice();
      yp[j] = (yp[j] ?? 0) + h;
      p.writeDerivatives(yp, 0, f1, F0, T60);
      for (let i = Math.max(0, j - 2); i <= Math.min(p.size - 1, j + 2); i++) {
        const fd = ((f1[i] ?? 0) - (f0[i] ?? 0)) / h;
        const an = J[jacobianIndex(p.size, p.bandwidth, i, j)] ?? 0;
        expect(Math.abs(an - fd)).toBeLessThan(1e-5 * Math.max(Math.abs(fd), 1e-6) + 1e-12);
      }
    }
  });

  it("matches Crank's constant-flux sphere series (Mathematics of Diffusion, 2nd ed., §6.3) to < 1 % at τ = Dt/R² = 0.01, 0.05, 0.1, 0.3, 1 with 20 shells", () => {
    const taus = [0.01, 0.05, 0.1, 0.3, 1];
    const times = taus.map((tau) => (tau * R * R) / D);
    for (const spacing of [{ kind: 'uniform' }, { kind: 'graded', ratio: 4 }] as ShellSpacing[]) {
      const p = particle(20, spacing);
      const profiles = integrateParticle(p, F0, new Float64Array(p.size), times);
      profiles.forEach((y, i) => {
        const t = times[i] ?? 0;
        const surface = p.surfaceConcentration(y, 0, F0, T25);
        const exactSurface = constantFluxSphereConcentration(sphere, R, t);
        expect(Math.abs(surface / exactSurface - 1)).toBeLessThan(0.01);
        let maxErr = 0;
        let maxC = 0;
        for (let k = 0; k < 20; k++) {
          const exact = constantFluxSphereShellAverage(sphere, p.mesh.faces[k] ?? 0, p.mesh.faces[k + 1] ?? 0, t);
          maxErr = Math.max(maxErr, Math.abs((y[k] ?? 0) - exact));
          maxC = Math.max(maxC, Math.abs(exact));
        }
        expect(maxErr / maxC).toBeLessThan(0.01);
      });
    }
    // The reference itself: mean = 3F0t/R exactly, surface slope F0/D.
    expect(constantFluxSphereShellAverage(sphere, 0, R, times[2] ?? 0) / ((3 * F0 * (times[2] ?? 0)) / R)).toBeCloseTo(1, 12);
    const h = 1e-6 * R;
    const t1 = times[1] ?? 0;
    expect(((constantFluxSphereConcentration(sphere, R, t1) - constantFluxSphereConcentration(sphere, R - h, t1)) / h / (F0 / D))).toBeCloseTo(1, 4);
  });

  it('converges with order ≈ 2 in the shell width (uniform and graded meshes, n = 10 → 80)', () => {
    const t = (0.1 * R * R) / D;
    for (const spacing of [{ kind: 'uniform' }, { kind: 'graded', ratio: 4 }] as ShellSpacing[]) {
      const errors = [10, 20, 40, 80].map((n) => {
        const p = particle(n, spacing);
        const [y] = integrateParticle(p, F0, new Float64Array(n), [t]);
        let sum = 0;
        for (let k = 0; k < n; k++) {
          const exact = constantFluxSphereShellAverage(sphere, p.mesh.faces[k] ?? 0, p.mesh.faces[k + 1] ?? 0, t);
          sum += (p.mesh.volumes[k] ?? 0) * (((y?.[k] ?? 0) - exact) / scale) ** 2;
        }
        return Math.sqrt(sum / p.volume);
      });
      for (let i = 0; i + 1 < errors.length; i++) {
        const order = Math.log2((errors[i] ?? 0) / (errors[i + 1] ?? 1));
        expect(order).toBeGreaterThan(1.8);
        expect(order).toBeLessThan(2.3);
      }
    }
  });

  it('relaxes to a uniform concentration with zero flux, keeping its mean to round-off', () => {
    const p = particle(20, { kind: 'graded', ratio: 3 });
    const y0 = Float64Array.from(p.mesh.nodes, (r) => 8e4 * (r / R) ** 2);
    const mean0 = p.inventory(y0, 0).total / p.volume;
    const [y] = integrateParticle(p, 0, y0, [(2 * R * R) / D], 1e-10);
    if (y === undefined) return expect.fail('no state');
    expect(p.inventory(y, 0).total / p.volume / mean0 - 1).toBeLessThan(1e-12);
    for (const c of y) expect(Math.abs(c / mean0 - 1)).toBeLessThan(1e-6);
    expect(Math.abs(p.surfaceConcentration(y, 0, 0, T25) / mean0 - 1)).toBeLessThan(1e-6);
  });

  it('D(T) is Arrhenius: D(60 °C)/D(25 °C) = exp[(E_a/R)(1/298.15 − 1/333.15)] (E_a = 0.55 eV)', () => {
    const chev = { reference: CHEVREL_MO6S8.diffusivity.value, activationEnergy: CHEVREL_MO6S8.diffusionActivationEnergy.value, referenceTemperature: T25 };
    expect(solidDiffusivity(chev, T25)).toBe(7.6e-17);
    expect(solidDiffusivity(chev, T60) / solidDiffusivity(chev, T25)).toBeCloseTo(Math.exp(((0.55 * FARADAY) / GAS_CONSTANT) * (1 / T25 - 1 / T60)), 10);
    expect(() => shellMesh(R, 1)).toThrow(InputError);
  });
});

describe('charge trapping in Mo₆S₈ (assumed form after Levi et al. and Aurbach et al. 2000; ~20 % trapped at RT, released at ≥ 60 °C)', () => {
  const trap = siteTrapping(CHEVREL_TRAPPING);
  const cFu = CHEVREL_MO6S8.maxConcentration.value / 2;

  it('release is Arrhenius: k_r(60 °C) = 2e-4 s⁻¹, k_r(25 °C) ≈ 5.6e-8 s⁻¹ (E_r = 2.0 eV)', () => {
    expect(trapReleaseRate(CHEVREL_TRAPPING, T60)).toBeCloseTo(2e-4, 15);
    const k25 = trapReleaseRate(CHEVREL_TRAPPING, T25);
    expect(k25).toBeCloseTo(2e-4 * Math.exp(((-2 * FARADAY) / GAS_CONSTANT) * (1 / T25 - 1 / T60)), 15);
    expect(k25 * 200 * 3600).toBeLessThan(0.05); // kept through a C/100 cycle at 25 °C
    expect(trapReleaseRate(CHEVREL_TRAPPING, T60) * 3600).toBeGreaterThan(0.5); // released within hours at 60 °C
  });

  it('captures only occupied site-1 Mg into free traps, and releases only into vacancies', () => {
    expect(trap.rate(0, 0, T25)).toBe(0); // empty host
    const r = trap.rate(0.5 * cFu, 0, T25); // θ₁ ≈ ½, no trapped Mg yet
    expect(r / cFu).toBeCloseTo(1e-3 * 0.5 * 0.4, 4);
    expect(trap.rate(0.5 * cFu, 0.4 * cFu, T25)).toBeLessThan(0); // traps full: only (slow) release
    expect(Math.abs(trap.rate(1.59999 * cFu, 0.4 * cFu, T60))).toBeLessThan(1e-6 * cFu * 2e-4); // full host keeps its trapped Mg
    expect(trap.rate(0, 0.4 * cFu, T60) / cFu).toBeCloseTo(-2e-4 * 0.4, 12); // empty host at 60 °C: first-order release
    expect(() => siteTrapping({ ...CHEVREL_TRAPPING, trapCapacity: 1.2 })).toThrow(/trapCapacity/);
  });

  it('the allocation-free two-site OCV equals the general N-site Newton solve with the trap sites removed (any θ, τ, T, trap site)', async () => {
    const fc = (await import('fast-check')).default;
    const { latticeGasEquilibriumNewton } = await import('../../src/cell/cathode/index.ts');
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 0.45, noNaN: true }),
        fc.double({ min: 250, max: 360, noNaN: true }),
        fc.constantFrom(0, 1),
        (theta, tau, T, trapSite) => {
          const ocv = latticeGasOcv(CHEVREL_SITES, trapSite);
          const total = CHEVREL_SITES.reduce((a, x) => a + x.capacity, 0);
          const blocked = Math.min(tau * total, (CHEVREL_SITES[trapSite]?.capacity ?? 0) * (1 - 1e-9));
          const sites = CHEVREL_SITES.map((x, k) => (k === trapSite ? { ...x, capacity: x.capacity - blocked } : x));
          const x = theta * (total - blocked);
          const fraction = x / total;
          const expected = latticeGasEquilibriumNewton(x, sites, T).potential;
          expect(Math.abs(ocv.potential(fraction, tau, T) - expected)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('trapped Mg blocks its sites in the OCV: the mobile Mg sees a host of 2 − y_T sites', () => {
    const ocv = latticeGasOcv(CHEVREL_SITES);
    // y_T = 0.4 on site 1, x_m = 0.3 mobile: site 1 (0.6 sites) half full → U ≈ U₁.
    expect(ocv.potential(0.3 / 2, 0.4 / 2, T25)).toBeCloseTo(U1, 3);
    expect(ocv.potential(0.3 / 2, 0, T25)).toBeGreaterThan(U1 + 0.01);
  });
});

describe('cathode interface kinetics (Butler–Volmer, n = 2; Bard & Faulkner §3.4)', () => {
  const kin: CathodeKinetics = { exchangeCurrentDensity: 0.1, referenceElectrolyteConcentration: 500, anodicTransferCoefficient: 0.5, cathodicTransferCoefficient: 0.5 };

  it('i0 equals i0,ref at half filling and c_e,ref, and follows c_e^α_a·(1 − χ)^α_a·χ^α_c', () => {
    expect(cathodeExchangeCurrentDensity(kin, 0.5, 500)).toBeCloseTo(0.1, 15);
    expect(cathodeExchangeCurrentDensity(kin, 0.1, 500) / 0.1).toBeCloseTo(2 * Math.sqrt(0.1 * 0.9), 14);
    expect(cathodeExchangeCurrentDensity(kin, 0.5, 125) / 0.1).toBeCloseTo(0.5, 14);
  });

  it('the exponents make anodic and cathodic mass-action currents balance at the Nernst potential (any α_a + α_c = 1)', () => {
    // i = zF[k_a·χ·e^{α_a f(E−E0)} − k_c·c_e·(1 − χ)·e^{−α_c f(E−E0)}] vanishes at E_eq; i0 = its anodic part there.
    const f = (Z_MG * FARADAY) / (GAS_CONSTANT * T25);
    const ka = 3e-7;
    const kc = 2e-10;
    for (const aa of [0.3, 0.5, 0.8]) {
      const ac = 1 - aa;
      const i0 = (chi: number, ce: number) => {
        const eEq = Math.log((kc * ce * (1 - chi)) / (ka * chi)) / f;
        return Z_MG * FARADAY * ka * chi * Math.exp(aa * f * eEq);
      };
      const k: CathodeKinetics = { ...kin, exchangeCurrentDensity: i0(0.5, 500), anodicTransferCoefficient: aa, cathodicTransferCoefficient: ac };
      for (const [chi, ce] of [
        [0.2, 500],
        [0.7, 900],
        [0.95, 50],
      ] as const) {
        expect(cathodeExchangeCurrentDensity(k, chi, ce) / i0(chi, ce)).toBeCloseTo(1, 12);
      }
    }
  });

  it('signs: discharge (i < 0, Mg inserted, j = −i/zF > 0) has η < 0 and V = U + η below U; η(i) inverts i(η)', () => {
    const eta = cathodeOverpotential(kin, -0.05, 0.4, 500, T25);
    expect(eta).toBeLessThan(0);
    expect(cathodeCurrentDensity(kin, eta, 0.4, 500, T25)).toBeCloseTo(-0.05, 14);
    expect(insertionFluxFromCurrent(-0.05)).toBeCloseTo(0.05 / (2 * FARADAY), 20);
    expect(cathodePotential(1.1, eta)).toBeLessThan(1.1);
  });

  it('cathodeSurface chains c_s → U → η → U + η: at rest on a uniform particle U is the lattice-gas OCV of its x', () => {
    const p = createSphericalParticle({ radius: 5e-7, shells: 8, maxConcentration: 12_500, diffusivity: { reference: 1e-16, activationEnergy: 0, referenceTemperature: T25 } });
    const y = new Float64Array(p.size);
    p.writeInitialState(y, 0, { mobile: 0.25 });
    const ocv = latticeGasOcv(CHEVREL_SITES);
    const rest = cathodeSurface(p, ocv, kin, y, 0, 0, 500, T25);
    expect(rest.ocv).toBeCloseTo(chevrelOpenCircuitPotential(0.5, T25), 12);
    expect(rest.overpotential).toBe(0);
    const load = cathodeSurface(p, ocv, kin, y, 0, -0.1, 500, T25);
    expect(load.concentration).toBeGreaterThan(rest.concentration); // Mg piles up under the surface on discharge
    expect(load.potential).toBeCloseTo(load.ocv + cathodeOverpotential(kin, -0.1, load.availableFraction, 500, T25), 14);
  });
});

describe('loss of active material, reaction-driven (PyBaMM option; Reniers et al., JES 166 (2019) A3189)', () => {
  it('decays exponentially in throughput: ε(t) = ε0·exp(−3β|j|t/R)', () => {
    const input = { lossFactor: 2e-6, particleRadius: 5e-7, insertionFlux: -3e-9 };
    // Integrate dε/dt with the stiff solver and compare with the closed form.
    const solver = createRosenbrock({ n: 1, rhs: (_t, y, d) => (d[0] = reactionDrivenActiveMaterialLossRate({ ...input, activeVolumeFraction: Math.min(Math.max(y[0] ?? 0, 0), 1) })) }, { rtol: 1e-10, atol: 1e-14 });
    const t = 1e6;
    const r = solver.integrate(0, [0.6], t);
    expect((r.y[0] ?? 0) / (0.6 * Math.exp((-3 * 2e-6 * 3e-9 * t) / 5e-7))).toBeCloseTo(1, 8);
    expect(() => reactionDrivenActiveMaterialLossRate({ ...input, activeVolumeFraction: 1.5 })).toThrow(InputError);
  });
});

/** Mean cell voltage over an x-window of a discharge (x = Mg per Mo₆S₈ inserted, mobile + trapped). */
function meanVoltage(step: HalfCellStepResult, xLo: number, xHi: number): number {
  const pts = step.points.filter((p) => p.mobileX + p.trappedX >= xLo && p.mobileX + p.trappedX <= xHi);
  expect(pts.length).toBeGreaterThan(10);
  return pts.reduce((a, p) => a + p.voltage, 0) / pts.length;
}

describe('Mg‖Mo₆S₈ half-cell driver (ideal Mg counter at 0 V; one particle; BV kinetics; RODAS4 with cut-off events)', () => {
  it('C/100 at 25 °C: the first discharge fills the host (≈ 128.8 mAh/g, trapped Mg included) on two plateaus at U₁ and U₂; the charge and the next discharge deliver 128.8 minus the trapped 20 %', () => {
    const cell = createHalfCell(chevrelHalfCell());
    const run = cell.run(
      [
        { kind: 'discharge', cRate: 0.01, cutoff: 0.5 },
        { kind: 'charge', cRate: 0.01, cutoff: 1.8 },
        { kind: 'discharge', cRate: 0.01, cutoff: 0.5 },
      ],
      cell.initialState({ mobile: 0 }),
      { sampleInterval: 1800 },
    );
    const [d1, c1, d2] = run.steps as [HalfCellStepResult, HalfCellStepResult, HalfCellStepResult];
    expect(run.steps.map((s) => s.end)).toEqual(['cutoff', 'cutoff', 'cutoff']);
    expect(d1.capacityMilliampHoursPerGram / THEORETICAL).toBeGreaterThan(0.995);
    expect(d1.capacityMilliampHoursPerGram / THEORETICAL).toBeLessThan(1.0005);
    // Plateaus: mean voltage over x ∈ [0.2, 0.8] near U₁ (trapping raises it slightly), over [1.2, 1.8] at U₂.
    expect(Math.abs(meanVoltage(d1, 0.2, 0.8) - U1)).toBeLessThan(0.03);
    expect(Math.abs(meanVoltage(d1, 1.2, 1.8) - U2)).toBeLessThan(0.01);
    expect(meanVoltage(d1, 0.2, 0.8) - meanVoltage(d1, 1.2, 1.8)).toBeGreaterThan(0.1);
    const trapped = THEORETICAL * (CHEVREL_MO6S8.trapCapacity.value / 2);
    expect(Math.abs(c1.capacityMilliampHoursPerGram - (THEORETICAL - trapped))).toBeLessThan(1.5);
    expect(Math.abs(d2.capacityMilliampHoursPerGram - (THEORETICAL - trapped))).toBeLessThan(1.5);
    const last = c1.points[c1.points.length - 1];
    expect(last?.trappedX).toBeGreaterThan(0.39);
  });

  it('at high rates diffusion limits the capacity: first-discharge capacity falls monotonically from C/10 to 20C', () => {
    const cell = createHalfCell(chevrelHalfCell({ trapping: false }));
    const caps = [0.1, 1, 3, 10, 20].map((c) => cell.run([{ kind: 'discharge', cRate: c, cutoff: 0.5 }], cell.initialState({ mobile: 0 })).steps[0]?.capacityMilliampHoursPerGram ?? 0);
    for (let i = 0; i + 1 < caps.length; i++) expect(caps[i + 1]).toBeLessThan(caps[i] ?? 0);
    expect((caps[0] ?? 0) / THEORETICAL).toBeGreaterThan(0.99);
    expect((caps[4] ?? 0) / (caps[0] ?? 1)).toBeLessThan(0.5);
  });

  it('conserves charge each cycle: Mg inserted − extracted = Δ(mobile + trapped) to 1e-10, with the trapped part accounted for', () => {
    const cell = createHalfCell(chevrelHalfCell({ shells: 12 }));
    const cycle = [
      { kind: 'discharge', cRate: 0.2, cutoff: 0.5 },
      { kind: 'rest', duration: 600 },
      { kind: 'charge', cRate: 0.2, cutoff: 1.8 },
    ] as const;
    const run = cell.run([...cycle, ...cycle], cell.initialState({ mobile: 0 }));
    const zF = Z_MG * FARADAY;
    for (const s of run.steps) {
      // Relative to the Mg moved; for a rest (nothing moved) the floor is round-off of the particle's
      // inventory (~6e-15 mol per particle, so ~1e-30 mol is a few ulp), not an absolute 1e-30.
      const roundOff = 1e-13 * s.inventoryStart.total;
      expect(Math.abs(s.inventoryEnd.total - s.inventoryStart.total - s.mgInserted)).toBeLessThan(1e-10 * Math.abs(s.mgInserted) + roundOff);
      // Charge passed [C] = zF·|Mg moved|.
      expect(Math.abs((s.specificCharge * cell.hostMass) / zF - Math.abs(s.mgInserted))).toBeLessThan(1e-12 * Math.abs(s.mgInserted) + 1e-40);
    }
    for (const c of [0, 1]) {
      const [dis, , ch] = run.steps.slice(3 * c, 3 * c + 3) as [HalfCellStepResult, HalfCellStepResult, HalfCellStepResult];
      const net = ((dis.specificCharge - ch.specificCharge) * cell.hostMass) / zF; // inserted − extracted [mol]
      const start = dis.inventoryStart;
      const end = ch.inventoryEnd;
      const trapped = end.trapped - start.trapped;
      const residual = end.mobile - start.mobile;
      expect(Math.abs(net - trapped - residual) / Math.abs(dis.mgInserted)).toBeLessThan(1e-10);
      if (c === 0) expect(trapped / Math.abs(dis.mgInserted)).toBeGreaterThan(0.18); // ~20 % trapped in cycle 1
      else expect(Math.abs(trapped / dis.mgInserted)).toBeLessThan(0.01); // traps full: CE → 1
    }
  });

  it('temperature raises the capacity at a fixed rate: through D(T) at 3C, through trap release on the C/5 charge (25 °C vs 60 °C)', () => {
    const at = (temperature: number) => createHalfCell(chevrelHalfCell({ temperature, shells: 12 }));
    const fast = [T25, T60].map((T) => {
      const c = at(T);
      return c.run([{ kind: 'discharge', cRate: 3, cutoff: 0.5 }], c.initialState({ mobile: 0 })).steps[0]?.capacityMilliampHoursPerGram ?? 0;
    });
    expect((fast[1] ?? 0) / (fast[0] ?? 1)).toBeGreaterThan(1.1);
    const slow = [T25, T60].map((T) => {
      const c = at(T);
      const charge = c.run(
        [
          { kind: 'discharge', cRate: 0.2, cutoff: 0.5 },
          { kind: 'charge', cRate: 0.2, cutoff: 1.8 },
        ],
        c.initialState({ mobile: 0 }),
      ).steps[1];
      return { capacity: charge?.capacityMilliampHoursPerGram ?? 0, trapped: charge?.points[charge.points.length - 1]?.trappedX ?? 0 };
    });
    const [cold, hot] = slow as [{ capacity: number; trapped: number }, { capacity: number; trapped: number }];
    expect(cold.capacity).toBeLessThan(0.82 * THEORETICAL); // ~20 % stays trapped at 25 °C
    expect(cold.trapped).toBeGreaterThan(0.39);
    expect(hot.capacity / cold.capacity).toBeGreaterThan(1.08); // partly released within the C/5 charge at 60 °C
    expect(hot.trapped).toBeLessThan(0.25);
  });

  it('a step that starts beyond its cut-off ends at once', () => {
    const cell = createHalfCell(chevrelHalfCell({ trapping: false, shells: 8 }));
    const run = cell.run([{ kind: 'charge', cRate: 1, cutoff: 1.0 }], cell.initialState({ mobile: 0.5 }));
    expect(run.steps[0]?.end).toBe('already-past-cutoff');
    expect(run.steps[0]?.duration).toBe(0);
  });
});

describe('regularised OCV for solver probes (CathodeOcv)', () => {
  it('is exact inside, continuous and strictly decreasing across the edges of the available range', () => {
    const ocv = latticeGasOcv(CHEVREL_SITES);
    expect(ocv.potential(0.25, 0, T25)).toBeCloseTo(chevrelOpenCircuitPotential(0.5, T25), 14);
    let prev = Infinity;
    for (let k = -50; k <= 50; k++) {
      const th = k * 1e-7;
      const u = ocv.potential(th, 0, T25);
      expect(Number.isFinite(u)).toBe(true);
      expect(u).toBeLessThan(prev);
      prev = u;
    }
    const table: OcvTable = unwrap(createOcvTable({ points: [{ x: 0, voltage: 2 }, { x: 1, voltage: 1 }], abscissa: { kind: 'stoichiometry' } }));
    const t = tableOcv(table);
    expect(t.potential(1 + 1e-5, 0, T25)).toBeLessThan(1 - 0.1);
  });
});

describe('two-site lattice gas in closed form', () => {
  it('equals the general Newton solve for any composition, temperature and site pair (property)', async () => {
    const { latticeGasEquilibrium, latticeGasEquilibriumNewton } = await import('../../src/cell/cathode/index.ts');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: 0.5, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.double({ min: 230, max: 400, noNaN: true }),
        (frac, n1, n2, u1, gap, t) => {
          const sites = [
            { capacity: n1, potential: u1 },
            { capacity: n2, potential: u1 - gap },
          ];
          const x = frac * (n1 + n2);
          const a = latticeGasEquilibrium(x, sites, t);
          const b = latticeGasEquilibriumNewton(x, sites, t);
          expect(a.potential).toBeCloseTo(b.potential, 9);
          expect(a.occupancies[0]).toBeCloseTo(b.occupancies[0] ?? NaN, 9);
          expect(a.slope / b.slope).toBeCloseTo(1, 6);
        },
      ),
      { numRuns: 500 },
    );
  });
});
