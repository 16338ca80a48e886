import { z } from 'zod';
import { formatPath } from '../core/formats/zodError.ts';
import { EXPERIMENT_EPOCHS } from '../core/mlp/experimentMessages.ts';
import { LANGS } from '../i18n/Lang.ts';
import { parseParamName } from '../core/mlp/layout.ts';
import { optimizerById, optimizerIds } from '../core/optimizers/registry.ts';
import type { Optimizer } from '../core/optimizers/Optimizer.ts';
import { resolveParams } from '../core/optimizers/resolveParams.ts';
import { resolveSchedule } from '../core/schedules/resolveSchedule.ts';
import type { ScheduleSpec } from '../core/schedules/Schedule.ts';
import type { RunSchedule } from '../core/mlp/experiment.ts';
import { ScheduleError } from '../core/schedules/ScheduleError.ts';
import { NoteError } from './NoteError.ts';
import { ALL_SURFACE_IDS } from '../core/resolveSurface.ts';
import { compileFormula } from '../core/expr/compileFormula.ts';
import type { AppState, ExperimentRun, NetworkSetting, OptimizerSetting } from './AppState.ts';
import { shown as show, type Expected, type Note } from './Note.ts';
import { mergeRules } from './ruleSettings.ts';
import { LAYOUT_NAMES, MAX_BRUSH_POINTS } from '../sim/layout.ts';
import { SECTION_IDS } from './sections.ts';

/** "custom" is the typed function in `f`. */
export const SURFACE_CHOICES: readonly string[] = [...ALL_SURFACE_IDS, 'custom'];
export const LIMITS = {
  speed: [0.02, 2000],
  trail: [2, 5000],
  noise: [0, 1000],
  particles: [1, 20000],
  spread: [0, 100],
  batch: [0, 1000],
  /** The experiment panel's shape: wide enough to teach with, small enough to train in seconds. */
  batchSize: [1, 1000],
  epochs: [1, 50],
  points: [10, 5000],
  labelNoise: [0, 10],
  runs: [1, 12],
} as const;

/** A refinement's issue carries what it expected, for the note. */
const expecting = (expected: Expected) => ({ params: { expected } });
/** A value among `values`: "expected one of a, b" or, with `either`, 'expected "a" or "b"'. */
const among = <T extends string>(values: readonly T[], is: 'oneOf' | 'either' = 'oneOf') =>
  z.custom<T>((v) => typeof v === 'string' && (values as readonly string[]).includes(v), expecting({ is, values }));

/** zod 4's numbers are finite: NaN and ±Infinity are refused as not numbers. */
const finite = z.number();
const range = z.tuple([finite, finite]).refine(([a, b]) => a < b, expecting({ is: 'minMax' }));
const between = (lo: number, hi: number) => finite.refine((v) => v >= lo && v <= hi, expecting({ is: 'numberIn', lo, hi }));
const intBetween = (lo: number, hi: number) => z.number().refine((v) => Number.isInteger(v) && v >= lo && v <= hi, expecting({ is: 'integerIn', lo, hi }));

const paramName = z.string().refine(
  (s) => {
    try {
      parseParamName(s);
      return true;
    } catch {
      return false;
    }
  },
  expecting({ is: 'networkParam' }),
);

const snapshot = z.string().refine(
  (s) => {
    if (s === 'init') return true;
    const m = /^([a-z]+)@(\d+)$/.exec(s);
    return !!m && optimizerById(m[1]) !== undefined && Number(m[2]) <= EXPERIMENT_EPOCHS;
  },
  expecting({ is: 'snapshot', epochs: EXPERIMENT_EPOCHS }),
);

/** A typed function that compiles; the note names the column of the first mistake. */
const formula = z.string().superRefine((text, ctx) => {
  const compiled = compileFormula(text);
  if (!compiled.ok) ctx.addIssue({ code: 'custom', message: compiled.error.message, ...expecting({ is: 'formula', error: compiled.error }) });
});

