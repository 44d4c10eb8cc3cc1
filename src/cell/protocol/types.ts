import type { AmperesPerSquareMeter, CoulombsPerSquareMeter, Dimensionless, Meters, Quantity, Seconds, Volts } from '../../units/index.ts';

/**
 * The typed AST of a plating/stripping protocol. Every number is in SI and branded with its
 * dimension; the direction of a galvanostatic step carries the sign, so current densities are
 * always positive. Each node keeps the `path` it was read from (e.g. `protocol.steps[1].steps[2]`,
 * for line numbers in messages) and each sentence keeps its original `text`.
 *
 * The grammar is written out in this folder's README.md.
 */

/** An areal capacity (charge per electrode area) in C/m² (1 mAh/cm² = 36 000 C/m²). */
export type { CoulombsPerSquareMeter } from '../../units/index.ts';

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
export type LeafStep = GalvanostaticStep | RestStep;

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

/** "capacity loss > 20 %": stop once the lost fraction of capacity exceeds this (0 < x < 1). */
export interface CapacityLossStop extends Written {
  readonly kind: 'capacity-loss';
  readonly threshold: Dimensionless;
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
  | CapacityLossStop;

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
