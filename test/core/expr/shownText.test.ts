import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../../src/core/expr/compileFormula.ts';
import { shownText } from '../../../src/core/expr/shownText.ts';

describe('shownText', () => {
  it('names each kind of token as the messages do', () => {
    expect(shownText({ kind: 'number', text: '3' })).toBe("number '3'");
    expect(shownText({ kind: 'name', text: 'x' })).toBe("name 'x'");
    expect(shownText({ kind: 'symbol', text: ')' })).toBe("')'");
    expect(shownText({ kind: 'control', text: 'U+0007' })).toBe('character U+0007');
    expect(shownText({ kind: 'end', text: '' })).toBe('end of the expression');
  });

  it("is the part of an 'unexpected' reason after the word, for the token the error carries", () => {
    for (const text of ['x +', '2 3', 'x y', 'x )', 'x\u0007', '(x']) {
      const compiled = compileFormula(text);
      if (compiled.ok || compiled.error.problem?.code !== 'unexpected') throw new Error(`${JSON.stringify(text)} gave no unexpected token`);
      expect(compiled.error.reason.startsWith(`unexpected ${shownText(compiled.error.problem.token)}`)).toBe(true);
    }
  });
});
