import { FARADAY, ROOM_TEMPERATURE, Z_MG, ZERO_CELSIUS } from '../../units/index.ts';
import { latticeGasComposition, latticeGasEquilibrium, type LatticeSite } from './lattice-gas.ts';

/** Molar energy of one electronvolt per particle [J/mol per eV]: e·N_A = F (exact). */
export const JOULES_PER_MOLE_PER_ELECTRONVOLT = FARADAY;

/** A value with its unit and where it comes from ("assumed: why" when no source was found). */
export interface SourcedValue {
  readonly value: number;
  /** SI unit of `value`. */
  readonly unit: string;
  readonly source: string;
}

/**
 * Chevrel-phase Mo₆S₈ as a Mg-insertion cathode: every default of the cathode model, in SI, with
 * its source. `[der]` marks a value derived here from the cited ones; `assumed` a value for which
 * no measurement was found (the reason is given).
 *
 * The searched literature (stored pages and code corpora) gives the plateaus, the trapped fraction
 * and its temperature dependence qualitatively, the DFT barrier and the lattice; it does not give
 * a measured Mg diffusivity of Mo₆S₈, a trap-release barrier, an exchange current density or a
 * particle size. Drews et al. (Batteries & Supercaps 2023) fit those; their tables were not
 * available and are the first thing to request (models-and-physics.md §3.2).
 */
export const CHEVREL_MO6S8 = {
  /** Site 1 (the first Mg per formula unit): U₁ = 1.20 V. */
  site1Potential: {
    value: 1.2,
    unit: 'V',
    source: 'models-and-physics.md §3.2: upper plateau ≈ 1.2 V vs Mg (first Mg); D. Aurbach et al., Nature 407, 724 (2000); M. D. Levi et al. (two non-equivalent sites)',
  },
  /** Site 2 (the second Mg): U₂ = 1.08 V. */
  site2Potential: {
    value: 1.08,
    unit: 'V',
    source: 'models-and-physics.md §3.2: lower plateau ≈ 1.05–1.1 V vs Mg (second Mg), midpoint 1.08 V; Aurbach et al. (2000)',
  },
  /** Sites per formula unit of each kind: 1 + 1, so x = Mg per Mo₆S₈ ∈ [0, 2]. */
  sitesPerFormulaUnit: { value: 1, unit: '1', source: 'Mg₂Mo₆S₈ is the fully discharged phase: two Mg per formula unit (Aurbach et al. 2000; Levi et al., Chem. Mater. 2006 "Phase diagram of Mg insertion into Chevrel phases, MgxMo6T8")' },
  /** Molar mass of Mo₆S₈: 6·95.95 + 8·32.06 g/mol. */
  molarMass: { value: 0.8322, unit: 'kg/mol', source: '[der] IUPAC standard atomic weights Mo 95.95, S 32.06 → 832.2 g/mol (models-and-physics.md §3.2)' },
  /** All-site Mg concentration c_max (x = 2). */
  maxConcentration: {
    value: 12_500,
    unit: 'mol/m^3',
    source: '[der] models-and-physics.md §3.2: ρ ≈ 5.2 g/cm³ (R-3, a ≈ 9.19 Å, c ≈ 10.88 Å, Z = 3) → 6250 mol Mo₆S₈/m³ × 2 Mg',
  },
  /** Reference Mg diffusivity in the host at 25 °C. */
  diffusivity: {
    value: 7.6e-17,
    unit: 'm^2/s',
    source:
      '[der] barrier estimate D = a²ν·exp(−E_a/k_BT)/6 of models-and-physics.md §3.1 (a = 3 Å, ν = 1e13 s⁻¹) with E_a = 0.55 eV at 25 °C; no measured chemical diffusivity of Mg in Mo₆S₈ was found in the searched corpora — replace with GITT/PITT data when available',
  },
  /** Activation energy of the Mg diffusivity. */
  diffusionActivationEnergy: {
    value: 0.55 * JOULES_PER_MOLE_PER_ELECTRONVOLT,
    unit: 'J/mol',
    source:
      'models-and-physics.md §3.2: DFT migration barrier of Mg in Mo₆S₈ 0.5–0.6 eV (midpoint 0.55 eV); the same size as the measured Mg diffusion activation energy in the sulfide spinel Ti₂S₄, 0.54 ± 0.08 eV by GITT (P. Bonnick et al., J. Phys. Chem. Lett. 8, 2253 (2017), doi:10.1021/acs.jpclett.7b00618)',
  },
  /** Particle radius R. */
  particleRadius: {
    value: 0.5e-6,
    unit: 'm',
    source: 'assumed: 1 µm diameter, the micron-sized Mo₆S₈ of Cu₂Mo₆S₈-leaching syntheses; no size distribution was found (Drews et al. 2023 use a particle-size distribution)',
  },
  /** Exchange current density at half filling and the reference electrolyte concentration. */
  exchangeCurrentDensity: {
    value: 0.1,
    unit: 'A/m^2',
    source:
      'assumed: no measured value found; 0.1 A/m² makes the charge-transfer overpotential ≈ 14 mV at 1C for R = 0.5 µm (i ≈ 0.11 A/m² per particle area at 1C), i.e. kinetics fast against diffusion, as the reported good rate capability of Mo₆S₈ suggests',
  },
  /** Anodic and cathodic transfer coefficients. */
  transferCoefficient: { value: 0.5, unit: '1', source: 'assumed: symmetric barrier α_a = α_c = 0.5 (the PyBaMM default for insertion electrodes)' },
  /** Reference electrolyte concentration of the exchange current density. */
  referenceElectrolyteConcentration: { value: 500, unit: 'mol/m^3', source: 'assumed: 0.5 M, a typical Mg salt concentration (models-and-physics.md §3.1 Sand-time example)' },
  /** Trap capacity y_T,max: Mg per formula unit that can become immobile. */
  trapCapacity: {
    value: 0.4,
    unit: '1',
    source: 'models-and-physics.md §3.2: ~20 % of the charge trapped at room temperature → 0.2 × 2 Mg per Mo₆S₈ (Aurbach et al. 2000; Levi et al.: trapping in the inner-ring sites, "very slow initial insertion and final deinsertion of Mg ions due to trapping")',
  },
  /** Capture rate constant k_c of mobile site-1 Mg into traps. */
  trapCaptureRate: {
    value: 1e-3,
    unit: '1/s',
    source: 'assumed: capture is reported at room temperature during the first discharge; 1e-3 s⁻¹ fills the traps within minutes, faster than any discharge up to a few C',
  },
  /** Release rate constant k_r at 60 °C. */
  trapReleaseRate: {
    value: 2e-4,
    unit: '1/s',
    source:
      'assumed: trapped Mg is released at ≥ 60 °C — trapping "characterizes Mg ion insertion into sulfide-based CPs at low temperatures" (M. D. Levi et al., "Effect of chalcogen substitution in mixed Mo6S8−nSen Chevrel phases on the thermodynamics and kinetics of reversible Mg ions insertion", https://discovery.researcher.life/article/e61d81db7afe394cabd3828d9a1ca77b); elevated-temperature cycling overcomes slow Mg kinetics in the Chevrel phase (X. Sun, P. Bonnick, L. F. Nazar, "Layered TiS2 positive electrode for Mg batteries", ACS Energy Lett. 2016); 2e-4 s⁻¹ empties the traps within ~1.5 h, i.e. within a C/5–C/10 charge',
  },
  /** Reference temperature of the release rate: 60 °C. */
  trapReleaseReferenceTemperature: { value: ZERO_CELSIUS + 60, unit: 'K', source: 'the temperature at which trapping is reported to vanish (60 °C)' },
  /** Activation energy of the release rate. */
  trapReleaseActivationEnergy: {
    value: 2.0 * JOULES_PER_MOLE_PER_ELECTRONVOLT,
    unit: 'J/mol',
    source:
      'assumed: the smallest single-barrier Arrhenius law that keeps trapped Mg through a C/100 cycle at 25 °C (k_r·200 h < 0.05 → k_r(25 °C) ≈ 5.6e-8 s⁻¹) while releasing it within ~1 h at 60 °C; a lumped description of the reported on/off behaviour, not a migration barrier',
  },
  /** Reference temperature of the diffusivity and the exchange current density: 25 °C. */
  referenceTemperature: { value: ROOM_TEMPERATURE, unit: 'K', source: 'room temperature (25 °C)' },
} as const satisfies Record<string, SourcedValue>;

