import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arrheniusFactor,
  electronicLeakageCurrentDensity,
  electronMigrationLimitedFilmCurrent,
  FILM_MATERIALS,
  filmGrowthRate,
  filmReactionOverpotential,
  filmResistance,
  formulaMolarMass,
  MG_MOLAR_VOLUME,
  reactionLimitedFilmCurrent,
  solventDiffusionLimitedFilmCurrent,
  waterConcentrationFromPpm,
  waterConsumptionFlux,
  waterPassivationRate,
  waterReservoirConcentration,
  WATER_MOLAR_MASS,
} from '../../src/physics/index.ts';
import {
  AVOGADRO,
  FARADAY,
  quantity,
  toUnit,
  Z_MG,
  type AmperesPerSquareMeter,
  type JoulesPerMole,
  type Kelvin,
  type Meters,
  type MolesPerCubicMeter,
  type OhmSquareMeters,
  type Seconds,
  type SiemensPerMeter,
  type SquareMetersPerSecond,
  type Volts,
} from '../../src/units/index.ts';

const A = (i: number) => i as AmperesPerSquareMeter;
const V = (v: number) => v as Volts;
const m = (x: number) => x as Meters;
const T298 = 298.15 as Kelvin;
const ANGSTROM3 = 1e-30; // m³

describe('film materials: M from IUPAC atomic weights, ρ from handbook/X-ray data, V̄ = M/ρ', () => {
  it('molar masses agree with the CRC Handbook formula weights to 1e-4 (MgO 40.304, Mg(OH)2 58.320, MgF2 62.302, MgCl2 95.211, MgSO3 104.368 g/mol)', () => {
    // CRC values use older Cl/S atomic weights (35.453, 32.065): hence 1e-4, not exact.
    const crc = { MgO: 40.304, 'Mg(OH)2': 58.32, MgF2: 62.302, MgCl2: 95.211, MgSO3: 104.368 } as const;
    for (const [id, grams] of Object.entries(crc) as [keyof typeof crc, number][]) {
      expect(Math.abs(FILM_MATERIALS[id].molarMass / (grams * 1e-3) - 1)).toBeLessThan(1e-4);
    }
    expect(WATER_MOLAR_MASS).toBeCloseTo(18.015e-3, 9);
  });

  it('Mg molar volume is 1.3985e-5 m³/mol (24.305 g/mol / 1.738 g/cm³; BattMo uses 1.39845e-5)', () => {
    expect(MG_MOLAR_VOLUME).toBeCloseTo(1.39845e-5, 10);
    expect(FILM_MATERIALS.Mg.molarVolume).toBe(MG_MOLAR_VOLUME);
  });

  it('densities match X-ray densities computed from lattice constants (MgO: a = 4.2136 Å, Z = 4, AMCSD 0008367; brucite: a = 3.14979, c = 4.7702 Å, Z = 1, AMCSD 0007912)', () => {
    const periclase = (4 * FILM_MATERIALS.MgO.molarMass) / (AVOGADRO * 4.2136 ** 3 * ANGSTROM3);
    const brucite = FILM_MATERIALS['Mg(OH)2'].molarMass / (AVOGADRO * (Math.sqrt(3) / 2) * 3.14979 ** 2 * 4.7702 * ANGSTROM3);
    expect(FILM_MATERIALS.MgO.density / periclase).toBeCloseTo(1, 3);
    expect(FILM_MATERIALS['Mg(OH)2'].density / brucite).toBeCloseTo(1, 3);
  });

  it('hcp Mg (a = 3.2094 Å, c = 5.2108 Å, Z = 2; standard lattice constants, recalled) has an X-ray density within 0.2 % of 1.738 g/cm³', () => {
    const xray = (2 * FILM_MATERIALS.Mg.molarMass) / (AVOGADRO * (Math.sqrt(3) / 2) * 3.2094 ** 2 * 5.2108 * ANGSTROM3);
    expect(Math.abs(FILM_MATERIALS.Mg.density / xray - 1)).toBeLessThan(2e-3);
  });

  it('every material has one Mg per formula unit, a positive V̄, and MgSO3 is flagged as an estimate', () => {
    for (const mat of Object.values(FILM_MATERIALS)) {
      expect(mat.magnesiumPerFormulaUnit).toBe(1);
      expect(mat.molarVolume).toBeCloseTo(mat.molarMass / mat.density, 15);
    }
    expect(FILM_MATERIALS.MgSO3.densityIsEstimate).toBe(true);
    expect(FILM_MATERIALS.MgF2.densityIsEstimate).toBe(false);
    expect(formulaMolarMass({})).toBe(0);
  });

  it('Pilling–Bedworth ratio of MgO on Mg is 0.80 (V̄_MgO/V̄_Mg; < 1, the classic non-protective oxide)', () => {
    // N. B. Pilling & R. E. Bedworth, J. Inst. Met. 29, 529 (1923): Mg's oxide is the textbook ratio < 1 (≈ 0.81).
    expect(FILM_MATERIALS.MgO.molarVolume / MG_MOLAR_VOLUME).toBeCloseTo(0.805, 2);
  });
});

