import { CONTOUR_LEVEL_COUNT, surfaceContours, type ContourSet } from '../core/contours.ts';
import type { View } from '../core/surfaces/Surface.ts';
import { surfaceKey, surfaceOf, type SurfaceState } from '../state/surfaceOf.ts';

export interface ContourSpec {
  readonly state: SurfaceState;
  readonly view: View;
  /** Grid samples along x and y, view corners included. */
  readonly size: readonly [number, number];
  /** Contour levels; CONTOUR_LEVEL_COUNT unless given. */
  readonly levels?: number;
  /** Hill-shading on the same grid as well. */
  readonly relief?: boolean;
}

export interface ContourRequest {
  id: number;
  state: SurfaceState;
  view: View;
  nx: number;
  ny: number;
  levels: number;
  relief: boolean;
}

export type ContourReply = { id: number; set: ContourSet; error?: undefined } | { id: number; error: string; set?: undefined };

interface Job {
  readonly key: string;
  readonly request: ContourRequest;
  seq: number;
  resolve(set: ContourSet | null): void;
  reject(error: Error): void;
}

const CACHE_SIZE = 12;

function keyOf(spec: ContourSpec, levels: number): string {
  return JSON.stringify([surfaceKey(spec.state), spec.view.x, spec.view.y, spec.size, levels, spec.relief === true]);
}

export interface ContourJobsOptions {
  /** The worker broke on a job and again on its retry: from then on contours are computed on the page. */
  onWorkerLost?(message: string): void;
}

export interface ContourJobs {
  request: (spec: ContourSpec) => Promise<ContourSet | null>;
  /** Stops the worker; jobs not finished resolve with null and later requests too. */
  destroy(): void;
}

/**
 * One instance's contour jobs: its own worker, queue and cache, released by destroy(). A worker that
 * cannot start or dies is replaced once and its job sent again; when the new one breaks too, jobs run
 * on the main thread and onWorkerLost says so.
 */
export function createContourJobs(options: ContourJobsOptions = {}): ContourJobs {
  const cache = new Map<string, ContourSet>();
  let destroyed = false;
  let latest = 0;
  let running: Job | null = null;
  let waiting: Job | null = null;
  /** undefined: not started yet; null: workers are unavailable here, so jobs run on the main thread. */
  let worker: Worker | null | undefined;
  let retried = false;

  function remember(key: string, set: ContourSet): void {
    cache.delete(key);
    cache.set(key, set);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }

  function finish(job: Job, set: ContourSet | null, error?: Error): void {
    if (set) remember(job.key, set);
    if (running === job) running = null;
    if (error) job.reject(error);
    else job.resolve(job.seq === latest ? set : null);
    pump();
  }

  function startWorker(): Worker | null {
    try {
      const w = new Worker(new URL('../workers/contours.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (event: MessageEvent<ContourReply>) => {
        const job = running;
        if (!job || event.data.id !== job.request.id) return;
        if (event.data.error !== undefined) finish(job, null, new Error(event.data.error));
        else finish(job, event.data.set);
      };
      w.onerror = (event) => {
        event.preventDefault();
        w.terminate();
        if (worker !== w) return;
        if (!retried) {
          retried = true;
          worker = startWorker();
          if (running && worker) worker.postMessage(running.request);
          else if (running) runHere(running);
          return;
        }
        // A worker that cannot load (no module workers, blocked URL) or keeps dying hands its jobs to the main thread.
        worker = null;
        options.onWorkerLost?.(event.message || 'error');
        if (running) runHere(running);
      };
      return w;
    } catch {
      return null;
    }
  }

  /** A macrotask later, so the work never lands inside an animation frame's callback. */
  function runHere(job: Job): void {
    setTimeout(() => {
      if (running !== job || destroyed) return;
      const { state, view, nx, ny, levels, relief } = job.request;
      try {
        finish(job, surfaceContours(surfaceOf(state), view, nx, ny, levels, relief));
      } catch (e) {
        finish(job, null, e instanceof Error ? e : new Error(String(e)));
      }
    }, 0);
  }

  function pump(): void {
    if (running || !waiting || destroyed) return;
    running = waiting;
    waiting = null;
    if (worker === undefined) worker = startWorker();
    if (worker) worker.postMessage(running.request);
    else runHere(running);
  }

  /**
   * Contours of the surface a state shows, over a view and grid. Results are cached by surface, view
   * and size. Only the newest request resolves with data: one that a later request superseded
   * resolves with null. The grid is sampled and traced in a worker (even an analytic surface takes
   * 20–120 ms on 128–192² grids), and at most one job is in flight, so a burst of view changes
   * computes the first and the last only.
   */
  function request(spec: ContourSpec): Promise<ContourSet | null> {
    const levels = spec.levels ?? CONTOUR_LEVEL_COUNT;
    const key = keyOf(spec, levels);
    const seq = ++latest;
    if (waiting) {
      waiting.resolve(null);
      waiting = null;
    }
    const hit = cache.get(key);
    if (hit) {
      remember(key, hit);
      return Promise.resolve(hit);
    }
    return new Promise((resolve, reject) => {
      if (running && running.key === key) {
        // The same grid is already on its way: take over its answer.
        running.resolve(null);
        running.seq = seq;
        running.resolve = resolve;
        running.reject = reject;
        return;
      }
      const request: ContourRequest = {
        id: seq,
        state: { surface: spec.state.surface, f: spec.state.f, network: spec.state.network, experiment: spec.state.experiment },
        view: { x: [spec.view.x[0], spec.view.x[1]], y: [spec.view.y[0], spec.view.y[1]] },
        nx: spec.size[0],
        ny: spec.size[1],
        levels,
        relief: spec.relief === true,
      };
      waiting = { key, request, seq, resolve, reject };
      pump();
    });
  }

  return {
    request: (spec) => (destroyed ? Promise.resolve(null) : request(spec)),
    destroy() {
      destroyed = true;
      worker?.terminate();
      worker = null;
      running?.resolve(null);
      waiting?.resolve(null);
      running = waiting = null;
    },
  };
}
