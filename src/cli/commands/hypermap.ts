import { InputError } from '../../core/InputError.ts';
import { isNetworkSurface } from '../../core/mlp/networkSurface.ts';
import { defaultState } from '../../state/AppState.ts';
import { computeHypermap } from '../../sim/hypermap.ts';
import { axisParam, axisValue, defaultAxis, defaultAxisKeys, type Axis } from '../../sim/hypermapAxes.ts';
import { limitLine } from '../../sim/hypermapLimits.ts';
import { hypermapGrid, hypermapRunner, type HypermapRequest } from '../../sim/hypermapTask.ts';
import { parseFlags, parseNumberFlag, parsePointFlag } from '../args.ts';
import type { Io } from '../io.ts';
import { resolveRun } from './swarm.ts';

/** Names of the outcomes in the JSON, by the cells' outcome codes. */
export const OUTCOME_NAMES = ['reached', 'not-reached', 'diverged'] as const;

const options = {
  surface: { type: 'string' },
  optimizer: { type: 'string' },
  params: { type: 'string' },
  x: { type: 'string' },
  y: { type: 'string' },
  'x-range': { type: 'string' },
  'y-range': { type: 'string' },
  cols: { type: 'string' },
  rows: { type: 'string' },
  tol: { type: 'string' },
  steps: { type: 'string' },
  start: { type: 'string' },
  epochs: { type: 'string' },
  'batch-size': { type: 'string' },
} as const;

function axisFrom(optimizerId: string, key: string, range: string | undefined, count: number, flag: string, param: ReturnType<typeof axisParam>): Axis {
  if (!param) throw new InputError(`--${flag}: "${key}" is not a number hyperparameter of ${optimizerId}`);
  const axis = defaultAxis(param, count);
  if (range === undefined) return axis;
  const [from, to] = parsePointFlag(`${flag}-range`, range);
  return { ...axis, from, to };
}

/**
 * `hypermap`: steps to a loss tolerance over two of an optimizer's hyperparameters, one ball from the
 * start per cell; on the network surfaces the final full-data loss of the whole 1-20-1 training.
 */
export function hypermap(argv: string[], io: Io): number {
  const flags = parseFlags('hypermap', argv, options);
  const { surface, optimizer, params, steps } = resolveRun('hypermap', flags, 1000);
  const network = isNetworkSurface(surface.id);
  const [dx, dy] = defaultAxisKeys(optimizer);
  const cols = flags.cols === undefined ? 24 : parseNumberFlag('cols', flags.cols, { integer: true, min: 1, max: 64 });
  const rows = flags.rows === undefined ? 16 : parseNumberFlag('rows', flags.rows, { integer: true, min: 1, max: 64 });
  const xKey = flags.x ?? dx;
  const yKey = flags.y ?? dy;
  const x = axisFrom(optimizer.id, xKey, flags['x-range'], cols, 'x', axisParam(optimizer, xKey));
  const y = axisFrom(optimizer.id, yKey, flags['y-range'], rows, 'y', axisParam(optimizer, yKey));
  const tol = flags.tol === undefined ? 1e-3 : parseNumberFlag('tol', flags.tol, { min: 0 });
  const start = flags.start === undefined ? surface.start : parsePointFlag('start', flags.start);
  if (!network && (flags.epochs !== undefined || flags['batch-size'] !== undefined)) throw new InputError('--epochs and --batch-size apply to the network surfaces only');
  const state = defaultState();
  const experiment = {
    ...state.experiment,
    ...(flags.epochs !== undefined ? { epochs: parseNumberFlag('epochs', flags.epochs, { integer: true, min: 1, max: 50 }) } : {}),
    ...(flags['batch-size'] !== undefined ? { batchSize: parseNumberFlag('batch-size', flags['batch-size'], { integer: true, min: 1, max: 1000 }) } : {}),
  };
  const request: HypermapRequest = {
    target: network ? 'network' : 'surface',
    state: { ...state, surface: surface.id, experiment },
    start,
    optimizer: optimizer.id,
    params,
    x,
    y,
    tol,
    steps,
  };
  const grid = hypermapGrid(request);
  const cells = computeHypermap(grid, hypermapRunner(request, grid));
  const values = (a: Axis) => Array.from({ length: a.count }, (_, k) => axisValue(a, k));
  const doc = {
    surface: surface.id,
    optimizer: optimizer.id,
    params,
    target: request.target,
    ...(network ? { epochs: experiment.epochs, batchSize: experiment.batchSize } : { start, budget: steps }),
    tol,
    x: { ...x, values: values(x) },
    y: { ...y, values: values(y) },
    outcome: Array.from(cells.outcome, (o) => OUTCOME_NAMES[o]),
    steps: Array.from(cells.steps),
    loss: Array.from(cells.loss, (l) => (Number.isFinite(l) ? l : null)),
    limit: network ? null : limitLine(surface, start, optimizer.id, params, x, y),
  };
  io.out(`${JSON.stringify(doc)}\n`);
  return 0;
}
