import { describe, expect, it } from 'vitest';
import { ViewKeeper } from '../../src/render/ViewKeeper.ts';

const rect = { x: 0, y: 0, width: 400, height: 200 };
const square: { x: [number, number]; y: [number, number] } = { x: [-2, 2], y: [-1, 3] };

describe('ViewKeeper', () => {
  it('shows the state’s view letterboxed to equal scale, or stretched when asked', () => {
    const k = new ViewKeeper();
    k.request(square);
    expect(k.shown(rect)).toEqual({ x: [-4, 4], y: [-1, 3] });
    expect(k.setStretch(true)).toBe(true);
    expect(k.setStretch(true)).toBe(false);
    expect(k.shown(rect)).toEqual(square);
  });

  it('announces each resting view once, and again after forget', () => {
    const k = new ViewKeeper();
    k.request(square);
    expect(k.toAnnounce(rect)).toEqual({ x: [-4, 4], y: [-1, 3] });
    expect(k.toAnnounce(rect)).toBeNull();
    // A resize changes the letterbox, so the resting view is new.
    expect(k.toAnnounce({ ...rect, width: 200 })).toEqual({ x: [-2, 2], y: [-1, 3] });
    k.forget();
    expect(k.toAnnounce({ ...rect, width: 200 })).toEqual({ x: [-2, 2], y: [-1, 3] });
  });

  it('shows a gesture until the state takes a view, and announces nothing meanwhile', () => {
    const k = new ViewKeeper();
    k.request(square);
    const panned: typeof square = { x: [0, 8], y: [1, 5] };
    k.preview(panned);
    expect(k.gesturing).toBe(true);
    expect(k.shown(rect)).toEqual(panned);
    expect(k.toAnnounce(rect)).toBeNull();
    // The state takes the gesture's view: the gesture is over, nothing to drop.
    expect(k.request(panned)).toEqual({ changed: true, dropGesture: false });
    expect(k.gesturing).toBe(false);
  });

  it('ends a gesture that comes back to the state’s own view (the state will not send it again)', () => {
    const k = new ViewKeeper();
    k.request(square);
    k.preview(square);
    k.settle(square);
    expect(k.gesturing).toBe(false);
    expect(k.toAnnounce(rect)).toEqual({ x: [-4, 4], y: [-1, 3] });
  });

  it('drops a gesture when the state moves somewhere else under it', () => {
    const k = new ViewKeeper();
    k.request(square);
    k.preview({ x: [0, 8], y: [1, 5] });
    expect(k.request({ x: [5, 6], y: [5, 6] })).toEqual({ changed: true, dropGesture: true });
    expect(k.request({ x: [5, 6], y: [5, 6] })).toEqual({ changed: false, dropGesture: false });
  });
});
