import { InputError } from '../core/InputError.ts';
import { experiment } from './commands/experiment.ts';
import { listOptimizers, listSurfaces } from './commands/list.ts';
import { listSchedules } from './commands/schedules.ts';
import { slice } from './commands/slice.ts';
import { swarm } from './commands/swarm.ts';
import { trace } from './commands/trace.ts';
import type { Io } from './io.ts';

const commands: Record<string, { run: (argv: string[], io: Io) => number; usage: string }> = {
  trace: {
    run: trace,
    usage:
      'trace --cases FILE | trace (--surface S | --formula EXPR) --optimizer O [--params JSON] [--schedule JSON] [--start X,Y] [--steps N] [--format json|csv]',
  },
  experiment: { run: experiment, usage: 'experiment --config FILE [--epochs N] [--batch-size N] [--seed N] [--points N] [--noise SIGMA]' },
  slice: { run: slice, usage: 'slice --config FILE' },
  swarm: {
    run: swarm,
    usage: 'swarm --surface S --optimizer O [--params JSON] [--layout grid|cloud] [--count N] [--steps K] [--start X,Y] [--spread S] [--seed N]',
  },
  surfaces: { run: listSurfaces, usage: 'surfaces [--json]' },
  optimizers: { run: listOptimizers, usage: 'optimizers [--json]' },
  schedules: { run: listSchedules, usage: 'schedules [--json]' },
};

function usage(): string {
  return `usage: slopes <command>\n${Object.values(commands).map((c) => `  slopes ${c.usage}`).join('\n')}\n`;
}

/** Runs one command; bad input exits 2 with one line on stderr, never a stack trace. */
export function runCli(argv: string[], io: Io): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (!command) throw new InputError(`unknown command "${name}" (commands: ${Object.keys(commands).join(', ')})`);
    return command.run(rest, io);
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`slopes: ${e.message}\n`);
      return 2;
    }
    io.err(`slopes: internal error: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}
