import type {
  AmperesPerSquareMeter,
  CoulombsPerKilogram,
  CoulombsPerSquareMeter,
  Dimensionless,
  Meters,
  Quantity,
  Seconds,
  Volts,
} from '../../units/index.ts';

/**
 * The typed AST of a cycling protocol: plating/stripping of Mg||Mg and Mg||Cu cells, and
 * charge/discharge of full cells (Mg anode + cathode). Every number is in SI and branded with its
 * dimension; the direction of a galvanostatic step carries the sign, so current densities are
 * always positive. Each node keeps the `path` it was read from (e.g. `protocol.steps[1].steps[2]`,
 * for line numbers in messages) and each sentence keeps its original `text`.
 *
 * The grammar is written out in this folder's README.md.
 */

/** An areal capacity (charge per electrode area) in C/m² (1 mAh/cm² = 36 000 C/m²). */
export type { CoulombsPerSquareMeter } from '../../units/index.ts';
/** A specific capacity (charge per mass of cathode active material) in C/kg (1 mAh/g = 3600 C/kg). */
export type { CoulombsPerKilogram } from '../../units/index.ts';

/** A current per mass of cathode active material in A/kg (1 mA/g = 1 A/kg). */
export type AmperesPerKilogram = Quantity<'specificCurrent'>;
/** A C-rate in 1/s: the current that would pass the cathode's capacity in 1/value seconds (1C = 1/3600 s⁻¹). */
export type CRatePerSecond = Quantity<'cRate'>;

/** Plating deposits Mg on the working electrode (cathodic); stripping dissolves it (anodic). */
export type Direction = 'plate' | 'strip';

/** Where a node came from: its dotted path in the input and, for sentences, the text as written. */
interface Located {
  /** Dotted path of the node in the input, e.g. `protocol.steps[1].steps[2]`. */
  readonly path: string;
}

interface Written extends Located {
  /** The sentence as written (trimmed), for messages. */
  readonly text: string;
}

/** |cell voltage| ≥ threshold ("until 1 V"). The threshold is positive. */
export interface VoltageMagnitudeLimit {
  readonly kind: 'voltage-magnitude';
  readonly threshold: Volts;
}

/** Signed cell voltage > threshold ("voltage > 0.5 V"). */
export interface VoltageAbove {
  readonly kind: 'voltage-above';
  readonly threshold: Volts;
}

/** Signed cell voltage < threshold ("voltage < -0.5 V"). */
export interface VoltageBelow {
  readonly kind: 'voltage-below';
  readonly threshold: Volts;
}

/** |overpotential| > threshold ("overpotential > 0.5 V"). The threshold is positive. */
export interface OverpotentialAbove {
  readonly kind: 'overpotential';
  readonly threshold: Volts;
}

/** Charge passed in this step ≥ threshold ("until 1 mAh/cm2"). The threshold is positive. */
export interface CapacityLimit {
  readonly kind: 'capacity';
  readonly threshold: CoulombsPerSquareMeter;
}

/** A condition that ends one step early ("or until …"). */
export type Limit = VoltageMagnitudeLimit | VoltageAbove | VoltageBelow | OverpotentialAbove | CapacityLimit;

/**
 * "Plate at 1 mA/cm2 for 1 h or until 1 V (10 s period)" or "Strip 1 mAh/cm2 at 1 mA/cm2".
 * At least one of `duration`, `capacity` and `limits` is given (else the step never ends);
 * `duration` and `capacity` are never both given.
 */
export interface GalvanostaticStep extends Written {
  readonly kind: 'galvanostatic';
  readonly direction: Direction;
  /** Magnitude, > 0; `direction` carries the sign (see `signedCurrentDensity`). */
  readonly currentDensity: AmperesPerSquareMeter;
  /** "for <time>": the step ends after this time (unless a limit ends it first). */
  readonly duration?: Seconds;
  /** "Plate <capacity> at …": the step ends once this charge per area has passed. */
  readonly capacity?: CoulombsPerSquareMeter;
  /** "until A or B": the step ends when any of these holds; empty when none is given. */
  readonly limits: readonly Limit[];
  /** "(<time> period)": output sampling period of the step, as in PyBaMM. */
  readonly period?: Seconds;
}

/** "Rest for 10 min (1 s period)": open circuit, zero current. */
export interface RestStep extends Written {
  readonly kind: 'rest';
  readonly duration: Seconds;
  readonly period?: Seconds;
}

/**
 * Full cells (Mg anode + cathode). Discharge: the Mg anode strips (Mg → Mg²⁺ + 2e⁻, anodic at the
 * Mg electrode) and the cathode is reduced. Charge: the reverse (Mg plates, the cathode is
 * oxidised). See `signedCurrentDensity` for the sign.
 */
