import { InputError } from '../InputError.ts';
import { makeDataset } from '../mlp/dataset.ts';
import { deriveSeed } from '../mlp/deriveSeed.ts';
import { createExperiment, type Experiment, type ExperimentRunConfig } from '../mlp/experiment.ts';
import { initWeights } from '../mlp/initWeights.ts';
import { packWeights, unpackWeights } from '../mlp/layout.ts';
import { shuffleOrders } from '../mlp/shuffleOrders.ts';
import { createSliceSurface } from '../mlp/sliceSurface.ts';
import { createRandom } from '../random.ts';
import { resolveParamsOrThrow } from '../optimizers/resolveOptimizer.ts';
import { resolveRunOptimizer } from './runOptimizer.ts';
import { checkDataShape, checkOverrides, type ExperimentDocument, type ExperimentOverrides, type RunDocument, type SliceDocument } from './experimentDocument.ts';
import { resolveRunSchedule } from './runSchedule.ts';

export { checkOverrides, EXPERIMENT_FORMAT, MAX_EPOCHS, MAX_POINTS, parseExperimentDocument } from './experimentDocument.ts';
export type { ExperimentDocument, ExperimentOverrides, RunDocument, SliceDocument } from './experimentDocument.ts';

/** Everything needed to train: the document made complete, and the same as typed arrays. */
export interface ExperimentSetup {
  /** Overrides applied; data, init and order present (generated from seed where the input had none). */
  readonly doc: ExperimentDocument & Required<Pick<ExperimentDocument, 'data' | 'init' | 'order'>>;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly init: Float64Array;
  readonly orders: Int32Array[];
  readonly runs: ExperimentRunConfig[];
}

/** Points sampled per slice when a slice gives none, as in the golden file. */
const SLICE_POINTS = 50;
/** Half-width of the square around the base values that generated slice points cover. */
const SLICE_HALF_WIDTH = 2;

function checkOrder(order: readonly number[][], epochs: number, n: number): void {
  if (order.length < epochs) {
    throw new InputError(`order: expected ${epochs} permutations (one per epoch), got ${order.length}; leave order out to generate it from seed`);
  }
  const seen = new Uint8Array(n);
  for (let e = 0; e < epochs; e++) {
    const perm = order[e];
    if (perm.length !== n) throw new InputError(`order[${e}]: expected a permutation of 0..${n - 1} (${n} indices), got ${perm.length} indices`);
    seen.fill(0);
    for (const i of perm) {
      if (!(i >= 0 && i < n)) throw new InputError(`order[${e}]: index ${i} is outside 0..${n - 1}`);
      if (seen[i]) throw new InputError(`order[${e}]: index ${i} appears twice (expected a permutation of 0..${n - 1})`);
      seen[i] = 1;
    }
  }
}

/**
 * Applies the overrides and generates what the document leaves out, each part from its own
 * generator derived from the seed (so giving the data in the file does not change the generated
 * order). An order longer than `epochs` is cut to its first `epochs` permutations.
 */
export function setupExperiment(doc: ExperimentDocument, overrides: ExperimentOverrides = {}): ExperimentSetup {
  checkOverrides(overrides);
  const seed = overrides.seed ?? doc.seed;
  const epochs = overrides.epochs ?? doc.epochs;
  const batchSize = overrides.batchSize ?? doc.batchSize;
  const points = overrides.points ?? doc.points;
  const noise = overrides.noise ?? doc.noise;
  checkDataShape({ data: doc.data, points, noise });

  const data = doc.data ? { x: Float64Array.from(doc.data.x), y: Float64Array.from(doc.data.y) } : makeDataset(createRandom(deriveSeed(seed, 'data')), points, noise);
  const n = data.x.length;
  const init = doc.init ? packWeights(doc.init) : initWeights(createRandom(deriveSeed(seed, 'init')));
  let orders: Int32Array[];
  if (doc.order) {
    checkOrder(doc.order, epochs, n);
    orders = doc.order.slice(0, epochs).map((o) => Int32Array.from(o));
  } else {
    orders = shuffleOrders(createRandom(deriveSeed(seed, 'order')), n, epochs);
  }
  // Re-resolving is a no-op for parsed documents and catches ones assembled in code; only now is the
  // number of scheduler steps known (OneCycleLR may not take more than its total_steps).
  const runs = doc.runs.map((r, i) => {
    const optimizer = resolveRunOptimizer(r, `runs[${i}]`);
    const params = resolveParamsOrThrow(optimizer, r.params, `runs[${i}].params`);
    // A rule's schedule is the one it runs on the map, stepped after every minibatch here as after
    // every update there; like the map's, its OneCycleLR keeps its last lr past total_steps.
    const shape = r.rule === undefined ? { epochs, batchesPerEpoch: Math.ceil(n / (r.batchSize ?? batchSize)) } : undefined;
    const schedule = r.schedule ? resolveRunSchedule(r.schedule, optimizer, `runs[${i}].schedule`, shape) : null;
    return { optimizer, rule: r.rule, params, schedule, ...(r.batchSize !== undefined ? { batchSize: r.batchSize } : {}) };
  });

  return {
    doc: {
      format: doc.format,
      seed,
      hidden: doc.hidden,
      data: { x: Array.from(data.x), y: Array.from(data.y) },
      init: unpackWeights(init),
      epochs,
      batchSize,
      order: orders.map((o) => Array.from(o)),
      runs: runs.map(
        (r): RunDocument => ({
          optimizer: r.optimizer.id,
          ...(r.rule !== undefined ? { rule: r.rule } : {}),
          params: { ...r.params },
          ...(r.schedule ? { schedule: r.schedule } : {}),
          ...(r.batchSize !== undefined ? { batchSize: r.batchSize } : {}),
        }),
      ),
      ...(doc.slices ? { slices: doc.slices } : {}),
    },
    x: data.x,
    y: data.y,
    init,
    orders,
    runs,
  };
}

