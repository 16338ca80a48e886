import { interpolateViridis } from 'd3-scale-chromatic';

/**
 * How far band colours are pulled towards white, so coloured balls and dark lines read on top:
 * more at viridis' dark end than at its already light yellow end.
 */
const LIGHTEN_LOW = 0.35;
const LIGHTEN_HIGH = 0.6;
/** The darkest sliver of viridis is left out: near-black bands would swallow the black ball. */
const DARKEST = 0.1;

/**
 * Colours (0xRRGGBB) of `count` contour bands from the lowest values up: a lightened viridis, whose
 * lightness rises monotonically, run from its light yellow end at the valley floor to its purple
 * end on the walls. Balls gather in the valleys, so they end on the lightest ground.
 */
export function bandColors(count: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const t = count > 1 ? k / (count - 1) : 0;
    const css = interpolateViridis(1 - t * (1 - DARKEST));
    const lighten = LIGHTEN_LOW + (LIGHTEN_HIGH - LIGHTEN_LOW) * t;
    let rgb = 0;
    for (let c = 0; c < 3; c++) {
      const v = parseInt(css.slice(1 + 2 * c, 3 + 2 * c), 16);
      rgb = (rgb << 8) | Math.round(v + (255 - v) * lighten);
    }
    out.push(rgb);
  }
  return out;
}
