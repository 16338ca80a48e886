import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../src/core/expr/compileFormula.ts';
import { wordsFor } from '../../src/i18n/words.ts';

/** One mistake of every kind the formula language reports, each with the code it must carry. */
const MISTAKES: [string, string][] = [
  ['x^2 + (3*sin(y)))', 'unexpected'],
  ['2x', 'unexpected'],
  ['x +', 'unexpected'],
  ['sin(x', 'unexpected'],
  ['(x + y', 'unexpected'],
  ['x ; y', 'unexpected'],
  ['x\u0007', 'unexpected'],
  ['', 'empty'],
  ['x'.padEnd(1001, ' '), 'tooLong'],
  [`${'('.repeat(70)}x${')'.repeat(70)}`, 'nesting'],
  ['z + 1', 'unknownName'],
  ['yy + 1', 'unknownName'],
  ['sine(x)', 'unknownFunction'],
  ['foo(x)', 'unknownFunction'],
  ['min(x)', 'arity'],
  ['sin + 1', 'functionAsName'],
];

function failure(text: string) {
  const compiled = compileFormula(text);
  if (compiled.ok) throw new Error(`${JSON.stringify(text)} compiled`);
  return compiled.error;
}

describe('formula errors in words', () => {
  it.each(MISTAKES)('mistake %# carries its code %1$s', (text, code) => {
    expect(failure(text).problem?.code).toBe(code);
  });

  it.each(MISTAKES)('in English, mistake %# reads exactly as the core (and the CLI) word it', (text) => {
    const error = failure(text);
    expect(wordsFor('en').controls.formula.error(error.problem!, error.advice, error.column)).toBe(error.message);
  });

  it.each(MISTAKES)('in Chinese, mistake %# names its column and keeps the code it quotes', (text) => {
    const error = failure(text);
    const zh = wordsFor('zh').controls.formula.error(error.problem!, error.advice, error.column);
    expect(zh).toMatch(new RegExp(`^第 ${error.column} 列：.*[\\u4e00-\\u9fff]`));
    expect(zh).not.toMatch(/unexpected|unknown|expected|did you mean|write|takes|known|got|empty|longer|nested/);
    for (const quoted of error.message.match(/'[^']+'/g) ?? []) expect(zh).toContain(quoted);
  });
});
