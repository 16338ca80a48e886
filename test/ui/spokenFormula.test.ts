import { describe, expect, it } from 'vitest';
import { SURFACE_EXPRESSIONS } from '../../src/core/surfaces/expressions.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { spokenFormula } from '../../src/ui/spokenFormula.ts';

const en = wordsFor('en').map.spoken;
const zh = wordsFor('zh').map.spoken;
const plain = (n: number) => String(n);

describe('spokenFormula', () => {
  it("reads Rosenbrock's function with its brackets and squares, as one would say it", () => {
    expect(spokenFormula(SURFACE_EXPRESSIONS.rosenbrock, en, plain)).toBe(
      'open bracket 1 minus x close bracket squared plus 100 times open bracket y minus x squared close bracket squared',
    );
  });

  it('speaks brackets only where the grouping needs them: on the right of minus and over, never around a tighter term', () => {
    expect(spokenFormula('a - (b - c)', en, plain)).toBe('a minus open bracket b minus c close bracket');
    expect(spokenFormula('(a - b) - c', en, plain)).toBe('a minus b minus c');
    expect(spokenFormula('a + b*c', en, plain)).toBe('a plus b times c');
    expect(spokenFormula('x^4/3', en, plain)).toBe('x to the power 4 divided by 3');
    expect(spokenFormula('-x^2', en, plain)).toBe('minus x squared');
    expect(spokenFormula('(-x)^2', en, plain)).toBe('open bracket minus x close bracket squared');
  });

  it('names functions and constants, and brackets a compound argument', () => {
    expect(spokenFormula('cos(2*pi*x) + sqrt(y)', en, plain)).toBe('cosine of open bracket 2 times pi times x close bracket plus the square root of y');
    expect(spokenFormula('max(x, y)', en, plain)).toBe('the maximum of x and y');
  });

  it('reads in Chinese with the same structure', () => {
    expect(spokenFormula('x^2 - y^2', zh, plain)).toBe('x 的平方 减 y 的平方');
    expect(spokenFormula('sqrt(x)', zh, plain)).toBe('x 的平方根');
  });

  it('reads every analytic surface in both languages, and nothing that does not parse', () => {
    for (const text of Object.values(SURFACE_EXPRESSIONS)) {
      for (const words of [en, zh]) {
        const spoken = spokenFormula(text, words, plain)!;
        expect(spoken).not.toMatch(/[\^*/]/);
        expect(spoken.length).toBeGreaterThan(text.length / 2);
      }
    }
    expect(spokenFormula('x +', en, plain)).toBeNull();
  });
});
