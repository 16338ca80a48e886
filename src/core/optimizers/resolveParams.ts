import type { HyperParam, Optimizer, ParamValue, Params } from './Optimizer.ts';

/** What a declaration allows of one hyperparameter: the bounds of a number or of both numbers of a pair. */
export type ParamAllowed =
  | { readonly kind: 'number'; readonly min: number; readonly max: number; readonly openMin: boolean }
  | { readonly kind: 'pair'; readonly min: number; readonly max: number }
  | { readonly kind: 'boolean' };

/** Why params were refused, as a code and its arguments, so each language can word it; values are shown as in `error`. */
export type ParamProblem =
  | { readonly code: 'notObject'; readonly got: string }
  | { readonly code: 'unknownParam'; readonly name: string; readonly allowed: readonly string[] }
  | { readonly code: 'outOfRange'; readonly name: string; readonly allowed: ParamAllowed; readonly got: string }
  | { readonly code: 'nesterov'; readonly momentum: number; readonly dampening: number };

/** `error` is the English line (CLI, controller); `problem` the same as a code for other languages. */
export type ResolvedParams = { ok: true; params: Params } | { ok: false; error: string; problem: ParamProblem };

/** How a value looks in a message: numbers as JavaScript prints them (NaN, Infinity too), pairs as `[a, b]`. */
function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function interval(lo: number, hi: number, openLo: boolean, openHi: boolean): string {
  if (hi === Infinity) return openLo ? `> ${lo}` : `>= ${lo}`;
  return `in ${openLo ? '(' : '['}${lo}, ${hi}${openHi ? ')' : ']'}`;
}

function inRange(x: unknown, lo: number, hi: number, openLo: boolean, openHi: boolean): boolean {
  return typeof x === 'number' && Number.isFinite(x) && (openLo ? x > lo : x >= lo) && (openHi ? x < hi : x <= hi);
}

function allowedBy(p: HyperParam): ParamAllowed {
  switch (p.kind) {
    case 'number':
      return { kind: 'number', min: p.min, max: p.max, openMin: p.exclusiveMin === true };
    case 'boolean':
      return { kind: 'boolean' };
    case 'pair':
      return { kind: 'pair', min: p.min, max: p.maxExclusive };
  }
}

/** What the declaration allows, as the end of "must be ...". */
function allowedText(a: ParamAllowed): string {
  switch (a.kind) {
    case 'number':
      return `a number ${interval(a.min, a.max, a.openMin, false)}`;
    case 'boolean':
      return 'true or false';
    case 'pair':
      return `a pair of numbers ${interval(a.min, a.max, false, true)}`;
  }
}

/** The English sentence of a problem, after "<optimizer>: ". */
export function paramProblemText(p: ParamProblem): string {
  switch (p.code) {
    case 'notObject':
      return `parameters must be an object of name: value, got ${p.got}`;
    case 'unknownParam':
      return `unknown parameter "${p.name}" (allowed: ${p.allowed.join(', ')})`;
    case 'outOfRange':
      return `"${p.name}" must be ${allowedText(p.allowed)}, got ${p.got}`;
    case 'nesterov':
      return `Nesterov needs "momentum" > 0 and "dampening" = 0, got momentum ${p.momentum}, dampening ${p.dampening}`;
  }
}

function accepts(p: HyperParam, x: unknown): boolean {
  switch (p.kind) {
    case 'number':
      return inRange(x, p.min, p.max, p.exclusiveMin === true, false);
    case 'boolean':
      return typeof x === 'boolean';
    case 'pair':
      return Array.isArray(x) && x.length === 2 && x.every((c) => inRange(c, p.min, p.maxExclusive, false, true));
  }
}

/**
 * Completes a partial `{ name: value }` object with the optimizer's defaults and validates it. The
 * error is one line naming the optimizer and the field, e.g.
 * `adam: "betas" must be a pair of numbers in [0, 1), got [0.9, 1.2]`. `undefined` means all defaults.
 */
export function resolveParams(optimizer: Optimizer, input: unknown): ResolvedParams {
  const fail = (problem: ParamProblem): ResolvedParams => ({ ok: false, error: `${optimizer.id}: ${paramProblemText(problem)}`, problem });
  const given = input === undefined ? {} : input;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    return fail({ code: 'notObject', got: show(given) });
  }
  const record = given as Record<string, unknown>;
  const names = optimizer.hyperparameters.map((p) => p.name);
  for (const key of Object.keys(record)) {
    if (!names.includes(key)) return fail({ code: 'unknownParam', name: key, allowed: names });
  }
  const params: Record<string, ParamValue> = {};
  for (const p of optimizer.hyperparameters) {
    const value = record[p.name];
    if (value === undefined) {
      params[p.name] = p.default;
    } else if (!accepts(p, value)) {
      return fail({ code: 'outOfRange', name: p.name, allowed: allowedBy(p), got: show(value) });
    } else {
      // A pair is copied so that later edits of the caller's array cannot reach a running kernel.
      params[p.name] = p.kind === 'pair' ? [(value as number[])[0], (value as number[])[1]] : (value as number | boolean);
    }
  }
  const problem = optimizer.check?.(params);
  return problem ? fail(problem) : { ok: true, params };
}
