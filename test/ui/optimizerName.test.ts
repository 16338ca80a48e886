import { describe, expect, it } from 'vitest';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { compileRule } from '../../src/core/rules/compileRule.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { ruleId } from '../../src/state/ruleSettings.ts';
import { optimizerName } from '../../src/ui/optimizerName.ts';
import { ruleName } from '../../src/ui/ruleName.ts';

const compiled = (text: string, place: number) => {
  const c = compileRule(text, ruleId(place));
  if (!c.ok) throw new Error(c.error.message);
  return c.optimizer;
};

describe('optimizerName', () => {
  const unnamed = 'param lr = 0.1\nx = x - lr*g';
  const named = '# My SGD\nparam lr = 0.1\nx = x - lr*g';

  it.each(['en', 'zh'] as const)('in %s: a built-in by the catalogue, a rule by its own name, an unnamed rule by its place as its folder is', (lang) => {
    const words = wordsFor(lang);
    expect(optimizerName(optimizerById('rmsprop')!, words)).toBe(words.declarations.optimizerNames.rmsprop);
    expect(optimizerName(compiled(named, 2), words)).toBe('My SGD');
    for (const place of [0, 3]) {
      expect(optimizerName(compiled(unnamed, place), words)).toBe(words.rules.rule(place + 1));
      expect(optimizerName(compiled(unnamed, place), words)).toBe(ruleName(unnamed, place, words));
    }
  });

  it('says "Rule 2" in English and 规则 2 in Chinese, never an English word on the Chinese page', () => {
    expect(optimizerName(compiled(unnamed, 1), wordsFor('en'))).toBe('Rule 2');
    expect(optimizerName(compiled(unnamed, 1), wordsFor('zh'))).toBe('规则 2');
  });

  it('falls back to the id for an optimizer that is neither (a rule compiled outside the page)', () => {
    expect(optimizerName({ id: 'rule', name: '' }, wordsFor('zh'))).toBe('rule');
  });
});