export type FullCellDirection = 'charge' | 'discharge';

/** "1 mA/cm2": a current per electrode area, A/m² (> 0). */
export interface RateAsCurrentDensity {
  readonly kind: 'current-density';
  readonly value: AmperesPerSquareMeter;
}

/** "20 mA/g", "1 A/g": a current per mass of cathode active material, A/kg (> 0). */
export interface RateAsSpecificCurrent {
  readonly kind: 'specific-current';
  readonly value: AmperesPerKilogram;
}

/**
 * "C/10", "1C", "5 C", "0.5C": a C-rate in 1/s (> 0; C/10 = 0.1/3600 s⁻¹). The current is
 * value × (specific capacity of the cathode) × (cathode active mass per area).
 */
export interface RateAsCRate {
  readonly kind: 'c-rate';
  readonly value: CRatePerSecond;
}

/** The current of a Charge/Discharge step, as written: which kind it is decides what the simulator needs to convert it. */
export type StepRate = RateAsCurrentDensity | RateAsSpecificCurrent | RateAsCRate;

/** "1 mAh/cm2": charge per electrode area, C/m² (> 0). */
export interface ArealCapacityAmount {
  readonly kind: 'areal';
  readonly value: CoulombsPerSquareMeter;
}

/** "100 mAh/g": charge per mass of cathode active material, C/kg (> 0). */
export interface SpecificCapacityAmount {
  readonly kind: 'specific';
  readonly value: CoulombsPerKilogram;
}

/** A capacity as written in a full-cell sentence: per area or per cathode active mass. */
export type CapacityAmount = ArealCapacityAmount | SpecificCapacityAmount;

/**
 * "until 0.5 V" in a Charge/Discharge step: the cell voltage reaches the threshold, falling to it
 * on discharge (holds once V ≤ threshold) and rising to it on charge (holds once V ≥ threshold).
 * The direction is stored, not implied: `falling` for Discharge, `rising` for Charge. The
 * threshold is the signed cell voltage (any value).
 */
export interface VoltageReachesLimit {
  readonly kind: 'voltage-reaches';
  readonly threshold: Volts;
  readonly direction: 'falling' | 'rising';
}

/** "until 100 mAh/g": charge passed in this step per cathode active mass ≥ threshold (> 0). */
export interface SpecificCapacityLimit {
  readonly kind: 'specific-capacity';
  readonly threshold: CoulombsPerKilogram;
}

/**
 * A condition that ends one Charge/Discharge step early. Plate/Strip steps keep their own `Limit`
 * set; "overpotential > …" is not a full-cell limit (write a cell voltage).
 */
export type FullCellLimit = VoltageReachesLimit | VoltageAbove | VoltageBelow | CapacityLimit | SpecificCapacityLimit;

/**
 * "Discharge at C/10 for 10 h or until 0.5 V (1 min period)", "Charge at 20 mA/g until 1.7 V",
 * "Discharge 100 mAh/g at 1 mA/cm2": a constant-current step of a full cell. At least one of
 * `duration`, `capacity` and `limits` is given; `duration` and `capacity` are never both given.
 */
export interface FullCellStep extends Written {
  readonly kind: 'full-cell';
  readonly direction: FullCellDirection;
  /** Magnitude (> 0) as written; `direction` carries the sign (see `signedCurrentDensity`). */
  readonly rate: StepRate;
  /** "for <time>": the step ends after this time (unless a limit ends it first). */
  readonly duration?: Seconds;
  /** "Discharge <capacity> at …": the step ends once this charge (per area or per cathode mass) has passed. */
  readonly capacity?: CapacityAmount;
  /** "until A or B": the step ends when any of these holds; empty when none is given. */
  readonly limits: readonly FullCellLimit[];
  /** "(<time> period)": output sampling period of the step. */
  readonly period?: Seconds;
}

/**
 * `{ repeat: N, steps: [...] }`: the body runs N times. Blocks may nest. `definesCycles` is true
 * exactly for the outermost repeat blocks (those not inside another repeat block): one iteration
 * of such a block is one cycle, and cycles are numbered consecutively across all of them.
 */
export interface RepeatBlock extends Located {
  readonly kind: 'repeat';
  /** A whole number from 1 to `MAX_REPEAT_COUNT`. */
  readonly count: number;
  readonly body: readonly Step[];
  readonly definesCycles: boolean;
}

/** A step that the simulator executes: one sentence. */
export type LeafStep = GalvanostaticStep | RestStep | FullCellStep;

export type Step = LeafStep | RepeatBlock;

