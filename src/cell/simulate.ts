import { CancelledError, createRosenbrock, SolverError, type CancelToken, type EventSpec, type IntegrateResult } from '../numerics/index.ts';
import { limitingCurrentDensity, MG_A2_SALT, sandTime } from '../physics/index.ts';
import { FARADAY, Z_MG, type AmperesPerSquareMeter, type Meters, type MolesPerCubicMeter, type SquareMetersPerSecond } from '../units/index.ts';
import { cellConstants } from './model/constants.ts';
import { equationsUsed } from './model/equations.ts';
import { buildCellModel, emptyBreakdown, type Breakdown } from './model/model.ts';
import {
  capacityStopHolds,
  describeStep,
  flattenCount,
  iterateSteps,
  signedCurrentDensity,
  stepMaxDuration,
  type LeafStep,
  type RateContext,
  type Step,
  type StopCondition,
} from './protocol/index.ts';
import type { CycleSummary, Failure, FailureReason, Series, SimulationResult } from './results.ts';
import { SeriesRecorder } from './series.ts';
import type { Stack } from './stack/types.ts';

/** Options of a simulation run; every field has a default. */
export interface SimulationOptions {
  /** Which cycles (1-based) to record as a time series: none, all, or a list. Default none. */
  readonly series?: 'none' | 'all' | readonly number[];
  /** Samples per step of the recorded series when the step gives no period. Default 40. */
  readonly pointsPerStep?: number;
  /** Relative tolerance of the integrator. Default 1e-6. */
  readonly rtol?: number;
  readonly cancel?: CancelToken;
  /** Progress, as the fraction of protocol steps done. */
  onProgress?(fraction: number): void;
}

/** A step that ends only by a limit runs at most this long (≈ 3 years): then the run fails clearly. */
const LIMIT_ONLY_MAX_DURATION = 1e8;
/** The salt at an electrode counts as depleted (Sand's time reached) below this fraction of c0. */
export const DEPLETION_FRACTION = 1e-3;
/**
 * Full cells: no solver step may move the cathode's state of charge by more than this. The error
 * estimate alone lets a slow (C/100) discharge take steps of ~10 h, which step over the knee where
 * the host fills and the voltage plunges; the cut-off is then found late or early by up to ~0.1 % of
 * the capacity, differently in every cycle (measured on a Mo6S8 cell without degradation: cycles
 * 128.64, 128.71, 128.67 mAh/g at rtol 1e-6; with this bound all 128.671, as at rtol 1e-8).
 */
const MAX_STATE_OF_CHARGE_PER_STEP = 0.05;
/** How far past empty (θ < 0) or full (θ > 1) the cathode surface may go before the step is ended. */
const CATHODE_FILLING_MARGIN = 1e-3;
/** Interior samples per step used for the cycle statistics when no series is recorded. */
const SUMMARY_SAMPLES = 4;
/** The same for the current-carrying steps of full cells: mean discharge voltage within ~2 mV (0.2 %) of a 2000-sample reference (measured on the Mg‖Mo6S8 preset). */
const FULL_CELL_SUMMARY_SAMPLES = 96;

/** Every distinct leaf step of a protocol (repeat blocks opened once). */
function leafSteps(steps: readonly Step[]): LeafStep[] {
  return steps.flatMap((s) => (s.kind === 'repeat' ? leafSteps(s.body) : [s]));
}

/** Warn when a step's current exceeds the separator's steady limiting current (depletion ahead). */
function transportWarnings(stack: Stack, c: ReturnType<typeof cellConstants>, context: RateContext | undefined): string[] {
  const el = c.electrolyte;
  if (el === undefined || el.kind !== 'binary') return [];
  const iLim = limitingCurrentDensity({
    salt: MG_A2_SALT,
    saltDiffusivity: el.effectiveDiffusivity as SquareMetersPerSecond,
    saltConcentration: el.concentration as MolesPerCubicMeter,
    anionTransferenceNumber: 1 - el.transferenceNumber,
    gap: el.grid.length as Meters,
  });
  const over = leafSteps(stack.protocol.body).filter((s) => s.kind !== 'rest' && Math.abs(signedCurrentDensity(s, context)) > iLim);
  return [...new Set(over.map((s) => s.text))].map(
    (text) => `"${text}" exceeds the separator's steady limiting current ${(iLim / 10).toFixed(2)} mA/cm² (2·z·F·D_eff·c0/(t−·L)): the salt will deplete if the step lasts long enough (Sand's time)`,
  );
}

/**
 * Output times of a step: half geometric from the start (so a nucleation spike or a concentration
 * transient, which are fastest just after a current change, are seen), half uniform; sorted, with
 * both ends.
 */