/** Validators of the simple fields; the nested ones are merged field by field below. */
const simple = {
  lang: among(LANGS),
  surface: among(SURFACE_CHOICES),
  f: z.custom<string>((v) => typeof v === 'string', expecting({ is: 'functionText' })).pipe(formula),
  start: z.custom<unknown[]>((v) => Array.isArray(v) && v.length === 2, expecting({ is: 'point' })).pipe(z.tuple([finite, finite])),
  view: z.strictObject({ x: range, y: range }),
  stretch: z.boolean(),
  relief: z.boolean(),
  tilt: z.boolean(),
  speed: between(...LIMITS.speed),
  running: z.boolean(),
  trail: intBetween(...LIMITS.trail),
  noise: between(...LIMITS.noise),
  particles: intBetween(...LIMITS.particles),
  spread: between(...LIMITS.spread),
  layout: among(LAYOUT_NAMES),
  brush: z
    .custom<number[]>((v) => Array.isArray(v) && v.length % 2 === 0 && v.length <= 2 * MAX_BRUSH_POINTS, expecting({ is: 'brush', max: MAX_BRUSH_POINTS }))
    .pipe(z.array(finite)),
  seed: intBetween(0, 2 ** 31),
} satisfies Partial<Record<keyof AppState, z.ZodType>>;

const networkFields = {
  params: z.tuple([paramName, paramName]).refine(([a, b]) => a !== b, expecting({ is: 'distinctParams' })),
  snapshot,
  seed: intBetween(0, 2 ** 31),
  directionsSeed: intBetween(0, 2 ** 31),
  batch: intBetween(...LIMITS.batch),
} satisfies Record<keyof NetworkSetting, z.ZodType>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What an issue expected: what its refinement says, else zod's own words for the kinds it raises itself. */
function expectedOf(issue: z.core.$ZodIssue): Expected {
  const given = (issue as { params?: { expected?: Expected } }).params?.expected;
  if (given) return given;
  if (issue.code === 'invalid_type') return { is: 'type', type: issue.expected, message: issue.message };
  if (issue.code === 'unrecognized_keys') return { is: 'unknownKeys', keys: issue.keys, message: issue.message };
  return { is: 'zod', message: issue.message };
}

function check<T>(schema: z.ZodType<T>, value: unknown, field: string, notes: Note[]): T | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  notes.push({ kind: 'invalid', field: formatPath([field, ...issue.path]), expected: expectedOf(issue), got: show(value) });
  return undefined;
}

/** Reads a schedule of an optimizer, or throws a ScheduleError or NoteError naming the field. */
type ScheduleReader<S extends ScheduleSpec> = (input: unknown, optimizer: Optimizer, field: string) => S;

const mapSchedule: ScheduleReader<ScheduleSpec> = (input, optimizer, field) => resolveSchedule(input, { optimizer }, field);

/**
 * The experiment's schedules also say when they step: after every minibatch, or (PyTorch's usual
 * loop, and the default) once per epoch. They are checked against the number of scheduler steps the
 * experiment takes now.
 */
function experimentSchedule(shape: { epochs: number; batchSize: number; points: number }): ScheduleReader<RunSchedule> {
  return (input, optimizer, field) => {
    if (!isRecord(input)) throw new NoteError({ kind: 'invalid', field, expected: { is: 'shape', shape: 'scheduleSpec' }, got: show(input) });
    const { interval = 'epoch', ...spec } = input;
    if (interval !== 'epoch' && interval !== 'batch') {
      throw new NoteError({ kind: 'invalid', field: `${field}.interval`, expected: { is: 'either', values: ['epoch', 'batch'] }, got: show(interval) });
    }
    const steps = interval === 'epoch' ? shape.epochs : shape.epochs * Math.ceil(shape.points / shape.batchSize);
    return { ...resolveSchedule(spec, { optimizer, steps }, field), interval };
  };
}

