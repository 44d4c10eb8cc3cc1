import { Command, CommanderError } from 'commander';
import { DataError, InputError } from '../units/index.ts';
import { calibrateCommand } from './commands/calibrate.ts';
import { energyDensityCommand } from './commands/energy-density.ts';
import { knowledgeCommand } from './commands/knowledge.ts';
import { reportCommand } from './commands/report.ts';
import { simulateCommand } from './commands/simulate.ts';
import { stackCommand } from './commands/stack.ts';
import { unitsCommand } from './commands/units.ts';
import { processIo, type Io } from './io.ts';

/** Exit codes: 0 success, 1 internal or data error, 2 bad input (usage, unknown id, bad path). */
export const EXIT = { ok: 0, failure: 1, input: 2 } as const;

export function buildProgram(io: Io): Command {
  const program = new Command('interphase')
    .description('Interphase: design the anode interface of magnesium-metal batteries.\nEvery command takes --json for machine-readable output.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)');
  program.addCommand(knowledgeCommand(io));
  program.addCommand(reportCommand(io));
  program.addCommand(simulateCommand(io));
  program.addCommand(stackCommand(io));
  program.addCommand(calibrateCommand(io));
  program.addCommand(energyDensityCommand(io));
  program.addCommand(unitsCommand(io));
  const quiet = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.configureOutput({ writeOut: (s) => io.out(s), writeErr: () => undefined, outputError: () => undefined });
    for (const sub of cmd.commands) quiet(sub);
  };
  quiet(program);
  return program;
}

function oneLine(message: string): string {
  return message.replace(/^error:\s*/i, '').split('\n')[0] ?? message;
}

/** Run the CLI; returns the exit code instead of exiting, so it can be tested in-process. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      io.err(`interphase: ${oneLine(e.message)}\n`);
      return EXIT.input;
    }
    if (e instanceof InputError) {
      // Input errors may list several problems, one per line (a stack file with file:line each).
      io.err(`interphase: ${e.message.replace(/^error:\s*/i, '')}\n`);
      return EXIT.input;
    }
    if (e instanceof DataError) {
      io.err(`interphase: ${e.message}\n`);
      return EXIT.failure;
    }
    io.err(`interphase: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.failure;
  }
}
