import { Command } from 'commander';
import { CATHODE_PARAMS, CELL_PARAMS, FILM_PARAMS, LIQUID_PARAMS, METAL_PARAMS, SOLID_PARAMS, WATER_PARAMS } from '../../cell/index.ts';
import { ENERGY_PARAMS } from '../../cell/energy/index.ts';
import { paramHelp, paramsJsonSchema, type ParamDefs } from '../../units/index.ts';
import { printJson, type Io } from '../io.ts';
import { readStack } from './simulate.ts';

const SECTIONS: Record<string, ParamDefs> = {
  cell: CELL_PARAMS,
  metal: METAL_PARAMS,
  film: FILM_PARAMS,
  'layers (kind: solid)': SOLID_PARAMS,
  'layers (kind: liquid)': LIQUID_PARAMS,
  water: WATER_PARAMS,
  'cathode (full and anode-free cells)': CATHODE_PARAMS,
  energy: ENERGY_PARAMS,
};

/** Every stack parameter with its default, unit, range and source — derived from the declarations. */
export function stackCommand(io: Io): Command {
  const cmd = new Command('stack').description('layer stacks: the parameters a stack file takes, and checking a file');
  cmd.addCommand(
    new Command('params')
      .description('list every stack parameter: default, unit, range, description and source')
      .option('--json', 'print a JSON schema per section')
      .action((o: { json?: boolean }) => {
        if (o.json === true) {
          printJson(io, Object.fromEntries(Object.entries(SECTIONS).map(([k, defs]) => [k, paramsJsonSchema(defs)])));
          return;
        }
        const lines: string[] = [];
        for (const [section, defs] of Object.entries(SECTIONS)) {
          lines.push(`${section}:`);
          for (const [key, def] of Object.entries(defs)) lines.push(`  ${key}: ${paramHelp(def)}`);
          lines.push('');
        }
        io.out(lines.join('\n'));
      }),
  );
  cmd.addCommand(
    new Command('check')
      .description('validate a stack file and list every parameter it uses with the source of its value')
      .argument('<stack>', 'stack file (YAML)')
      .option('--json', 'print JSON')
      .action((file: string, o: { json?: boolean }) => {
        const stack = readStack(file);
        if (o.json === true) {
          printJson(io, { name: stack.name, layers: stack.layers.map((l) => ({ kind: l.kind, name: l.name, material: l.material ?? null })), parameters: stack.sources });
          return;
        }
        const lines = [`${stack.name}: valid (${stack.layers.length} layers)`];
        for (const s of stack.sources) lines.push(`  ${s.parameter} = ${s.value}   [${s.origin}] ${s.source}`);
        io.out(`${lines.join('\n')}\n`);
      }),
  );
  return cmd;
}
