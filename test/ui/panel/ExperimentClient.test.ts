import { describe, expect, it, vi } from 'vitest';
import type { ExperimentDocument } from '../../../src/core/formats/experiment.ts';
import type { ExperimentRequest } from '../../../src/core/mlp/experimentMessages.ts';
import { ExperimentClient } from '../../../src/ui/panel/ExperimentClient.ts';

const listener = { data: () => undefined, progress: () => undefined };
const spec = { seed: 3, runs: [] };

/** Workers that each die or answer "done" with a document naming the request's seed, in the order given. */
function fakeWorkers(behaviours: ('die' | 'answer')[]) {
  const requests: ExperimentRequest[] = [];
  class FakeWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    private readonly behaviour = behaviours.shift() ?? 'answer';
    postMessage(request: ExperimentRequest) {
      requests.push(request);
      setTimeout(() => {
        if (this.behaviour === 'die') this.onerror?.({ message: 'out of memory', preventDefault: () => undefined });
        else this.onmessage?.({ data: { type: 'done', id: request.id, document: { seed: request.seed } as unknown as ExperimentDocument } });
      }, 0);
    }
    terminate() {}
  }
  return { FakeWorker, requests };
}

describe('the experiment worker, when it dies', () => {
  it('runs the same request once more on a fresh worker', async () => {
    const { FakeWorker, requests } = fakeWorkers(['die', 'answer']);
    vi.stubGlobal('Worker', FakeWorker);
    try {
      const doc = await new ExperimentClient().run(spec, listener);
      expect(doc).toEqual({ seed: 3 });
      expect(requests).toHaveLength(2);
      expect(requests[1]).toEqual(requests[0]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('fails the run with the reason when the fresh worker dies too, and the next run starts afresh', async () => {
    const { FakeWorker, requests } = fakeWorkers(['die', 'die', 'answer']);
    vi.stubGlobal('Worker', FakeWorker);
    try {
      const client = new ExperimentClient();
      await expect(client.run(spec, listener)).rejects.toMatchObject({ name: 'WorkerFailure', kind: 'crashed', detail: 'out of memory' });
      expect(requests).toHaveLength(2);
      expect(await client.run({ ...spec, seed: 4 }, listener)).toEqual({ seed: 4 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
