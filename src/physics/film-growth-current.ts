import {
  FARADAY,
  GAS_CONSTANT,
  type AmperesPerSquareMeter,
  type Kelvin,
  type Meters,
  type MolesPerCubicMeter,
  type OhmSquareMeters,
  type SiemensPerMeter,
  type SquareMetersPerSecond,
  type Volts,
} from '../units/index.ts';
import { requireFinite, requireInRange, requireNonNegative, requirePositive, requireTemperature } from './validate.ts';

/**
 * Interphase (film/SEI) growth current densities on a planar Mg electrode: Mg versions of PyBaMM's
 * "SEI" options (models-and-physics.md §1.1). Sign convention (PyBaMM's): the film-forming current
 * density j_film is ≤ 0 (cathodic: electrolyte species are reduced); more negative = faster growth.
 * Convert to thickness and Mg loss with `filmGrowthRate`. Multiply by `arrheniusFactor` for
 * temperature dependence. Every law takes the electron count of the film-forming reaction
 * explicitly (PyBaMM hard-codes one electron per reacting species).
 */

/** Inputs of `filmReactionOverpotential`. */
export interface FilmOverpotentialInput {
  /** Δφ = φ_s − φ_e at the metal surface [V] (the metal's "surface potential difference"). */
  readonly surfacePotentialDifference: Volts;
  /** Open-circuit potential of the film-forming reaction U_film [V] (vs the same reference as Δφ). */
  readonly filmOpenCircuitPotential: Volts;
  /** Total interfacial current density j through the film [A/m²], anodic positive. */
  readonly interfacialCurrentDensity: AmperesPerSquareMeter;
  /** Area-specific ionic resistance of the existing film R_film = L/σ_film [Ω·m²]. */
  readonly filmResistance: OhmSquareMeters;
}

/**
 * Overpotential of the film-forming reaction, corrected for the ohmic drop across the film:
 *
 *   η_film = Δφ − U_film − j·R_film
 *
 * η_film [V]; Δφ [V]; U_film [V]; j [A/m²] total interfacial current density; R_film [Ω·m²]
 * (PyBaMM writes j·L·R_sei with R_sei a resistivity [Ω·m]).
 * Source: PyBaMM `sei_growth.py` (η_SEI = Δφ − U_sei − j·L·R_sei), models-and-physics.md §1.1.
 */
export function filmReactionOverpotential(input: FilmOverpotentialInput): Volts {
  const dphi = requireFinite('surfacePotentialDifference', input.surfacePotentialDifference, 'V');
  const u = requireFinite('filmOpenCircuitPotential', input.filmOpenCircuitPotential, 'V');
  const j = requireFinite('interfacialCurrentDensity', input.interfacialCurrentDensity, 'A/m²');
  const r = requireNonNegative('filmResistance', input.filmResistance, 'Ω·m²');
  return (dphi - u - j * r) as Volts;
}

/** Inputs of `reactionLimitedFilmCurrent`. */
export interface ReactionLimitedFilmInput {
  /** Exchange current density of the film-forming reaction j0,film [A/m²] ≥ 0 (OKane2022: 1.5e-7 for Li). */
  readonly exchangeCurrentDensity: AmperesPerSquareMeter;
  /** Cathodic transfer coefficient α [1] in (0, 1] (0.5 in PyBaMM's symmetric option). */
  readonly transferCoefficient: number;
  /** Electrons in the rate-determining step n_film [1] (PyBaMM: 1). */
  readonly electronCount: number;
  readonly temperature: Kelvin;
  /** η_film [V] from `filmReactionOverpotential`. */
  readonly overpotential: Volts;
}

/**
 * Reaction-limited film growth (cathodic Tafel kinetics of the film-forming reaction):
 *
 *   j_film = −j0,film · exp(−α·n_film·f·η_film),   f = F/(R·T)
 *
 * j_film [A/m²] ≤ 0; j0,film [A/m²]; α [1]; n_film [1]; F [C/mol]; R [J/(mol·K)]; T [K];
 * η_film [V]. With n_film = 1 this is PyBaMM's "reaction limited" option.
 * Source: S. G. Marquis, "Long-term degradation of lithium-ion batteries", DPhil thesis, Univ. of
 * Oxford (2020), eq. 5.92; PyBaMM `sei_growth.py` (models-and-physics.md §1.1).
 */
