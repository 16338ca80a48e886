import type { PoolReply, PoolWorker, WorkerFactory } from './poolProtocol.ts';
import { type FailureKind, WorkerFailure } from '../core/WorkerFailure.ts';

/** One finished chunk, as progress. */
export interface ChunkDone<R> {
  readonly index: number;
  readonly result: R;
  /** Chunks of the job finished so far, this one included. */
  readonly done: number;
  readonly total: number;
}

export interface RunOptions<R> {
  /** A new job on a channel cancels the one before it on the same channel (default "default"). */
  readonly channel?: string;
  /** Called as each chunk finishes, in the order they finish. */
  readonly onChunk?: (chunk: ChunkDone<R>) => void;
}

export interface PoolJob<R> {
  /** Every chunk's result by index; null if the job was cancelled. Rejects with PoolError if a chunk failed twice. */
  readonly done: Promise<R[] | null>;
  readonly cancel: () => void;
}

/** A chunk that failed on its retry too: its job stops and reports this. */
export class PoolError extends WorkerFailure {
  constructor(
    readonly chunk: number,
    kind: FailureKind,
    detail: string,
  ) {
    super(kind, detail, `chunk ${chunk}: ${detail}`);
    this.name = 'PoolError';
  }
}

/** A chunk is tried at most this often: once, and once again after a throw or a dead worker. */
const ATTEMPTS = 2;

interface Job {
  readonly channel: string;
  readonly results: unknown[];
  readonly onChunk?: (chunk: ChunkDone<unknown>) => void;
  readonly resolve: (results: unknown[] | null) => void;
  readonly reject: (error: Error) => void;
  /** Chunks waiting to start, and chunks running now. */
  readonly queue: Chunk[];
  running: number;
  finished: number;
  over: boolean;
}

interface Chunk {
  readonly job: Job;
  readonly index: number;
  readonly task: { readonly type: string };
  attempts: number;
}

interface Slot {
  worker: PoolWorker | null;
  chunk: Chunk | null;
  /** Request id of the chunk in flight: a late reply from a replaced worker or an old request is ignored. */
  request: number;
}

/**
 * A fixed set of workers that runs jobs split into chunks. Chunks go to idle workers in order, results
 * come back as they finish; a cancelled job's queued chunks never start and the ones in flight are
 * dropped when they return (chunks are kept short so that is soon). A chunk whose worker throws or
 * dies is tried once more, on a fresh worker if the old one died, and then fails its job. Jobs on
 * different channels share the workers chunk by chunk. Workers are created when first needed, so a
 * pool costs nothing until it is used.
 */
export class WorkerPool {
  readonly size: number;
  private readonly factory: WorkerFactory;
  private readonly slots: Slot[];
  /** Jobs not yet over, oldest first. */
  private jobs: Job[] = [];
  private readonly current = new Map<string, Job>();
  private nextRequest = 1;
  private closed = false;

  constructor(factory: WorkerFactory, size: number) {
    this.factory = factory;
    this.size = Math.max(1, Math.floor(size));
    this.slots = Array.from({ length: this.size }, () => ({ worker: null, chunk: null, request: 0 }));
  }

  run<T extends { readonly type: string }, R>(tasks: readonly T[], options: RunOptions<R> = {}): PoolJob<R> {
    if (this.closed) throw new Error('the pool has been terminated');
    const channel = options.channel ?? 'default';
    this.cancelJob(this.current.get(channel));
    let resolve!: (results: unknown[] | null) => void;
    let reject!: (error: Error) => void;
    const done = new Promise<unknown[] | null>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const job: Job = {
      channel,
      results: new Array(tasks.length),
      onChunk: options.onChunk as Job['onChunk'],
      resolve,
      reject,
      queue: [],
      running: 0,
      finished: 0,
      over: false,
    };
    tasks.forEach((task, index) => job.queue.push({ job, index, task, attempts: 0 }));
    this.current.set(channel, job);
    this.jobs.push(job);
    if (tasks.length === 0) this.finish(job, () => resolve([]));
    this.dispatch();
    return {
      done: done as Promise<R[] | null>,
      cancel: () => this.cancelJob(job),
    };
  }

  /** Stops every worker; jobs still running resolve as cancelled. */
  terminate(): void {
    this.closed = true;
    for (const job of [...this.current.values()]) this.cancelJob(job);
    for (const slot of this.slots) {
      slot.worker?.terminate();
      slot.worker = null;
      slot.chunk = null;
    }
  }

  private cancelJob(job: Job | undefined): void {
    if (job && !job.over) this.finish(job, () => job.resolve(null));
  }

  private finish(job: Job, settle: () => void): void {
    job.over = true;
    job.queue.length = 0;
    this.jobs = this.jobs.filter((j) => j !== job);
    if (this.current.get(job.channel) === job) this.current.delete(job.channel);
    settle();
  }

  /** The job with chunks waiting and the fewest running (the oldest on a tie): jobs on different channels share the workers. */
  private nextJob(): Job | undefined {
    let best: Job | undefined;
    for (const job of this.jobs) if (job.queue.length > 0 && (!best || job.running < best.running)) best = job;
    return best;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.chunk) continue;
      const job = this.nextJob();
      if (!job) return;
      const chunk = job.queue.shift()!;
      job.running++;
      slot.chunk = chunk;
      chunk.attempts++;
      slot.request = this.nextRequest++;
      try {
        const worker = slot.worker ?? (slot.worker = this.spawn(slot));
        worker.post({ id: slot.request, task: chunk.task });
      } catch (e) {
        // A task that cannot be posted (it holds a function) or a worker that cannot start fails like a throwing chunk.
        this.failed(slot, 'unposted', e instanceof Error ? e.message : String(e));
      }
    }
  }

  private spawn(slot: Slot): PoolWorker {
    let self: PoolWorker | null = null;
    const mine = () => self !== null && slot.worker === self;
    self = this.factory({
      message: (reply) => {
        if (mine() && reply.id === slot.request) this.reply(slot, reply);
      },
      fail: (error) => {
        if (!mine()) return;
        // A dead worker is dropped; the next chunk for this slot starts a new one.
        self!.terminate();
        slot.worker = null;
        if (slot.chunk) this.failed(slot, 'crashed', error.message);
      },
    });
    return self;
  }

  private reply(slot: Slot, reply: PoolReply): void {
    if ('error' in reply) {
      this.failed(slot, 'threw', reply.error);
      return;
    }
    const chunk = slot.chunk!;
    slot.chunk = null;
    const job = chunk.job;
    job.running--;
    if (!job.over) {
      job.results[chunk.index] = reply.result;
      job.finished++;
      job.onChunk?.({ index: chunk.index, result: reply.result, done: job.finished, total: job.results.length });
      if (job.finished === job.results.length && !job.over) this.finish(job, () => job.resolve(job.results));
    }
    this.dispatch();
  }

  private failed(slot: Slot, kind: FailureKind, detail: string): void {
    const chunk = slot.chunk!;
    slot.chunk = null;
    chunk.job.running--;
    if (!chunk.job.over) {
      if (chunk.attempts < ATTEMPTS) chunk.job.queue.unshift(chunk);
      else this.finish(chunk.job, () => chunk.job.reject(new PoolError(chunk.index, kind, detail)));
    }
    this.dispatch();
  }
}
