import { z } from 'zod';
import { formatPath } from '../core/formats/zodError.ts';
import { EXPERIMENT_EPOCHS } from '../core/mlp/experimentMessages.ts';
import { parseParamName } from '../core/mlp/layout.ts';
import { optimizerById, optimizerIds } from '../core/optimizers/registry.ts';
import { resolveParams } from '../core/optimizers/resolveParams.ts';
import { ALL_SURFACE_IDS } from '../core/resolveSurface.ts';
import type { AppState, NetworkSetting, OptimizerSetting } from './AppState.ts';

export const SURFACE_CHOICES: readonly string[] = ALL_SURFACE_IDS;
export const LIMITS = {
  speed: [0.02, 2000],
  trail: [2, 5000],
  noise: [0, 1000],
  particles: [1, 20000],
  spread: [0, 100],
  batch: [0, 1000],
} as const;

const finite = z.number().refine(Number.isFinite, 'expected a finite number');
const range = z.tuple([finite, finite]).refine(([a, b]) => a < b, 'expected [min, max] with min < max');
const between = (lo: number, hi: number) => finite.refine((v) => v >= lo && v <= hi, `expected a number in [${lo}, ${hi}]`);
const intBetween = (lo: number, hi: number) =>
  z.number().refine((v) => Number.isInteger(v) && v >= lo && v <= hi, `expected an integer in [${lo}, ${hi}]`);

const paramName = z.string().refine((s) => {
  try {
    parseParamName(s);
    return true;
  } catch {
    return false;
  }
}, 'expected a network parameter: w1[i], b1[i], w2[i] (i = 0..19) or b2[0]');

const snapshot = z.string().refine((s) => {
  if (s === 'init') return true;
  const m = /^([a-z]+)@(\d+)$/.exec(s);
  return !!m && optimizerById(m[1]) !== undefined && Number(m[2]) <= EXPERIMENT_EPOCHS;
}, `expected "init" or "<optimizer>@<epoch>" with epoch 0..${EXPERIMENT_EPOCHS}`);

/** Validators of the simple fields; the nested ones are merged field by field below. */
const simple = {
  surface: z.string().refine((s) => SURFACE_CHOICES.includes(s), `expected one of ${SURFACE_CHOICES.join(', ')}`),
  start: z.tuple([finite, finite], { error: 'expected [x, y], two finite numbers' }),
  view: z.strictObject({ x: range, y: range }),
  stretch: z.boolean(),
  speed: between(...LIMITS.speed),
  running: z.boolean(),
  trail: intBetween(...LIMITS.trail),
  noise: between(...LIMITS.noise),
  particles: intBetween(...LIMITS.particles),
  spread: between(...LIMITS.spread),
  seed: intBetween(0, 2 ** 31),
} satisfies Partial<Record<keyof AppState, z.ZodType>>;

const networkFields = {
  params: z.tuple([paramName, paramName]).refine(([a, b]) => a !== b, 'expected two different parameters'),
  snapshot,
  seed: intBetween(0, 2 ** 31),
  directionsSeed: intBetween(0, 2 ** 31),
  batch: intBetween(...LIMITS.batch),
} satisfies Record<keyof NetworkSetting, z.ZodType>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function check<T>(schema: z.ZodType<T>, value: unknown, field: string, notes: string[]): T | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = formatPath([field, ...issue.path]);
  notes.push(`${where}: ${issue.message}, got ${show(value)}`);
  return undefined;
}

/** Merges {enabled?, params?} per optimizer id; params are checked against the optimizer's declaration. */
function mergeOptimizers(current: Record<string, OptimizerSetting>, patch: unknown, field: string, notes: string[]) {
  if (!isRecord(patch)) {
    notes.push(`${field}: expected an object keyed by optimizer id, got ${show(patch)}`);
    return current;
  }
  const out = { ...current };
  for (const [id, value] of Object.entries(patch)) {
    const optimizer = optimizerById(id);
    if (!optimizer || !current[id]) {
      notes.push(`${field}.${id}: unknown optimizer (allowed: ${optimizerIds.join(', ')})`);
      continue;
    }
    if (!isRecord(value)) {
      notes.push(`${field}.${id}: expected { enabled, params }, got ${show(value)}`);
      continue;
    }
    const next = { ...out[id] };
    for (const key of Object.keys(value)) {
      if (key !== 'enabled' && key !== 'params') notes.push(`${field}.${id}.${key}: unknown field (allowed: enabled, params)`);
    }
    if ('enabled' in value) {
      const enabled = check(z.boolean(), value.enabled, `${field}.${id}.enabled`, notes);
      if (enabled !== undefined) next.enabled = enabled;
    }
    if ('params' in value) {
      const resolved = isRecord(value.params)
        ? resolveParams(optimizer, { ...next.params, ...value.params })
        : { ok: false as const, error: `expected an object of hyperparameters, got ${show(value.params)}` };
      if (resolved.ok) next.params = { ...resolved.params };
      else notes.push(`${field}.${id}.params: ${resolved.error}`);
    }
    out[id] = next;
  }
  return out;
}

function mergeFields<T extends object>(current: T, patch: unknown, fields: Record<string, z.ZodType>, field: string, notes: string[]): T {
  if (!isRecord(patch)) {
    notes.push(`${field}: expected an object, got ${show(patch)}`);
    return current;
  }
  const out = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in fields)) {
      notes.push(`${field}.${key}: unknown field (allowed: ${Object.keys(fields).join(', ')})`);
      continue;
    }
    const v = check(fields[key], value, `${field}.${key}`, notes);
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

const overlayFields = { gradient: z.boolean(), update: z.boolean() };

/**
 * Applies a partial state field by field: every valid field is taken, every invalid one is left
 * as it was and reported in `notes` (one line each, naming the field and what is allowed).
 */
export function applyPartial(state: AppState, patch: unknown): { state: AppState; notes: string[] } {
  const notes: string[] = [];
  if (!isRecord(patch)) return { state, notes: [`state: expected an object, got ${show(patch)}`] };
  const next: AppState = { ...state };
  const target = next as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (key in simple) {
      const v = check(simple[key as keyof typeof simple] as z.ZodType, value, key, notes);
      if (v !== undefined) target[key] = v;
    } else if (key === 'optimizers') {
      next.optimizers = mergeOptimizers(state.optimizers, value, 'optimizers', notes);
    } else if (key === 'overlays') {
      next.overlays = mergeFields(state.overlays, value, overlayFields, 'overlays', notes);
    } else if (key === 'network') {
      next.network = mergeFields(state.network, value, networkFields, 'network', notes);
    } else if (key === 'experiment') {
      next.experiment = mergeExperiment(state.experiment, value, notes);
    } else {
      notes.push(`${key}: unknown field (allowed: ${Object.keys(state).join(', ')})`);
    }
  }
  return { state: next, notes };
}

function mergeExperiment(current: AppState['experiment'], patch: unknown, notes: string[]): AppState['experiment'] {
  if (!isRecord(patch)) {
    notes.push(`experiment: expected an object, got ${show(patch)}`);
    return current;
  }
  const { optimizers: optimizerPatch, ...rest } = patch;
  const merged = mergeFields(current, rest, { seed: networkFields.seed }, 'experiment', notes);
  if (optimizerPatch === undefined) return merged;
  return { ...merged, optimizers: mergeOptimizers(current.optimizers, optimizerPatch, 'experiment.optimizers', notes) };
}
