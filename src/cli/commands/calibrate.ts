import { Command } from 'commander';
import { calibrate, CATHODE_PARAMS, FILM_PARAMS, METAL_PARAMS, simulate, WATER_PARAMS, withParameter, type Stack, type StackParameter } from '../../cell/index.ts';
import { DIMENSIONS, InputError, parseQuantity, toUnit, type ParamDefs } from '../../units/index.ts';
import { printJson, type Io } from '../io.ts';
import { readStack } from './simulate.ts';

const SECTIONS: Record<StackParameter['section'], ParamDefs | undefined> = {
  film: FILM_PARAMS,
  metal: METAL_PARAMS,
  water: WATER_PARAMS,
  cathode: CATHODE_PARAMS,
  degradation: undefined,
};

interface CalibrateOptions {
  parameter: string;
  retention?: string;
  ce?: string;
  after: string;
  min: string;
  max: string;
  rtol?: string;
  json?: boolean;
}

function parsePercent(text: string, flag: string): number {
  const r = parseQuantity(text.includes('%') ? text : `${text} %`, 'dimensionless');
  if (r.kind === 'error' || !(r.value.value > 0 && r.value.value <= 1)) throw new InputError(`${flag} "${text}" must be a percentage in (0, 100], e.g. "92 %"`);
  return r.value.value;
}

/**
 * The same stack run for exactly `cycles` cycles: its own stop conditions (end-of-life criteria
 * such as "capacity < 80 %") are dropped, so every trial reaches the cycle of the reported value.
 */
function upTo(stack: Stack, cycles: number): Stack {
  return { ...stack, protocol: { ...stack.protocol, stop: [{ kind: 'cycles', count: cycles, text: `cycles >= ${cycles}`, path: 'calibrate' }] } };
}

