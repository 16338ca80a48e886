import { describe, expect, it } from 'vitest';
import { createContourJobs } from '../../src/render/contourJobs.ts';
import { defaultState } from '../../src/state/AppState.ts';

// Node has no Worker, so these run the main-thread path; the worker runs the same computation.
const state = { ...defaultState(), surface: 'booth' };
const view = { x: [-10, 10], y: [-10, 10] } as const;

describe('createContourJobs', () => {
  const { request: requestContours } = createContourJobs();

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

  it('instances keep caches of their own', async () => {
    const a = await createContourJobs().request({ state, view, size: [13, 13] });
    const b = await createContourJobs().request({ state, view, size: [13, 13] });
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
  });

  it('destroy() answers the jobs in flight and every later request with null', async () => {
    const jobs = createContourJobs();
    const pending = jobs.request({ state, view, size: [11, 11] });
    jobs.destroy();
    expect(await pending).toBeNull();
    expect(await jobs.request({ state, view, size: [11, 11] })).toBeNull();
  });
});
