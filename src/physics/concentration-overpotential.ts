import { FARADAY, GAS_CONSTANT, type Kelvin, type MolesPerCubicMeter, type Volts } from '../units/index.ts';
import { chargeEquivalentsPerFormulaUnit, ionsPerFormulaUnit, type BinarySalt } from './binary-salt.ts';
import { requireFinite, requirePositive, requireTemperature } from './validate.ts';

/** Inputs of `diffusionPotentialCoefficient`. */
export interface DiffusionPotentialInput {
  readonly salt: BinarySalt;
  /** Cation transference number t+ [1] (may lie outside [0, 1] in concentrated solutions). */
  readonly cationTransferenceNumber: number;
  readonly temperature: Kelvin;
  /** Thermodynamic factor 1 + d ln f± / d ln c [1]; 1 (the default) for an ideal solution. */
  readonly thermodynamicFactor?: number;
}

/**
 * Coefficient of ∇ln c in the current equation of a binary electrolyte, with the potential Φ
 * measured by reference electrodes reversible to the cation (Mg|Mg²⁺):
 *
 *   i = −κ∇Φ + κ·K·∇ln c,   K = ν·R·T·(1 − t+)·(1 + d ln f±/d ln c) / (ν+·z+·F)
 *
 * K [V]; ν = ν+ + ν− [1]; R [J/(mol·K)]; T [K]; t+ [1]; f± [1] mean molar activity coefficient;
 * ν+·z+ [1] charge equivalents per formula unit; F [C/mol]. For MgA₂ (ν = 3, ν+·z+ = 2):
 * K = (3RT/2F)(1 − t+)(1 + d ln f/d ln c), as in models-and-physics.md §3.1; for a 1:1 salt
 * K = (2RT/F)(1 − t+)(…), PyBaMM's form.
 * Derivation: Newman's current equation (Newman & Thomas-Alyea, "Electrochemical Systems", 3rd ed.
 * (2004), ch. 12), i = −κ∇Φ − (κ/F)·(s+/(n·ν+) + t+/(z+·ν+))·∇μ_e, with the electrode reaction
 * M^{z+} + z+ e⁻ → M (s+ = −1, n = z+) and ∇μ_e = ν·R·T·(1 + d ln f±/d ln c)·∇ln c.
 */
export function diffusionPotentialCoefficient(input: DiffusionPotentialInput): Volts {
  const nu = ionsPerFormulaUnit(input.salt);
  const nuZ = chargeEquivalentsPerFormulaUnit(input.salt);
  const tPlus = requireFinite('cationTransferenceNumber', input.cationTransferenceNumber);
  const t = requireTemperature('temperature', input.temperature);
  const tdf = requirePositive('thermodynamicFactor', input.thermodynamicFactor ?? 1);
  return ((nu * GAS_CONSTANT * t * (1 - tPlus) * tdf) / (nuZ * FARADAY)) as Volts;
}

/** Inputs of `concentrationOverpotential`. */
export interface ConcentrationOverpotentialInput extends DiffusionPotentialInput {
  /** Salt concentration at the left electrode c_L [mol/m³], > 0. */
  readonly leftConcentration: MolesPerCubicMeter;
  /** Salt concentration at the right electrode c_R [mol/m³], > 0. */
  readonly rightConcentration: MolesPerCubicMeter;
}

/**
 * Concentration overpotential (diffusion potential) across a binary electrolyte: the potential of
 * the right cation-reversible electrode minus the left one at zero current, for a salt
 * concentration c_L at the left and c_R at the right, constant t+ and thermodynamic factor:
 *
 *   Δφ = Φ_R − Φ_L = [ν·R·T/(ν+·z+·F)]·(1 − t+)·(1 + d ln f±/d ln c)·ln(c_R/c_L)
 *
 * Δφ [V]; symbols as `diffusionPotentialCoefficient`. For MgA₂ the prefactor is 3RT/(2F)·(1 − t+),
 * i.e. 38.5 mV·(1 − t+) per e-fold of concentration at 298 K, not the 2RT/F of a 1:1 salt. It is
 * the integral of i = −κ∇Φ + κ·K·∇ln c at i = 0 and includes the Nernst terms of the two
 * electrodes (it is the e.m.f. of a concentration cell with transference; cf. Newman & Thomas-Alyea
 * (2004), ch. 6). Under current, add the ohmic part ∫ i/κ dx separately. Sign: Φ_R > Φ_L when
 * c_R > c_L and t+ < 1.
 */
export function concentrationOverpotential(input: ConcentrationOverpotentialInput): Volts {
  const cl = requirePositive('leftConcentration', input.leftConcentration, 'mol/m³');
  const cr = requirePositive('rightConcentration', input.rightConcentration, 'mol/m³');
  return (diffusionPotentialCoefficient(input) * Math.log(cr / cl)) as Volts;
}
