import type { Minimum, View } from '../core/surfaces/Surface.ts';
import { reachRadius, SLOW_FRACTION } from './basinsTracker.ts';
import type { Track } from './Simulation.ts';
import { DIVERGED, RUNNING } from './status.ts';

/**
 * What happened in the race, as ids, steps and codes (the words are the reader's language's):
 * - `reached`: an optimizer's ball reached a listed minimum by the basins rule (basinsTracker.ts: within
 *   reach and slow), or stopped anywhere (the converged status); `minimum` is the listed point within reach, or -1.
 * - `diverged`: a ball stopped diverged at `step`; `reason` is NON_FINITE or OUT_OF_BOUNDS (status.ts).
 * - `winner`: the first optimizer whose ball reached (a swarm: whose first particle did).
 * - `swarm`: a swarm's tally changed: `reached` of `count` particles are at a listed minimum, `diverged` stopped.
 * - `stopped`: every particle of every optimizer has stopped (converged or diverged) at least once.
 */
export type RaceEventKind = 'reached' | 'diverged' | 'winner' | 'swarm' | 'stopped';

export interface RaceEvent {
  readonly kind: RaceEventKind;
  /** The optimizer's id; '' for `stopped`. */
  readonly optimizer: string;
  readonly step: number;
  readonly reason: number;
  /** Index into the surface's minima; -1 when none is within reach (or the event is of another kind). */
  readonly minimum: number;
  readonly reached: number;
  readonly diverged: number;
  readonly count: number;
}

interface Watched {
  readonly track: Track;
  /**
   * Per particle: whether it has been seen stopped this race. A ball resting at a minimum can flicker
   * between converged and running as its last steps wobble: it is told once, and counts as stopped.
   */
  readonly told: Uint8Array;
  lastStep: number;
  reached: number;
  diverged: number;
}

/**
 * Turns the particles' own status into events, by comparing with what it saw last time: a call
 * allocates nothing unless something happened. The host calls observe() after stepping (once a
 * frame) and after any change of the race; a ball's step count going back means the race restarted.
 * Arrival is the basins rule swarmSummary counts by (within reach of a listed minimum, and slow), or
 * for a single ball also the converged status (a ball stopped where no minimum is listed); a swarm
 * is told as a tally.
 */
export class RaceWatcher {
  private watched: Watched[] = [];
  private winner = false;
  private stopped = false;

  /** Reads the tracks; calls emit for each event since the last call. */
  observe(tracks: readonly Track[], minima: readonly Minimum[], view: View, emit: (e: RaceEvent) => void): void {
    if (!this.sameTracks(tracks)) this.watch(tracks);
    for (const w of this.watched) {
      if (w.track.group.stepOf(0) < w.lastStep) {
        this.restart();
        break;
      }
    }
    let running = false;
    const r = reachRadius(view);
    const r2 = r * r;
    const slow2 = (SLOW_FRACTION * r) ** 2;
    for (const w of this.watched) {
      const { group, tracker } = w.track;
      const status = group.status;
      w.lastStep = group.stepOf(0);
      if (tracker) {
        let reached = 0;
        let diverged = 0;
        for (let p = 0; p < group.count; p++) {
          const m = tracker.near[p];
          if (status[p] === DIVERGED) diverged++;
          else if (m >= 0 && minima[m].kind !== 'saddle') reached++;
          if (status[p] !== RUNNING) w.told[p] = 1;
          else if (!w.told[p]) running = true;
        }
        if (reached !== w.reached || diverged !== w.diverged) {
          w.reached = reached;
          w.diverged = diverged;
          emit(event('swarm', group.optimizer.id, w.lastStep, 0, -1, reached, diverged, group.count));
        }
        const first = tracker.near[0];
        if (!this.winner && first >= 0 && minima[first].kind !== 'saddle') {
          this.winner = true;
          emit(event('winner', group.optimizer.id, tracker.since[0], 0, first, 0, 0, group.count));
        }
        continue;
      }
      const s = status[0];
      if (w.told[0]) continue;
      const id = group.optimizer.id;
      const step = group.steps[0];
      if (s === DIVERGED) {
        w.told[0] = 1;
        emit(event('diverged', id, step, group.reason[0], -1, 0, 1, 1));
        continue;
      }
      const arrived = arrival(group.pos, group.prev, minima, r2, slow2);
      if (s === RUNNING && arrived < 0) {
        running = true;
        continue;
      }
      w.told[0] = 1;
      const m = arrived >= 0 ? arrived : nearest(group.pos[0], group.pos[1], minima, r2);
      emit(event('reached', id, step, 0, m, 1, 0, 1));
      if (!this.winner) {
        this.winner = true;
        emit(event('winner', id, step, 0, m, 1, 0, 1));
      }
    }
    if (running) this.stopped = false;
    else if (!this.stopped && this.watched.length > 0) {
      this.stopped = true;
      let lead = 0;
      for (const w of this.watched) lead = Math.max(lead, w.lastStep);
      emit(event('stopped', '', lead, 0, -1, 0, 0, 0));
    }
  }

  private sameTracks(tracks: readonly Track[]): boolean {
    if (tracks.length !== this.watched.length) return false;
    for (let k = 0; k < tracks.length; k++) if (tracks[k] !== this.watched[k].track) return false;
    return true;
  }

  private watch(tracks: readonly Track[]): void {
    this.watched = tracks.map((track) => ({ track, told: new Uint8Array(track.group.count), lastStep: 0, reached: 0, diverged: 0 }));
    this.restart();
  }

  private restart(): void {
    for (const w of this.watched) {
      w.told.fill(0);
      w.lastStep = 0;
      w.reached = 0;
      w.diverged = 0;
    }
    this.winner = false;
    this.stopped = false;
  }
}

function event(kind: RaceEventKind, optimizer: string, step: number, reason: number, minimum: number, reached: number, diverged: number, count: number): RaceEvent {
  return { kind, optimizer, step, reason, minimum, reached, diverged, count };
}

/** The listed point nearest (x, y) within reach (r2 the radius squared), or -1. */
function nearest(x: number, y: number, minima: readonly Minimum[], r2: number): number {
  let best = -1;
  let bestD = r2;
  for (let m = 0; m < minima.length; m++) {
    const d = (x - minima[m].x) ** 2 + (y - minima[m].y) ** 2;
    if (d <= bestD) {
      best = m;
      bestD = d;
    }
  }
  return best;
}

/**
 * The minimum (not a saddle) the first particle has reached by the basins rule: within reach and
 * moving slower than a tenth of the reach per step; else -1. A ball slowing near a saddle may still
 * roll off it, so only the converged status says it stalled there.
 */
function arrival(pos: Float64Array, prev: Float64Array, minima: readonly Minimum[], r2: number, slow2: number): number {
  const ux = pos[0] - prev[0];
  const uy = pos[1] - prev[1];
  if (ux * ux + uy * uy > slow2) return -1;
  const m = nearest(pos[0], pos[1], minima, r2);
  return m >= 0 && minima[m].kind !== 'saddle' ? m : -1;
}
