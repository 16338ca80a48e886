import { compileRule } from '../core/rules/compileRule.ts';
import type { Words } from '../i18n/words.ts';

/** A rule's name wherever it shows: its first comment line (in no catalogue), else its place ("Rule 2"). */
export function ruleName(text: string, index: number, words: Words): string {
  const compiled = compileRule(text);
  return (compiled.ok && compiled.rule.name) || words.rules.rule(index + 1);
}
