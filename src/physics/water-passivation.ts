import { FARADAY, Z_MG, type Meters, type MolesPerCubicMeter, type Seconds, type SquareMetersPerSecond } from '../units/index.ts';
import { FILM_MATERIALS, formulaMolarMass } from './film-materials.ts';
import { requireNonNegative, requirePositive } from './validate.ts';

/**
 * Passivation of Mg by water impurity in the electrolyte: water is reduced at the Mg surface,
 *
 *   Mg + H₂O → MgO + H₂          (1 H₂O per MgO)
 *   Mg + 2 H₂O → Mg(OH)₂ + H₂    (2 H₂O per Mg(OH)₂)
 *
 * each consuming one Mg and 2 electrons (Mg → Mg²⁺ + 2e⁻; 2H₂O + 2e⁻ → H₂ + 2OH⁻). MgO/Mg(OH)₂
 * (and MgH₂) films from water: Nat. Commun. 15, 9364 (2024); review §2.3 (water forms Mg(OH)₂ and
 * MgO at the anode; BH₄⁻ additives scavenge it). Rate law: our modelling choice, below.
 */

/** Molar mass of water [kg/mol] = 18.015e-3, from the IUPAC atomic weights (film-materials.ts). */
export const WATER_MOLAR_MASS = formulaMolarMass({ H: 2, O: 1 });

/**
 * Water concentration from a Karl-Fischer water content given in ppm by mass:
 *
 *   c_w = w·10⁻⁶·ρ_el / M_w
 *
 * c_w [mol/m³]; w [ppm by mass, 1 ppm = 1 mg/kg]; ρ_el [kg/m³] electrolyte density (DME ≈ 867,
 * 0.5 M Mg(TFSI)₂/DME ≈ 1000–1100: measure it); M_w [kg/mol]. 10 ppm in ρ = 1000 kg/m³ gives
 * 0.555 mol/m³.
 * Source: definition of mass fraction (Karl Fischer titration reports ppm by mass).
 */
export function waterConcentrationFromPpm(massPpm: number, electrolyteDensity: number): MolesPerCubicMeter {
  const w = requireNonNegative('massPpm', massPpm, 'ppm');
  const rho = requirePositive('electrolyteDensity', electrolyteDensity, 'kg/m³');
  return ((w * 1e-6 * rho) / WATER_MOLAR_MASS) as MolesPerCubicMeter;
}

/** Inputs of `waterConsumptionFlux`. */
export interface WaterConsumptionInput {
  /** Water concentration in the bulk electrolyte c_w [mol/m³]. */
  readonly waterConcentration: MolesPerCubicMeter;
  /** First-order surface rate constant k_s [m/s] > 0 for water reacting with bare Mg. */
  readonly surfaceRateConstant: number;
  /** Thickness of the film water must cross L [m] ≥ 0 (default 0: bare surface). */
  readonly filmThickness?: Meters;
  /** Water diffusivity through that film D_f [m²/s] > 0 (needed when filmThickness > 0). */
  readonly filmWaterDiffusivity?: SquareMetersPerSecond;
}

/**
 * Rate at which water is consumed at the Mg surface (molar flux into the film):
 *
 *   N_w = c_w / (1/k_s + L/D_f)
 *
 * N_w [mol/(m²·s)]; c_w [mol/m³]; k_s [m/s] surface rate constant; L [m] film thickness; D_f
 * [m²/s] water diffusivity in the film.
 * Assumed (our modelling choice): first order in water, with surface reaction and diffusion
 * through the growing film in series — the linear–parabolic law of B. E. Deal & A. S. Grove,
 * J. Appl. Phys. 36, 3770 (1965) (F = C_eq/(1/k + x/D_eff), gas-film term dropped). Reaction-limited
 * (linear growth) while L ≪ D_f/k_s, diffusion-limited (parabolic) after. No data for k_s or D_f
 * in Mg electrolytes were found: both are fit parameters.
 */
export function waterConsumptionFlux(input: WaterConsumptionInput): number {
  const c = requireNonNegative('waterConcentration', input.waterConcentration, 'mol/m³');
  const ks = requirePositive('surfaceRateConstant', input.surfaceRateConstant, 'm/s');
  const l = requireNonNegative('filmThickness', input.filmThickness ?? 0, 'm');
  const diffusionResistance = l === 0 ? 0 : l / requirePositive('filmWaterDiffusivity', input.filmWaterDiffusivity ?? Number.NaN, 'm²/s');
  return c / (1 / ks + diffusionResistance);
}

