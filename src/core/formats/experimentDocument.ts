import { z } from 'zod';
import { InputError } from '../InputError.ts';
import { defaultRuns } from '../mlp/defaultRuns.ts';
import { HIDDEN, parseParamName, type Weights } from '../mlp/layout.ts';
import type { RunSchedule } from '../mlp/experiment.ts';
import type { ParamValue } from '../optimizers/Optimizer.ts';
import { resolveParamsOrThrow } from '../optimizers/resolveOptimizer.ts';
import { resolveRunOptimizer } from './runOptimizer.ts';
import { resolveRunSchedule } from './runSchedule.ts';
import { parseWith } from './zodError.ts';

export const EXPERIMENT_FORMAT = 'mlp-experiment/1';
/** Keeps a typo in a config from asking for hours of training or gigabytes of snapshots. */
export const MAX_EPOCHS = 10_000;
/** The same for generated data: more points than this would take minutes per epoch at batch size 1. */
export const MAX_POINTS = 100_000;

export interface RunDocument {
  /** A built-in's id, or the name of the run of `rule`. */
  optimizer: string;
  /** An update rule in the rule language, trained in place of a built-in. */
  rule?: string;
  /** Every hyperparameter, defaults included. */
  params: Record<string, ParamValue>;
  /** Every argument written out, as resolveSchedule completes it. */
  schedule?: RunSchedule;
  /** This run's minibatch size, when it is not the document's `batchSize`. */
  batchSize?: number;
  batchLoss?: number[];
  epochLoss?: number[];
  final?: Weights;
  /** The lr each batch's step used (runs with a schedule). */
  lr?: number[];
  /** The momentum (or beta1) each batch's step used, when the schedule cycles it. */
  momentum?: number[];
}

export interface SliceDocument {
  /** The free parameters a and b, e.g. ["w1[3]", "w2[3]"]. */
  weights: [string, string];
  /** "init" or "final:<optimizer>": where base comes from when the file does not give it. */
  snapshot: string;
  base?: Weights;
  points?: [number, number][];
  loss?: number[];
  grad?: [number, number][];
}

/** A parsed `mlp-experiment/1` file; data, init and order are absent when they are to be generated from seed. */
export interface ExperimentDocument {
  format: typeof EXPERIMENT_FORMAT;
  seed: number;
  hidden: typeof HIDDEN;
  data?: { x: number[]; y: number[] };
  /** How many points and how much label noise generated data has (when data is absent): 1000 and 0.1 unless given. */
  points?: number;
  noise?: number;
  init?: Weights;
  epochs: number;
  batchSize: number;
  order?: number[][];
  runs: RunDocument[];
  slices?: SliceDocument[];
}

const finite = z.number({ error: 'expected a finite number' });
const integer = (min: number, max: number) => {
  const message = `expected an integer in [${min}, ${max}]`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
};
const numbers = (n: number, what = `${n} numbers`) => z.array(finite).length(n, `expected ${what}`);
const pointSchema = z.tuple([finite, finite], { error: 'expected [a, b], two finite numbers' });

const weightsSchema = z.looseObject({
  w1: numbers(HIDDEN),
  b1: numbers(HIDDEN),
  w2: numbers(HIDDEN),
  b2: numbers(1, 'a one-element array'),
});

const runSchema = z.looseObject({
  optimizer: z.string({ error: 'expected an optimizer name' }).optional(),
  rule: z.string({ error: 'expected the text of an update rule' }).optional(),
  params: z.record(z.string(), z.unknown(), { error: 'expected an object of name: value' }).optional(),
  schedule: z.unknown().optional(),
  batchSize: integer(1, Number.MAX_SAFE_INTEGER).optional(),
});

const sliceSchema = z.looseObject({
  weights: z.tuple([z.string(), z.string()], { error: 'expected two parameter names, e.g. ["w1[3]", "w2[3]"]' }),
  snapshot: z.string({ error: 'expected "init" or "final:<optimizer>"' }).optional(),
  base: weightsSchema.optional(),
  points: z.array(pointSchema).optional(),
});

const documentSchema = z.looseObject({
  format: z.literal(EXPERIMENT_FORMAT, { error: `expected "${EXPERIMENT_FORMAT}"` }).optional(),
  seed: integer(0, Number.MAX_SAFE_INTEGER).optional(),
  hidden: z.literal(HIDDEN, { error: `only ${HIDDEN} hidden units are supported` }).optional(),
  data: z
    .looseObject({
      x: z.array(finite).min(1, 'expected at least one point'),
      y: z.array(finite),
    })
    .optional(),
  points: integer(1, MAX_POINTS).optional(),
  noise: z.number({ error: 'expected a finite number >= 0' }).min(0, 'expected a finite number >= 0').optional(),
  init: weightsSchema.optional(),
  epochs: integer(1, MAX_EPOCHS).optional(),
  batchSize: integer(1, Number.MAX_SAFE_INTEGER).optional(),
  order: z.array(z.array(z.number().int('expected integer indices'))).optional(),
  runs: z.array(runSchema).optional(),
  slices: z.array(sliceSchema).optional(),
});

const pickWeights = (w: Weights): Weights => ({ w1: w.w1, b1: w.b1, w2: w.w2, b2: w.b2 });

