import { describe, expect, it } from 'vitest';
import { bandColors } from '../../src/render/bandColors.ts';

/** Relative luminance (WCAG) of 0xRRGGBB. */
function luminance(rgb: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((rgb >> 16) & 255) + 0.7152 * lin((rgb >> 8) & 255) + 0.0722 * lin(rgb & 255);
}

describe('bandColors', () => {
  const colors = bandColors(25);

  it('gives one colour per band', () => {
    expect(colors).toHaveLength(25);
    expect(bandColors(1)).toHaveLength(1);
  });

  it('the valley floor is the lightest band and each band up is darker', () => {
    for (let k = 1; k < colors.length; k++) expect(luminance(colors[k])).toBeLessThan(luminance(colors[k - 1]));
  });

  it('even the highest band is light enough for a black ball to stand out (contrast ≥ 3:1)', () => {
    // WCAG contrast against black: (L + 0.05) / 0.05.
    expect((luminance(colors[24]) + 0.05) / 0.05).toBeGreaterThanOrEqual(3);
  });
});