/** A ready-to-step experiment for a setup (the Web Worker path: step it and report progress). */
export function createSetupExperiment(setup: ExperimentSetup): Experiment {
  const { x, y, init, orders, runs } = setup;
  return createExperiment({ x, y, init, orders, runs, epochs: setup.doc.epochs, batchSize: setup.doc.batchSize });
}

/** The setup's document with every run's results read from the experiment (trained or partly trained). */
export function withResults(setup: ExperimentSetup, experiment: Experiment): ExperimentDocument {
  return {
    ...setup.doc,
    runs: setup.doc.runs.map((r, i) => {
      const run = experiment.runs[i];
      return {
        ...r,
        batchLoss: Array.from(run.batchLoss),
        epochLoss: Array.from(run.epochLoss),
        final: unpackWeights(run.weights),
        ...(r.schedule ? { lr: Array.from(run.lr) } : {}),
        ...(run.momentum ? { momentum: Array.from(run.momentum) } : {}),
      };
    }),
  };
}

/**
 * Trains every run of a parsed document and returns the complete document with each run's
 * batchLoss, epochLoss and final weights filled in (plain arrays, ready for JSON.stringify).
 * Slices are passed through untouched; see fillSlices.
 */
export function runExperimentDocument(doc: ExperimentDocument, overrides: ExperimentOverrides = {}): ExperimentDocument {
  const setup = setupExperiment(doc, overrides);
  const experiment = createSetupExperiment(setup);
  experiment.run();
  return withResults(setup, experiment);
}

/**
 * Returns the complete document with every slice's base, points, loss and grad filled in. A slice
 * without base takes it from its snapshot: "init", or "final:<optimizer>" (the weights the first run
 * with that optimizer ends with: the experiment is then trained, and the runs' results are filled in
 * too). A slice without points gets 50 uniform in a square of half-width 2 around the base values
 * of its two parameters, drawn from the seed.
 */
export function fillSlices(doc: ExperimentDocument, overrides: ExperimentOverrides = {}): ExperimentDocument {
  const setup = setupExperiment(doc, overrides);
  const slices = setup.doc.slices ?? [];
  let experiment: Experiment | null = null;
  const snapshot = (name: string): Float64Array => {
    if (name === 'init') return setup.init;
    if (!experiment) {
      experiment = createSetupExperiment(setup);
      experiment.run();
    }
    const id = name.slice('final:'.length);
    return experiment.runs[setup.doc.runs.findIndex((r) => r.optimizer === id)].weights;
  };
  const random = createRandom(deriveSeed(setup.doc.seed, 'points'));
  const grad = new Float64Array(2);

  const filled = slices.map((s): SliceDocument => {
    const base = s.base ? packWeights(s.base) : snapshot(s.snapshot);
    const surface = createSliceSurface({ x: setup.x, y: setup.y, base, params: s.weights });
    const [ca, cb] = surface.start;
    const points =
      s.points ??
      Array.from({ length: SLICE_POINTS }, (): [number, number] => [
        random.uniform(ca - SLICE_HALF_WIDTH, ca + SLICE_HALF_WIDTH),
        random.uniform(cb - SLICE_HALF_WIDTH, cb + SLICE_HALF_WIDTH),
      ]);
    const loss: number[] = [];
    const grads: [number, number][] = [];
    for (const [a, b] of points) {
      loss.push(surface.gradient(a, b, grad, 0));
      grads.push([grad[0], grad[1]]);
    }
    return { weights: s.weights, snapshot: s.snapshot, base: unpackWeights(base), points, loss, grad: grads };
  });
  const out = experiment ? withResults(setup, experiment) : setup.doc;
  return { ...out, slices: filled };
}

/**
 * Serialises a document for a file: objects one key per line, a list of numbers on one line, a
 * list of lists one inner list per line, so a 1000-point file stays readable and diffable.
 */
export function writeExperimentDocument(doc: ExperimentDocument): string {
  const write = (value: unknown, indent: string): string => {
    if (Array.isArray(value)) {
      if (value.every((v) => !Array.isArray(v) && (typeof v !== 'object' || v === null))) return JSON.stringify(value);
      const inner = indent + '  ';
      return `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
    }
    if (typeof value === 'object' && value !== null) {
      const inner = indent + '  ';
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`).join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(value);
  };
  return write(doc, '') + '\n';
}
