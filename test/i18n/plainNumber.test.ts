import { describe, expect, it } from 'vitest';
import { plainNumber } from '../../src/i18n/plainNumber.ts';

describe('plainNumber', () => {
  const en = plainNumber('en');
  it('keeps six significant digits and groups thousands', () => {
    expect(en(0.001)).toBe('0.001');
    expect(en(1234567)).toBe('1,234,570');
    expect(en(0.9)).toBe('0.9');
    expect(en(0)).toBe('0');
  });
  it('never rounds a tiny eps to 0', () => {
    expect(en(1e-8)).toBe('1E-8');
    expect(en(-2.5e-10)).toBe('-2.5E-10');
  });
});
