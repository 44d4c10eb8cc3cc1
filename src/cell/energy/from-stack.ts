import {
  DataError,
  FARADAY,
  InputError,
  resolveParams,
  Z_MG,
  type CoulombsPerKilogram,
  type ResolvedParams,
  type Volts,
} from '../../units/index.ts';
import type { CycleSummary, FailureReason, SimulationResult } from '../results.ts';
import type { CathodeSpec, LiquidLayer, ParameterSource, Stack } from '../stack/types.ts';
import { ENERGY_PARAMS, parseElectrolyteExcess, type CapacityBasis } from './params.ts';
import type { StackInput } from './types.ts';
import { ONE_MAH_PER_G } from './units.ts';

/**
 * From a stack file (a loaded `Stack`) to the `StackInput` of `stackEnergyDensity`: a pure mapping,
 * with an `InputError` naming the stack field when something it needs is missing. What comes from
 * where:
 *
 *   cathode.massLoading → active mass loading (the simulator's mass basis: the `cathode.formula` unit)
 *   cathode.density → active-material density;  cathode.initialFill > 0 → magnesiated (the Mg source)
 *   capacity: energy.capacity = theoretical → usableFraction·2·mgPerFormulaUnit·F/molarMass;
 *             measured → energy.specificCapacity;  or an override (a simulated cycle)
 *   metal.thickness → Mg foil per face (full cells; an anode-free cell starts with N/P = 0)
 *   the liquid layer → separator thickness and porosity, electrolyte density
 *   energy.* → coating fractions, carbon and binder densities, porosity, separator density,
 *              collectors, single/double-sided, excess electrolyte, plated-Mg volume, Ū
 */

export type EnergyParams = ResolvedParams<typeof ENERGY_PARAMS>;

/** Values that replace the energy section's capacity and voltage, e.g. from a simulated cycle. */
export interface EnergyOverrides {
  /** Usable specific capacity per mass of cathode active material (`cathode.massLoading` basis) [C/kg]. */
  readonly specificCapacity?: CoulombsPerKilogram;
  /** Mean discharge voltage [V]. */
  readonly meanDischargeVoltage?: Volts;
  /** Where the overrides come from, shown with the assumptions (e.g. "simulation of …, cycle 1"). */
  readonly source?: string;
}

/**
 * An `InputError` about one field of the stack file; `field` is its path as YAML keys (e.g.
 * `['cell', 'kind']`), so an app holding the file can add its line. The message starts with the
 * dotted path.
 */
