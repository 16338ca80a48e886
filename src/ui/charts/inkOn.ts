const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const rgb = (css: string) => [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16));
const luminance = (c: readonly number[]) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
const hex = (c: readonly number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** WCAG's contrast ratio of two '#rrggbb' colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

/**
 * The colour itself where it stands out from the background by `ratio` (WCAG's 3:1 for lines and
 * markers), else the same hue darkened just enough: Okabe–Ito's orange and sky blue read too faintly
 * on white as thin curves, yet keep their hue so a curve still matches its ball on the map.
 */
export function inkOn(css: string, background = '#ffffff', ratio = 3): string {
  const c = rgb(css);
  for (let k = 0; k <= 20; k++) {
    const darker = hex(c.map((v) => v * (1 - k / 20)));
    if (contrast(darker, background) >= ratio) return darker;
  }
  return '#000000';
}
