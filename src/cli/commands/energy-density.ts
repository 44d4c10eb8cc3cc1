import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import {
  energyAssumptions,
  energyCathode,
  energyInputFromStack,
  energyMappingNotes,
  energyParams,
  ONE_G_PER_CM3,
  ONE_MAH_PER_CM2,
  ONE_MAH_PER_G,
  ONE_MG_PER_CM2,
  ONE_MWH_PER_CM2,
  overridesFromSimulation,
  stackEnergyDensity,
  stackUsableCapacity,
  type EnergyAssumption,
  type EnergyOverrides,
  StackFieldError,
  type StackEnergyDensity,
} from '../../cell/energy/index.ts';
import { simulate, type CycleSummary, type SimulationResult, type Stack } from '../../cell/index.ts';
import { readYaml } from '../../io/index.ts';
import { InputError, toUnit } from '../../units/index.ts';
import { printJson, type Io } from '../io.ts';
import { readStack } from './simulate.ts';

interface EnergyDensityOptions {
  json?: boolean;
  fromSimulation?: boolean;
}

const UM = 1e-6;
const whPerKg = (r: StackEnergyDensity): number => toUnit(r.gravimetric, 'specificEnergy', 'Wh/kg');
const whPerL = (r: StackEnergyDensity): number => toUnit(r.volumetric, 'energyDensity', 'Wh/L');
const round = (x: number, digits = 6): number => Number(x.toPrecision(digits));

/** Where the capacity and voltage came from, and the simulated cycle when `--from-simulation`. */
interface CapacityOrigin {
  readonly basis: 'theoretical' | 'measured' | 'simulation';
  readonly theoretical_mAh_g: number;
  readonly usableFraction: number | null;
  readonly specificCapacity_mAh_g: number;
  readonly meanDischargeVoltage_V: number;
  readonly from: string;
}

function capacityOrigin(stack: Stack, overrides: EnergyOverrides): CapacityOrigin {
  const e = energyParams(stack);
  const cathode = energyCathode(stack).params;
  const c = stackUsableCapacity(stack, overrides);
  const basis = c.basis === 'override' ? 'simulation' : c.basis;
  return {
    basis,
    theoretical_mAh_g: round(c.theoretical / ONE_MAH_PER_G),
    usableFraction: basis === 'theoretical' ? e.usableFraction : null,
    specificCapacity_mAh_g: round(c.value / ONE_MAH_PER_G),
    meanDischargeVoltage_V: round(overrides.meanDischargeVoltage ?? e.meanDischargeVoltage),
    from:
      basis === 'simulation'
        ? (overrides.source ?? 'a simulation')
        : basis === 'theoretical'
          ? `energy.usableFraction ${e.usableFraction} × theoretical ${(c.theoretical / ONE_MAH_PER_G).toFixed(1)} mAh/g (cathode: ${cathode.mgPerFormulaUnit} Mg per ${cathode.formula}, ${(cathode.molarMass * 1000).toFixed(1)} g/mol); Ū from energy.meanDischargeVoltage`
          : 'energy.specificCapacity (measured); Ū from energy.meanDischargeVoltage',
  };
}

function simulationJson(r: SimulationResult, cycle: CycleSummary): Record<string, unknown> {
  const last = r.summary[r.summary.length - 1];
  return {
    cycle: cycle.cycle,
    dischargeCapacity_mAh_g: cycle.dischargeCapacity_mAh_g,
    meanDischargeVoltage_V: cycle.meanDischargeVoltage_V,
    dischargeEnergy_Wh_kg: cycle.dischargeEnergy_Wh_kg,
    cycles: r.summary.length,
    status: r.status,
    lastRetention: last?.retention ?? null,
    failure: r.failure,
    warnings: r.warnings,
  };
}

