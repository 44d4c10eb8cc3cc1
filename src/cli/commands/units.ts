import { Command, Option } from 'commander';
import { DIMENSION_NAMES, DIMENSIONS, InputError, parseQuantity, toUnit, type Dimension } from '../../units/index.ts';
import { printJson, type Io } from '../io.ts';

function detect(text: string): { dimension: Dimension; value: number } | undefined {
  for (const d of DIMENSION_NAMES) {
    if (d === 'count') continue;
    const r = parseQuantity(text, d);
    if (r.kind === 'ok') return { dimension: d, value: r.value.value };
  }
  return undefined;
}

export function unitsCommand(io: Io): Command {
  return new Command('units')
    .description('read a quantity such as "0.5 mA/cm2" or "2.5e-4 S/cm" and print it in SI (or in --to)')
    .argument('<quantity...>', 'the quantity; quote it or give number and unit as separate words')
    .addOption(new Option('--dimension <dimension>', 'the dimension it must have').choices(DIMENSION_NAMES))
    .option('--to <unit>', 'print in this unit instead of SI, e.g. "mS/cm"')
    .option('--json', 'print JSON')
    .action((words: string[], o: { dimension?: Dimension; to?: string; json?: boolean }) => {
      const text = words.join(' ');
      let found: { dimension: Dimension; value: number } | undefined;
      if (o.dimension !== undefined) {
        const r = parseQuantity(text, o.dimension);
        if (r.kind === 'error') throw new InputError(r.errors.message);
        found = { dimension: o.dimension, value: r.value.value };
      } else {
        found = detect(text);
        if (found === undefined) {
          const r = parseQuantity(text, 'length');
          const why = r.kind === 'error' ? r.errors.message.replace(/^"[^"]*": /, '').replace(/; expected .*$/, '') : '';
          throw new InputError(`cannot read "${text}" as a quantity${why ? ` (${why})` : ''}: write a number and a unit, e.g. "0.5 mA/cm2"`);
        }
      }
      const si = DIMENSIONS[found.dimension].si;
      const converted = o.to !== undefined ? toUnit(found.value, found.dimension, o.to) : undefined;
      if (o.json === true) {
        printJson(io, { input: text, dimension: found.dimension, value: found.value, unit: si, ...(converted !== undefined ? { converted: { value: converted, unit: o.to } } : {}) });
        return;
      }
      io.out(converted !== undefined ? `${converted} ${o.to}\n` : `${found.value} ${si}  (${DIMENSIONS[found.dimension].noun})\n`);
    });
}
