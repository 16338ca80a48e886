import type { ExperimentDocument } from '../../core/formats/experiment.ts';
import type { ExperimentDataMessage, ExperimentProgressMessage, ExperimentRequest, ExperimentResponse } from '../../core/mlp/experimentMessages.ts';
import { type FailureKind, WorkerFailure } from '../../core/WorkerFailure.ts';

export interface RunListener {
  data(message: ExperimentDataMessage): void;
  progress(message: ExperimentProgressMessage): void;
}

/** What to train: the request without its envelope (seed, runs, and the shape where it is not the tutorial's). */
export type ExperimentSpec = Omit<ExperimentRequest, 'type' | 'id'>;

interface Pending {
  readonly id: number;
  readonly request: ExperimentRequest;
  /** Whether the run was already started again on a fresh worker after its first worker broke. */
  retried: boolean;
  readonly listener: RunListener;
  resolve(doc: ExperimentDocument): void;
  reject(error: unknown): void;
}

/**
 * The page's side of the experiment worker: one run at a time, and the newest wins. A superseded
 * run's promise rejects with an AbortError and none of its late messages reach a listener; a run the
 * worker could not do rejects with a WorkerFailure, which the page words.
 */
export class ExperimentClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: Pending | null = null;

  run(spec: ExperimentSpec, listener: RunListener): Promise<ExperimentDocument> {
    this.settle((p) => p.reject(new DOMException('superseded by a newer run', 'AbortError')));
    const id = this.nextId++;
    return new Promise<ExperimentDocument>((resolve, reject) => {
      const request: ExperimentRequest = { ...spec, type: 'run', id };
      this.pending = { id, request, retried: false, listener, resolve, reject };
      this.post(request);
    });
  }

  private post(request: ExperimentRequest): void {
    try {
      this.connect().postMessage(request);
    } catch (e) {
      this.crash('unposted', e instanceof Error ? e.message : String(e));
    }
  }

  /** Stops the current run (its promise rejects with an AbortError giving the reason) and the worker with it. */
  cancel(reason: string): void {
    this.settle((p) => p.reject(new DOMException(reason, 'AbortError')));
    this.worker?.terminate();
    this.worker = null;
  }

  private connect(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../../workers/experiment.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ExperimentResponse>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.crash('crashed', event.message || 'the experiment worker could not start');
    };
    worker.onmessageerror = () => this.crash('crashed', 'a message from the experiment worker could not be read');
    this.worker = worker;
    return worker;
  }

  private receive(message: ExperimentResponse): void {
    const p = this.pending;
    if (!p || message.id !== p.id) return;
    try {
      if (message.type === 'data') p.listener.data(message);
      else if (message.type === 'progress') p.listener.progress(message);
      else if (message.type === 'done') this.settle(() => p.resolve(message.document));
      else this.settle(() => p.reject(new WorkerFailure('threw', message.message)));
    } catch (e) {
      this.settle(() => p.reject(e));
    }
  }

  /**
   * A broken worker is dropped. Its run starts once more on a fresh worker (a worker can die of
   * causes that pass, such as memory pressure); if that one breaks too, the run fails with the reason.
   */
  private crash(kind: FailureKind, detail: string): void {
    this.worker?.terminate();
    this.worker = null;
    const p = this.pending;
    if (p && !p.retried) {
      p.retried = true;
      return this.post(p.request);
    }
    this.settle((q) => q.reject(new WorkerFailure(kind, detail)));
  }

  private settle(how: (p: Pending) => void): void {
    const p = this.pending;
    this.pending = null;
    if (p) how(p);
  }
}
