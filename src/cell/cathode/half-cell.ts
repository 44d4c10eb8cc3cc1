import { createRosenbrock, jacobianIndex, type EventSpec, type OdeProblem, type RosenbrockSolver } from '../../numerics/index.ts';
import { FARADAY, InputError, Z_MG } from '../../units/index.ts';
import { insertionFluxFromCurrent, type CathodeKinetics } from './kinetics.ts';
import type { CathodeOcv } from './ocv-model.ts';
import { createSphericalParticle, type ParticleFilling, type ParticleInventory, type SphericalParticle, type SphericalParticleSpec } from './particle.ts';
import { cathodeSurface } from './surface.ts';

/** Coulombs per kilogram in one mAh/g (3.6 C/g). */
export const COULOMBS_PER_KILOGRAM_PER_MAH_PER_GRAM = 3600;

/**
 * A cathode half-cell for verification and as a reference for assembling a full cell: one
 * particle (`createSphericalParticle`), its surface kinetics (`CathodeKinetics`) and OCV
 * (`CathodeOcv`) against an ideal Mg metal counter electrode at 0 V vs Mg²⁺/Mg (no film, no
 * electrolyte resistance, electrolyte concentration fixed at the particle surface).
 */
export interface HalfCellSpec {
  readonly particle: SphericalParticleSpec;
  readonly ocv: CathodeOcv;
  readonly kinetics: CathodeKinetics;
  /** c_e [mol/m³] at the particle surface (constant). */
  readonly electrolyteConcentration: number;
  /** T [K] (constant). */
  readonly temperature: number;
  /** M [kg/mol] of the empty host's formula unit (for specific capacities). */
  readonly hostMolarMass: number;
  /** Mg per formula unit at c_max (2 for Mo₆S₈). */
  readonly mgPerFormulaUnit: number;
  /** Relative tolerance of the integrator (default 1e-6); the absolute one is 1e-9·c_max. */
  readonly rtol?: number;
}

/**
 * A constant-current step. C-rates refer to the theoretical capacity of the particle
 * (1C passes z·F·c_max·V_p in one hour): discharge inserts Mg (cathodic current), charge extracts it.
 */
export type HalfCellStep =
  | { readonly kind: 'discharge' | 'charge'; readonly cRate: number; readonly cutoff: number; readonly maxDuration?: number }
  | { readonly kind: 'rest'; readonly duration: number };

/** One recorded point of a step. */
export interface HalfCellPoint {
  /** Time since the start of the run [s]. */
  readonly time: number;
  /** Cell voltage = cathode potential vs Mg [V]. */
  readonly voltage: number;
  /** U at the particle surface [V]. */
  readonly ocv: number;
  /** η [V]. */
  readonly overpotential: number;
  /** Charge passed since the step began [C/kg host], ≥ 0. */
  readonly specificCharge: number;
  /** Mean mobile and trapped Mg per formula unit. */
  readonly mobileX: number;
  readonly trappedX: number;
  /** Mobile Mg per formula unit at the surface. */
  readonly surfaceX: number;
}

export interface HalfCellStepResult {
  readonly step: HalfCellStep;
  /** Interfacial current density [A/m²], anodic (charge) positive. */
  readonly currentDensity: number;
  readonly start: number;
  readonly duration: number;
  /** Why the step ended: its cut-off voltage, its time limit, or it started beyond the cut-off. */
  readonly end: 'cutoff' | 'time' | 'already-past-cutoff';
  /** Charge passed [C/kg host] and the same in mAh/g. */
  readonly specificCharge: number;
  readonly capacityMilliampHoursPerGram: number;
  /** Mg in the particle at the start and end of the step [mol]. */
  readonly inventoryStart: ParticleInventory;
  readonly inventoryEnd: ParticleInventory;
  /** Mg that entered the particle through its surface during the step [mol] (−i·A·t/zF, exact). */
  readonly mgInserted: number;
  readonly points: readonly HalfCellPoint[];
}

export interface HalfCellRun {
  readonly steps: readonly HalfCellStepResult[];
  /** State at the end of the run (pass it to the next `run`). */
  readonly state: Float64Array;
  readonly time: number;
}

export interface HalfCellRunOptions {
  /** Start time [s], default 0. */
  readonly t0?: number;
  /** Also record a point every `sampleInterval` seconds of each step (from the dense output); default: accepted steps only. */
  readonly sampleInterval?: number;
}

export interface HalfCell {
  readonly particle: SphericalParticle;
  /** Current density of 1C at the particle surface [A/m²]. */
  readonly oneCCurrentDensity: number;
  /** Mass of host in the particle [kg]. */
  readonly hostMass: number;
  /** A uniform initial state. */
  initialState(filling: ParticleFilling): Float64Array;
  /** Cell voltage [V] of state y carrying interfacial current density i [A/m²] (anodic positive). */
  voltage(y: Float64Array, currentDensity: number): { voltage: number; ocv: number; overpotential: number };
  /** Run steps in order from state y0 (not modified) at time t0. */
  run(steps: readonly HalfCellStep[], y0: Float64Array, options?: HalfCellRunOptions): HalfCellRun;
}

/**
 * Build a half-cell and its integrator. Galvanostatic steps are integrated with the project's
 * Rosenbrock solver (RODAS4, banded analytic Jacobian from the particle block, autonomous within a
 * step) and stopped by a terminal event at the voltage cut-off (downward crossing on discharge,
 * upward on charge), located on the dense output.
 */