/** "overpotential > 1 V": stop when |overpotential| exceeds the threshold (> 0). */
export interface OverpotentialStop extends Written, OverpotentialAbove {}
/** "voltage > 1 V": stop when the signed cell voltage exceeds the threshold. */
export interface VoltageAboveStop extends Written, VoltageAbove {}
/** "voltage < -1 V": stop when the signed cell voltage falls below the threshold. */
export interface VoltageBelowStop extends Written, VoltageBelow {}

/**
 * "cycles >= 1000" (or "cycles > 999"): stop once `count` cycles have completed. `count` ≥ 1;
 * "cycles > N" is read as count N + 1.
 */
export interface CyclesStop extends Written {
  readonly kind: 'cycles';
  readonly count: number;
}

/** "time > 100 h": stop once the protocol has run this long. */
export interface TimeStop extends Written {
  readonly kind: 'time';
  readonly threshold: Seconds;
}

/** "film thickness > 50 nm": stop once the interphase film is thicker than this. */
export interface FilmThicknessStop extends Written {
  readonly kind: 'film-thickness';
  readonly threshold: Meters;
}

/** "coulombic efficiency < 99 %": stop once a cycle's CE falls below this fraction (0 < x ≤ 1). */
export interface CoulombicEfficiencyStop extends Written {
  readonly kind: 'coulombic-efficiency';
  readonly threshold: Dimensionless;
}

/**
 * "capacity loss > 20 %": stop once the lost fraction of capacity exceeds this (0 < x < 1). The
 * simulator reads it as the fraction of the initial Mg inventory lost to films; for a full cell's
 * discharge-capacity fade use `CapacityRetentionStop` ("capacity < 80 %").
 */
export interface CapacityLossStop extends Written {
  readonly kind: 'capacity-loss';
  readonly threshold: Dimensionless;
}

/**
 * "capacity < 80 %", "retention < 80 %", "80% capacity" (PyBaMM), optionally "… of 120 mAh/g":
 * stop once the discharge capacity of a completed cycle is below `threshold` (0 < x ≤ 1) times
 * the reference. The discharge capacity of a cycle is the charge passed in its Discharge steps.
 * The reference is `reference` when given, else the discharge capacity of the first completed
 * cycle whose discharge capacity is positive (the "first full cycle"). Checked at the end of
 * each cycle that ran a Discharge step. See `capacityStopHolds`.
 */
export interface CapacityRetentionStop extends Written {
  readonly kind: 'capacity-retention';
  readonly threshold: Dimensionless;
  readonly reference?: CapacityAmount;
}

/**
 * "discharge capacity < 100 mAh/g" (or "< 0.5 mAh/cm2", PyBaMM "100 mAh/g capacity"): stop once a
 * completed cycle's discharge capacity is below this. Checked at the end of each cycle that ran a
 * Discharge step.
 */
export interface DischargeCapacityStop extends Written {
  readonly kind: 'discharge-capacity';
  readonly threshold: CapacityAmount;
}

/** A condition that ends the whole protocol. */
export type StopCondition =
  | OverpotentialStop
  | VoltageAboveStop
  | VoltageBelowStop
  | CyclesStop
  | TimeStop
  | FilmThicknessStop
  | CoulombicEfficiencyStop
  | CapacityLossStop
  | CapacityRetentionStop
  | DischargeCapacityStop;

/**
 * What turns a specific current (mA/g), a C-rate or a specific capacity (mAh/g) into per-area SI
 * values: the cathode of the simulated cell. Only the fields a conversion uses are checked (finite
 * and > 0): a specific current or capacity uses the mass loading, a C-rate uses both.
 */
export interface RateContext {
  /** Mass of cathode active material per electrode area [kg/m²] (1 mg/cm² = 0.01 kg/m²). */
  readonly cathodeMassLoading_kg_m2: number;
  /**
   * Specific capacity of the cathode active material that a C-rate refers to [C/kg]
   * (1 mAh/g = 3600 C/kg; Mo6S8 at 128.8 mAh/g is 463 680 C/kg). 1C passes this charge per kg in 1 h.
   */
  readonly capacity_C_kg: number;
}

/** The whole protocol: the steps in order (at least one) and the stop conditions (maybe none). */
export interface Protocol {
  readonly kind: 'protocol';
  readonly body: readonly Step[];
  readonly stop: readonly StopCondition[];
}

/** The plain (YAML/JSON) form of a step: a sentence or a repeat block. */
export type StepInput = string | { readonly repeat: number; readonly steps: readonly StepInput[] };

/** The plain (YAML/JSON) form of a protocol, as found under `protocol:` in a stack file. */
export interface ProtocolInput {
  readonly steps: readonly StepInput[];
  readonly stop?: readonly string[];
}

/** Largest repeat count of one block. */
export const MAX_REPEAT_COUNT = 1e7;

/** Deepest nesting of repeat blocks (deeper input is refused, never a stack overflow). */
export const MAX_REPEAT_DEPTH = 32;