export function calibrateCommand(io: Io): Command {
  return new Command('calibrate')
    .description('fit one parameter of a stack so the simulation reproduces a reported retention (full cells) or Coulombic efficiency after N cycles')
    .argument('<stack>', 'stack file (YAML)')
    .requiredOption('--parameter <section.key>', 'the parameter to fit, e.g. cathode.activeMaterialLoss or film.solventDiffusivity')
    .option('--retention <percent>', 'reported capacity retention, e.g. "92 %"')
    .option('--ce <percent>', 'reported Coulombic efficiency of that cycle, e.g. "98 %"')
    .requiredOption('--after <cycles>', 'the cycle the reported value belongs to')
    .requiredOption('--min <quantity>', 'lower end of the search, with its unit, e.g. "1e-6 cm^3/mol"')
    .requiredOption('--max <quantity>', 'upper end of the search')
    .option('--rtol <number>', 'integrator tolerance for the fitting runs (default 1e-4)')
    .option('--json', 'print JSON')
    .action((file: string, o: CalibrateOptions) => {
      const [section, key, ...rest] = o.parameter.split('.');
      const defs = section !== undefined ? SECTIONS[section as StackParameter['section']] : undefined;
      const def = key !== undefined && defs !== undefined && rest.length === 0 ? defs[key] : undefined;
      if (def === undefined || def.kind !== 'quantity') {
        throw new InputError(`--parameter "${o.parameter}" is not a numeric parameter: use section.key with section one of film, metal, water, cathode (see \`interphase stack params\`)`);
      }
      const parameter: StackParameter = { section: section as StackParameter['section'], key: key as string };
      const bound = (text: string, flag: string): number => {
        const r = parseQuantity(text, def.dimension);
        if (r.kind === 'error') throw new InputError(`${flag}: ${r.errors.message}`);
        return r.value.value;
      };
      const min = bound(o.min, '--min');
      const max = bound(o.max, '--max');
      const cycles = Number(o.after);
      if (!Number.isInteger(cycles) || cycles < 1) throw new InputError(`--after "${o.after}" must be a cycle number such as 700`);
      if ((o.retention === undefined) === (o.ce === undefined)) throw new InputError('give one target: --retention or --ce');
      const target = o.retention !== undefined ? parsePercent(o.retention, '--retention') : parsePercent(o.ce ?? '', '--ce');
      const rtol = o.rtol === undefined ? 1e-4 : Number(o.rtol);
      if (!(rtol > 0 && rtol < 0.1)) throw new InputError(`--rtol "${o.rtol}" must be a number between 0 and 0.1`);
      const stack = upTo(readStack(file, (line) => io.err(`${line}\n`)), cycles);
      const metricAt = (s: Stack, tol: number | undefined): number => {
        const r = simulate(s, tol === undefined ? {} : { rtol: tol });
        const line = r.summary.find((x) => x.cycle === cycles);
        const value = o.retention !== undefined ? line?.retention : line?.coulombicEfficiency;
        if (value === undefined || value === null) {
          throw new InputError(`the simulation did not reach cycle ${cycles} with a ${o.retention !== undefined ? 'retention' : 'Coulombic efficiency'} (${r.failure?.message ?? 'no such cycle'})`);
        }
        return value;
      };
      const metric = (s: Stack): number => metricAt(s, rtol);
      const showProgress = o.json !== true && process.stderr.isTTY === true;
      const result = calibrate(stack, parameter, target, metric, {
        min,
        max,
        tolerance: 1e-4,
        onEvaluation: (value, m) => {
          if (showProgress) io.err(`  ${o.parameter} = ${value.toExponential(4)} → ${(100 * m).toFixed(3)} %\n`);
        },
      });
      // The fit ran at the loose fitting tolerance; `interphase simulate` runs at its default one,
      // which can differ by a few tenths of a point over hundreds of cycles. Newton steps on ln p with
      // the fitted sensitivity, at the default tolerance, move the value to where the simulation the
      // user will run lands on the target.
      let fitted = result.value;
      let fittedMetric = metricAt(withParameter(stack, parameter, fitted), undefined);
      let refinements = 0;
      while (Math.abs(fittedMetric - target) > 2e-5 && refinements < 4 && result.sensitivity !== 0) {
        fitted *= Math.exp(-(fittedMetric - target) / result.sensitivity);
        fittedMetric = metricAt(withParameter(stack, parameter, fitted), undefined);
        refinements++;
      }
      // The check that matters: the value as printed (4 digits) in the stack, simulated as
      // `interphase simulate` runs it.
      const rounded = Number(fitted.toPrecision(4));
      const check = rounded === fitted ? fittedMetric : metricAt(withParameter(stack, parameter, rounded), undefined);
      // Report in the unit the user wrote --min in.
      const unit = o.min.replace(/^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*/, '') || DIMENSIONS[def.dimension].si;
      const display = toUnit(fitted, def.dimension, unit);
      if (o.json === true) {
        printJson(io, {
          parameter: o.parameter,
          value: fitted,
          valueInUnit: { value: display, unit },
          target: result.target,
          reproduced: fittedMetric,
          fit: { value: result.value, metric: result.metric, rtol, refinementsAtDefaultTolerance: refinements },
          check: { value: rounded, metric: check, note: 'the stack with the value rounded to 4 digits, simulated at the default tolerance' },
          sensitivity_per_ln: result.sensitivity,
          evaluations: result.evaluations,
        });
        return;
      }
      io.out(
        [
          `${o.parameter} = ${display.toPrecision(4)} ${unit}  (SI ${fitted.toExponential(4)})`,
          `reproduces ${(100 * fittedMetric).toFixed(3)} % at cycle ${cycles} (target ${(100 * target).toFixed(3)} %) after ${result.evaluations.length} simulations at rtol ${rtol} and ${refinements + 1} at the default tolerance`,
          `check: with ${display.toPrecision(4)} ${unit} in the stack, \`interphase simulate\` (default tolerance) gives ${(100 * check).toFixed(3)} % at cycle ${cycles}`,
          `sensitivity: ${(100 * result.sensitivity).toFixed(3)} percentage points per unit change of ln(${key}) — a 10 % change of the parameter moves the result by ${(100 * result.sensitivity * Math.log(1.1)).toFixed(3)} points`,
          `Put it in the stack as: ${key}: { value: ${display.toPrecision(4)} ${unit}, source: "calibrated by interphase calibrate to ${(100 * target).toFixed(2)} % after ${cycles} cycles (cite the paper)" }`,
        ].join('\n') + '\n',
      );
    });
}
