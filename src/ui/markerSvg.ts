import { INK_CSS, optimizerStyle, type Marker } from '../render/palette.ts';

const PATHS: Record<Marker, string> = {
  circle: '<circle cx="6" cy="6" r="4.5"/>',
  square: '<rect x="1.8" y="1.8" width="8.4" height="8.4"/>',
  triangle: '<path d="M6 1 L11 10.5 L1 10.5 Z"/>',
  diamond: '<path d="M6 0.8 L11.2 6 L6 11.2 L0.8 6 Z"/>',
  hexagon: '<path d="M3 1.5 L9 1.5 L11.5 6 L9 10.5 L3 10.5 L0.5 6 Z"/>',
  star: '<path d="M6 0.5 L7.6 4.2 L11.6 4.5 L8.5 7.1 L9.5 11 L6 8.9 L2.5 11 L3.5 7.1 L0.4 4.5 L4.4 4.2 Z"/>',
  cross: '<path d="M4.2 0.8 H7.8 V4.2 H11.2 V7.8 H7.8 V11.2 H4.2 V7.8 H0.8 V4.2 H4.2 Z"/>',
};

/**
 * The optimizer's marker as inline SVG, so DOM legends match the balls on the map: outlined in the
 * map's dark ink, which keeps 3:1 on a light page where a light colour alone (Adadelta's orange,
 * RMSprop's sky blue) does not.
 */
export function markerSvg(id: string): string {
  const { css, marker } = optimizerStyle(id);
  return `<svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><g fill="${css}" stroke="${INK_CSS}" stroke-width="0.8">${PATHS[marker]}</g></svg>`;
}