export function createHalfCell(spec: HalfCellSpec): HalfCell {
  const particle = createSphericalParticle(spec.particle);
  const { temperature: T, kinetics, ocv } = spec;
  const ce = spec.electrolyteConcentration;
  const cMax = particle.maxConcentration;
  if (!(spec.hostMolarMass > 0 && spec.mgPerFormulaUnit > 0)) throw new InputError('hostMolarMass (kg/mol) and mgPerFormulaUnit must be > 0');
  const hostMass = particle.volume * (cMax / spec.mgPerFormulaUnit) * spec.hostMolarMass;
  const zF = Z_MG * FARADAY;
  const oneC = (zF * cMax * particle.volume) / 3600 / particle.surfaceArea;
  const n = particle.size;
  const bandwidth = particle.bandwidth;
  let flux = 0;
  const problem: OdeProblem = {
    n,
    bandwidth,
    rhs: (_t, y, dydt) => particle.writeDerivatives(y, 0, dydt, flux, T),
    jacobian: (_t, y, J) => particle.writeJacobian(y, 0, T, J, (i, j) => jacobianIndex(n, bandwidth, i, j)),
  };
  const solver: RosenbrockSolver = createRosenbrock(problem, { rtol: spec.rtol ?? 1e-6, atol: 1e-9 * cMax, autonomous: true });
  const perFormulaUnit = cMax / spec.mgPerFormulaUnit;

  const voltage = (y: Float64Array, current: number) => {
    const s = cathodeSurface(particle, ocv, kinetics, y, 0, current, ce, T);
    return { voltage: s.potential, ocv: s.ocv, overpotential: s.overpotential };
  };

  const point = (t: number, y: Float64Array, current: number, charge: number): HalfCellPoint => {
    const v = voltage(y, current);
    const inv = particle.inventory(y, 0);
    const perFu = particle.volume * perFormulaUnit;
    return {
      time: t,
      ...v,
      specificCharge: charge,
      mobileX: inv.mobile / perFu,
      trappedX: inv.trapped / perFu,
      surfaceX: particle.surfaceConcentration(y, 0, insertionFluxFromCurrent(current), T) / perFormulaUnit,
    };
  };

  const run = (steps: readonly HalfCellStep[], y0: Float64Array, options: HalfCellRunOptions = {}): HalfCellRun => {
    const t0 = options.t0 ?? 0;
    const dtSample = options.sampleInterval;
    if (dtSample !== undefined && !(dtSample > 0)) throw new InputError(`sampleInterval must be > 0 s; got ${dtSample}`);
    if (y0.length !== n) throw new InputError(`state must have length ${n}; got ${y0.length}`);
    let y: Float64Array = Float64Array.from(y0);
    let t = t0;
    let h0: number | undefined;
    const results: HalfCellStepResult[] = [];
    steps.forEach((step, index) => {
      const current = step.kind === 'rest' ? 0 : (step.kind === 'charge' ? 1 : -1) * step.cRate * oneC;
      if (step.kind !== 'rest' && !(step.cRate > 0 && Number.isFinite(step.cutoff))) throw new InputError(`steps[${index}]: a ${step.kind} needs cRate > 0 and a finite cutoff voltage`);
      const maxDuration = step.kind === 'rest' ? step.duration : (step.maxDuration ?? (2 * 3600) / step.cRate);
      if (!(maxDuration > 0)) throw new InputError(`steps[${index}]: the duration must be > 0 s`);
      flux = insertionFluxFromCurrent(current);
      const inventoryStart = particle.inventory(y, 0);
      const specific = (tt: number): number => (Math.abs(current) * particle.surfaceArea * (tt - t)) / hostMass;
      const start = t;
      const points: HalfCellPoint[] = [point(t, y, current, 0)];
      const events: EventSpec[] = [];
      let end: HalfCellStepResult['end'] = 'time';
      if (step.kind !== 'rest') {
        const sign = step.kind === 'discharge' ? -1 : 1;
        const g = (_t: number, yy: Float64Array): number => voltage(yy, current).voltage - step.cutoff;
        if (sign * g(t, y) >= 0) end = 'already-past-cutoff';
        events.push({ g, direction: sign, terminal: true });
      }
      let tEnd = t;
      if (end !== 'already-past-cutoff') {
        const tOut: number[] = [];
        if (dtSample !== undefined) for (let k = 1; k * dtSample < maxDuration; k++) tOut.push(t + k * dtSample);
        const result = solver.integrate(t, y, t + maxDuration, {
          events,
          ...(tOut.length > 0 ? { tOut } : {}),
          ...(h0 !== undefined ? { h0 } : {}),
          onStep: (tt, yy) => {
            points.push(point(tt, yy, current, specific(tt)));
          },
        });
        if (result.status === 'event') end = 'cutoff';
        const out = result.output;
        if (out !== undefined) {
          for (let k = 0; k < out.count; k++) {
            const tk = out.t[k] ?? 0;
            points.push(point(tk, out.y.subarray(k * n, (k + 1) * n), current, specific(tk)));
          }
          points.sort((a, b) => a.time - b.time);
        }
        tEnd = result.t;
        y = result.y;
        h0 = result.hNext > 0 ? result.hNext : undefined;
      }
      const charge = specific(tEnd);
      results.push({
        step,
        currentDensity: current,
        start,
        duration: tEnd - start,
        end,
        specificCharge: charge,
        capacityMilliampHoursPerGram: charge / COULOMBS_PER_KILOGRAM_PER_MAH_PER_GRAM,
        inventoryStart,
        inventoryEnd: particle.inventory(y, 0),
        mgInserted: flux * particle.surfaceArea * (tEnd - start),
        points,
      });
      t = tEnd;
    });
    return { steps: results, state: y, time: t };
  };

  return {
    particle,
    oneCCurrentDensity: oneC,
    hostMass,
    initialState(filling) {
      const y = new Float64Array(n);
      particle.writeInitialState(y, 0, filling);
      return y;
    },
    voltage,
    run,
  };
}