/** Merges {enabled?, params?, schedule?} per optimizer id, each checked against its declaration. */
function mergeOptimizers<S extends ScheduleSpec>(
  current: Record<string, OptimizerSetting<S>>,
  patch: unknown,
  field: string,
  notes: Note[],
  readSchedule: ScheduleReader<S>,
) {
  if (!isRecord(patch)) {
    notes.push({ kind: 'invalid', field, expected: { is: 'shape', shape: 'optimizerMap' }, got: show(patch) });
    return current;
  }
  const out = { ...current };
  for (const [id, value] of Object.entries(patch)) {
    const optimizer = optimizerById(id);
    if (!optimizer || !current[id]) {
      notes.push({ kind: 'unknownOptimizer', field: `${field}.${id}`, allowed: optimizerIds });
      continue;
    }
    if (!isRecord(value)) {
      notes.push({ kind: 'invalid', field: `${field}.${id}`, expected: { is: 'shape', shape: 'optimizerSetting' }, got: show(value) });
      continue;
    }
    const next = { ...out[id] };
    for (const key of Object.keys(value)) {
      if (key !== 'enabled' && key !== 'params' && key !== 'schedule')
        notes.push({ kind: 'unknownField', field: `${field}.${id}.${key}`, allowed: ['enabled', 'params', 'schedule'] });
    }
    if ('enabled' in value) {
      const enabled = check(z.boolean(), value.enabled, `${field}.${id}.enabled`, notes);
      if (enabled !== undefined) next.enabled = enabled;
    }
    if ('params' in value) {
      const where = `${field}.${id}.params`;
      const resolved = isRecord(value.params) ? resolveParams(optimizer, { ...next.params, ...value.params }) : undefined;
      if (!resolved) notes.push({ kind: 'invalid', field: where, expected: { is: 'shape', shape: 'hyperparameters' }, got: show(value.params) });
      else if (resolved.ok) next.params = { ...resolved.params };
      else notes.push({ kind: 'params', field: where, optimizer: optimizer.id, problem: resolved.problem });
    }
    if ('schedule' in value) {
      try {
        next.schedule = value.schedule === null ? null : readSchedule(value.schedule, optimizer, `${field}.${id}.schedule`);
      } catch (e) {
        if (e instanceof ScheduleError) notes.push({ kind: 'schedule', field: e.field, failure: e.failure });
        else if (e instanceof NoteError) notes.push(e.note);
        else throw e;
      }
    }
    out[id] = next;
  }
  return out;
}

function mergeFields<T extends object>(current: T, patch: unknown, fields: Record<string, z.ZodType>, field: string, notes: Note[]): T {
  if (!isRecord(patch)) {
    notes.push({ kind: 'invalid', field, expected: { is: 'shape', shape: 'object' }, got: show(patch) });
    return current;
  }
  const out = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (!Object.hasOwn(fields, key)) {
      notes.push({ kind: 'unknownField', field: `${field}.${key}`, allowed: Object.keys(fields) });
      continue;
    }
    const v = check(fields[key], value, `${field}.${key}`, notes);
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

const overlayFields = { gradient: z.boolean(), update: z.boolean(), lookAhead: z.boolean(), sutskever: z.boolean(), lockstep: z.boolean() };
const sectionFields = Object.fromEntries(SECTION_IDS.map((id) => [id, z.boolean()]));

/**
 * Applies a partial state field by field: every valid field is taken, every invalid one is left
 * as it was and reported in `notes` (one line each, naming the field and what is allowed).
 */
export function applyPartial(state: AppState, patch: unknown): { state: AppState; notes: Note[] } {
  const notes: Note[] = [];
  if (!isRecord(patch)) return { state, notes: [{ kind: 'invalid', field: 'state', expected: { is: 'shape', shape: 'object' }, got: show(patch) }] };
  const next: AppState = { ...state };
  const target = next as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    // Own keys only: "constructor" or "__proto__" must read as unknown fields, not as Object's.
    if (Object.hasOwn(simple, key)) {
      const v = check(simple[key as keyof typeof simple] as z.ZodType, value, key, notes);
      if (v !== undefined) target[key] = v;
    } else if (key === 'optimizers') {
      next.optimizers = mergeOptimizers(state.optimizers, value, 'optimizers', notes, mapSchedule);
    } else if (key === 'rules') {
      next.rules = mergeRules(state.rules, value, notes);
    } else if (key === 'overlays') {
      next.overlays = mergeFields(state.overlays, value, overlayFields, 'overlays', notes);
    } else if (key === 'sections') {
      next.sections = mergeFields(state.sections, value, sectionFields, 'sections', notes);
    } else if (key === 'network') {
      next.network = mergeFields(state.network, value, networkFields, 'network', notes);
    } else if (key === 'experiment') {
      next.experiment = mergeExperiment(state.experiment, value, notes);
    } else {
      notes.push({ kind: 'unknownField', field: key, allowed: Object.keys(state) });
    }
  }
  return { state: next, notes };
}

