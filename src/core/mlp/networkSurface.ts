import { createSetupExperiment, parseExperimentDocument, setupExperiment } from '../formats/experiment.ts';
import type { ParamValue } from '../optimizers/Optimizer.ts';
import type { Surface } from '../surfaces/Surface.ts';
import { defaultRuns } from './defaultRuns.ts';
import { createDirectionsSurface } from './directionsSurface.ts';
import { parseParamName, PARAM_COUNT } from './layout.ts';
import { createSliceSurface } from './sliceSurface.ts';

/** The two surfaces made of the network's loss, beside the analytic ones. */
export const NETWORK_SURFACE_IDS = ['mlp-slice', 'mlp-directions'] as const;

export function isNetworkSurface(id: string): boolean {
  return (NETWORK_SURFACE_IDS as readonly string[]).includes(id);
}

export interface NetworkSurfaceOptions {
  /** The two free parameters of "mlp-slice". */
  readonly params: readonly [string, string];
  /** "init", or "<optimizer>@<epoch>": the weights that optimizer reached after that many epochs. */
  readonly snapshot: string;
  /** Seed of the experiment: data, initial weights and batch order. */
  readonly seed: number;
  readonly directionsSeed: number;
  /** Minibatch size of stochastic gradients; 0 means the full data. */
  readonly batch: number;
  /** Hyperparameters of the optimizer a snapshot comes from; the experiment panel's defaults otherwise. */
  readonly runParams?: Readonly<Record<string, Record<string, ParamValue>>>;
}

/** The slice a newcomer sees: two weights of one hidden unit, at the initial weights of seed 1. */
export const DEFAULT_NETWORK: NetworkSurfaceOptions = {
  params: ['w1[3]', 'w2[3]'],
  snapshot: 'init',
  seed: 1,
  directionsSeed: 7,
  batch: 0,
};

/** The experiment for a seed, trained with one optimizer for `epochs` epochs (none for "init"). */
function snapshotWeights(options: NetworkSurfaceOptions) {
  const m = /^([a-z]+)@(\d+)$/.exec(options.snapshot);
  const optimizer = m ? m[1] : 'sgd';
  const epochs = m ? Number(m[2]) : 0;
  const params = options.runParams?.[optimizer] ?? defaultRuns.find((r) => r.optimizer === optimizer)?.params ?? {};
  const doc = parseExperimentDocument({
    format: 'mlp-experiment/1',
    seed: options.seed,
    hidden: 20,
    epochs: Math.max(1, epochs),
    batchSize: 32,
    runs: [{ optimizer, params }],
  });
  const setup = setupExperiment(doc);
  const experiment = createSetupExperiment(setup);
  for (let e = 0; e < epochs; e++) experiment.runEpoch();
  return { x: setup.x, y: setup.y, base: epochs === 0 ? setup.init : experiment.runs[0].weights };
}

/** Builds "mlp-slice" or "mlp-directions" for the given slice settings; balls roll on it like on any surface. */
export function createNetworkSurface(id: string, options: NetworkSurfaceOptions): Surface {
  const { x, y, base } = snapshotWeights(options);
  const snapshotText = options.snapshot === 'init' ? 'initial weights' : `after ${options.snapshot.replace('@', ', epoch ')}`;
  if (id === 'mlp-directions') {
    const surface = createDirectionsSurface({ x, y, base, seed: options.directionsSeed });
    return { ...surface, name: `${surface.name} (${snapshotText})` };
  }
  const batch = options.batch > 0 ? { size: options.batch, seed: options.seed } : undefined;
  const surface = createSliceSurface({ x, y, base, params: options.params, batch });
  return { ...surface, name: `${surface.name} (${snapshotText})` };
}

/**
 * Where a network surface's point (a, b) sits among all 61 weights: θ = origin + a·d1 + b·d2. For
 * "mlp-slice" the directions are the two free weights' unit vectors (and origin has them at 0); for
 * "mlp-directions" they are its filter-normalised random directions. With the data, this is what a
 * minibatch gradient at a ball needs.
 */
export interface NetworkPlane {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly origin: Float64Array;
  readonly d1: Float64Array;
  readonly d2: Float64Array;
}

export function networkPlane(id: string, options: NetworkSurfaceOptions): NetworkPlane {
  const { x, y, base } = snapshotWeights(options);
  if (id === 'mlp-directions') {
    const { d1, d2 } = createDirectionsSurface({ x, y, base, seed: options.directionsSeed });
    return { x, y, origin: base, d1, d2 };
  }
  const [pa, pb] = options.params.map(parseParamName);
  const origin = Float64Array.from(base);
  origin[pa] = 0;
  origin[pb] = 0;
  const d1 = new Float64Array(PARAM_COUNT);
  const d2 = new Float64Array(PARAM_COUNT);
  d1[pa] = 1;
  d2[pb] = 1;
  return { x, y, origin, d1, d2 };
}
