/** How an optimizer looks everywhere: ball, trail, legend, loss curves, experiment curves. */
export type Marker = 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon' | 'star' | 'cross';

export interface OptimizerStyle {
  /** 0xRRGGBB for Pixi. */
  readonly color: number;
  /** '#rrggbb' for CSS and charts. */
  readonly css: string;
  /** A shape per optimizer, so colour is never the only cue. */
  readonly marker: Marker;
}

/**
 * The classic seven take Okabe–Ito's colour-blind-safe colours (yellow swapped for black, which
 * reads on light contour bands) and the seven shapes, one each, so the default race never needs
 * colour to tell two balls apart; the later additions take distinct darker hues.
 */
const STYLES: Record<string, readonly [string, Marker]> = {
  sgd: ['#d55e00', 'circle'],
  momentum: ['#0072b2', 'square'],
  nag: ['#009e73', 'triangle'],
  adagrad: ['#cc79a7', 'diamond'],
  adadelta: ['#e69f00', 'hexagon'],
  rmsprop: ['#56b4e9', 'star'],
  adam: ['#111111', 'cross'],
  adamw: ['#8c564b', 'square'],
  nadam: ['#6a3d9a', 'triangle'],
  radam: ['#7f7f7f', 'diamond'],
  adamax: ['#b8860b', 'circle'],
  // Rules typed in "My optimizers", by their place (state/ruleSettings.ts ruleId): hues none of the built-ins take.
  'rule-1': ['#c2185b', 'star'],
  'rule-2': ['#00838f', 'cross'],
  'rule-3': ['#827717', 'hexagon'],
  'rule-4': ['#4527a0', 'star'],
};

const FALLBACK: readonly [string, Marker] = ['#444444', 'circle'];

export function optimizerStyle(id: string): OptimizerStyle {
  const [css, marker] = STYLES[id] ?? FALLBACK;
  return { css, color: parseInt(css.slice(1), 16), marker };
}

/**
 * The dark ink that outlines markers, haloes trails and draws the minima: whatever band a mark
 * sits on, its edge against the band keeps WCAG's 3:1 for graphics (test/render/palette.test.ts
 * measures every band colour), even where the optimizer's own colour is as light as the band.
 */
export const INK = 0x14141e;
export const INK_CSS = '#14141e';

/** Where no contour data is (NaN, or uncovered while a pan waits for new contours). */
export const NO_DATA = 0xdcdcdc;

/**
 * Opacity of a swarm's particles (all but the ball), and in a crowd of thousands: nearly opaque, so
 * a dot's shade (swarmShade) needs little darkening to keep 3:1 and keeps its hue.
 */
export const SWARM_ALPHA = 0.9;
export const CROWD_ALPHA = 0.8;
/** Opacity of a trail's newest end; older parts fade towards transparent. */
export const TRAIL_ALPHA = 0.9;

/** WCAG relative luminance of 0xRRGGBB. */
export function luminance(rgb: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((rgb >> 16) & 255) + 0.7152 * lin((rgb >> 8) & 255) + 0.0722 * lin(rgb & 255);
}

/** WCAG contrast ratio of two 0xRRGGBB colours, from 1 to 21. */
export function contrastRatio(a: number, b: number): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `color` drawn at opacity `alpha` over `ground`, blended per channel as WebGL and the canvas do. */
export function over(color: number, alpha: number, ground: number): number {
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const c = (color >> shift) & 255;
    const g = (ground >> shift) & 255;
    out |= Math.round(alpha * c + (1 - alpha) * g) << shift;
  }
  return out;
}

/** `color` moved a fraction `k` of the way to `to`. */
function mix(color: number, to: number, k: number): number {
  return over(to, k, color);
}

/** The contrast a swarm dot aims for: WCAG's 3:1 for graphics, with room for grounds between the sampled ones. */
const SWARM_CONTRAST = 3.1;

/**
 * The colour a swarm's dots are tinted: the optimizer's own where it keeps 3:1 against every ground
 * at the swarm's opacity, else that colour darkened towards the ink just far enough, so its hue
 * (what tells neighbouring swarms apart) stays. Swarm dots carry no outline: a hairline of ink would
 * hide the 1-pixel rings where swarms meet.
 */
export function swarmShade(color: number, alpha: number, grounds: readonly number[]): number {
  const worst = (c: number) => grounds.reduce((w, g) => Math.min(w, contrastRatio(over(c, alpha, g), g)), Infinity);
  for (let k = 0; k < 1; k += 0.05) {
    const shade = mix(color, INK, k);
    if (worst(shade) >= SWARM_CONTRAST) return shade;
  }
  return INK;
}
