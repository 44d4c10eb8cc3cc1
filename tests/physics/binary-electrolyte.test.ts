import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ambipolarDiffusivity,
  checkBinarySalt,
  concentrationOverpotential,
  diffusionPotentialCoefficient,
  diluteCationTransferenceNumber,
  limitingCurrentDensity,
  MG_A2_SALT,
  ONE_ONE_SALT,
  sandTime,
  type BinarySalt,
} from '../../src/physics/index.ts';
import {
  FARADAY,
  GAS_CONSTANT,
  InputError,
  quantity,
  toUnit,
  type AmperesPerSquareMeter,
  type Kelvin,
  type Meters,
  type MolesPerCubicMeter,
  type SquareMetersPerSecond,
} from '../../src/units/index.ts';

const D = (d: number) => d as SquareMetersPerSecond;
const c = (x: number) => x as MolesPerCubicMeter;
const J = (j: number) => j as AmperesPerSquareMeter;
const T298 = 298.15 as Kelvin;
const hours = (s: number) => toUnit(s, 'time', 'h');

const SALTS: readonly BinarySalt[] = [
  MG_A2_SALT,
  ONE_ONE_SALT,
  { cationCharge: 1, anionCharge: -2, cationStoichiometry: 2, anionStoichiometry: 1 }, // Li2SO4-type 1:2
  { cationCharge: 2, anionCharge: -2, cationStoichiometry: 1, anionStoichiometry: 1 }, // MgSO4-type 2:2
  { cationCharge: 3, anionCharge: -1, cationStoichiometry: 1, anionStoichiometry: 3 }, // AlCl3-type 3:1
];

/**
 * Dilute Nernst–Planck at the plating electrode, derived independently of the library: the anion
 * does not react (N− = 0), so f∂φ/∂x = −∂ln c/∂x / z−, and the cation flux is
 * N+ = −D+·ν+·(1 − z+/z−)·∂c/∂x. With i = z+·F·N+ the salt gradient at the electrode is
 * |∂c/∂x| = i / (z+·F·D+·ν+·(1 − z+/z−)).
 */
function electrodeGradient(salt: BinarySalt, dPlus: number, i: number): number {
  return i / (salt.cationCharge * FARADAY * dPlus * salt.cationStoichiometry * (1 - salt.cationCharge / salt.anionCharge));
}

/**
 * Cell-centred finite volumes for ∂c/∂t = D·∂²c/∂x² on [0, L] with prescribed boundary gradients,
 * explicit Euler (dt = 0.4·dx²/D). `onStep` may stop the run by returning true.
 */
function diffuse(
  n: number,
  length: number,
  d: number,
  c0: number,
  gradientLeft: number,
  gradientRight: number,
  until: number,
  onStep: (u: Float64Array, t: number, dx: number) => boolean,
): void {
  const dx = length / n;
  const dt = (0.4 * dx * dx) / d;
  let u = new Float64Array(n).fill(c0);
  let v = new Float64Array(n);
  for (let t = 0; t < until; t += dt) {
    for (let k = 0; k < n; k++) {
      const left = k === 0 ? -d * gradientLeft : (-d * ((u[k] ?? 0) - (u[k - 1] ?? 0))) / dx; // flux at left face (+x)
      const right = k === n - 1 ? -d * gradientRight : (-d * ((u[k + 1] ?? 0) - (u[k] ?? 0))) / dx;
      v[k] = (u[k] ?? 0) + (dt * (left - right)) / dx;
    }
    [u, v] = [v, u];
    if (onStep(u, t + dt, dx)) return;
  }
}

describe('binary salts carry their charges and stoichiometry explicitly', () => {
  it('MgA2 is z+ = 2, z− = −1, ν+ = 1, ν− = 2', () => {
    expect(MG_A2_SALT).toEqual({ cationCharge: 2, anionCharge: -1, cationStoichiometry: 1, anionStoichiometry: 2 });
  });

  it('a salt that is not electroneutral is rejected', () => {
    expect(() => checkBinarySalt({ cationCharge: 2, anionCharge: -1, cationStoichiometry: 1, anionStoichiometry: 1 })).toThrow(InputError);
    expect(() => checkBinarySalt({ cationCharge: 2, anionCharge: -1, cationStoichiometry: 1, anionStoichiometry: 1 })).toThrow(/electroneutral/);
    expect(() => checkBinarySalt({ cationCharge: 2, anionCharge: 1, cationStoichiometry: 1, anionStoichiometry: 2 })).toThrow(/salt.anionCharge must be a finite number < 0/);
  });
});

