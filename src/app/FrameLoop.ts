import type { Simulation } from '../sim/Simulation.ts';
import type { FrameStats } from './FrameStats.ts';
import { reachesSceneEnd, stepsBeforeSceneEnd } from './sceneEnd.ts';

/** What a frame reads and what it redraws. */
export interface FrameHost {
  running(): boolean;
  /** Steps a frame, fractional: the remainder is carried to the next frame. */
  speed(): number;
  /** The scene ended: the race pauses there. */
  stop(): void;
  sim(): Simulation;
  /** The race's step count: its furthest first ball. */
  leadStep(): number;
  /** Updates after which the scene ends, Infinity when it does not. */
  sceneEnd(): number;
  /** Every frame in which something moved, and every still redraw; `still` when the race is not playing. */
  drawMoved(t0: number, still: boolean): void;
  /** What is costly to redraw (charts, swarm counts, instruments): a few times a second while moving, and on every still frame. */
  drawSlow(): void;
  /** Renders the map if anything on it changed. */
  render(): void;
}

/** Between two costly redraws while the race plays, in milliseconds. */
const SLOW_MS = 100;

/**
 * The instance's frames: step if playing, then redraw only what changed, so an idle, paused map costs
 * nothing. Frame times go to the stats, idle frames left out (they would only drag the median to zero).
 */
export class FrameLoop {
  private credit = 0;
  private slowClock = 0;
  private moved = true;

  constructor(
    private readonly host: FrameHost,
    private readonly stats: FrameStats,
  ) {}

  /** Something shown changed (the state, a preset): the next frame redraws. */
  markMoved(): void {
    this.moved = true;
  }

  /** One frame: `advance` for the ticker's (which may step), false for a redraw asked for now. */
  frame(advance: boolean): void {
    const h = this.host;
    const t0 = performance.now();
    if (advance && h.running()) {
      this.credit += h.speed();
      const wanted = Math.floor(this.credit);
      this.credit -= wanted;
      const before = wanted > 0 ? h.leadStep() : 0;
      const n = wanted > 0 ? stepsBeforeSceneEnd(before, wanted, h.sceneEnd()) : 0;
      if (n > 0) {
        h.sim().tick(n);
        this.moved = true;
      }
      if (n > 0 && reachesSceneEnd(before, n, h.sceneEnd())) h.stop();
    }
    const working = this.moved || !advance;
    if (working) {
      h.drawMoved(t0, !advance || !h.running());
      if (!advance || t0 - this.slowClock > SLOW_MS) {
        this.slowClock = t0;
        h.drawSlow();
        this.moved = false;
      }
    }
    h.render();
    if (advance && working) this.stats.record(performance.now() - t0);
  }
}
