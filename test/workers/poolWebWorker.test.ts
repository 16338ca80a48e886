import { describe, expect, it, vi } from 'vitest';
import type { PoolReply } from '../../src/workers/poolProtocol.ts';
import { browserPoolSize, webWorkerFactory } from '../../src/workers/poolWebWorker.ts';

/** Just the surface of a Web Worker the factory touches. */
class FakeWebWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('webWorkerFactory', () => {
  it('wires a Web Worker to the pool: posts, replies, errors kept from the page, terminate', () => {
    const fake = new FakeWebWorker();
    const replies: PoolReply[] = [];
    const failures: string[] = [];
    const worker = webWorkerFactory(() => fake as unknown as Worker)({ message: (r) => replies.push(r), fail: (e) => failures.push(e.message) });
    worker.post({ id: 1, task: { type: 'basins' } });
    expect(fake.posted).toEqual([{ id: 1, task: { type: 'basins' } }]);
    fake.onmessage!({ data: { id: 1, result: 42 } });
    expect(replies).toEqual([{ id: 1, result: 42 }]);
    let prevented = false;
    fake.onerror!({ message: 'boom', preventDefault: () => (prevented = true) });
    fake.onmessageerror!();
    expect(failures).toEqual(['boom', 'a message from the worker could not be read']);
    expect(prevented).toBe(true);
    worker.terminate();
    expect(fake.terminated).toBe(true);
  });

  it('sizes the pool to the logical cores the browser reports, two when it reports none', () => {
    try {
      vi.stubGlobal('navigator', { hardwareConcurrency: 6 });
      expect(browserPoolSize()).toBe(6);
      vi.stubGlobal('navigator', { hardwareConcurrency: 0 });
      expect(browserPoolSize()).toBe(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
