import { createExperimentSession } from '../core/mlp/experimentSession.ts';
import type { ExperimentRequest, ExperimentResponse } from '../core/mlp/experimentMessages.ts';

/**
 * The whole experiment trains in a few tens of milliseconds; giving every epoch at least this long
 * (about a second in all) lets a student watch the curves grow instead of seeing only the end.
 */
const EPOCH_PACE_MS = 80;

let latest = -1;

// Copied, never transferred: detaching any ArrayBuffer switches off a V8 fast path for every typed
// array in this worker for good (measured: the experiment's runs 30 % slower).
function post(message: ExperimentResponse): void {
  self.postMessage(message);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(request: ExperimentRequest): Promise<void> {
  latest = request.id;
  try {
    const session = createExperimentSession(request);
    post(session.data());
    while (!session.done) {
      const start = performance.now();
      post(session.step());
      // Yielding also lets a newer request in; the stale run then stops here.
      await pause(Math.max(0, EPOCH_PACE_MS - (performance.now() - start)));
      if (latest !== request.id) return;
    }
    post(session.result());
  } catch (e) {
    post({ type: 'error', id: request.id, message: e instanceof Error ? e.message : String(e) });
  }
}

self.onmessage = (event: MessageEvent<ExperimentRequest>) => {
  if (event.data?.type === 'run') void run(event.data);
};