function energyJson(
  file: string,
  stack: Stack,
  r: StackEnergyDensity,
  capacity: CapacityOrigin,
  assumptions: readonly EnergyAssumption[],
  notes: readonly string[],
  simulation: Record<string, unknown> | null,
): Record<string, unknown> {
  return {
    name: stack.name,
    file,
    kind: stack.cell.kind,
    gravimetric_Wh_kg: round(whPerKg(r)),
    volumetric_Wh_L: round(whPerL(r)),
    arealEnergy_mWh_cm2: round(r.arealEnergy / ONE_MWH_PER_CM2),
    arealCapacity_mAh_cm2: round(r.arealCapacity / ONE_MAH_PER_CM2),
    meanDischargeVoltage_V: round(r.meanDischargeVoltage),
    limitingElectrode: r.limitingElectrode,
    npRatio: round(r.npRatio),
    capacity,
    cathode: {
      specificCapacity_mAh_g: round(r.cathode.specificCapacity / ONE_MAH_PER_G),
      arealCapacity_mAh_cm2: round(r.cathode.arealCapacity / ONE_MAH_PER_CM2),
      activeMassLoading_mg_cm2: round(r.cathode.activeMassLoading / ONE_MG_PER_CM2),
      thickness_um: round(r.cathode.thickness / UM),
      coatingDensity_g_cm3: round(r.cathode.coatingDensity / ONE_G_PER_CM3),
    },
    anode: {
      arealCapacity_mAh_cm2: round(r.anode.arealCapacity / ONE_MAH_PER_CM2),
      magnesiumInventory_mAh_cm2: round(r.anode.magnesiumInventory / ONE_MAH_PER_CM2),
    },
    totalArealMass_mg_cm2: round(r.totalArealMass / ONE_MG_PER_CM2),
    totalThickness_um: round(r.totalThickness / UM),
    components: r.components.map((c) => ({
      id: c.id,
      label: c.label,
      arealMass_mg_cm2: round(c.arealMass / ONE_MG_PER_CM2),
      thickness_um: round(c.thickness / UM),
      massFraction: round(c.massFraction),
      volumeFraction: round(c.volumeFraction),
    })),
    simulation,
    assumptions,
    notes,
  };
}

function textReport(
  file: string,
  stack: Stack,
  r: StackEnergyDensity,
  capacity: CapacityOrigin,
  assumptions: readonly EnergyAssumption[],
  notes: readonly string[],
  sim: { readonly result: SimulationResult; readonly cycle: CycleSummary } | null,
): string {
  const lines = [`${stack.name}  (${file}, ${stack.cell.kind})`];
  lines.push(
    `  energy density: ${whPerKg(r).toFixed(1)} Wh/kg, ${whPerL(r).toFixed(1)} Wh/L  (stack repeat unit, per face: ${(r.arealEnergy / ONE_MWH_PER_CM2).toFixed(3)} mWh/cm² in ${(r.totalArealMass / ONE_MG_PER_CM2).toFixed(2)} mg/cm² and ${(r.totalThickness / UM).toFixed(1)} µm)`,
  );
  if (sim !== null) {
    const last = sim.result.summary[sim.result.summary.length - 1];
    lines.push(
      `  from the simulation: capacity and mean discharge voltage of cycle ${sim.cycle.cycle} (the first full cycle) of the stack's protocol, instead of the energy section's; the run ${
        sim.result.failure === null ? `completed ${sim.result.summary.length} cycles` : `ended in cycle ${sim.result.failure.cycle ?? '—'} (${sim.result.failure.reason})`
      }${last?.retention != null ? `, retention ${(100 * last.retention).toFixed(1)} % at cycle ${last.cycle}` : ''}`,
    );
  }
  lines.push(
    `  capacity: ${capacity.specificCapacity_mAh_g.toFixed(1)} mAh/g (${capacity.basis}) × ${(r.cathode.activeMassLoading / ONE_MG_PER_CM2).toFixed(2)} mg/cm² = ${(r.cathode.arealCapacity / ONE_MAH_PER_CM2).toFixed(3)} mAh/cm²; cell ${(r.arealCapacity / ONE_MAH_PER_CM2).toFixed(3)} mAh/cm² × Ū ${r.meanDischargeVoltage.toFixed(3)} V`,
  );
  lines.push(`    from ${capacity.from}`);
  lines.push(
    `  limiting electrode: ${r.limitingElectrode}; N/P = ${r.npRatio.toFixed(2)} (Mg on the anode as assembled ${(r.anode.arealCapacity / ONE_MAH_PER_CM2).toFixed(3)} mAh/cm², Mg inventory ${(r.anode.magnesiumInventory / ONE_MAH_PER_CM2).toFixed(3)} mAh/cm²)`,
  );
  lines.push(`  cathode coating: ${(r.cathode.thickness / UM).toFixed(1)} µm, dry density ${(r.cathode.coatingDensity / ONE_G_PER_CM3).toFixed(2)} g/cm³`);
  lines.push('');
  lines.push('  component               mass [mg/cm²]   mass [%]   thickness [µm]   volume [%]');
  for (const c of r.components) {
    lines.push(
      `  ${c.id.padEnd(22)}  ${(c.arealMass / ONE_MG_PER_CM2).toFixed(3).padStart(13)}   ${(100 * c.massFraction).toFixed(1).padStart(8)}   ${(c.thickness / UM).toFixed(2).padStart(14)}   ${(100 * c.volumeFraction).toFixed(1).padStart(10)}   ${c.label}`,
    );
  }
  lines.push(`  ${'total'.padEnd(22)}  ${(r.totalArealMass / ONE_MG_PER_CM2).toFixed(3).padStart(13)}   ${'100.0'.padStart(8)}   ${(r.totalThickness / UM).toFixed(2).padStart(14)}   ${'100.0'.padStart(10)}`);
  lines.push('');
  lines.push('  assumptions (parameter = value  [origin] source):');
  const width = Math.max(...assumptions.map((a) => a.parameter.length + a.value.length + 3));
  for (const a of assumptions) lines.push(`    ${`${a.parameter} = ${a.value}`.padEnd(width)}  [${a.origin}] ${a.source}`);
  lines.push('  notes:');
  for (const n of notes) lines.push(`    - ${n}`);
  if (sim !== null) for (const w of sim.result.warnings) lines.push(`  warning (simulation): ${w}`);
  return lines.join('\n');
}

