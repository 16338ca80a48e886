import { describe, expect, it } from 'vitest';
import { ExprError } from '../../../src/core/expr/ExprError.ts';
import { tokenize } from '../../../src/core/expr/tokenize.ts';

describe('tokenize', () => {
  it('reads numbers, names and symbols with their line and column', () => {
    const tokens = tokenize('m = beta1*m\n  + 1e-8**2', 4);
    expect(tokens.map((t) => [t.kind, t.text, t.at.line, t.at.column])).toEqual([
      ['name', 'm', 4, 1],
      ['symbol', '=', 4, 3],
      ['name', 'beta1', 4, 5],
      ['symbol', '*', 4, 10],
      ['name', 'm', 4, 11],
      ['symbol', '+', 5, 3],
      ['number', '1e-8', 5, 5],
      ['symbol', '^', 5, 9],
      ['number', '2', 5, 11],
      ['end', '', 5, 12],
    ]);
    expect(tokens[6].kind === 'number' && tokens[6].value).toBe(1e-8);
  });

  it('names an unexpected or invisible character', () => {
    expect(() => tokenize('x ; y')).toThrow(new ExprError("unexpected ';'", { line: 1, column: 3 }, '', { code: 'unexpected', token: { kind: 'symbol', text: ';' } }));
    expect(() => tokenize('x\u0007')).toThrow('unexpected character U+0007');
    expect(() => tokenize('x·y')).toThrow("unexpected '·'");
  });
});
