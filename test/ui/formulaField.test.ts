import { describe, expect, it } from 'vitest';
import { caretLines } from '../../src/ui/formulaField.ts';

describe('caretLines', () => {
  it('puts the caret under the column of the mistake', () => {
    expect(caretLines('x^2 + (3*sin(y)))', 17)).toEqual({ text: 'x^2 + (3*sin(y)))', caret: '                ^' });
    expect(caretLines('x +', 4)).toEqual({ text: 'x +', caret: '   ^' });
  });

  it('cuts a long text to the part around the column and keeps the caret under it', () => {
    const text = `${'x + '.repeat(20)})${' + y'.repeat(20)}`;
    const { text: shown, caret } = caretLines(text, 81);
    expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true);
    expect(shown[caret.length - 1]).toBe(')');
  });
});