const experimentFields = {
  seed: networkFields.seed,
  batchSize: intBetween(...LIMITS.batchSize),
  epochs: intBetween(...LIMITS.epochs),
  points: intBetween(...LIMITS.points),
  noise: between(...LIMITS.labelNoise),
};

/** Each run checked against its optimizer's declaration; one bad run rejects the list, which is kept as it was. */
function checkRuns(patch: unknown, notes: Note[]): ExperimentRun[] | undefined {
  const [lo, hi] = LIMITS.runs;
  if (!Array.isArray(patch) || (patch.length > 0 && (patch.length < lo || patch.length > hi))) {
    notes.push({ kind: 'invalid', field: 'experiment.runs', expected: { is: 'runs', max: hi }, got: show(patch) });
    return undefined;
  }
  const runs: ExperimentRun[] = [];
  for (const [i, run] of patch.entries()) {
    const field = `experiment.runs[${i}]`;
    if (!isRecord(run)) {
      notes.push({ kind: 'invalid', field, expected: { is: 'shape', shape: 'run' }, got: show(run) });
      return undefined;
    }
    const extra = Object.keys(run).find((k) => k !== 'optimizer' && k !== 'params' && k !== 'batchSize');
    if (extra) {
      notes.push({ kind: 'unknownField', field: `${field}.${extra}`, allowed: ['optimizer', 'params', 'batchSize'] });
      return undefined;
    }
    const optimizer = typeof run.optimizer === 'string' ? optimizerById(run.optimizer) : undefined;
    if (!optimizer) {
      notes.push({ kind: 'unknownOptimizer', field: `${field}.optimizer`, allowed: optimizerIds, got: show(run.optimizer) });
      return undefined;
    }
    if (run.params !== undefined && !isRecord(run.params)) {
      notes.push({ kind: 'invalid', field: `${field}.params`, expected: { is: 'shape', shape: 'hyperparameters' }, got: show(run.params) });
      return undefined;
    }
    const resolved = resolveParams(optimizer, run.params ?? {});
    if (!resolved.ok) {
      notes.push({ kind: 'params', field: `${field}.params`, optimizer: optimizer.id, problem: resolved.problem });
      return undefined;
    }
    const batchSize = run.batchSize === undefined ? undefined : check(experimentFields.batchSize, run.batchSize, `${field}.batchSize`, notes);
    if (run.batchSize !== undefined && batchSize === undefined) return undefined;
    runs.push({ optimizer: optimizer.id, params: { ...resolved.params }, ...(batchSize !== undefined ? { batchSize } : {}) });
  }
  return runs;
}

function mergeExperiment(current: AppState['experiment'], patch: unknown, notes: Note[]): AppState['experiment'] {
  if (!isRecord(patch)) {
    notes.push({ kind: 'invalid', field: 'experiment', expected: { is: 'shape', shape: 'object' }, got: show(patch) });
    return current;
  }
  const { optimizers: optimizerPatch, runs: runsPatch, ...rest } = patch;
  const merged = mergeFields(current, rest, experimentFields, 'experiment', notes);
  const runs = runsPatch === undefined ? undefined : checkRuns(runsPatch, notes);
  if (runs) merged.runs = runs;
  if (optimizerPatch === undefined) return merged;
  return { ...merged, optimizers: mergeOptimizers(current.optimizers, optimizerPatch, 'experiment.optimizers', notes, experimentSchedule(merged)) };
}