/** The two site kinds of Mo₆S₈ (x ∈ [0, 2]) with the sourced plateau potentials (see `CHEVREL_MO6S8`). */
export const CHEVREL_SITES: readonly LatticeSite[] = [
  { capacity: CHEVREL_MO6S8.sitesPerFormulaUnit.value, potential: CHEVREL_MO6S8.site1Potential.value },
  { capacity: CHEVREL_MO6S8.sitesPerFormulaUnit.value, potential: CHEVREL_MO6S8.site2Potential.value },
];

/**
 * Theoretical specific capacity of a host that takes ν Mg per formula unit:
 *
 *   Q = z·ν·F / M     [C/kg]   (÷ 3600 for mAh/g)
 *
 * z = 2; ν [1] Mg per formula unit at full discharge; F [C/mol]; M [kg/mol] molar mass of the empty
 * host. Mo₆S₈ (ν = 2, M = 0.8322 kg/mol): 4.638e5 C/kg = 128.8 mAh/g.
 * Source: Faraday's law; the Mo₆S₈ figure: models-and-physics.md §3.2 ("128.8 mAh/g per Mo₆S₈, 4 e⁻").
 * (A formula-based general version, `theoreticalSpecificCapacity` in src/physics, is being added
 * separately; this one takes the molar mass directly.)
 */
export function insertionHostSpecificCapacity(mgPerFormulaUnit: number, molarMass: number): number {
  return (Z_MG * mgPerFormulaUnit * FARADAY) / molarMass;
}

/**
 * Open-circuit potential of Mg_xMo₆S₈ [V vs Mg²⁺/Mg] at x ∈ (0, 2) Mg per formula unit: the two-site
 * lattice gas of `latticeGasEquilibrium` with the sites of `CHEVREL_SITES` (or `sites`):
 *
 *   U = U₁ + (RT/2F)·ln((1 − θ₁)/θ₁) = U₂ + (RT/2F)·ln((1 − θ₂)/θ₂),   θ₁ + θ₂ = x
 *
 * Source: models-and-physics.md §3.2 (two-site lattice gas, Drews et al. 2023); site potentials
 * as `CHEVREL_MO6S8`.
 */
export function chevrelOpenCircuitPotential(x: number, temperature: number, sites: readonly LatticeSite[] = CHEVREL_SITES): number {
  return latticeGasEquilibrium(x, sites, temperature).potential;
}

/** The inverse of `chevrelOpenCircuitPotential`: x(U) [Mg per Mo₆S₈] at potential U [V vs Mg]. */
export function chevrelComposition(potential: number, temperature: number, sites: readonly LatticeSite[] = CHEVREL_SITES): number {
  return latticeGasComposition(potential, sites, temperature);
}
