import { InputError } from '../core/InputError.ts';
import { basins } from './commands/basins.ts';
import { experiment } from './commands/experiment.ts';
import { hypermap } from './commands/hypermap.ts';
import { listOptimizers, listSurfaces } from './commands/list.ts';
import { rule } from './commands/rule.ts';
import { listSchedules } from './commands/schedules.ts';
import { slice } from './commands/slice.ts';
import { swarm } from './commands/swarm.ts';
import { trace } from './commands/trace.ts';
import type { Io } from './io.ts';

const commands: Record<string, { run: (argv: string[], io: Io) => number | Promise<number>; usage: string }> = {
  trace: {
    run: trace,
    usage:
      'trace --cases FILE | trace (--surface S | --formula EXPR) (--optimizer O | --rule FILE) [--params JSON] [--schedule JSON] [--start X,Y] [--steps N] [--format json|csv]',
  },
  experiment: { run: experiment, usage: 'experiment --config FILE [--epochs N] [--batch-size N] [--seed N] [--points N] [--noise SIGMA]' },
  slice: { run: slice, usage: 'slice --config FILE' },
  swarm: {
    run: swarm,
    usage: 'swarm --surface S --optimizer O [--params JSON] [--layout grid|cloud] [--count N] [--steps K] [--view X0,X1,Y0,Y1] [--start X,Y] [--spread S] [--seed N]',
  },
  basins: {
    run: basins,
    usage: 'basins --surface S --optimizer O [--params JSON] [--size N] [--steps K] [--view X0,X1,Y0,Y1] [--workers N] [--png FILE]',
  },
  hypermap: {
    run: hypermap,
    usage:
      'hypermap --surface S --optimizer O [--params JSON] [--x NAME] [--y NAME] [--x-range A,B] [--y-range A,B] [--cols N] [--rows N] [--tol T] [--steps K] [--start X,Y] [--epochs N] [--batch-size N]',
  },
  rule: { run: rule, usage: 'rule FILE [--pytorch] [--json]' },
  surfaces: { run: listSurfaces, usage: 'surfaces [--json]' },
  optimizers: { run: listOptimizers, usage: 'optimizers [--json]' },
  schedules: { run: listSchedules, usage: 'schedules [--json]' },
};

function usage(): string {
  return `usage: slopes <command>\n${Object.values(commands)
    .map((c) => `  slopes ${c.usage}`)
    .join('\n')}\n`;
}

/** Bad input is one line and exit code 2; anything else is an internal error, exit code 1. */
function failure(e: unknown, io: Io): number {
  if (e instanceof InputError) {
    io.err(`slopes: ${e.message}\n`);
    return 2;
  }
  io.err(`slopes: internal error: ${(e as Error).message ?? String(e)}\n`);
  return 1;
}

/**
 * Runs one command; bad input exits 2 with one line on stderr, never a stack trace. A command that
 * works on other threads returns a promise (its input is still checked before it returns).
 */
export function runCli(argv: string[], io: Io): number | Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (!command) throw new InputError(`unknown command "${name}" (commands: ${Object.keys(commands).join(', ')})`);
    const code = command.run(rest, io);
    return typeof code === 'number' ? code : code.catch((e: unknown) => failure(e, io));
  } catch (e) {
    return failure(e, io);
  }
}