export function sampleTimes(t0: number, t1: number, samples: number): Float64Array {
  const span = t1 - t0;
  const geometric = Math.max(1, Math.floor(samples / 2));
  const uniform = Math.max(1, samples - geometric);
  const times: number[] = [t0, t1];
  for (let j = 1; j <= uniform; j++) times.push(t0 + (span * j) / uniform);
  for (let j = 0; j < geometric; j++) times.push(t0 + span * 1e-4 ** (1 - j / geometric));
  times.sort((a, b) => a - b);
  return Float64Array.from(times.filter((v, j) => j === 0 || v > (times[j - 1] ?? -Infinity)));
}

interface CycleAccumulator {
  absVoltageTime: number;
  currentTime: number;
  maxAbs: number;
  plated: [number, number];
  stripped: [number, number];
  lostAtStart: number;
  /** Full cells: ∫V dt and time during discharge, discharge energy [J/m²], resistance at its end. */
  dischargeVoltageTime: number;
  dischargeTime: number;
  dischargeEnergy: number;
  resistance: number | null;
  ranDischarge: boolean;
  /** Sign of the first current-carrying step of the cycle (+1 discharge / strip, −1 charge / plate, 0 none yet). */
  firstDirection: number;
}

function newCycle(lostAtStart: number): CycleAccumulator {
  return {
    absVoltageTime: 0,
    currentTime: 0,
    maxAbs: 0,
    plated: [0, 0],
    stripped: [0, 0],
    lostAtStart,
    dischargeVoltageTime: 0,
    dischargeTime: 0,
    dischargeEnergy: 0,
    resistance: null,
    ranDischarge: false,
    firstDirection: 0,
  };
}

/** Whether a step ends at a voltage limit crossed in this direction (a discharge "until 0.5 V" falls). */
function hasVoltageLimit(step: LeafStep, direction: 'rising' | 'falling'): boolean {
  if (step.kind !== 'full-cell' && step.kind !== 'galvanostatic') return false;
  return step.limits.some(
    (l) =>
      (l.kind === 'voltage-reaches' && l.direction === direction) ||
      (l.kind === 'voltage-above' && direction === 'rising') ||
      (l.kind === 'voltage-below' && direction === 'falling'),
  );
}

function describeLargest(b: Breakdown, layerNames: readonly string[]): string {
  const parts: [string, number][] = [
    ['kinetics at the working electrode', b.kinetic[0]],
    ['kinetics at the counter electrode', b.kinetic[1]],
    ['nucleation at the working electrode', b.nucleation[0]],
    ['nucleation at the counter electrode', b.nucleation[1]],
    ['the film on the working electrode', b.film[0]],
    ['the film on the counter electrode', b.film[1]],
    ['the electrolyte (ohmic)', b.electrolyteOhmic],
    ['concentration polarisation', b.concentration],
    ...layerNames.map((n, j): [string, number] => [`the layer "${n}"`, b.layers[j] ?? 0]),
  ];
  parts.sort((a, c) => Math.abs(c[1]) - Math.abs(a[1]));
  const [name, value] = parts[0] ?? ['', 0];
  return `the largest part is ${name} (${value.toFixed(3)} V)`;
}

/**
 * Simulate a layer stack through its protocol: integrate the cell model step by step with the
 * stiff Rosenbrock solver, stop steps at their limits, detect failures (overpotential cut-off,
 * Sand's time, Mg inventory, electronic short), and summarise every cycle.
 */
