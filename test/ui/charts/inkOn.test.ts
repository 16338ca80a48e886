import { describe, expect, it } from 'vitest';
import { contrast, inkOn } from '../../../src/ui/charts/inkOn.ts';

describe('contrast', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#0072b2', '#0072b2')).toBe(1);
  });

  it('matches the WCAG figure for #767676 on white (4.54:1)', () => {
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('inkOn', () => {
  it('keeps a colour that already reaches 3:1 on white', () => {
    expect(inkOn('#0072b2')).toBe('#0072b2');
  });

  it('darkens Okabe–Ito orange and sky blue until they reach 3:1, keeping their hue order', () => {
    for (const css of ['#e69f00', '#56b4e9']) {
      expect(contrast(css, '#ffffff')).toBeLessThan(3);
      const ink = inkOn(css);
      expect(contrast(ink, '#ffffff')).toBeGreaterThanOrEqual(3);
      // Darker, not another colour: each channel scaled by the same factor.
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16));
      const [r2, g2, b2] = [1, 3, 5].map((i) => parseInt(ink.slice(i, i + 2), 16));
      expect(r2 / r).toBeCloseTo(g2 / g, 1);
      expect(b === 0 || Math.abs(b2 / b - r2 / r) < 0.05).toBe(true);
    }
  });
});
