import type { ScheduleContext, ScheduleParam, ScheduleSpec, ScheduleType, ScheduleValue } from './Schedule.ts';
import { chainableSchedules } from './chainableSchedules.ts';
import { describeParam } from './describeParam.ts';
import { ScheduleError, type ScheduleFailure } from './ScheduleError.ts';
import { schedules } from './registry.ts';

function show(value: unknown): string {
  if (typeof value === 'number' || value === undefined) return String(value);
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function accepts(p: ScheduleParam, x: unknown): boolean {
  switch (p.kind) {
    case 'number':
      return typeof x === 'number' && Number.isFinite(x) && (p.exclusiveMin ? x > p.min : x >= p.min) && (p.exclusiveMax ? x < p.max : x <= p.max);
    case 'integer':
      return Number.isInteger(x) && (x as number) >= p.min;
    case 'boolean':
      return typeof x === 'boolean';
    case 'choice':
      return typeof x === 'string' && p.options.includes(x);
    case 'integers':
      return Array.isArray(x) && x.every((m, i) => Number.isInteger(m) && m >= p.min && (!p.increasing || i === 0 || m > x[i - 1]));
    case 'schedules':
      return Array.isArray(x) && x.length > 0;
  }
}

/** The English sentence of a failure, after "<field>: ". */
export function scheduleFailureText(f: ScheduleFailure): string {
  switch (f.code) {
    case 'notSpec':
      return `expected {type, params}, got ${f.got}`;
    case 'unknownField':
      return 'unknown field (expected type and params)';
    case 'unknownSchedule':
      return `unknown schedule ${f.got} (allowed: ${f.allowed.join(', ')})`;
    case 'paramsNotObject':
      return `expected an object of name: value, got ${f.got}`;
    case 'noSuchArgument':
      return `${f.type} has no such argument (allowed: ${f.allowed.join(', ')})`;
    case 'required':
      return `${f.type} needs it (PyTorch has no default): ${describeParam(f.param)}`;
    case 'outOfRange':
      return `must be ${describeParam(f.param)}, got ${f.got}`;
    case 'check':
      return f.message;
  }
}

function fail(where: string, failure: ScheduleFailure): never {
  throw new ScheduleError(where, failure, scheduleFailureText(failure));
}

function resolveAt(input: unknown, context: ScheduleContext, path: string, allowed: readonly ScheduleType[]): ScheduleSpec {
  if (!isObject(input)) fail(path, { code: 'notSpec', got: show(input) });
  for (const key of Object.keys(input)) if (key !== 'type' && key !== 'params') fail(`${path}.${key}`, { code: 'unknownField' });
  const type = allowed.find((s) => s.type === input.type);
  if (!type) fail(`${path}.type`, { code: 'unknownSchedule', got: show(input.type), allowed: allowed.map((s) => s.type) });
  const { parameters } = type;
  const given = input.params ?? {};
  if (!isObject(given)) fail(`${path}.params`, { code: 'paramsNotObject', got: show(given) });
  const names = parameters.map((p) => p.name);
  for (const key of Object.keys(given)) {
    if (!names.includes(key)) fail(`${path}.params.${key}`, { code: 'noSuchArgument', type: type.type, allowed: names });
  }

  const params: Record<string, ScheduleValue> = {};
  for (const p of parameters) {
    const where = `${path}.params.${p.name}`;
    const value = given[p.name];
    if (value === undefined) {
      if (p.required) fail(where, { code: 'required', type: type.type, param: p });
      params[p.name] = p.kind === 'integer' && p.defaultFrom ? params[p.defaultFrom] : p.default;
    } else if (!accepts(p, value)) {
      fail(where, { code: 'outOfRange', param: p, got: show(value) });
    } else if (p.kind === 'schedules') {
      params[p.name] = (value as unknown[]).map((child, i) => resolveAt(child, context, `${where}[${i}]`, chainableSchedules));
    } else {
      // Lists are copied so that later edits of the caller's arrays cannot reach a running schedule.
      params[p.name] = Array.isArray(value) ? [...(value as number[])] : (value as number | boolean | string);
    }
  }
  const problem = type.check?.(params, context);
  if (problem) fail(`${path}.params.${problem.field}`, { code: 'check', reason: problem.reason, message: problem.message });
  return { type: type.type, params };
}

/**
 * Completes a `{ type, params }` schedule with PyTorch's defaults and validates it against its
 * declaration and the optimizer it drives (and the run's number of scheduler steps, when known).
 * Throws InputError with one line naming the field, e.g.
 * `cases[3].schedule.params.step_size: must be an integer >= 1, got 0`.
 */
export function resolveSchedule(input: unknown, context: ScheduleContext, field: string): ScheduleSpec {
  return resolveAt(input, context, field, schedules);
}