describe('ambipolar diffusivity D = D+D−(z+ − z−)/(z+D+ − z−D−) (Newman & Thomas-Alyea 2004, ch. 11)', () => {
  it('MgA2 with D+ = 1e-10, D− = 4e-10 m²/s: D = 3D+D−/(2D+ + D−) = 2e-10 and t+ = 2D+/(2D+ + D−) = 1/3', () => {
    expect(ambipolarDiffusivity(MG_A2_SALT, D(1e-10), D(4e-10)) / 2e-10).toBeCloseTo(1, 14);
    expect(diluteCationTransferenceNumber(MG_A2_SALT, D(1e-10), D(4e-10))).toBeCloseTo(1 / 3, 14);
  });

  it('reduces to the familiar 1:1 form 2D+D−/(D+ + D−)', () => {
    expect(ambipolarDiffusivity(ONE_ONE_SALT, D(1e-9), D(3e-9)) / 1.5e-9).toBeCloseTo(1, 14);
  });

  it('lies between D+ and D−, and equals them when they are equal (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SALTS), fc.double({ min: 1e-12, max: 1e-8, noNaN: true }), fc.double({ min: 1e-12, max: 1e-8, noNaN: true }), (salt, dp, dm) => {
        const d = ambipolarDiffusivity(salt, D(dp), D(dm));
        expect(d).toBeGreaterThanOrEqual(Math.min(dp, dm) * (1 - 1e-12));
        expect(d).toBeLessThanOrEqual(Math.max(dp, dm) * (1 + 1e-12));
        expect(ambipolarDiffusivity(salt, D(dp), D(dp)) / dp).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe("Sand's time t_S = πD(ν+z+c0F)²/(4(J·t−)²) (Sand 1901; Bai et al., EES 2016)", () => {
  const mg = { salt: MG_A2_SALT, saltDiffusivity: D(1e-10), saltConcentration: quantity('0.5 M', 'concentration'), anionTransferenceNumber: 0.6 };

  it('reproduces models-and-physics.md §3.1: 22.6 h at 0.5 mA/cm², 5.6 h at 1, 0.63 h at 3 (c0 = 0.5 M, D = 1e-10, t− = 0.6)', () => {
    // Independently: π·1e-10·(2·500·96485.33212)²/(4·(J·0.6)²) with Python mpmath → 81240.009 s = 22.5667 h at J = 5 A/m².
    expect(hours(sandTime({ ...mg, currentDensity: quantity('0.5 mA/cm2', 'currentDensity') }))).toBeCloseTo(22.5666692353546, 9);
    expect(hours(sandTime({ ...mg, currentDensity: quantity('1 mA/cm2', 'currentDensity') }))).toBeCloseTo(5.64, 2);
    expect(hours(sandTime({ ...mg, currentDensity: quantity('3 mA/cm2', 'currentDensity') }))).toBeCloseTo(0.63, 2);
  });

  it('and with D = 3e-10 m²/s: 67.7 / 16.9 / 1.9 h (models-and-physics.md §3.1)', () => {
    const fast = { ...mg, saltDiffusivity: D(3e-10) };
    expect(hours(sandTime({ ...fast, currentDensity: J(5) }))).toBeCloseTo(67.7, 1);
    expect(hours(sandTime({ ...fast, currentDensity: J(10) }))).toBeCloseTo(16.9, 1);
    expect(hours(sandTime({ ...fast, currentDensity: J(30) }))).toBeCloseTo(1.9, 1);
  });

  it('scales as 1/J² and as D (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1000, noNaN: true }), fc.double({ min: 1.1, max: 10, noNaN: true }), (j, k) => {
        const t1 = sandTime({ ...mg, currentDensity: J(j) });
        expect(t1 / sandTime({ ...mg, currentDensity: J(k * j) }) / (k * k)).toBeCloseTo(1, 10);
        expect(sandTime({ ...mg, saltDiffusivity: D(k * 1e-10), currentDensity: J(j) }) / t1 / k).toBeCloseTo(1, 10);
      }),
    );
  });

  it('is infinite for a single-ion conductor (t− = 0)', () => {
    expect(sandTime({ ...mg, anionTransferenceNumber: 0, currentDensity: J(10) })).toBe(Number.POSITIVE_INFINITY);
  });

  it('agrees within 0.5 % with a finite-volume solution driven by the dilute Nernst–Planck electrode flux (MgA2 and a 1:2 salt)', () => {
    for (const salt of [MG_A2_SALT, SALTS[2] as BinarySalt]) {
      const dPlus = 1e-10;
      const dMinus = 4e-10;
      const dSalt = ambipolarDiffusivity(salt, D(dPlus), D(dMinus));
      const tPlus = diluteCationTransferenceNumber(salt, D(dPlus), D(dMinus));
      const c0 = 500;
      const i = 10;
      const expected = sandTime({ salt, saltDiffusivity: dSalt, saltConcentration: c(c0), anionTransferenceNumber: 1 - tPlus, currentDensity: J(i) });
      // Salt is removed at x = 0 (plating): c rises away from the electrode with the NP gradient.
      const g = electrodeGradient(salt, dPlus, i);
      const length = 12 * Math.sqrt(dSalt * expected);
      let reached = Number.NaN;
      diffuse(400, length, dSalt, c0, g, 0, 2 * expected, (u, t, dx) => {
        const surface = (u[0] ?? 0) - (g * dx) / 2;
        if (surface <= 0) reached = t;
        return surface <= 0;
      });
      expect(Math.abs(reached / expected - 1)).toBeLessThan(5e-3);
    }
  });

  it('rejects non-physical input', () => {
    expect(() => sandTime({ ...mg, currentDensity: J(0) })).toThrow(/currentDensity must be a finite number > 0 A\/m²; got 0/);
    expect(() => sandTime({ ...mg, anionTransferenceNumber: 1.2, currentDensity: J(1) })).toThrow(/anionTransferenceNumber must be a finite number in \[0, 1\]/);
    expect(() => sandTime({ ...mg, saltConcentration: c(Number.NaN), currentDensity: J(1) })).toThrow(/saltConcentration/);
  });
});

