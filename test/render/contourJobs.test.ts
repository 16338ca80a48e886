import { describe, expect, it, vi } from 'vitest';
import { surfaceContours } from '../../src/core/contours.ts';
import { createContourJobs } from '../../src/render/contourJobs.ts';
import { surfaceOf } from '../../src/state/surfaceOf.ts';
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

/** A stand-in for the browser's Worker: each one created takes the next behaviour from the list. */
function fakeWorkers(behaviours: ('die' | 'answer')[]) {
  const created: string[] = [];
  class FakeWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
    private readonly behaviour = behaviours.shift() ?? 'answer';
    constructor() {
      created.push(this.behaviour);
    }
    postMessage(request: { id: number; state: typeof state; view: typeof view; nx: number; ny: number; levels: number }) {
      setTimeout(() => {
        if (this.behaviour === 'die') return this.onerror?.({ message: 'worker died', preventDefault: () => undefined });
        // The real worker's computation.
        const set = surfaceContours(surfaceOf(request.state), request.view, request.nx, request.ny, request.levels);
        this.onmessage?.({ data: { id: request.id, set } });
      }, 0);
    }
    terminate() {}
  }
  return { FakeWorker, created };
}

describe('a contour worker that dies', () => {
  it('is replaced once and its job sent again, silently when the new one answers', async () => {
    const expected = await createContourJobs().request({ state, view, size: [15, 15] });
    const { FakeWorker, created } = fakeWorkers(['die', 'answer']);
    vi.stubGlobal('Worker', FakeWorker);
    const lost: string[] = [];
    try {
      const set = await createContourJobs({ onWorkerLost: (m) => lost.push(m) }).request({ state, view, size: [15, 15] });
      expect(set).toEqual(expected);
      expect(created).toEqual(['die', 'answer']);
      expect(lost).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('when the retry dies too, is reported once and the job and later ones run on the main thread', async () => {
    const expected = await createContourJobs().request({ state, view, size: [15, 15] });
    const { FakeWorker, created } = fakeWorkers(['die', 'die', 'answer']);
    vi.stubGlobal('Worker', FakeWorker);
    const lost: string[] = [];
    try {
      const jobs = createContourJobs({ onWorkerLost: (m) => lost.push(m) });
      expect(await jobs.request({ state, view, size: [15, 15] })).toEqual(expected);
      expect(await jobs.request({ state, view, size: [19, 19] })).not.toBeNull();
      expect(created).toEqual(['die', 'die']);
      expect(lost).toEqual(['worker died']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