/** A `StackFieldError` with the file and the line of its field (or of its section when the field is not written). */
function withLine<T>(file: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof StackFieldError)) throw e;
    let line: number | undefined;
    try {
      const y = readYaml(file, readFileSync(file, 'utf8'));
      if (y.kind === 'ok') line = y.source.lineOf(e.field) ?? y.source.lineOf(e.field.slice(0, 1));
    } catch {
      // the file was read once already; without it the message has no line
    }
    throw new InputError(`${file}${line !== undefined ? `:${line}` : ''}: ${e.message}`);
  }
}

export function energyDensityCommand(io: Io): Command {
  return new Command('energy-density')
    .description('stack-level energy density (Wh/kg, Wh/L) of a full or anode-free cell stack, with the mass and thickness of every component and the source of every assumption')
    .argument('<stack>', 'stack file (YAML) of a full or anode-free cell; the optional "energy:" section holds coating, collectors, separator material, electrolyte excess, capacity and voltage (see `interphase stack params`)')
    .option('--json', 'print JSON')
    .option('--from-simulation', "run the stack's protocol and use the first full cycle's discharge capacity and mean discharge voltage instead of the energy section's")
    .action((file: string, o: EnergyDensityOptions) => {
      const stack = readStack(file, (line) => io.err(`${line}\n`));
      // Check the mapping before any simulation: a symmetric cell or a bad energy section fails at once.
      withLine(file, () => energyInputFromStack(stack));
      let sim: { result: SimulationResult; cycle: CycleSummary } | null = null;
      let overrides: EnergyOverrides = {};
      if (o.fromSimulation === true) {
        const result = simulate(stack);
        const { cycle, ...rest } = overridesFromSimulation(result, `the simulation of ${file}`);
        sim = { result, cycle };
        overrides = rest;
      }
      const r = stackEnergyDensity(energyInputFromStack(stack, overrides));
      const capacity = capacityOrigin(stack, overrides);
      const assumptions = energyAssumptions(stack, overrides);
      const notes = [...energyMappingNotes(stack), ...r.notes];
      if (o.json === true) {
        printJson(io, energyJson(file, stack, r, capacity, assumptions, notes, sim === null ? null : simulationJson(sim.result, sim.cycle)));
        return;
      }
      io.out(`${textReport(file, stack, r, capacity, assumptions, notes, sim)}\n`);
    });
}
