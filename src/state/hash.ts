import { defaultState, type AppState, type OptimizerSetting, type RuleSetting } from './AppState.ts';
import type { Note } from './Note.ts';
import { compileRuleAt } from './ruleSettings.ts';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Only what differs from the defaults: an optimizer's enabled flag, the params that changed and a changed schedule. */
function optimizerDiff(current: Record<string, OptimizerSetting>, base: Record<string, OptimizerSetting>) {
  const out: Record<string, Partial<OptimizerSetting>> = {};
  for (const [id, s] of Object.entries(current)) {
    const d: Partial<OptimizerSetting> = {};
    if (s.enabled !== base[id]?.enabled) d.enabled = s.enabled;
    const params = Object.fromEntries(Object.entries(s.params).filter(([k, v]) => !same(v, base[id]?.params[k])));
    if (Object.keys(params).length) d.params = params;
    if (!same(s.schedule, base[id]?.schedule)) d.schedule = s.schedule;
    if (Object.keys(d).length) out[id] = d;
  }
  return out;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A string travels bare unless it reads as JSON (a typed function "42" or "1e999"): then quoted, so it comes back a string. */
function encodeValue(value: unknown): string {
  if (typeof value === 'string') return encodeURIComponent(parsesAsJson(value) ? JSON.stringify(value) : value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return value.join(',');
  return encodeURIComponent(JSON.stringify(value));
}

/**
 * What differs between a state and a base, as a patch that turns the base into the state: whole
 * fields, except that optimizers (and the experiment's) list only the flags and params that changed.
 */
export function stateDiff(state: AppState, base: AppState): Partial<Record<keyof AppState, unknown>> {
  const out: Partial<Record<keyof AppState, unknown>> = {};
  for (const key of Object.keys(state) as (keyof AppState)[]) {
    if (same(state[key], base[key])) continue;
    if (key === 'optimizers') out.optimizers = optimizerDiff(state.optimizers, base.optimizers);
    else if (key === 'experiment') {
      const { optimizers: current, ...fields } = state.experiment;
      const changed = Object.entries(fields).filter(([k, v]) => !same(v, base.experiment[k as keyof typeof fields]));
      const optimizers = optimizerDiff(current, base.experiment.optimizers);
      out.experiment = { ...Object.fromEntries(changed), ...(Object.keys(optimizers).length ? { optimizers } : {}) };
    } else out[key] = state[key];
  }
  return out;
}

/** One rule at its defaults, without a schedule, travels as its bare text, `rule=…`, which reads as the rule itself. */
function ruleShorthand(rules: readonly RuleSetting[]): string | null {
  if (rules.length !== 1 || rules[0].schedule) return null;
  const [rule] = rules;
  const defaults = Object.fromEntries(compileRuleAt(rule, 0).rule.params.map((p) => [p.name, p.default]));
  return same(rule.params, defaults) ? rule.text : null;
}

/**
 * A short shareable fragment: `surface=saddle&start=-1.5,0.01&optimizers={...}`, with only what
 * differs from the base (the defaults, or the preset the scene came from, named first as
 * `preset=<id>`).
 */
export function encodeHash(state: AppState, preset?: { id: string; state: AppState }): string {
  const diff = stateDiff(state, preset?.state ?? defaultState());
  const parts = preset ? [`preset=${encodeURIComponent(preset.id)}`] : [];
  for (const [key, value] of Object.entries(diff)) {
    const text = key === 'rules' ? ruleShorthand(state.rules) : null;
    if (text !== null) {
      parts.push(`rule=${encodeURIComponent(text)}`);
      continue;
    }
    parts.push(`${key}=${encodeValue(key === 'view' ? [...state.view.x, ...state.view.y] : value)}`);
  }
  return parts.join('&');
}

/**
 * Reads one fragment value: JSON when it parses, a comma list of numbers, or a bare string. `rule`
 * is always the bare text of one rule, which becomes the whole list of rules.
 */
function decodeValue(key: string, text: string): unknown {
  const raw = decodeURIComponent(text);
  if (key === 'rule') return [{ text: raw }];
  try {
    const v: unknown = JSON.parse(raw);
    if (key !== 'view' || !Array.isArray(v)) return v;
  } catch {
    // not JSON: a comma list or a bare string
  }
  if (/^-?[\d.e+-]+(,-?[\d.e+-]+)+$/i.test(raw)) {
    const numbers = raw.split(',').map(Number);
    return key === 'view' && numbers.length === 4 ? { x: numbers.slice(0, 2), y: numbers.slice(2) } : numbers;
  }
  return raw;
}

/**
 * Parses a fragment into a patch for store.set, which checks it field by field: a bad field is
 * reported and left as it was, and the rest of the link still works.
 */
export function decodeHash(hash: string): { patch: Record<string, unknown>; notes: Note[] } {
  const text = hash.replace(/^#/, '');
  const entries: [string, unknown][] = [];
  const notes: Note[] = [];
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      notes.push({ kind: 'invalid', field: part, expected: { is: 'shape', shape: 'keyValue' } });
      continue;
    }
    try {
      const key = part.slice(0, eq);
      entries.push([key === 'rule' ? 'rules' : key, decodeValue(key, part.slice(eq + 1))]);
    } catch {
      notes.push({ kind: 'undecodable', field: part.slice(0, eq) });
    }
  }
  // fromEntries defines every key as the patch's own, so "__proto__=…" cannot become its prototype.
  return { patch: Object.fromEntries(entries), notes };
}