export function simulate(stack: Stack, options: SimulationOptions = {}): SimulationResult {
  const wall0 = Date.now();
  const constants = cellConstants(stack);
  const model = buildCellModel(constants);
  const cathode = constants.cathode;
  const context: RateContext | undefined =
    cathode === undefined ? undefined : { cathodeMassLoading_kg_m2: cathode.massLoading, capacity_C_kg: cathode.specificCapacity };
  const perGram = (chargePerArea: number): number | null =>
    cathode === undefined ? null : chargePerArea / cathode.massLoading / 3600; // C/m² → mAh/g (1 mAh/g = 3600 C/kg)
  const { layout } = model;
  /** Charge the cathode holds from empty to full [C/m²] (0 without a cathode). */
  const cathodeCapacity = cathode === undefined ? 0 : cathode.massLoading * cathode.specificCapacity;
  const atol = new Float64Array(layout.n).fill(1e-9);
  if (layout.cathode !== undefined && constants.cathode !== undefined) {
    // Host concentrations are ~1e4 mol/m³: a millimolar absolute tolerance.
    atol.fill(1e-3, layout.cathode.offset, layout.cathode.offset + constants.cathode.particle.size);
    if (layout.cathode.activeFraction >= 0) atol[layout.cathode.activeFraction] = 1e-10;
    if (layout.cathode.strandedMg >= 0) atol[layout.cathode.strandedMg] = 1e-12;
  }
  for (const lay of layout.electrodes) {
    if (lay.metal < 0) continue;
    atol[lay.metal] = 1e-9;
    atol[lay.film] = 1e-14;
    atol[lay.passivation] = 1e-14;
    atol[lay.nucleation] = 1e-6;
    if (lay.overpotential >= 0) atol[lay.overpotential] = 1e-9;
  }
  if (layout.water >= 0) atol[layout.water] = 1e-9;
  // With a separator the interface rates depend on t through the salt profile: not autonomous.
  const solver = createRosenbrock(model.problem, { rtol: options.rtol ?? 1e-6, atol, autonomous: layout.volumes === 0, maxSteps: 200_000 });

  const totalSteps = flattenCount(stack.protocol);
  const record = options.series ?? 'none';
  const recorder = record === 'none' ? undefined : new SeriesRecorder(model);
  const wantCycle = (cycle: number): boolean => record === 'all' || (Array.isArray(record) && record.includes(cycle));
  const pointsPerStep = Math.max(2, Math.round(options.pointsPerStep ?? 40));
  const stops = stack.protocol.stop;
  const warnings = transportWarnings(stack, constants, context);
  let firstDischarge: number | undefined;

  let y = model.initialState();
  const initial = model.inventory(y);
  let t = 0;
  const scratch = emptyBreakdown(model.layerNames.length);
  const lastDirection: [number, number] = [0, 0];
  const stepMemory = new Map<number, number>();
  const summary: CycleSummary[] = [];
  let failure: Failure | null = null;
  let acc: CycleAccumulator | undefined;
  let cyclesStarted = false;
  let formationAcc: CycleAccumulator | undefined;
  let formation: CycleSummary | null = null;
  let cycle: number | undefined;
  const stats = { steps: 0, rejected: 0, rhsEvaluations: 0, jacobianEvaluations: 0, luDecompositions: 0, protocolSteps: 0 };
  const lost = (yy: Float64Array): number => {
    const inv = model.inventory(yy);
    return inv.film + inv.passivation;
  };
  const fail = (reason: FailureReason, message: string): void => {
    failure = { cycle: cycle === undefined ? null : cycle + 1, reason, time_s: t, message };
  };

  const timeStop = stops.find((s) => s.kind === 'time');
  const continuous = stops.filter((s): s is Extract<StopCondition, { kind: 'overpotential' | 'voltage-above' | 'voltage-below' | 'film-thickness' }> =>
    s.kind === 'overpotential' || s.kind === 'voltage-above' || s.kind === 'voltage-below' || s.kind === 'film-thickness',
  );

  /** The first continuous stop condition that V (or the film) violates, if any. */
  const violatedStop = (v: number, yy: Float64Array): { reason: FailureReason; text: string } | undefined => {
    for (const s of continuous) {
      if (s.kind === 'overpotential' && Math.abs(v) >= s.threshold) return { reason: 'overpotential', text: s.text };
      if (s.kind === 'voltage-above' && v >= s.threshold) return { reason: 'voltage', text: s.text };
      if (s.kind === 'voltage-below' && v <= s.threshold) return { reason: 'voltage', text: s.text };
      if (s.kind === 'film-thickness' && Math.max(yy[layout.electrodes[0].film] ?? 0, yy[layout.electrodes[1].film] ?? 0) >= s.threshold) {
        return { reason: 'film-thickness', text: s.text };
      }
    }
    return undefined;
  };

  /** The summary line of cycle c (0-based; −1 for the formation steps before the first cycle). */
  const finishCycle = (c: number, a: CycleAccumulator): void => {
    summary.push(cycleLine(c, a));
  };
  const cycleLine = (c: number, a: CycleAccumulator): CycleSummary => {
    const lostNow = lost(y);
    const lostMg = lostNow - a.lostAtStart;
    const platedTotal = a.plated[0] + a.plated[1];
    let ce: number | null;
    if (constants.kind === 'mg-cu') ce = a.plated[0] > 0 ? a.stripped[0] / a.plated[0] : null;
    else if (cathode !== undefined) {
      // Output ÷ input: the half-cycle that returns the cell to where the cycle began over the one
      // that started it (charge ÷ discharge when the cycle starts with a discharge, as for a
      // Mg-free Mo6S8 cathode; discharge ÷ charge when it starts with a charge, as anode-free).
      const [input, output] = a.firstDirection >= 0 ? [a.stripped[0], a.plated[0]] : [a.plated[0], a.stripped[0]];
      ce = input > 0 && output > 0 ? output / input : null;
    }
    else ce = platedTotal > 0 ? 1 - (Z_MG * FARADAY * lostMg) / platedTotal : null;
    const discharge = a.stripped[0];
    const formationLine = c < 0;
    if (!formationLine && cathode !== undefined && a.ranDischarge && firstDischarge === undefined && discharge > 0) firstDischarge = discharge;
    const l0 = layout.electrodes[0];
    const l1 = layout.electrodes[1];
    return {
      cycle: c + 1,
      meanAbsOverpotential_V: a.currentTime > 0 ? a.absVoltageTime / a.currentTime : 0,
      maxAbsOverpotential_V: a.maxAbs,
      filmThickness_m: (y[l0.film] ?? 0) + (y[l0.passivation] ?? 0),
      counterFilmThickness_m: (y[l1.film] ?? 0) + (y[l1.passivation] ?? 0),
      coulombicEfficiency: ce,
      mgLostToFilm_mol_m2: lostMg,
      platedCharge_C_m2: a.plated[0],
      strippedCharge_C_m2: a.stripped[0],
      time_s: t,
      dischargeCapacity_mAh_g: perGram(discharge),
      chargeCapacity_mAh_g: perGram(a.plated[0]),
      dischargeCapacity_mAh: cathode === undefined ? null : (discharge * stack.cell.area) / 3.6,
      chargeCapacity_mAh: cathode === undefined ? null : (a.plated[0] * stack.cell.area) / 3.6,
      retention: !formationLine && cathode !== undefined && firstDischarge !== undefined && a.ranDischarge ? discharge / firstDischarge : null,
      meanDischargeVoltage_V: cathode !== undefined && a.dischargeTime > 0 ? a.dischargeVoltageTime / a.dischargeTime : null,
      dischargeEnergy_Wh_kg: cathode !== undefined ? a.dischargeEnergy / cathode.massLoading / 3600 : null,
      resistance_ohm_m2: a.resistance,
    };
  };

  const stepEvents = (step: LeafStep, current: number): { specs: EventSpec[]; meaning: string[] } => {
    const specs: EventSpec[] = [];
    const meaning: string[] = [];
    const v = (tt: number, yy: Float64Array): number => {
      model.evaluate(tt, yy, scratch);
      return scratch.voltage;
    };
    if (step.kind === 'full-cell') {
      for (const limit of step.limits) {
        if (limit.kind === 'capacity' || limit.kind === 'specific-capacity') continue;
        if (limit.kind === 'voltage-reaches') specs.push({ g: (tt, yy) => v(tt, yy) - limit.threshold, direction: limit.direction === 'falling' ? -1 : 1, terminal: true });
        else if (limit.kind === 'voltage-above') specs.push({ g: (tt, yy) => v(tt, yy) - limit.threshold, direction: 1, terminal: true });
        else specs.push({ g: (tt, yy) => v(tt, yy) - limit.threshold, direction: -1, terminal: true });
        meaning.push('limit');
      }
    }
    if (step.kind === 'galvanostatic') {
      for (const limit of step.limits) {
        if (limit.kind === 'capacity') continue;
        if (limit.kind === 'voltage-magnitude' || limit.kind === 'overpotential') specs.push({ g: (tt, yy) => Math.abs(v(tt, yy)) - limit.threshold, direction: 1, terminal: true });
        else if (limit.kind === 'voltage-above') specs.push({ g: (tt, yy) => v(tt, yy) - limit.threshold, direction: 1, terminal: true });
        else specs.push({ g: (tt, yy) => v(tt, yy) - limit.threshold, direction: -1, terminal: true });
        meaning.push('limit');
      }
    }
    for (const s of continuous) {
      if (s.kind === 'overpotential') specs.push({ g: (tt, yy) => Math.abs(v(tt, yy)) - s.threshold, direction: 1, terminal: true });
      else if (s.kind === 'voltage-above') specs.push({ g: (tt, yy) => v(tt, yy) - s.threshold, direction: 1, terminal: true });
      else if (s.kind === 'voltage-below') specs.push({ g: (tt, yy) => v(tt, yy) - s.threshold, direction: -1, terminal: true });
      else specs.push({ g: (_t, yy) => Math.max(yy[layout.electrodes[0].film] ?? 0, yy[layout.electrodes[1].film] ?? 0) - s.threshold, direction: 1, terminal: true });
      meaning.push(`stop:${s.kind}:${s.text}`);
    }
    if (layout.volumes > 0 && current !== 0) {
      const c0 = constants.electrolyte?.concentration ?? 1;
      for (const e of [0, 1] as const) {
        specs.push({
          g: (tt) => model.surfaceConcentration(tt, e) / c0 - DEPLETION_FRACTION,
          direction: -1,
          terminal: true,
        });
        meaning.push(`sand:${e}`);
      }
    }
    // The cathode cannot give more Mg than it holds, nor take more than it has room for: the
    // voltage would diverge, but the clamped logarithms of the OCV and kinetics keep it finite, so
    // the surface filling itself is watched (well past the physical bounds, where the voltage
    // limits of a normal step have long fired).
    if (layout.cathode !== undefined && current !== 0) {
      const filling = (tt: number, yy: Float64Array): number => {
        model.evaluate(tt, yy, scratch);
        return scratch.cathodeFilling;
      };
      if (current < 0) specs.push({ g: (tt, yy) => filling(tt, yy) + CATHODE_FILLING_MARGIN, direction: -1, terminal: true });
      else specs.push({ g: (tt, yy) => filling(tt, yy) - 1 - CATHODE_FILLING_MARGIN, direction: 1, terminal: true });
      meaning.push(current < 0 ? 'cathode:empty' : 'cathode:full');
    }
    const strippingElectrode: 0 | 1 = current > 0 ? 0 : 1;
    if (current !== 0 && layout.electrodes[strippingElectrode].metal >= 0) {
      const stripping = strippingElectrode;
      const idx = layout.electrodes[stripping].metal;
      specs.push({ g: (_t, yy) => yy[idx] ?? 0, direction: -1, terminal: true });
      meaning.push(`inventory:${stripping}`);
    }
    return { specs, meaning };
  };

  /** Close a cycle: summary line, then the stop conditions judged per cycle. True: stop the run. */
  const endOfCycle = (c: number, a: CycleAccumulator): boolean => {
    finishCycle(c, a);
    const done = c + 1;
    const last = summary[summary.length - 1];
    const ceStop = stops.find((s) => s.kind === 'coulombic-efficiency');
    if (ceStop !== undefined && ceStop.kind === 'coulombic-efficiency' && last?.coulombicEfficiency != null && last.coulombicEfficiency < ceStop.threshold) {
      fail('coulombic-efficiency', `Coulombic efficiency ${(100 * last.coulombicEfficiency).toFixed(2)} % fell below the stop condition "${ceStop.text}".`);
      return true;
    }
    const lossStop = stops.find((s) => s.kind === 'capacity-loss');
    if (lossStop !== undefined && lossStop.kind === 'capacity-loss' && initial.metal > 0) {
      const loss = (lost(y) - (initial.film + initial.passivation)) / initial.metal;
      if (loss > lossStop.threshold) {
        fail('capacity-loss', `${(100 * loss).toFixed(2)} % of the initial Mg is now in films, beyond the stop condition "${lossStop.text}".`);
        return true;
      }
    }
    if (a.ranDischarge) {
      for (const s of stops) {
        if (s.kind !== 'capacity-retention' && s.kind !== 'discharge-capacity') continue;
        const discharge = a.stripped[0];
        if (capacityStopHolds(s, { discharge_C_m2: discharge, firstDischarge_C_m2: firstDischarge }, context)) {
          fail(s.kind, `stop condition "${s.text}" reached: discharge capacity ${(perGram(discharge) ?? 0).toFixed(1)} mAh/g${last?.retention != null ? `, ${(100 * last.retention).toFixed(1)} % of the first cycle` : ''}.`);
          return true;
        }
      }
    }
    const cyclesStop = stops.find((s) => s.kind === 'cycles');
    return cyclesStop !== undefined && cyclesStop.kind === 'cycles' && done >= cyclesStop.count;
  };

  /** Whether a full-cell step's voltage limit holds already at its start. */
  const limitAlreadyHolds = (step: LeafStep, v: number): boolean =>
    step.kind === 'full-cell' &&
    step.limits.some(
      (l) =>
        (l.kind === 'voltage-reaches' && (l.direction === 'falling' ? v <= l.threshold : v >= l.threshold)) ||
        (l.kind === 'voltage-above' && v >= l.threshold) ||
        (l.kind === 'voltage-below' && v <= l.threshold),
    );

  try {
    for (const sched of iterateSteps(stack.protocol)) {
      if (options.cancel?.aborted === true) throw new CancelledError(`simulation cancelled at t = ${t.toFixed(0)} s`, t);
      const { step } = sched;
      if (sched.cycle !== cycle || (sched.cycle === undefined && acc === undefined && !cyclesStarted)) {
        // Steps before the first cycle (formation) are summarised on their own as cycle 0; steps
        // after the last cycle are not summarised.
        if (formationAcc !== undefined && formation === null && sched.cycle !== undefined) formation = cycleLine(-1, formationAcc);
        cycle = sched.cycle;
        if (cycle !== undefined) {
          cyclesStarted = true;
          acc = newCycle(lost(y));
        } else if (!cyclesStarted) {
          formationAcc ??= newCycle(lost(y));
          acc = formationAcc;
        } else acc = undefined;
      }
      const current = signedCurrentDensity(step, context);
      model.beginStep(t, current);
      // Plating starts again on a surface that was stripped (or never plated): nucleation anew.
      const plating: (0 | 1)[] = current < 0 ? [0] : current > 0 ? [1] : [];
      for (const e of plating) {
        if (lastDirection[e] >= 0) model.resetNucleation(y, e);
        lastDirection[e] = -1;
      }
      if (current !== 0) lastDirection[current > 0 ? 0 : 1] = 1;

      // Electronic short: most of the current bypasses the ions.
      model.evaluate(t, y, scratch);
      if (current !== 0 && Math.abs(scratch.electronicCurrent) > 0.5 * Math.abs(current)) {
        fail(
          'electronic-short',
          `${((100 * scratch.electronicCurrent) / current).toFixed(0)} % of the current is carried by electrons through the stack: every layer conducts electrons. Add an electron-blocking layer or lower the electronic conductivity.`,
        );
        break;
      }

      // A stop condition already met when the step starts (e.g. a nucleation spike above the
      // cut-off) is a failure now: an event only sees crossings inside the step.
      const already = violatedStop(scratch.voltage, y);
      if (already !== undefined) {
        fail(already.reason, `stop condition "${already.text}" met at the start of a step (V = ${scratch.voltage.toFixed(3)} V); ${describeLargest(scratch, model.layerNames)}.`);
        break;
      }

      // A full-cell step whose voltage limit already holds (e.g. a charge that starts above its
      // cut-off) ends at once: its limit is a level, not only a crossing.
      if (step.kind === 'full-cell' && limitAlreadyHolds(step, scratch.voltage)) {
        // A discharge that cannot start delivers zero capacity: the cycle still counts as one
        // with a discharge (retention 0), not as one without.
        if (acc !== undefined && cathode !== undefined && current > 0) acc.ranDischarge = true;
        model.endStep(t);
        if (sched.endsCycle && cycle !== undefined && acc !== undefined && endOfCycle(cycle, acc)) break;
        continue;
      }
      const maxDuration = stepMaxDuration(step, context) ?? LIMIT_ONLY_MAX_DURATION;
      let tEnd = t + maxDuration;
      if (timeStop !== undefined && timeStop.kind === 'time') tEnd = Math.min(tEnd, timeStop.threshold);
      if (!(tEnd > t)) break;
      const recording = recorder !== undefined && (cycle === undefined ? record === 'all' : wantCycle(cycle + 1));
      // Full cells sweep two OCV plateaus in a step: the cycle means need more samples than the
      // smooth voltage of a Mg||Mg step.
      const summarySamples = cathode !== undefined && current !== 0 ? FULL_CELL_SUMMARY_SAMPLES : SUMMARY_SAMPLES;
      const samples = recording ? (step.period !== undefined ? Math.max(1, Math.ceil((tEnd - t) / step.period)) : Math.max(pointsPerStep, summarySamples)) : summarySamples;
      // A step that ends only at a limit has no known length: sample over the time the cathode's
      // theoretical capacity would take at this current (with margin) instead of the 1e8 s guard.
      const expected =
        stepMaxDuration(step, context) === undefined && cathode !== undefined && current !== 0
          ? (1.5 * cathode.specificCapacity * cathode.massLoading) / Math.abs(current)
          : tEnd - t;
      const tOut = sampleTimes(t, Math.min(tEnd, t + expected), samples);
      const { specs, meaning } = stepEvents(step, current);
      // Start with the step size the last step at this current ended with (the interface states
      // are smooth across steps; Hairer's estimate would restart from a tiny step every time).
      const h0 = stepMemory.get(current);
      const points: number[] = [];
      const onStep = (ts: number, ys: Float64Array): void => {
        model.evaluate(ts, ys, scratch);
        points.push(ts, scratch.voltage, scratch.nucleation[0] + scratch.nucleation[1]);
      };
      const tStart = t;
      // Nucleation charge at the start of the step, for the exact integral of its overpotential.
      const platingElectrode: 0 | 1 | undefined = current < 0 ? 0 : current > 0 && cathode === undefined ? 1 : undefined;
      const q0 = platingElectrode === undefined ? 0 : (y[layout.electrodes[platingElectrode].nucleation] ?? 0);
      const r: IntegrateResult = solver.integrate(t, y, tEnd, {
        events: specs,
        tOut,
        onStep,
        ...(options.cancel !== undefined ? { cancel: options.cancel } : {}),
        ...(h0 !== undefined ? { h0: Math.min(h0, (tEnd - t) / 2) } : {}),
        ...(cathodeCapacity > 0 && current !== 0 ? { hMax: (MAX_STATE_OF_CHARGE_PER_STEP * cathodeCapacity) / Math.abs(current) } : {}),
      });
      stepMemory.set(current, r.hNext);
      stats.steps += r.stats.steps;
      stats.rejected += r.stats.rejected;
      stats.rhsEvaluations += r.stats.rhsEvaluations;
      stats.jacobianEvaluations += r.stats.jacobianEvaluations;
      stats.luDecompositions += r.stats.luDecompositions;
      stats.protocolSteps += 1;

      // Cycle statistics from the accepted steps and the samples, in time order.
      // [t, V, nucleation part of V]
      const merged: [number, number, number][] = [];
      model.evaluate(tStart, y, scratch);
      merged.push([tStart, scratch.voltage, scratch.nucleation[0] + scratch.nucleation[1]]);
      for (let j = 0; j < points.length; j += 3) merged.push([points[j] ?? 0, points[j + 1] ?? 0, points[j + 2] ?? 0]);
      const out = r.output;
      if (out !== undefined) {
        for (let j = 0; j < out.count; j++) {
          const row = out.y.subarray(j * layout.n, (j + 1) * layout.n);
          model.evaluate(out.t[j] ?? 0, row, scratch);
          merged.push([out.t[j] ?? 0, scratch.voltage, scratch.nucleation[0] + scratch.nucleation[1]]);
          if (recording && recorder !== undefined) recorder.push(out.t[j] ?? 0, cycle === undefined ? 0 : cycle + 1, sched.index, current, row, scratch);
        }
      }
      // The last accepted step can reach past a terminal event: keep what lies within [tStart, r.t]
      // and close the list with the state at r.t.
      const kept = merged.filter((m) => m[0] < r.t);
      model.evaluate(r.t, r.y, scratch);
      kept.push([r.t, scratch.voltage, scratch.nucleation[0] + scratch.nucleation[1]]);
      merged.length = 0;
      merged.push(...kept);
      merged.sort((a, b) => a[0] - b[0]);
      if (acc !== undefined) {
        // ∫|V|dt: the trapezoid rule on V without its nucleation part (smooth), plus the exact
        // integral of the nucleation part, η0·(q_nuc/|i|)·(e^(−q0/q_nuc) − e^(−(q0+|i|Δt)/q_nuc)),
        // which decays too fast for a few samples; both have the sign of V during plating.
        if (current !== 0) {
          for (let j = 1; j < merged.length; j++) {
            const [ta, va, na] = merged[j - 1] ?? [0, 0, 0];
            const [tb, vb, nb] = merged[j] ?? [0, 0, 0];
            acc.absVoltageTime += ((Math.abs(va - na) + Math.abs(vb - nb)) / 2) * (tb - ta);
          }
          const k = constants.kinetics;
          if (platingElectrode !== undefined && k.nucleationOverpotential > 0) {
            const qn = k.nucleationCharge;
            const passed = Math.abs(current) * (r.t - tStart);
            acc.absVoltageTime += k.nucleationOverpotential * (qn / Math.abs(current)) * (Math.exp(-q0 / qn) - Math.exp(-(q0 + passed) / qn));
          }
          acc.currentTime += r.t - tStart;
        }
        if (cathode !== undefined && current > 0) {
          acc.ranDischarge = true;
          for (let j = 1; j < merged.length; j++) {
            const [ta, va] = merged[j - 1] ?? [0, 0, 0];
            const [tb, vb] = merged[j] ?? [0, 0, 0];
            acc.dischargeVoltageTime += ((va + vb) / 2) * (tb - ta);
            acc.dischargeEnergy += ((va + vb) / 2) * current * (tb - ta);
          }
          acc.dischargeTime += r.t - tStart;
          // Polarisation resistance at mid-discharge (away from the cut-off, where U(c_s) plunges).
          if (out !== undefined && out.count > 0) {
            const mid = (tStart + r.t) / 2;
            let best = 0;
            for (let j = 1; j < out.count; j++) if (Math.abs((out.t[j] ?? 0) - mid) < Math.abs((out.t[best] ?? 0) - mid)) best = j;
            model.evaluate(out.t[best] ?? mid, out.y.subarray(best * layout.n, (best + 1) * layout.n), scratch);
            acc.resistance = (scratch.ocv - scratch.voltage) / current;
          }
        }
        if (current !== 0) for (const [, v] of merged) acc.maxAbs = Math.max(acc.maxAbs, Math.abs(v));
        const charge = Math.abs(current) * (r.t - tStart);
        if (acc.firstDirection === 0 && charge > 0) acc.firstDirection = Math.sign(current);
        if (current > 0) {
          acc.stripped[0] += charge;
          acc.plated[1] += charge;
        } else if (current < 0) {
          acc.plated[0] += charge;
          acc.stripped[1] += charge;
        }
      }
      // A crossing that an event missed (V went past the cut-off and back within one solver step)
      // still shows in the samples.
      if (r.status !== 'event') {
        for (const [ts, v] of merged) {
          const missed = violatedStop(v, r.y);
          if (missed !== undefined && missed.reason !== 'film-thickness') {
            t = ts;
            fail(missed.reason, `stop condition "${missed.text}" met at V = ${v.toFixed(3)} V.`);
            break;
          }
        }
      }
      if (failure === null && r.status !== 'event' && stepMaxDuration(step, context) === undefined && r.t >= tEnd) {
        fail(
          'limit-not-reached',
          `the step "${describeStep(step)}" ran for ${(maxDuration / 3.15576e7).toFixed(1)} years without reaching its limit; check the limit's value and direction.`,
        );
      }
      t = r.t;
      y = r.y;
      if (recording && recorder !== undefined && r.status === 'event') {
        model.evaluate(t, y, scratch);
        recorder.push(t, cycle === undefined ? 0 : cycle + 1, sched.index, current, y, scratch);
      }

      if (r.status === 'event' && r.event !== undefined) {
        const what = meaning[r.event.index] ?? '';
        model.evaluate(t, y, scratch);
        if (what.startsWith('stop:')) {
          const [, kind, text] = what.split(':');
          const reason: FailureReason = kind === 'film-thickness' ? 'film-thickness' : kind === 'overpotential' ? 'overpotential' : 'voltage';
          fail(reason, `stop condition "${text ?? ''}" reached at V = ${scratch.voltage.toFixed(3)} V; ${describeLargest(scratch, model.layerNames)}.`);
        } else if (what.startsWith('sand:')) {
          const e = Number(what.split(':')[1]);
          const el = constants.electrolyte;
          const ts =
            el === undefined
              ? NaN
              : sandTime({
                  salt: MG_A2_SALT,
                  saltDiffusivity: (el.effectiveDiffusivity / el.porosity) as SquareMetersPerSecond,
                  saltConcentration: el.concentration as MolesPerCubicMeter,
                  anionTransferenceNumber: 1 - el.transferenceNumber,
                  currentDensity: Math.abs(current) as AmperesPerSquareMeter,
                });
          const iLim =
            el === undefined
              ? NaN
              : limitingCurrentDensity({
                  salt: MG_A2_SALT,
                  saltDiffusivity: el.effectiveDiffusivity as SquareMetersPerSecond,
                  saltConcentration: el.concentration as MolesPerCubicMeter,
                  anionTransferenceNumber: 1 - el.transferenceNumber,
                  gap: el.grid.length as Meters,
                });
          fail(
            'sand',
            `the salt at the ${e === 0 ? 'working' : 'counter'} electrode was depleted ${(t - tStart).toFixed(0)} s into the step at ${(Math.abs(current) / 10).toFixed(3)} mA/cm² (semi-infinite Sand's time ${ts.toFixed(0)} s; steady limiting current of the separator ${(iLim / 10).toFixed(2)} mA/cm²): dendrite and short-circuit risk.`,
          );
        } else if (what.startsWith('inventory:')) {
          const e = Number(what.split(':')[1]);
          // On a substrate (Mg‖Cu strip, anode-free discharge) or an anode-limited full cell, the
          // Mg running out is how the step ends when it has a falling voltage limit: the voltage
          // collapses (the Mg inventory lost to films is then lost capacity).
          const endsStep =
            e === 0 &&
            (constants.kind === 'mg-cu' || constants.kind === 'anode-free' || (constants.kind === 'full' && hasVoltageLimit(step, 'falling')));
          if (!endsStep) fail('inventory', `the ${e === 0 ? 'working' : 'counter'} electrode ran out of Mg: its metal was stripped or consumed by the film.`);
        } else if (what.startsWith('cathode:')) {
          const empty = what === 'cathode:empty';
          if (!hasVoltageLimit(step, empty ? 'rising' : 'falling')) {
            fail(
              'cathode-exhausted',
              `the cathode is ${empty ? 'empty: no Mg is left to extract' : 'full: no site is left for Mg'} ${(((t - tStart) / 3600)).toFixed(2)} h into a step without a ${empty ? 'rising' : 'falling'} voltage limit; give the step one ("until 1.8 V") or a smaller capacity.`,
            );
          }
        }
      }
      model.endStep(t);
      if (failure !== null) break;
      if (sched.endsCycle && cycle !== undefined && acc !== undefined && endOfCycle(cycle, acc)) break;
      if (timeStop !== undefined && timeStop.kind === 'time' && t >= timeStop.threshold) break;
      options.onProgress?.((sched.index + 1) / totalSteps);
    }
  } catch (e) {
    if (e instanceof SolverError) fail('solver', `the solver failed at t = ${t.toFixed(1)} s: ${e.message}`);
    else throw e;
  }
  const partial = acc !== undefined && (acc.currentTime > 0 || acc.plated[0] + acc.stripped[0] > 0);
  if (cycle !== undefined && acc !== undefined && partial && failure !== null && (summary.length === 0 || summary[summary.length - 1]?.cycle !== cycle + 1)) {
    finishCycle(cycle, acc);
  }
  if (formationAcc !== undefined && formation === null && (formationAcc.currentTime > 0 || formationAcc.plated[0] + formationAcc.stripped[0] > 0)) {
    formation = cycleLine(-1, formationAcc);
  }
  const series: Series | null = recorder?.finish() ?? null;
  const wall1 = Date.now();
  return {
    name: stack.name,
    kind: constants.kind,
    summary,
    formation,
    failure,
    status: failure === null ? 'completed' : 'failed',
    series,
    parameters: stack.sources,
    equations: equationsUsed(constants),
    inventory: { initial, final: model.inventory(y) },
    cycleLife80: summary.find((x) => x.retention !== null && x.retention < 0.8)?.cycle ?? null,
    stats: { ...stats, wallTime_ms: wall1 - wall0 },
    warnings,
  };
}

