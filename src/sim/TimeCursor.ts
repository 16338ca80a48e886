import type { Track } from './Simulation.ts';
import { DIVERGED, RUNNING, STATUS_NAMES, type StatusName } from './status.ts';

/** One track as the time cursor shows it: where its particles were at the cursor's step. */
export interface CursorFrame {
  /** xy of every particle at that step; only the first `known` are meaningful. */
  readonly pos: Float64Array;
  /** Each particle's status at that step: one that diverged later is still running there. */
  readonly status: Uint8Array;
  /**
   * Particles with a position held at that step: all of them while their trail reaches back to it,
   * else the first ball alone, whose exact path (PathHistory) reaches further back than any trail.
   */
  known: number;
  /** The step shown: the cursor's, within what this track has taken and still holds. */
  step: number;
  /** Trail points newer than that step: the swarm's trails are drawn cut there. */
  skip: number;
  /**
   * The first ball's trail up to that step, oldest first, from its exact path: it reaches back
   * further than the trail's own ring, so an early step of a long race still shows its trail.
   */
  readonly trail: Float32Array;
  trailLength: number;
}

/** A particle at the cursor's step, as the controller and the tests see it. */
export interface CursorParticle {
  optimizer: string;
  x: number;
  y: number;
  step: number;
  status: StatusName;
}

/**
 * One time cursor over the race: a step to show instead of the live one, or none (live). It only
 * changes what is drawn — the simulation steps on or stays paused as the user chose — so each track's
 * frame is worked out again from the recorded history whenever it is drawn, into buffers the cursor
 * owns (made once per track, reused every frame).
 */
export class TimeCursor {
  private target: number | null = null;
  private readonly frames = new WeakMap<Track, CursorFrame>();

  /** The step asked for, or null while live. */
  get step(): number | null {
    return this.target;
  }

  /** Shows the race at `step` (a whole number of updates from the start); null returns to live. */
  set(step: number | null): void {
    this.target = step === null || !Number.isFinite(step) ? null : Math.max(0, Math.floor(step));
  }

  /** The track at the cursor's step, or null while live. */
  at(track: Track): CursorFrame | null {
    if (this.target === null) return null;
    const { group, trail, path } = track;
    let frame = this.frames.get(track);
    if (!frame) {
      frame = {
        pos: new Float64Array(2 * group.count),
        status: new Uint8Array(group.count),
        known: 1,
        step: 0,
        skip: 0,
        trail: new Float32Array(2 * trail.capacity),
        trailLength: 0,
      };
      this.frames.set(track, frame);
    }
    // Every tick pushes one trail point, so the trail counts this track's ticks since its start.
    const ticks = Math.max(0, trail.pushed - 1);
    const step = Math.max(Math.min(this.target, ticks), path.firstStep);
    frame.step = step;
    frame.skip = ticks - step;
    // A diverged ball records no more steps: where it stopped is where it is at every later tick.
    const last = Math.min(step, path.lastStep) - path.firstStep;
    path.readXY(last, frame.pos, 0);
    const from = Math.max(0, last - trail.capacity + 1);
    frame.trailLength = last - from + 1;
    for (let k = from; k <= last; k++) path.readXY(k, frame.trail, 2 * (k - from));
    const { capacity, data, head, length } = trail;
    frame.known = frame.skip < length ? group.count : 1;
    const slot = (head - 1 - frame.skip + 2 * capacity) % capacity;
    for (let p = 1; p < frame.known; p++) {
      const o = (p * capacity + slot) * 2;
      frame.pos[2 * p] = data[o];
      frame.pos[2 * p + 1] = data[o + 1];
    }
    const status = group.status;
    const steps = group.steps;
    for (let p = 0; p < frame.known; p++) frame.status[p] = status[p] === DIVERGED && steps[p] > step ? RUNNING : status[p];
    return frame;
  }

  /** Every particle with a position at the cursor's step (live: where each is now), in track order. */
  particles(tracks: readonly Track[]): CursorParticle[] {
    const out: CursorParticle[] = [];
    for (const track of tracks) {
      const { group } = track;
      const frame = this.at(track);
      const pos = frame?.pos ?? group.pos;
      const status = frame?.status ?? group.status;
      const count = frame?.known ?? group.count;
      for (let p = 0; p < count; p++) {
        const step = frame ? frame.step : group.steps[p];
        out.push({ optimizer: group.optimizer.id, x: pos[2 * p], y: pos[2 * p + 1], step, status: STATUS_NAMES[status[p]] });
      }
    }
    return out;
  }
}
