import { describe, expect, it } from 'vitest';
import { requestContours } from '../../src/render/contourJobs.ts';
import { defaultState } from '../../src/state/AppState.ts';

// Node has no Worker, so these run the main-thread path; the worker runs the same computation.
const state = { ...defaultState(), surface: 'booth' };
const view = { x: [-10, 10], y: [-10, 10] } as const;

describe('requestContours', () => {
  it("resolves with the state's surface traced over the view", async () => {
    const set = await requestContours({ state, view, size: [21, 21], levels: 6 });
    expect(set?.view).toEqual(view);
    expect(set?.levels).toHaveLength(6);
    // booth = (x + 2y − 7)² + (2x + y − 5)² is 0 at (1, 3) and nowhere negative.
    expect(set?.extent[0]).toBeGreaterThanOrEqual(0);
  });

  it('answers a repeated request from its cache', async () => {
    const a = await requestContours({ state, view, size: [17, 17] });
    const b = await requestContours({ state, view, size: [17, 17] });
    expect(b).toBe(a);
  });

  it('a request superseded by a newer one resolves with null', async () => {
    const older = requestContours({ state, view: { x: [0, 1], y: [0, 1] }, size: [9, 9] });
    const newer = requestContours({ state, view: { x: [0, 2], y: [0, 2] }, size: [9, 9] });
    expect(await older).toBeNull();
    expect((await newer)?.view).toEqual({ x: [0, 2], y: [0, 2] });
  });
});