function fail(path: string, message: string): never {
  throw new InputError(`${path}: ${message}`);
}

/** Command-line style overrides of a document's own values. */
export interface ExperimentOverrides {
  epochs?: number;
  batchSize?: number;
  /** Seeds only what the document leaves out (data, init, order, slice points). */
  seed?: number;
  /** Shape generated data only: a document that gives its data refuses them. */
  points?: number;
  noise?: number;
}

const overridesSchema = z.object({
  epochs: documentSchema.shape.epochs,
  batchSize: documentSchema.shape.batchSize,
  seed: documentSchema.shape.seed,
  points: documentSchema.shape.points,
  noise: documentSchema.shape.noise,
});

/** Validates overrides by the rules of the fields they replace; the InputError names the field. */
export function checkOverrides(overrides: ExperimentOverrides): void {
  parseWith(overridesSchema, overrides, 'overrides');
}

/** Given data fix the points and their labels, so a document may not also ask for generated ones. */
export function checkDataShape(doc: { data?: unknown; points?: number; noise?: number }): void {
  if (!doc.data) return;
  if (doc.points !== undefined) fail('points', 'cannot be combined with data (the data fix the points)');
  if (doc.noise !== undefined) fail('noise', 'cannot be combined with data (the data fix the labels)');
}

function checkSnapshot(snapshot: string, runs: readonly RunDocument[], path: string): void {
  if (snapshot === 'init') return;
  const id = snapshot.startsWith('final:') ? snapshot.slice('final:'.length) : null;
  if (id === null) fail(path, `expected "init" or "final:<optimizer>", got "${snapshot}"`);
  if (!runs.some((r) => r.optimizer === id)) {
    fail(path, `no run uses optimizer "${id}" (runs: ${runs.map((r) => r.optimizer).join(', ')})`);
  }
}

/**
 * Reads and validates an `mlp-experiment/1` document (a complete one, or a config that leaves
 * things out). Missing seed, epochs, batchSize and runs get their defaults (1, 12, 32, the
 * experiment panel's seven runs); runs' params and schedules are completed with PyTorch's defaults.
 * data, init and order stay absent if missing (see setupExperiment, which generates them from seed,
 * with `points` and `noise`). Recorded results (batchLoss, epochLoss, final, lr, momentum, slices'
 * loss and grad) are dropped: they are outputs.
 * Throws InputError with one line naming the field, e.g. `runs[2].optimizer: unknown optimizer ...`.
 */
export function parseExperimentDocument(json: unknown): ExperimentDocument {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InputError(`experiment: expected a JSON object (an "${EXPERIMENT_FORMAT}" document)`);
  }
  const raw = parseWith(documentSchema, json, 'experiment');

  if (raw.data && raw.data.y.length !== raw.data.x.length) {
    fail('data.y', `expected ${raw.data.x.length} numbers (one per x), got ${raw.data.y.length}`);
  }
  checkDataShape(raw);
  // A document of slices alone (each at the initial weights or its own base) needs no run to train.
  if (raw.runs?.length === 0 && !raw.slices?.length) fail('runs', 'expected at least one run (only a document of slices may have none)');
  const given: readonly { optimizer?: string; rule?: string; params?: unknown; schedule?: unknown; batchSize?: number }[] = raw.runs ?? defaultRuns;
  const runs: RunDocument[] = given.map((r, i) => {
    const optimizer = resolveRunOptimizer(r, `runs[${i}]`);
    const run: RunDocument = { optimizer: optimizer.id, params: { ...resolveParamsOrThrow(optimizer, r.params, `runs[${i}].params`) } };
    if (r.rule !== undefined) run.rule = r.rule;
    if (r.schedule !== undefined) run.schedule = resolveRunSchedule(r.schedule, optimizer, `runs[${i}].schedule`);
    if (r.batchSize !== undefined) run.batchSize = r.batchSize;
    return run;
  });
  const slices = raw.slices?.map((s, i): SliceDocument => {
    s.weights.forEach((name, k) => {
      try {
        parseParamName(name);
      } catch (e) {
        fail(`slices[${i}].weights[${k}]`, (e as Error).message);
      }
    });
    if (s.weights[0] === s.weights[1]) fail(`slices[${i}].weights`, `the two parameters must differ, got "${s.weights[0]}" twice`);
    const snapshot = s.snapshot ?? 'init';
    checkSnapshot(snapshot, runs, `slices[${i}].snapshot`);
    const slice: SliceDocument = { weights: [s.weights[0], s.weights[1]], snapshot };
    if (s.base) slice.base = pickWeights(s.base);
    if (s.points) slice.points = s.points;
    return slice;
  });

  const doc: ExperimentDocument = {
    format: EXPERIMENT_FORMAT,
    seed: raw.seed ?? 1,
    hidden: HIDDEN,
    epochs: raw.epochs ?? 12,
    batchSize: raw.batchSize ?? 32,
    runs,
  };
  if (raw.data) doc.data = { x: raw.data.x, y: raw.data.y };
  if (raw.points !== undefined) doc.points = raw.points;
  if (raw.noise !== undefined) doc.noise = raw.noise;
  if (raw.init) doc.init = pickWeights(raw.init);
  if (raw.order) doc.order = raw.order;
  if (slices) doc.slices = slices;
  return doc;
}
