import { MAX_BRUSH_POINTS } from '../sim/layout.ts';
import type { AppState } from './AppState.ts';

export type BrushPatch = Pick<AppState, 'layout' | 'brush' | 'particles'>;

/**
 * The state a brush of painted starts (world xy pairs) sets, whether a pointer stroke or the map's
 * keys painted it: the brush layout, one ball per start. Four significant digits keep a stroke short
 * in a link, far finer than a pixel. Starts past MAX_BRUSH_POINTS are dropped; with none, the one
 * ball per optimizer starts at the start, as the layout does with nothing painted.
 */
export function brushPatch(points: readonly number[]): BrushPatch {
  const brush = points.slice(0, 2 * MAX_BRUSH_POINTS).map((v) => Number(v.toPrecision(4)));
  return { layout: 'brush', brush, particles: Math.max(1, brush.length / 2) };
}

/** The starts painted so far: none unless the brush is the layout in use. */
export function paintedStarts(state: Pick<AppState, 'layout' | 'brush'>): readonly number[] {
  return state.layout === 'brush' ? state.brush : [];
}
