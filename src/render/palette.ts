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
 * reads on light contour bands); the later additions take distinct darker hues.
 */
const STYLES: Record<string, readonly [string, Marker]> = {
  sgd: ['#d55e00', 'circle'],
  momentum: ['#0072b2', 'square'],
  nag: ['#009e73', 'triangle'],
  adagrad: ['#cc79a7', 'diamond'],
  adadelta: ['#e69f00', 'hexagon'],
  rmsprop: ['#56b4e9', 'star'],
  adam: ['#111111', 'circle'],
  adamw: ['#8c564b', 'square'],
  nadam: ['#6a3d9a', 'triangle'],
  radam: ['#7f7f7f', 'diamond'],
  adamax: ['#b8860b', 'cross'],
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