describe('limiting current of a finite gap i_lim = 2ν+z+FDc0/(t−L)', () => {
  const mg = { salt: MG_A2_SALT, saltDiffusivity: D(1e-10), saltConcentration: quantity('0.5 M', 'concentration'), anionTransferenceNumber: 0.6 };

  it('reproduces models-and-physics.md §3.1: 129 mA/cm² for L = 25 µm and 4.8 mA/cm² for a 675 µm glass-fibre separator', () => {
    // Independently: 2·2·96485.33212·1e-10·500/(0.6·25e-6) = 1286.471 A/m² (Python mpmath).
    const thin = limitingCurrentDensity({ ...mg, gap: quantity('25 um', 'length') });
    expect(thin / 1286.4710949774668).toBeCloseTo(1, 13);
    expect(toUnit(thin, 'currentDensity', 'mA/cm^2')).toBeCloseTo(129, 0);
    expect(toUnit(limitingCurrentDensity({ ...mg, gap: quantity('675 um', 'length') }), 'currentDensity', 'mA/cm^2')).toBeCloseTo(4.76, 2);
  });

  it('is consistent with Sand: at J = i_lim, t_S = (π/16)·L²/D (property)', () => {
    // Eliminating J between the two formulas gives t_S(i_lim) = π·L²/(16·D), independent of c0, z, t−.
    fc.assert(
      fc.property(fc.constantFrom(...SALTS), fc.double({ min: 1e-6, max: 1e-3, noNaN: true }), fc.double({ min: 0.05, max: 1, noNaN: true }), (salt, l, tm) => {
        const input = { ...mg, salt, anionTransferenceNumber: tm };
        const iLim = limitingCurrentDensity({ ...input, gap: l as Meters });
        expect(sandTime({ ...input, currentDensity: iLim }) / ((Math.PI * l * l) / (16 * 1e-10))).toBeCloseTo(1, 10);
      }),
    );
  });

  it('a finite-volume run of the closed cell with the Nernst–Planck electrode flux stays positive at 0.98·i_lim and depletes at 1.02·i_lim', () => {
    const dPlus = 1e-10;
    const dMinus = 4e-10;
    const dSalt = ambipolarDiffusivity(MG_A2_SALT, D(dPlus), D(dMinus));
    const tMinus = 1 - diluteCationTransferenceNumber(MG_A2_SALT, D(dPlus), D(dMinus));
    const l = 25e-6;
    const iLim = limitingCurrentDensity({ ...mg, saltDiffusivity: dSalt, anionTransferenceNumber: tMinus, gap: l as Meters });
    const surfaceAtSteadyState = (i: number): number => {
      const g = electrodeGradient(MG_A2_SALT, dPlus, i);
      // Stripping at x = 0 releases salt and plating at x = L removes it: ∂c/∂x = −g at both faces.
      let last = Number.NaN;
      diffuse(100, l, dSalt, 500, -g, -g, (20 * l * l) / dSalt, (u, _t, dx) => {
        last = (u[u.length - 1] ?? 0) - (g * dx) / 2;
        return false;
      });
      return last / 500;
    };
    expect(surfaceAtSteadyState(0.98 * iLim)).toBeCloseTo(0.02, 3);
    expect(surfaceAtSteadyState(1.02 * iLim)).toBeCloseTo(-0.02, 3);
  });

  it('rejects a zero gap', () => {
    expect(() => limitingCurrentDensity({ ...mg, gap: 0 as Meters })).toThrow(/gap must be a finite number > 0 m/);
  });
});

