import type { SolverStats } from '../numerics/index.ts';
import type { MgInventory } from './model/model.ts';
import type { ParameterSource } from './stack/types.ts';

/** Why a simulation stopped early. */
export type FailureReason =
  | 'overpotential'
  | 'voltage'
  | 'sand'
  | 'inventory'
  | 'electronic-short'
  | 'film-thickness'
  | 'coulombic-efficiency'
  | 'capacity-loss'
  | 'capacity-retention'
  | 'discharge-capacity'
  | 'cathode-exhausted'
  | 'limit-not-reached'
  | 'solver';

export interface Failure {
  /** The cycle in which it happened (null before the first cycle starts). */
  readonly cycle: number | null;
  readonly reason: FailureReason;
  readonly time_s: number;
  /** One or two sentences: what happened and why (the largest overpotential part, Sand's time, …). */
  readonly message: string;
}

/** One line of the per-cycle summary; field names carry their SI unit. */
export interface CycleSummary {
  readonly cycle: number;
  /** Time-weighted mean of |cell voltage| over the current-carrying steps of the cycle. */
  readonly meanAbsOverpotential_V: number;
  readonly maxAbsOverpotential_V: number;
  /** Film + water-passivation thickness on the working electrode at the end of the cycle. */
  readonly filmThickness_m: number;
  /** Same on the counter electrode. */
  readonly counterFilmThickness_m: number;
  /**
   * mg-cu: charge stripped from the working electrode ÷ charge plated on it in this cycle (what a
   * tester measures). symmetric: 1 − 2F·(Mg lost to films this cycle) ÷ (charge plated on both
   * electrodes this cycle). null when nothing was plated. Full and anode-free cells: output ÷
   * input, i.e. charge ÷ discharge capacity when the cycle starts with a discharge (Mg-free
   * cathode), discharge ÷ charge when it starts with a charge (anode-free); null unless both ran.
   */
  readonly coulombicEfficiency: number | null;
  /** Mg turned into film and passivation products during the cycle [mol/m²]. */
  readonly mgLostToFilm_mol_m2: number;
  readonly platedCharge_C_m2: number;
  readonly strippedCharge_C_m2: number;
  /** Time at the end of the cycle. */
  readonly time_s: number;
  /** Full and anode-free cells only (null otherwise): per cathode active mass. */
  readonly dischargeCapacity_mAh_g: number | null;
  readonly chargeCapacity_mAh_g: number | null;
  /** The same for the whole electrode (× cell.area), as a cycler reports it [mAh]. */
  readonly dischargeCapacity_mAh: number | null;
  readonly chargeCapacity_mAh: number | null;
  /** Discharge capacity ÷ the first cycle's (full cells). */
  readonly retention: number | null;
  /** Time-weighted mean voltage during discharge [V]. */
  readonly meanDischargeVoltage_V: number | null;
  /** Discharge energy per cathode active mass [Wh/kg]. */
  readonly dischargeEnergy_Wh_kg: number | null;
  /** (OCV at the cathode surface − V)/i at the middle of the cycle's last discharge step [Ω·m²]: the cell's polarisation resistance. */
  readonly resistance_ohm_m2: number | null;
}

/** Columnar time series: one array per quantity, all the same length. */
export interface Series {
  readonly columns: readonly string[];
  readonly units: readonly string[];
  readonly data: readonly Float64Array[];
  readonly length: number;
}

/** Equations a run used, with their sources (PyBaMM's citations, returned instead of registered globally). */
export interface EquationCitation {
  readonly equation: string;
  readonly source: string;
}

export interface SimulationResult {
  readonly name: string;
  readonly kind: string;
  readonly summary: readonly CycleSummary[];
  /**
   * The steps before the first cycle (e.g. a formation discharge and charge outside the repeat
   * block), summarised like a cycle with cycle = 0 and retention null; null when there are none.
   */
  readonly formation: CycleSummary | null;
  readonly failure: Failure | null;
  /** completed: the protocol (or a `cycles >=` stop) ran out; stopped: a stop condition that is not a failure. */
  readonly status: 'completed' | 'failed';
  readonly series: Series | null;
  readonly parameters: readonly ParameterSource[];
  readonly equations: readonly EquationCitation[];
  readonly inventory: { readonly initial: MgInventory; readonly final: MgInventory };
  /** Full cells: the first cycle whose retention is below 80 % (null if none). */
  readonly cycleLife80: number | null;
  readonly stats: SolverStats & { readonly protocolSteps: number; readonly wallTime_ms: number };
  readonly warnings: readonly string[];
}
