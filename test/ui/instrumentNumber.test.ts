import { describe, expect, it } from 'vitest';
import { instrumentNumber } from '../../src/ui/instrumentNumber.ts';

describe('instrumentNumber', () => {
  it('prints six significant digits, scientific when tiny or huge, and a dash for no number', () => {
    const f = instrumentNumber('en');
    expect(f(0.38)).toBe('0.38');
    expect(f(3.8 / 28)).toBe('0.135714');
    expect(f(0)).toBe('0');
    expect(f(2.5e-7)).toBe('2.5E-7');
    expect(f(1234567)).toBe('1.235E6');
    expect(f(null)).toBe('—');
    expect(f(Infinity)).toBe('—');
  });

  it("uses the reader's locale", () => {
    expect(instrumentNumber('zh')(12345.5)).toBe(new Intl.NumberFormat('zh-CN', { maximumSignificantDigits: 6 }).format(12345.5));
  });
});