describe('film growth current densities (Mg versions of PyBaMM SEI options; j_film ≤ 0 is growth)', () => {
  it('overpotential η = Δφ − U − j·R_film', () => {
    const eta = filmReactionOverpotential({ surfacePotentialDifference: V(0.05), filmOpenCircuitPotential: V(0.4), interfacialCurrentDensity: A(-10), filmResistance: 1e-3 as OhmSquareMeters });
    expect(eta).toBeCloseTo(0.05 - 0.4 + 0.01, 15);
  });

  it('reaction limited: −j0 at η = 0, ×e per RT/(α·n·F) of cathodic overpotential (Marquis eq. 5.92)', () => {
    const base = { exchangeCurrentDensity: A(1.5e-7), transferCoefficient: 0.5, electronCount: 2, temperature: T298 };
    expect(reactionLimitedFilmCurrent({ ...base, overpotential: V(0) })).toBeCloseTo(-1.5e-7, 20);
    const step = (8.31446261815324 * 298.15) / (0.5 * 2 * FARADAY);
    expect(reactionLimitedFilmCurrent({ ...base, overpotential: V(-step) }) / -1.5e-7).toBeCloseTo(Math.E, 12);
  });

  it('solvent-diffusion limited with OKane2022 Li values (n = 1) gives −F·2.5e-22·2636/5e-9 = −1.2717e-5 A/m²; twice that with n = 2 (Marquis eq. 5.91)', () => {
    const base = { solventDiffusivity: 2.5e-22 as SquareMetersPerSecond, solventConcentration: 2636 as MolesPerCubicMeter, thickness: quantity('5 nm', 'length') };
    const li = solventDiffusionLimitedFilmCurrent({ ...base, electronsPerSolventMolecule: 1 });
    expect(li / ((-FARADAY * 2.5e-22 * 2636) / 5e-9)).toBeCloseTo(1, 14);
    expect(li).toBeCloseTo(-1.27168e-5, 9);
    expect(solventDiffusionLimitedFilmCurrent({ ...base, electronsPerSolventMolecule: 2 }) / li).toBeCloseTo(2, 14);
  });

  it('solvent-diffusion growth is parabolic: integrating dL/dt gives L² − L0² = 2·k·t (numerical vs analytic)', () => {
    const material = FILM_MATERIALS.MgF2;
    const ze = 2;
    const d = 2.5e-20;
    const cs = 2636;
    const rate = (l: number) =>
      filmGrowthRate({
        filmCurrentDensity: solventDiffusionLimitedFilmCurrent({ solventDiffusivity: d as SquareMetersPerSecond, solventConcentration: cs as MolesPerCubicMeter, electronsPerSolventMolecule: 2, thickness: m(l) }),
        electronsPerFormulaUnit: ze,
        molarVolume: material.molarVolume,
        magnesiumPerFormulaUnit: 1,
      }).thicknessRate;
    // dL/dt = k/L with k = n·F·D·c·V̄/(z_e·F) = D·c·V̄ (n = z_e = 2).
    const k = d * cs * material.molarVolume;
    const l0 = 5e-9;
    const tEnd = 3600 * 24 * 30;
    const steps = 20000;
    const dt = tEnd / steps;
    let l = l0;
    for (let s = 0; s < steps; s++) {
      const k1 = rate(l);
      const k2 = rate(l + 0.5 * dt * k1);
      l += dt * k2;
    }
    expect(l / Math.sqrt(l0 * l0 + 2 * k * tEnd)).toBeCloseTo(1, 6);
  });

  it('electron-migration limited: κ_e(Δφ − U)/L below U, 0 above, continuous at U, and equal to the ohmic leakage law (Marquis eq. 5.94)', () => {
    const base = { electronicConductivity: 8.95e-14 as SiemensPerMeter, filmOpenCircuitPotential: V(0.4), thickness: quantity('5 nm', 'length') };
    const j = electronMigrationLimitedFilmCurrent({ ...base, surfacePotentialDifference: V(0) });
    expect(j).toBeCloseTo((8.95e-14 * -0.4) / 5e-9, 20);
    expect(j).toBe(electronicLeakageCurrentDensity(base.electronicConductivity, V(-0.4), base.thickness));
    expect(electronMigrationLimitedFilmCurrent({ ...base, surfacePotentialDifference: V(0.5) })).toBe(0);
    expect(Math.abs(electronMigrationLimitedFilmCurrent({ ...base, surfacePotentialDifference: V(0.4 - 1e-12) }))).toBeLessThan(1e-16);
  });

  it('every law returns j ≤ 0 (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 1e-10, max: 1e-6, noNaN: true }), (dphi, l) => {
        expect(reactionLimitedFilmCurrent({ exchangeCurrentDensity: A(1e-6), transferCoefficient: 0.5, electronCount: 2, temperature: T298, overpotential: V(dphi) })).toBeLessThanOrEqual(0);
        expect(solventDiffusionLimitedFilmCurrent({ solventDiffusivity: 1e-21 as SquareMetersPerSecond, solventConcentration: 1e3 as MolesPerCubicMeter, electronsPerSolventMolecule: 2, thickness: m(l) })).toBeLessThanOrEqual(0);
        expect(electronMigrationLimitedFilmCurrent({ electronicConductivity: 1e-13 as SiemensPerMeter, surfacePotentialDifference: V(dphi), filmOpenCircuitPotential: V(0.2), thickness: m(l) })).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('rejects a zero film thickness and an out-of-range transfer coefficient', () => {
    expect(() => solventDiffusionLimitedFilmCurrent({ solventDiffusivity: 1e-21 as SquareMetersPerSecond, solventConcentration: 1e3 as MolesPerCubicMeter, electronsPerSolventMolecule: 2, thickness: m(0) })).toThrow(
      /thickness must be a finite number > 0 m; got 0/,
    );
    expect(() => reactionLimitedFilmCurrent({ exchangeCurrentDensity: A(1e-6), transferCoefficient: 0, electronCount: 2, temperature: T298, overpotential: V(0) })).toThrow(/transferCoefficient/);
  });
});

describe('growth rate dL/dt = |j|·V̄/(z_e·F) and Mg consumed ν_Mg·|j|/(z_e·F)', () => {
  it('1 A/m² of MgO formation (z_e = 2) grows 0.0584 nm/s and consumes 5.18e-6 mol Mg/(m²·s)', () => {
    const r = filmGrowthRate({ filmCurrentDensity: A(-1), electronsPerFormulaUnit: 2, molarVolume: FILM_MATERIALS.MgO.molarVolume, magnesiumPerFormulaUnit: 1 });
    expect(r.formulaUnitRate).toBeCloseTo(1 / (2 * FARADAY), 18);
    expect(r.thicknessRate / ((FILM_MATERIALS.MgO.molarVolume / (2 * FARADAY)))).toBeCloseTo(1, 14);
    expect(r.thicknessRate * 1e9).toBeCloseTo(0.0584, 4);
    expect(r.magnesiumConsumptionRate).toBeCloseTo(5.182e-6, 9);
  });

  it('conserves charge: when z_e = 2·ν_Mg, the Mg lost times z_Mg·F equals |j| (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 0, noNaN: true }), fc.constantFrom(...Object.values(FILM_MATERIALS)), (j, mat) => {
        const r = filmGrowthRate({ filmCurrentDensity: A(j), electronsPerFormulaUnit: Z_MG * mat.magnesiumPerFormulaUnit, molarVolume: mat.molarVolume, magnesiumPerFormulaUnit: mat.magnesiumPerFormulaUnit });
        expect(r.magnesiumConsumptionRate * Z_MG * FARADAY).toBeCloseTo(-j, 10);
        expect(r.thicknessRate).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('rejects an anodic (positive) film current: the sign convention is j ≤ 0 for growth', () => {
    expect(() => filmGrowthRate({ filmCurrentDensity: A(1), electronsPerFormulaUnit: 2, molarVolume: 1e-5, magnesiumPerFormulaUnit: 1 })).toThrow(/filmCurrentDensity .*must be a finite number ≤ 0 A\/m²; got 1/);
  });
});

describe('film Mg²⁺ resistance R_film = L/σ_film', () => {
  it('5 nm at 1.4e-12 S/m costs 3.6e7 Ω·cm² (models-and-physics.md §3.1, E_a = 1.0 eV)', () => {
    expect(toUnit(filmResistance(quantity('5 nm', 'length'), 1.4e-12 as SiemensPerMeter), 'arealResistance', 'ohm cm^2')).toBeCloseTo(3.57e7, -5);
  });
});

describe('temperature dependence exp[(E_a/R)(1/T_ref − 1/T)]', () => {
  it('is 1 at T_ref and matches a hand value: 38 kJ/mol (OKane2022 SEI) from 25 °C to 45 °C → 2.6212', () => {
    // exp(38000/8.31446261815324·(1/298.15 − 1/318.15)), Python.
    expect(arrheniusFactor(38e3 as JoulesPerMole, T298, T298)).toBe(1);
    expect(arrheniusFactor(38e3 as JoulesPerMole, 318.15 as Kelvin, T298)).toBeCloseTo(Math.exp((38000 / 8.31446261815324) * (1 / 298.15 - 1 / 318.15)), 12);
    expect(arrheniusFactor(38e3 as JoulesPerMole, 318.15 as Kelvin, T298)).toBeCloseTo(2.6212, 3);
  });
});

describe('water impurity: ppm → concentration → flux → MgO/Mg(OH)2, draining the reservoir', () => {
  it('10 ppm by mass in an electrolyte of 1000 kg/m³ is 0.5551 mol/m³', () => {
    expect(waterConcentrationFromPpm(10, 1000)).toBeCloseTo(0.55509297807, 9);
  });

  it('the series law N = c/(1/k_s + L/D) has the reaction-limited and diffusion-limited limits', () => {
    const c = 0.5 as MolesPerCubicMeter;
    expect(waterConsumptionFlux({ waterConcentration: c, surfaceRateConstant: 1e-6 })).toBeCloseTo(5e-7, 18);
    const thick = waterConsumptionFlux({ waterConcentration: c, surfaceRateConstant: 1e3, filmThickness: m(1e-7), filmWaterDiffusivity: 1e-18 as SquareMetersPerSecond });
    expect(thick / ((0.5 * 1e-18) / 1e-7)).toBeCloseTo(1, 9);
  });

  it('MgO takes one water per formula unit, Mg(OH)2 two; each Mg lost is 2F of local corrosion charge', () => {
    const mgo = waterPassivationRate(1e-6, 'MgO');
    const hyd = waterPassivationRate(1e-6, 'Mg(OH)2');
    expect(mgo.formulaUnitRate).toBeCloseTo(1e-6, 18);
    expect(hyd.formulaUnitRate).toBeCloseTo(5e-7, 18);
    expect(mgo.corrosionCurrentDensity).toBeCloseTo(2 * FARADAY * 1e-6, 12);
    expect(hyd.thicknessRate).toBeCloseTo(5e-7 * FILM_MATERIALS['Mg(OH)2'].molarVolume, 20);
  });

  it('the reservoir decays as c0·exp(−k·t/h), matching a numerical integration of h·dc/dt = −N(c)', () => {
    const h = 50e-9 / 1.13e-4; // 50 µL on a 1.13 cm² electrode
    const k = 1e-8;
    const c0 = waterConcentrationFromPpm(10, 1000);
    const tEnd = 3600 * 24; // k·t/h ≈ 2: the reservoir loses 86 %
    let c = c0 as number;
    const steps = 10000;
    const dt = tEnd / steps;
    for (let s = 0; s < steps; s++) {
      const k1 = -waterConsumptionFlux({ waterConcentration: c as MolesPerCubicMeter, surfaceRateConstant: k }) / h;
      const k2 = -waterConsumptionFlux({ waterConcentration: (c + 0.5 * dt * k1) as MolesPerCubicMeter, surfaceRateConstant: k }) / h;
      c += dt * k2;
    }
    const analytic = waterReservoirConcentration({ initialConcentration: c0, rateConstant: k, electrolyteVolumePerArea: m(h), time: tEnd as Seconds });
    expect(c / analytic).toBeCloseTo(1, 6);
  });

  it('all the water of 10 ppm in 50 µL over 1.13 cm² makes at most a 2.8 nm MgO film', () => {
    const h = 50e-9 / 1.13e-4;
    const molesPerArea = waterConcentrationFromPpm(10, 1000) * h;
    expect(molesPerArea * FILM_MATERIALS.MgO.molarVolume * 1e9).toBeCloseTo(2.77, 2);
  });

  it('rejects negative ppm, a missing film diffusivity and negative time', () => {
    expect(() => waterConcentrationFromPpm(-1, 1000)).toThrow(/massPpm must be a finite number ≥ 0 ppm; got -1/);
    expect(() => waterConsumptionFlux({ waterConcentration: 1 as MolesPerCubicMeter, surfaceRateConstant: 1, filmThickness: m(1e-9) })).toThrow(/filmWaterDiffusivity must be a finite number > 0/);
    expect(() => waterReservoirConcentration({ initialConcentration: 1 as MolesPerCubicMeter, rateConstant: 1, electrolyteVolumePerArea: m(1e-4), time: -1 as Seconds })).toThrow(/time must be/);
  });
});
