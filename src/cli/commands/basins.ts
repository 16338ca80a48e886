import { writeFileSync } from 'node:fs';
import { InputError } from '../../core/InputError.ts';
import { basinPixels } from '../../sim/basinsColors.ts';
import { WorkerPool } from '../../workers/pool.ts';
import { runBasinsOnPool } from '../../workers/poolBasins.ts';
import { threadPoolSize, threadWorkerFactory } from '../../workers/poolThreads.ts';
import { parseFlags, parseNumberFlag } from '../args.ts';
import type { Io } from '../io.ts';
import { encodePng } from './basinsPng.ts';
import { checkWork, parseView, resolveRun } from './swarm.ts';

export const MAX_BASIN_SIZE = 1024;

const options = {
  surface: { type: 'string' },
  optimizer: { type: 'string' },
  params: { type: 'string' },
  size: { type: 'string' },
  steps: { type: 'string' },
  view: { type: 'string' },
  workers: { type: 'string' },
  png: { type: 'string' },
} as const;

/**
 * `basins`: the basin map of one optimizer over a view, computed on every core by worker_threads.
 * Input is checked before any worker starts, so bad input exits 2 at once.
 */
export function basins(argv: string[], io: Io): Promise<number> {
  const flags = parseFlags('basins', argv, options);
  const { surface, optimizer, params, steps } = resolveRun('basins', flags, 300);
  const size = flags.size === undefined ? 256 : parseNumberFlag('size', flags.size, { integer: true, min: 1 });
  if (size > MAX_BASIN_SIZE) throw new InputError(`--size must be at most ${MAX_BASIN_SIZE}, got ${size}`);
  checkWork(size * size, steps);
  const view = flags.view === undefined ? surface.view : parseView(flags.view);
  const workers = flags.workers === undefined ? threadPoolSize() : parseNumberFlag('workers', flags.workers, { integer: true, min: 1 });
  const png = flags.png;
  if (png === '') throw new InputError('--png must name a file');

  const pool = new WorkerPool(threadWorkerFactory(new URL('../poolThread.mjs', import.meta.url)), workers);
  const request = { surface: surface.id, optimizer: optimizer.id, params, view, size, steps };
  return runBasinsOnPool(pool, [request])
    .done.then((maps) => {
      const { basin, stepsTaken } = maps![0];
      if (png !== undefined) writePng(png, size, basinPixels(basin, stepsTaken, steps));
      const minima = surface.minima.map((m) => [m.x, m.y]);
      const doc = { surface: surface.id, optimizer: optimizer.id, params, steps, size, view: { x: view.x, y: view.y }, minima };
      io.out(`${JSON.stringify({ ...doc, basin: Array.from(basin), stepsTaken: Array.from(stepsTaken) })}\n`);
      return 0;
    })
    .finally(() => pool.terminate());
}

function writePng(path: string, size: number, rgb: Uint8Array): void {
  try {
    writeFileSync(path, encodePng(size, size, rgb));
  } catch (e) {
    throw new InputError(`--png: cannot write "${path}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
