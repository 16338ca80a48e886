import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/i18n/words.ts';

const en = wordsFor('en').panel;
const zh = wordsFor('zh').panel;

describe("the charts' description sentences", () => {
  it('say how many curves over how many steps and which is lowest, numbers in the reader’s format', () => {
    expect(en.lossSummary(7, 1200, false, 'Adam', en.value(0.0031))).toBe('Loss of 7 optimizers over 1,200 steps; lowest: Adam 0.0031.');
    expect(en.lossSummary(1, 1, false, 'SGD', en.value(2))).toBe('Loss of 1 optimizer over 1 step; lowest: SGD 2.');
    expect(en.lossSummary(3, 12, true, 'SGD · batch 1', en.value(0.0102))).toBe('Loss of 3 optimizers over 12 epochs; lowest: SGD · batch 1 0.0102.');
    expect(zh.lossSummary(7, 1200, false, 'Adam', zh.value(0.0031))).toBe('7 个优化器在 1,200 步内的损失；最低：Adam 0.0031。');
  });

  it('describe the fit and the lr strips', () => {
    expect(en.fitSummary(1000, 7, 'Adam', en.value(0.01234))).toBe('1,000 data points and 7 fitted curves; closest to the data: Adam (loss 0.01234).');
    expect(en.lrSummary(2, 300, en.value(0.001), en.value(0.1))).toBe('Learning rate of 2 scheduled runs over 300 steps, between 0.001 and 0.1.');
    expect(zh.lrSummary(2, 300, zh.value(0.001), zh.value(0.1))).toBe('2 个带调度的运行在 300 步内的学习率，介于 0.001 与 0.1 之间。');
  });

  it('write progress with Intl numbers in both languages', () => {
    expect(en.epochOf(7, 12)).toBe('epoch 7 of 12');
    expect(zh.epochOf(7, 12)).toBe('第 7 轮，共 12 轮');
  });

  it('write values with four significant digits, scientific far from 1, a dash where not finite', () => {
    expect(en.value(0.123456)).toBe('0.1235');
    expect(en.value(3.2e-7)).toBe('3.2E-7');
    expect(en.value(0)).toBe('0');
    expect(en.value(Infinity)).toBe('—');
    // What a data table shows, a reader (or a test) can read back to the same four digits.
    for (const v of [0.123456, 3.21e-7, 1234.5, 5e9]) expect(Number(en.value(v).replace(/,/g, ''))).toBeCloseTo(v, -Math.floor(Math.log10(v)) + 2);
  });
});