export class StackFieldError extends InputError {
  override readonly name: string = 'StackFieldError';
  constructor(
    readonly field: readonly (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

/** The stack's energy section, or every default when the file has none. */
export function energyParams(stack: Stack): EnergyParams {
  if (stack.energy !== undefined) return stack.energy;
  const r = resolveParams(ENERGY_PARAMS, {});
  if (r.kind === 'error') throw new DataError(`the defaults of the energy section do not resolve: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.value;
}

/** The cathode of a full or anode-free cell; an `InputError` for any other cell. */
export function energyCathode(stack: Stack): CathodeSpec {
  const kind = stack.cell.kind;
  if (kind === 'symmetric' || kind === 'mg-cu') {
    throw new StackFieldError(
      ['cell', 'kind'],
      `cell.kind is ${kind}: ${kind === 'symmetric' ? 'a symmetric Mg||Mg' : 'an Mg||Cu'} cell has no cathode, so it has no energy density; the energy density needs cell.kind full or anode-free with a cathode section`,
    );
  }
  if (stack.cathode === undefined) throw new StackFieldError(['cathode'], `cathode: a ${kind} cell needs a cathode section (massLoading, density, formula, …) for its energy density`);
  return stack.cathode;
}

/** The liquid layer (the electrolyte-filled separator) and its index in `layers`. */
export function energySeparator(stack: Stack): { readonly layer: LiquidLayer; readonly index: number } {
  const index = stack.layers.findIndex((l) => l.kind === 'liquid');
  const layer = stack.layers[index];
  if (layer === undefined || layer.kind !== 'liquid') {
    throw new StackFieldError(['layers'], 'layers: the stack has no liquid layer, but the energy density takes the separator (thickness, porosity) and the electrolyte density from it');
  }
  return { layer, index };
}

/**
 * Theoretical specific capacity of the cathode section, as the simulator counts it:
 *
 *   q_th = x·z·F / M
 *
 * x [1] `cathode.mgPerFormulaUnit`; z = 2; F [C/mol]; M [kg/mol] `cathode.molarMass` (the host
 * formula unit, e.g. Mo₆S₈: 2·2·96485/0.8322 = 128.8 mAh/g).
 * Source: Faraday's law; the same expression as the cell model's cathode constants.
 */
export function stackTheoreticalCapacity(cathode: CathodeSpec): CoulombsPerKilogram {
  return ((cathode.params.mgPerFormulaUnit * Z_MG * FARADAY) / cathode.params.molarMass) as CoulombsPerKilogram;
}

/** The usable specific capacity and where it came from. */
export interface UsableCapacity {
  readonly value: CoulombsPerKilogram;
  readonly basis: CapacityBasis | 'override';
  readonly theoretical: CoulombsPerKilogram;
}

export function stackUsableCapacity(stack: Stack, overrides: EnergyOverrides = {}): UsableCapacity {
  const cathode = energyCathode(stack);
  const e = energyParams(stack);
  const theoretical = stackTheoreticalCapacity(cathode);
  if (overrides.specificCapacity !== undefined) return { value: overrides.specificCapacity, basis: 'override', theoretical };
  if (e.capacity === 'measured') return { value: e.specificCapacity, basis: 'measured', theoretical };
  return { value: (e.usableFraction * theoretical) as CoulombsPerKilogram, basis: 'theoretical', theoretical };
}

/** Tolerance on active + carbon + binder = 1 (fractions written with a few decimals); the sum is then normalised. */
const FRACTION_SUM_TOLERANCE = 1e-6;

/**
 * The `StackInput` of a full or anode-free stack, per face of its cathode coating (see the table at
 * the top of this file). `overrides` replace the energy section's capacity and mean voltage.
 * Throws `InputError` naming the stack field: a cell without a cathode (symmetric, mg-cu), no
 * liquid layer, coating fractions that do not sum to 1, a cell without cyclable Mg (anode-free
 * with `cathode.initialFill` 0; full with no Mg foil and an Mg-free cathode), a non-positive
 * override.
 */
export function energyInputFromStack(stack: Stack, overrides: EnergyOverrides = {}): StackInput {
  const cathode = energyCathode(stack);
  const e = energyParams(stack);
  const { layer } = energySeparator(stack);
  for (const [name, v] of [
    ['specific capacity', overrides.specificCapacity],
    ['mean discharge voltage', overrides.meanDischargeVoltage],
  ] as const) {
    if (v !== undefined && !(Number.isFinite(v) && v > 0)) throw new InputError(`the ${name}${overrides.source !== undefined ? ` from ${overrides.source}` : ''} must be > 0; got ${v}`);
  }

  const sum = e.activeFraction + e.carbonFraction + e.binderFraction;
  if (Math.abs(sum - 1) > FRACTION_SUM_TOLERANCE) {
    throw new StackFieldError(
      ['energy', 'activeFraction'],
      `energy.activeFraction + energy.carbonFraction + energy.binderFraction must sum to 1 (the dry cathode coating); got ${e.activeFraction} + ${e.carbonFraction} + ${e.binderFraction} = ${Number(sum.toPrecision(6))}`,
    );
  }

  const kind = stack.cell.kind;
  const magnesiated = cathode.params.initialFill > 0;
  if (kind === 'anode-free' && !magnesiated) {
    throw new StackFieldError(['cathode', 'initialFill'], 'cathode.initialFill is 0 (an Mg-free host), but an anode-free cell takes all its Mg from the cathode: set cathode.initialFill to 1 (assembled magnesiated, e.g. Mg2Mo6S8)');
  }
  if (kind === 'full' && !magnesiated && !(stack.metal.thickness > 0)) {
    throw new StackFieldError(['metal', 'thickness'], 'metal.thickness is 0 and cathode.initialFill is 0: the full cell has no cyclable Mg (give the Mg foil a thickness, or start the cathode magnesiated)');
  }

  const capacity = stackUsableCapacity(stack, overrides);
  return {
    cathode: {
      activeMaterial: { kind: 'measured', specificCapacity: capacity.value },
      amount: { kind: 'mass-loading', activeMassLoading: cathode.params.massLoading },
      porosity: e.coatingPorosity,
      massFractions: { active: e.activeFraction / sum, carbon: e.carbonFraction / sum, binder: e.binderFraction / sum },
      densities: { active: cathode.params.density, carbon: e.carbonDensity, binder: e.binderDensity },
      magnesiated,
    },
    // A full cell keeps the simulated cell's N/P: the foil thickness per face is metal.thickness.
    anode: kind === 'anode-free' ? { kind: 'anode-free', npRatio: 0 } : { kind: 'magnesium-foil', thickness: stack.metal.thickness },
    separator: { thickness: layer.params.thickness, porosity: layer.params.porosity, density: e.separatorDensity },
    electrolyte: { density: layer.params.density, excess: parseElectrolyteExcess(e.electrolyteExcess, e.electrolyteExcessVolume === 'counted') },
    currentCollectors: {
      cathode: { thickness: e.cathodeCollectorThickness, density: e.cathodeCollectorDensity },
      anode: { thickness: e.anodeCollectorThickness, density: e.anodeCollectorDensity },
    },
    coating: e.coating,
    platedMagnesium: e.platedMagnesium === 'counted' ? { kind: 'counted', porosity: e.platedMagnesiumPorosity } : { kind: 'not-counted' },
    meanDischargeVoltage: overrides.meanDischargeVoltage ?? e.meanDischargeVoltage,
  };
}

/** One input of the energy density with its value as written and where it came from. */
export interface EnergyAssumption {
  /** Dotted stack path (`energy.coatingPorosity`, `layers[0].thickness`), or what a simulation gave. */
  readonly parameter: string;
  readonly value: string;
  readonly source: string;
  readonly origin: ParameterSource['origin'] | 'simulation';
}

/**
 * Every stack parameter `energyInputFromStack` reads for this stack, in the order of the stack
 * (cell, cathode, capacity, coating, separator, anode, collectors), with its value and source from
 * the loader's record (`stack.sources`) or, for an absent energy section, the declared default.
 */
export function energyAssumptions(stack: Stack, overrides: EnergyOverrides = {}): EnergyAssumption[] {
  const e = energyParams(stack);
  const input = energyInputFromStack(stack, overrides);
  const { index } = energySeparator(stack);
  const paths: string[] = ['cell.kind', 'cathode.massLoading', 'cathode.density', 'cathode.initialFill'];
  if (overrides.specificCapacity === undefined) {
    paths.push('energy.capacity');
    paths.push(...(e.capacity === 'theoretical' ? ['cathode.formula', 'cathode.molarMass', 'cathode.mgPerFormulaUnit', 'energy.usableFraction'] : ['energy.specificCapacity']));
  }
  if (overrides.meanDischargeVoltage === undefined) paths.push('energy.meanDischargeVoltage');
  paths.push('energy.activeFraction', 'energy.carbonFraction', 'energy.binderFraction', 'energy.carbonDensity', 'energy.binderDensity', 'energy.coatingPorosity');
  paths.push(`layers[${index}].thickness`, `layers[${index}].porosity`, 'energy.separatorDensity', `layers[${index}].density`, 'energy.electrolyteExcess');
  if (input.electrolyte.excess.kind !== 'none') paths.push('energy.electrolyteExcessVolume');
  if (input.anode.kind === 'magnesium-foil') paths.push('metal.thickness');
  if (input.cathode.magnesiated) {
    paths.push('energy.platedMagnesium');
    if (input.platedMagnesium.kind === 'counted') paths.push('energy.platedMagnesiumPorosity');
  }
  paths.push('energy.coating', 'energy.cathodeCollectorThickness', 'energy.cathodeCollectorDensity', 'energy.anodeCollectorThickness', 'energy.anodeCollectorDensity');

  const out: EnergyAssumption[] = paths.map((parameter) => {
    const s = stack.sources.find((p) => p.parameter === parameter);
    if (s !== undefined) return { parameter, value: s.value, source: s.source, origin: s.origin };
    const key = parameter.startsWith('energy.') ? parameter.slice('energy.'.length) : undefined;
    const def = key !== undefined && Object.hasOwn(ENERGY_PARAMS, key) ? ENERGY_PARAMS[key as keyof typeof ENERGY_PARAMS] : undefined;
    if (def !== undefined) return { parameter, value: def.default, source: def.source, origin: 'default' };
    return { parameter, value: '—', source: 'not recorded (a stack built without the loader)', origin: 'default' };
  });
  const from = overrides.source ?? 'an override';
  if (overrides.specificCapacity !== undefined) {
    out.push({ parameter: 'specific capacity', value: `${(overrides.specificCapacity / ONE_MAH_PER_G).toFixed(2)} mAh/g`, source: from, origin: 'simulation' });
  }
  if (overrides.meanDischargeVoltage !== undefined) {
    out.push({ parameter: 'mean discharge voltage', value: `${overrides.meanDischargeVoltage.toFixed(4)} V`, source: from, origin: 'simulation' });
  }
  return out;
}

/**
 * What the mapping assumes beyond the numbers, in words: the mass basis, a partial initial fill,
 * the layers that are not counted.
 */
export function energyMappingNotes(stack: Stack): string[] {
  const cathode = energyCathode(stack);
  const { index } = energySeparator(stack);
  const notes: string[] = [
    `active mass = cathode.massLoading, on the basis of the simulator (one ${cathode.params.formula} formula unit, M = ${(cathode.params.molarMass * 1000).toFixed(1)} g/mol)${
      cathode.params.initialFill > 0 ? '; the Mg of the magnesiated cathode is counted only if the loading includes it' : ''
    }`,
  ];
  if (stack.cell.kind === 'full') notes.push('Mg foil per face = metal.thickness: the N/P of the simulated cell is kept (a double-sided stack shares a foil twice as thick)');
  if (cathode.params.initialFill > 0 && cathode.params.initialFill < 1) {
    notes.push(`cathode.initialFill is ${cathode.params.initialFill}: the Mg inventory is not scaled by it; the cathode counts as magnesiated`);
  }
  const solids = stack.layers.filter((l, i) => i !== index && l.kind === 'solid');
  if (solids.length > 0) notes.push(`not counted: the solid layer${solids.length === 1 ? '' : 's'} ${solids.map((l) => `"${l.name}" (${(l.params.thickness * 1e6).toPrecision(3)} µm)`).join(', ')} and the film`);
  return notes;
}

/** Failures that cut a cycle short (its summary line is partial); the per-cycle stop conditions end a complete cycle. */
const IN_CYCLE_FAILURES: ReadonlySet<FailureReason> = new Set<FailureReason>(['overpotential', 'voltage', 'sand', 'inventory', 'electronic-short', 'film-thickness', 'solver']);

/**
 * The first full cycle of a full-cell simulation: the first completed cycle with a positive
 * discharge capacity (the simulator's reference for retention; a formation step outside every
 * repeat block is no cycle). Undefined when there is none.
 */
export function firstFullCycle(result: SimulationResult): CycleSummary | undefined {
  const f = result.failure;
  return result.summary.find(
    (s) =>
      s.dischargeCapacity_mAh_g !== null &&
      s.dischargeCapacity_mAh_g > 0 &&
      s.meanDischargeVoltage_V !== null &&
      !(f !== null && f.cycle === s.cycle && IN_CYCLE_FAILURES.has(f.reason)),
  );
}

/** The overrides from a simulation: the first full cycle's discharge capacity and mean discharge voltage. */
export function overridesFromSimulation(result: SimulationResult, what = 'the simulation of the stack’s protocol'): EnergyOverrides & { readonly cycle: CycleSummary } {
  const cycle = firstFullCycle(result);
  if (cycle === undefined || cycle.dischargeCapacity_mAh_g === null || cycle.meanDischargeVoltage_V === null) {
    throw new InputError(
      `${what} has no full cycle with a discharge (${result.failure !== null ? `it ended in cycle ${result.failure.cycle ?? '—'}: ${result.failure.message}` : `${result.summary.length} cycles, none discharged`}): the protocol needs a repeat block with a Discharge step`,
    );
  }
  return {
    cycle,
    specificCapacity: (cycle.dischargeCapacity_mAh_g * ONE_MAH_PER_G) as CoulombsPerKilogram,
    meanDischargeVoltage: cycle.meanDischargeVoltage_V as Volts,
    source: `${what}, cycle ${cycle.cycle} (the first full cycle)`,
  };
}
