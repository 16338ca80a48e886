import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/Lang.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { formulaLayout } from '../../src/ui/formulaLayout.ts';
import { spokenFormula } from '../../src/ui/spokenFormula.ts';

const say = (text: string, lang: Lang) => spokenFormula(formulaLayout(text)!, wordsFor(lang).presets.formula);

describe('spokenFormula', () => {
  it.each<[string, string, string]>([
    ['x^2 - y^2', 'f of x and y equals x squared minus y squared', 'f(x, y) 等于 x 的平方减 y 的平方'],
    [
      '(1 - x)^2 + 100*(y - x^2)^2',
      'f of x and y equals open paren 1 minus x close paren squared plus 100 times open paren y minus x squared close paren squared',
      'f(x, y) 等于左括号 1 减 x 右括号的平方加 100 乘左括号 y 减 x 的平方右括号的平方',
    ],
    ['abs(x) + y^2', 'f of x and y equals the absolute value of x plus y squared', 'f(x, y) 等于 x 的绝对值加 y 的平方'],
    ['x^3 - 3*x*y^2', 'f of x and y equals x cubed minus 3 times x times y squared', 'f(x, y) 等于 x 的立方减 3 乘 x 乘 y 的平方'],
    ['x^4/3', 'f of x and y equals the fraction with numerator x to the power 4 and denominator 3', 'f(x, y) 等于分子为 x 的 4 次方、分母为 3 的分数'],
    ['1/x', 'f of x and y equals 1 over x', 'f(x, y) 等于 x 分之 1'],
    ['10*cos(2*pi*x)', 'f of x and y equals 10 times cosine of open paren 2 times pi times x close paren', 'f(x, y) 等于 10 乘左括号 2 乘 π 乘 x 右括号的余弦'],
    ['exp(-x)', 'f of x and y equals e to the power open paren minus x close paren', 'f(x, y) 等于 e 的左括号负 x 右括号次方'],
    ['max(x, y) + sqrt(x)', 'f of x and y equals the maximum of x and y plus the square root of x', 'f(x, y) 等于 x 和 y 的最大值加根号 x'],
  ])('%s', (text, en, zh) => {
    expect(say(text, 'en')).toBe(en);
    expect(say(text, 'zh')).toBe(zh);
  });
});