describe('concentration overpotential Δφ = [νRT/(ν+z+F)]·(1 − t+)·ln(c_R/c_L) (Newman & Thomas-Alyea 2004, ch. 12)', () => {
  it('for MgA2 the prefactor is 3RT/2F: t+ = 0.4, c_R/c_L = 2 at 298.15 K gives 16.0279 mV', () => {
    // 3·8.31446261815324·298.15/(2·96485.33212)·0.6·ln 2, Python mpmath.
    const dphi = concentrationOverpotential({ salt: MG_A2_SALT, cationTransferenceNumber: 0.4, temperature: T298, leftConcentration: c(250), rightConcentration: c(500) });
    expect(dphi / 0.0160278649011845764).toBeCloseTo(1, 13);
    expect(diffusionPotentialCoefficient({ salt: MG_A2_SALT, cationTransferenceNumber: 0, temperature: T298 }) / ((3 * GAS_CONSTANT * 298.15) / (2 * FARADAY))).toBeCloseTo(1, 14);
  });

  it("for a 1:1 salt it is PyBaMM's 2RT/F·(1 − t+)", () => {
    expect(diffusionPotentialCoefficient({ salt: ONE_ONE_SALT, cationTransferenceNumber: 0.38, temperature: T298 }) / ((2 * GAS_CONSTANT * 298.15 * 0.62) / FARADAY)).toBeCloseTo(1, 14);
  });

  it('equals the dilute Nernst–Planck result (liquid-junction potential + Nernst terms of the two electrodes) for any binary salt (property)', () => {
    // Zero current: Σ z_i D_i ∇c_i + f∇φ Σ z_i² D_i c_i = 0 with c± = ν±c gives
    // Δφ_ES = −(RT/F)(z+D+ν+ + z−D−ν−)/(z+²D+ν+ + z−²D−ν−)·ln(c_R/c_L); a cation-reversible
    // electrode adds (RT/(z+F))·ln(c_R/c_L). Dilute t+ = z+D+/(z+D+ − z−D−).
    fc.assert(
      fc.property(
        fc.constantFrom(...SALTS),
        fc.double({ min: 1e-11, max: 1e-8, noNaN: true }),
        fc.double({ min: 1e-11, max: 1e-8, noNaN: true }),
        fc.double({ min: 1, max: 3000, noNaN: true }),
        fc.double({ min: 1, max: 3000, noNaN: true }),
        (salt, dp, dm, cl, cr) => {
          const { cationCharge: zp, anionCharge: zm, cationStoichiometry: np, anionStoichiometry: nm } = salt;
          const rtf = (GAS_CONSTANT * 298.15) / FARADAY;
          const lnRatio = Math.log(cr / cl);
          const junction = -rtf * ((zp * dp * np + zm * dm * nm) / (zp * zp * dp * np + zm * zm * dm * nm)) * lnRatio;
          const nernst = (rtf / zp) * lnRatio;
          const tPlus = diluteCationTransferenceNumber(salt, D(dp), D(dm));
          const dphi = concentrationOverpotential({ salt, cationTransferenceNumber: tPlus, temperature: T298, leftConcentration: c(cl), rightConcentration: c(cr) });
          expect(dphi - (junction + nernst)).toBeCloseTo(0, 12);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is antisymmetric in the two concentrations and zero for equal ones; the thermodynamic factor scales it', () => {
    const base = { salt: MG_A2_SALT, cationTransferenceNumber: 0.3, temperature: T298 };
    const a = concentrationOverpotential({ ...base, leftConcentration: c(100), rightConcentration: c(700) });
    expect(concentrationOverpotential({ ...base, leftConcentration: c(700), rightConcentration: c(100) })).toBeCloseTo(-a, 15);
    expect(concentrationOverpotential({ ...base, leftConcentration: c(300), rightConcentration: c(300) })).toBe(0);
    expect(concentrationOverpotential({ ...base, thermodynamicFactor: 1.5, leftConcentration: c(100), rightConcentration: c(700) }) / a).toBeCloseTo(1.5, 14);
  });

  it('rejects a zero concentration and T ≤ 0', () => {
    const base = { salt: MG_A2_SALT, cationTransferenceNumber: 0.3, temperature: T298 };
    expect(() => concentrationOverpotential({ ...base, leftConcentration: c(0), rightConcentration: c(1) })).toThrow(/leftConcentration must be a finite number > 0 mol\/m³; got 0/);
    expect(() => concentrationOverpotential({ ...base, temperature: 0 as Kelvin, leftConcentration: c(1), rightConcentration: c(1) })).toThrow(/temperature must be a finite number > 0 K/);
  });
});
