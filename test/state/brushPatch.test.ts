import { describe, expect, it } from 'vitest';
import { MAX_BRUSH_POINTS } from '../../src/sim/layout.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { brushPatch, paintedStarts } from '../../src/state/brushPatch.ts';
import { createStore } from '../../src/state/store.ts';

describe('brushPatch', () => {
  it('sets the brush layout with one ball per painted start, each coordinate to four significant digits', () => {
    expect(brushPatch([1.23456, -0.000987654, 2, 3])).toEqual({ layout: 'brush', brush: [1.235, -0.0009877, 2, 3], particles: 2 });
  });

  it('keeps at most MAX_BRUSH_POINTS starts, the first ones', () => {
    const points = Array.from({ length: 2 * (MAX_BRUSH_POINTS + 7) }, (_, k) => k);
    const patch = brushPatch(points);
    expect(patch.particles).toBe(MAX_BRUSH_POINTS);
    expect(patch.brush).toEqual(points.slice(0, 2 * MAX_BRUSH_POINTS));
  });

  it('with nothing painted, one ball per optimizer, which the brush layout starts at the start', () => {
    expect(brushPatch([])).toEqual({ layout: 'brush', brush: [], particles: 1 });
  });

  it('is a patch the store takes without a note, at the limit too', () => {
    const store = createStore(defaultState());
    const full = brushPatch(Array.from({ length: 2 * MAX_BRUSH_POINTS }, (_, k) => (k % 7) - 3));
    expect(store.set(full)).toEqual([]);
    expect(store.get()).toMatchObject(full);
  });
});

describe('paintedStarts', () => {
  it('are the brush points while the brush is the layout, else none', () => {
    expect(paintedStarts({ layout: 'brush', brush: [1, 2] })).toEqual([1, 2]);
    expect(paintedStarts({ layout: 'cloud', brush: [1, 2] })).toEqual([]);
  });
});
