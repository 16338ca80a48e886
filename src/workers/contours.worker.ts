import { surfaceContours } from '../core/contours.ts';
import { createSurfaceCache, surfaceOf } from '../state/surfaceOf.ts';
import type { ContourRequest, ContourReply } from '../render/contourJobs.ts';

// Network surfaces take 20–150 ms per grid; here they cost the animation nothing. This worker keeps
// the last surface it built, so panning over the same network does not rebuild it.
const surfaces = createSurfaceCache();

self.onmessage = (event: MessageEvent<ContourRequest>) => {
  const { id, state, view, nx, ny, levels, relief } = event.data;
  let reply: ContourReply;
  try {
    const set = surfaceContours(surfaceOf(state, surfaces), view, nx, ny, levels, relief);
    reply = { id, set };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  // Copied, never transferred: detaching an ArrayBuffer switches off a V8 fast path for every typed
  // array in this worker for good, and the network surfaces' grids are typed-array loops.
  self.postMessage(reply);
};
