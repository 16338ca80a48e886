import { compileRule, type CompiledRule } from '../core/rules/compileRule.ts';
import { resolveParams } from '../core/optimizers/resolveParams.ts';
import type { RuleSetting } from './AppState.ts';
import { mergeRuleSchedule } from './ruleSchedule.ts';
import { shown as show, type Note } from './Note.ts';

/** Rules racing at once: enough to compare a student's versions, few enough for the map to stay readable. */
export const MAX_RULES = 4;

/** The optimizer id of the i-th rule: fixed by its place, so renaming a rule keeps its colour and marker. */
export const ruleId = (i: number): string => `rule-${i + 1}`;

/** Compiles the i-th rule under its id; the state holds only texts that compile. */
export function compileRuleAt(setting: RuleSetting, i: number): Extract<CompiledRule, { ok: true }> {
  const compiled = compileRule(setting.text, ruleId(i));
  if (!compiled.ok) throw new Error(`rules[${i}] does not compile: ${compiled.error.message}`);
  return compiled;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One entry of a `rules` patch against the rule it replaces. A text that does not compile keeps the
 * previous rule (the note names the line and column); params are checked against the rule's own
 * `param` lines, completed from the previous values while the text stays the same, else from the
 * rule's defaults.
 */
function mergeRule(previous: RuleSetting | undefined, patch: unknown, field: string, notes: Note[]): RuleSetting | undefined {
  if (!isRecord(patch)) {
    notes.push({ kind: 'invalid', field, expected: { is: 'shape', shape: 'ruleSetting' }, got: show(patch) });
    return previous;
  }
  for (const key of Object.keys(patch)) {
    if (key !== 'text' && key !== 'params' && key !== 'schedule') notes.push({ kind: 'unknownField', field: `${field}.${key}`, allowed: ['text', 'params', 'schedule'] });
  }
  let text = previous?.text;
  let compiled = text === undefined ? undefined : compileRule(text);
  if ('text' in patch) {
    if (typeof patch.text !== 'string') notes.push({ kind: 'invalid', field: `${field}.text`, expected: { is: 'shape', shape: 'ruleText' }, got: show(patch.text) });
    else {
      const next = compileRule(patch.text);
      if (next.ok) [text, compiled] = [patch.text, next];
      else notes.push({ kind: 'rule', field: `${field}.text`, error: next.error });
    }
  } else if (!previous) notes.push({ kind: 'invalid', field: `${field}.text`, expected: { is: 'shape', shape: 'ruleText' } });
  if (text === undefined || !compiled?.ok) return previous;
  const base = previous && previous.text === text ? previous.params : {};
  const given = 'params' in patch ? patch.params : undefined;
  const merged = isRecord(given) || given === undefined ? resolveParams(compiled.optimizer, { ...base, ...given }) : undefined;
  if (!merged) notes.push({ kind: 'invalid', field: `${field}.params`, expected: { is: 'shape', shape: 'ruleParams' }, got: show(given) });
  else if (!merged.ok) notes.push({ kind: 'params', field: `${field}.params`, optimizer: compiled.optimizer.id, problem: merged.problem });
  const kept = merged?.ok ? merged : resolveParams(compiled.optimizer, base);
  const schedule = mergeRuleSchedule(previous?.schedule, patch, compiled.optimizer, `${field}.schedule`, notes);
  return { text, params: (kept.ok ? kept.params : {}) as Record<string, number>, ...(schedule ? { schedule } : {}) };
}

/** A whole new list of rules, entry by entry against the rules at the same places. */
export function mergeRules(current: readonly RuleSetting[], patch: unknown, notes: Note[]): RuleSetting[] {
  if (!Array.isArray(patch) || patch.length > MAX_RULES) {
    notes.push({ kind: 'invalid', field: 'rules', expected: { is: 'rules', max: MAX_RULES }, got: show(patch) });
    return [...current];
  }
  const out: RuleSetting[] = [];
  for (const [i, entry] of patch.entries()) {
    const rule = mergeRule(current[i], entry, `rules[${i}]`, notes);
    if (rule) out.push(rule);
  }
  return out;
}