/** The two products of water with Mg, and the water each formula unit consumes. */
export const WATER_PASSIVATION_PRODUCTS = {
  MgO: { material: FILM_MATERIALS.MgO, waterPerFormulaUnit: 1 },
  'Mg(OH)2': { material: FILM_MATERIALS['Mg(OH)2'], waterPerFormulaUnit: 2 },
} as const;

export type WaterPassivationProduct = keyof typeof WATER_PASSIVATION_PRODUCTS;

/** Rates returned by `waterPassivationRate`, all ≥ 0. */
export interface WaterPassivationRate {
  /** Film formula units formed r = N_w/ν_w [mol/(m²·s)]. */
  readonly formulaUnitRate: number;
  /** Film thickness growth dL/dt = r·V̄ [m/s]. */
  readonly thicknessRate: number;
  /** Mg metal consumed (one per formula unit) [mol/(m²·s)]. */
  readonly magnesiumConsumptionRate: number;
  /** Equivalent local corrosion current density z_Mg·F·ṅ_Mg [A/m²] (not seen by the external circuit). */
  readonly corrosionCurrentDensity: number;
}

/**
 * MgO or Mg(OH)₂ formation from the water flux:
 *
 *   r = N_w/ν_w,   dL/dt = r·V̄_film,   ṅ_Mg = r,   i_corr = z_Mg·F·ṅ_Mg
 *
 * r [mol/(m²·s)]; N_w [mol/(m²·s)] water flux (`waterConsumptionFlux`); ν_w [1] water per formula
 * unit (1 for MgO, 2 for Mg(OH)₂); V̄_film [m³/mol] (FILM_MATERIALS); z_Mg = 2; F [C/mol].
 * Source: reaction stoichiometry above; V̄ from FILM_MATERIALS.
 */
export function waterPassivationRate(waterFlux: number, product: WaterPassivationProduct): WaterPassivationRate {
  const n = requireNonNegative('waterFlux', waterFlux, 'mol/(m²·s)');
  const p = WATER_PASSIVATION_PRODUCTS[product];
  const r = n / p.waterPerFormulaUnit;
  const mg = r * p.material.magnesiumPerFormulaUnit;
  return { formulaUnitRate: r, thicknessRate: r * p.material.molarVolume, magnesiumConsumptionRate: mg, corrosionCurrentDensity: Z_MG * FARADAY * mg };
}

/** Inputs of `waterReservoirConcentration`. */
export interface WaterReservoirInput {
  /** Initial water concentration c_w,0 [mol/m³]. */
  readonly initialConcentration: MolesPerCubicMeter;
  /** Effective first-order rate constant k [m/s] (1/(1/k_s + L/D_f) held constant). */
  readonly rateConstant: number;
  /** Electrolyte volume per electrode area h = V_el/A [m] (e.g. 50 µL on 1.13 cm² → 4.4e-4 m). */
  readonly electrolyteVolumePerArea: Meters;
  /** Time t [s] ≥ 0. */
  readonly time: Seconds;
}

/**
 * Water left in a closed, well-mixed electrolyte reservoir drained by first-order consumption at the
 * Mg surface, h·dc_w/dt = −k·c_w:
 *
 *   c_w(t) = c_w,0 · exp(−k·t/h)
 *
 * c_w [mol/m³]; k [m/s]; t [s]; h [m] electrolyte volume per electrode area. The total water
 * c_w,0·h [mol/m²] bounds the passivation film: e.g. 10 ppm (0.555 mol/m³) in h = 4.4e-4 m makes at
 * most 2.5e-4 mol/m² of MgO, a 2.8 nm film.
 * Assumed: constant k (thin film or reaction-limited), only one Mg electrode consumes water (for a
 * symmetric cell, double k), no water from other sources.
 */
export function waterReservoirConcentration(input: WaterReservoirInput): MolesPerCubicMeter {
  const c0 = requireNonNegative('initialConcentration', input.initialConcentration, 'mol/m³');
  const k = requireNonNegative('rateConstant', input.rateConstant, 'm/s');
  const h = requirePositive('electrolyteVolumePerArea', input.electrolyteVolumePerArea, 'm');
  const t = requireNonNegative('time', input.time, 's');
  return (c0 * Math.exp((-k * t) / h)) as MolesPerCubicMeter;
}