export function reactionLimitedFilmCurrent(input: ReactionLimitedFilmInput): AmperesPerSquareMeter {
  const j0 = requireNonNegative('exchangeCurrentDensity', input.exchangeCurrentDensity, 'A/m²');
  const alpha = requireInRange('transferCoefficient', input.transferCoefficient, 0, 1, { lo: true });
  const n = requirePositive('electronCount', input.electronCount);
  const t = requireTemperature('temperature', input.temperature);
  const eta = requireFinite('overpotential', input.overpotential, 'V');
  const f = FARADAY / (GAS_CONSTANT * t);
  return (-j0 * Math.exp(-alpha * n * f * eta)) as AmperesPerSquareMeter;
}

/** Inputs of `solventDiffusionLimitedFilmCurrent`. */
export interface SolventDiffusionLimitedFilmInput {
  /** Diffusivity of the reacting solvent (or anion) through the film D_sol [m²/s] (OKane2022: 2.5e-22). */
  readonly solventDiffusivity: SquareMetersPerSecond;
  /** Its concentration in the electrolyte at the film's outer surface c_sol [mol/m³] (OKane2022: 2636). */
  readonly solventConcentration: MolesPerCubicMeter;
  /** Electrons consumed per reacting solvent molecule n_sol [1] (PyBaMM: 1). */
  readonly electronsPerSolventMolecule: number;
  /** Film thickness L [m] > 0. */
  readonly thickness: Meters;
}

/**
 * Solvent-diffusion-limited film growth (the solvent reacts as soon as it reaches the metal, so its
 * steady diffusion flux D_sol·c_sol/L through the film sets the rate):
 *
 *   j_film = −n_sol·F·D_sol·c_sol / L
 *
 * j_film [A/m²] ≤ 0; n_sol [1] electrons per solvent molecule; F [C/mol]; D_sol [m²/s];
 * c_sol [mol/m³]; L [m]. Gives parabolic growth L ∝ √t. With n_sol = 1 this is PyBaMM's
 * "solvent-diffusion limited" option. A MOF layer that sieves the solvent enters through c_sol
 * (multiply by `sievingTransmission`) or through D_sol.
 * Source: Marquis thesis (2020), eq. 5.91; PyBaMM `sei_growth.py` (models-and-physics.md §1.1).
 */
export function solventDiffusionLimitedFilmCurrent(input: SolventDiffusionLimitedFilmInput): AmperesPerSquareMeter {
  const d = requireNonNegative('solventDiffusivity', input.solventDiffusivity, 'm²/s');
  const c = requireNonNegative('solventConcentration', input.solventConcentration, 'mol/m³');
  const n = requirePositive('electronsPerSolventMolecule', input.electronsPerSolventMolecule);
  const l = requirePositive('thickness', input.thickness, 'm');
  return (-(n * FARADAY * d * c) / l) as AmperesPerSquareMeter;
}

/** Inputs of `electronMigrationLimitedFilmCurrent`. */
export interface ElectronMigrationLimitedFilmInput {
  /** Electronic conductivity of the film κ_e [S/m] (OKane2022: 8.95e-14). */
  readonly electronicConductivity: SiemensPerMeter;
  /** Δφ = φ_s − φ_e at the metal surface [V]. */
  readonly surfacePotentialDifference: Volts;
  /** Open-circuit potential of the film-forming reaction U_film [V]. */
  readonly filmOpenCircuitPotential: Volts;
  /** Film thickness L [m] > 0. */
  readonly thickness: Meters;
}

/**
 * Electron-migration-limited film growth (electrons conducted through the film reduce the
 * electrolyte at its outer surface):
 *
 *   j_film = κ_e·(Δφ − U_film)/L   if Δφ < U_film,   0 otherwise
 *
 * j_film [A/m²] ≤ 0; κ_e [S/m] electronic conductivity; Δφ, U_film [V]; L [m]. Continuous at
 * Δφ = U_film. The current does not depend on the electron count; the film formed per charge does
 * (`filmGrowthRate`). Same ohmic law as `electronicLeakageCurrentDensity`.
 * Source: Marquis thesis (2020), eq. 5.94; PyBaMM `sei_growth.py` (models-and-physics.md §1.1).
 */
export function electronMigrationLimitedFilmCurrent(input: ElectronMigrationLimitedFilmInput): AmperesPerSquareMeter {
  const kappa = requireNonNegative('electronicConductivity', input.electronicConductivity, 'S/m');
  const dphi = requireFinite('surfacePotentialDifference', input.surfacePotentialDifference, 'V');
  const u = requireFinite('filmOpenCircuitPotential', input.filmOpenCircuitPotential, 'V');
  const l = requirePositive('thickness', input.thickness, 'm');
  const drive = dphi - u;
  return (drive < 0 ? (kappa * drive) / l : 0) as AmperesPerSquareMeter;
}
