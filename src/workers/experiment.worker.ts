import { createExperimentSession } from '../core/mlp/experimentSession.ts';
import { transferList, type ExperimentRequest, type ExperimentResponse } from '../core/mlp/experimentMessages.ts';

/**
 * The whole experiment trains in a few tens of milliseconds; giving every epoch at least this long
 * (about a second in all) lets a student watch the curves grow instead of seeing only the end.
 */
const EPOCH_PACE_MS = 80;

let latest = -1;

function post(message: ExperimentResponse): void {
  self.postMessage(message, { transfer: transferList(message) });
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
