import type { Optimizer, Params } from '../core/optimizers/Optimizer.ts';
import { createRandom, type Random } from '../core/random.ts';
import { createScheduler } from '../core/schedules/createScheduler.ts';
import { kernelOptimizer } from '../core/schedules/momentumCycling.ts';
import { scheduleEnd } from '../core/schedules/scheduleEnd.ts';
import type { Scheduler, ScheduleSpec } from '../core/schedules/Schedule.ts';
import type { Surface, View } from '../core/surfaces/Surface.ts';
import { BasinsTracker } from './basinsTracker.ts';
import { layoutStarts, type Layout, type LayoutName } from './layout.ts';
import { LossHistory } from './LossHistory.ts';
import { ParticleGroup } from './ParticleGroup.ts';
import { PathHistory } from './PathHistory.ts';
import { NOT_DIVERGED, STATUS_NAMES, type StatusName } from './status.ts';
import { StepHistory } from './StepHistory.ts';
import { swarmSummary, type SwarmCounts, type TrackedGroup } from './swarmSummary.ts';
import { TrailBuffer, trailedParticles } from './TrailBuffer.ts';

export interface GroupConfig {
  optimizer: Optimizer;
  params: Params;
  /** Complete and valid (see resolveSchedule); absent or null: a constant lr. */
  schedule?: ScheduleSpec | null;
}

export interface SimulationConfig {
  surface: Surface;
  groups: GroupConfig[];
  start: readonly [number, number];
  /** Particles per optimizer: 1 is a ball; more make a swarm spread around the start. */
  particles?: number;
  /** Standard deviation of the swarm's starting cloud, in surface units. */
  spread?: number;
  /** Where a swarm starts: a cloud around the start, a grid over the whole view, or the painted points of `brush`. */
  layout?: LayoutName;
  /** Painted starts (xy pairs) of the brush layout, taken in turn. */
  brush?: readonly number[];
  /** The region on the map: what a grid covers and what the reach radius of a minimum is measured against; the surface's own when absent. */
  view?: View;
  /** Gradient noise σ (stochastic descent); 0 is exact gradients. */
  noise?: number;
  trailLength?: number;
  seed?: number;
}

/** One particle as the legend, the controller and the tests see it. */
export interface ParticleView {
  optimizer: string;
  x: number;
  y: number;
  loss: number;
  step: number;
  status: StatusName;
}

export interface Track {
  readonly group: ParticleGroup;
  readonly trail: TrailBuffer;
  /** Loss of the group's first particle (the ball) against step. */
  readonly history: LossHistory;
  /** The first ball's exact path, for the instruments (inspect, compare). */
  readonly path: PathHistory;
  /** The first ball's recent updates in full (gradient, state before and after), for the update panel. */
  readonly steps: StepHistory;
  /** With a schedule: the lr each step uses, recorded at the same steps as `history` (null: a constant lr). */
  readonly lr: LossHistory | null;
  /** The schedule's stepper; it writes `group.live` after every optimizer step. */
  readonly schedule: TrackSchedule | null;
  /** Which minimum each particle of a swarm has reached; null for a single ball, which needs none. */
  tracker: BasinsTracker | null;
}

/** A schedule as the map's endless race runs it. */
export interface TrackSchedule {
  /** Rebuilt when the params change: the schedule's base is the optimizer's lr. */
  scheduler: Scheduler;
  /**
   * Scheduler steps it takes before it holds its values. The race never ends, but OneCycleLR is
   * defined for total_steps steps only (PyTorch raises past them): the map keeps its last lr (and
   * momentum), that of step total_steps − 1, from then on. Every other schedule runs on.
   */
  readonly end: number;
  taken: number;
}

/**
 * The optimizer and params a scheduled group's kernel runs. A schedule that cycles the momentum of
 * SGD at momentum 0 switches its momentum buffer on, as PyTorch does (kernelOptimizer): the group
 * keeps SGD's identity (id, name, colour) and takes momentum SGD's rule and state.
 */
function kernelSetup(config: GroupConfig, scheduler: Scheduler | null): { optimizer: Optimizer; params: Params } {
  if (!scheduler) return config;
  const probe = { lr: 0, momentum: 0 };
  scheduler.reset(probe);
  const setup = kernelOptimizer(config.optimizer, config.params, scheduler.cyclesMomentum, probe.momentum);
  if (setup.optimizer === config.optimizer) return setup;
  const { kernel, stateSlots, stateScalars } = setup.optimizer;
  return { optimizer: { ...config.optimizer, kernel, stateSlots, stateScalars }, params: setup.params };
}

const schedulerOf = (config: GroupConfig) => (config.schedule ? createScheduler(config.schedule, config.params.lr as number) : null);

/**
 * Particles of several optimizers on one surface. It owns no clock: the browser calls tick(n)
 * once a frame, tests and workers call it in a loop, exactly as d3-force's simulation.
 */
export class Simulation {
  readonly tracks: Track[] = [];
  private surface: Surface;
  private start: [number, number];
  private readonly count: number;
  private readonly spread: number;
  private readonly layout: LayoutName;
  private readonly brush: readonly number[];
  private view: View;
  private noise: number;
  private readonly seed: number;
  private random: Random;
  private readonly starts: Float64Array;
  private readonly trailLength: number;
  /** What each track was built from, so new params can rebuild its kernel and schedule. */
  private readonly configs = new Map<Track, GroupConfig>();

  constructor(config: SimulationConfig) {
    this.surface = config.surface;
    this.start = [config.start[0], config.start[1]];
    this.count = Math.max(1, Math.floor(config.particles ?? 1));
    this.spread = config.spread ?? 0;
    this.layout = config.layout ?? 'cloud';
    this.brush = config.brush ?? [];
    this.view = config.view ?? config.surface.view;
    this.noise = config.noise ?? 0;
    this.seed = config.seed ?? 1;
    this.random = createRandom(this.seed);
    this.trailLength = config.trailLength ?? 256;
    this.starts = new Float64Array(2 * this.count);
    for (const g of config.groups) this.addGroup(g);
    this.reset();
  }

  addGroup(config: GroupConfig): Track {
    const scheduler = schedulerOf(config);
    const setup = kernelSetup(config, scheduler);
    const group = new ParticleGroup(this.surface, setup.optimizer, setup.params, this.count);
    const track: Track = {
      group,
      trail: new TrailBuffer(trailedParticles(this.count), this.trailLength),
      history: new LossHistory(),
      path: new PathHistory(),
      steps: new StepHistory(group.state.slots.length, group.state.scalars.length),
      lr: scheduler ? new LossHistory() : null,
      schedule: scheduler && config.schedule ? { scheduler, end: scheduleEnd(config.schedule), taken: 0 } : null,
      tracker: null,
    };
    this.configs.set(track, config);
    this.tracks.push(track);
    this.restart(track);
    return track;
  }

  /** The surface the balls are on now. */
  get currentSurface(): Surface {
    return this.surface;
  }

  /** Where every optimizer's first ball started: the start itself, or a grid's or a brush's first point. */
  firstStart(): [number, number] {
    return [this.starts[0], this.starts[1]];
  }

  track(optimizerId: string): Track | undefined {
    return this.tracks.find((t) => t.group.optimizer.id === optimizerId);
  }

  /** Every particle back to the start (the same swarm cloud each time for a given seed). */
  reset(): void {
    this.random = createRandom(this.seed);
    this.layoutStarts();
    for (const t of this.tracks) this.restart(t);
  }

  setStart(x: number, y: number): void {
    this.start = [x, y];
    this.reset();
  }

  setSurface(surface: Surface, start?: readonly [number, number]): void {
    this.surface = surface;
    for (const t of this.tracks) t.group.setSurface(surface);
    if (start) this.start = [start[0], start[1]];
    this.reset();
  }

  /** A grid covers the view, so a new view lays it out again; a cloud keeps racing, judged against the view it began in. */
  setView(view: View): void {
    this.view = { x: [view.x[0], view.x[1]], y: [view.y[0], view.y[1]] };
    if (this.layout === 'grid') this.reset();
  }

  setNoise(sigma: number): void {
    this.noise = sigma;
  }

  /**
   * New hyperparameters restart the race: every ball back to the start, so no optimizer gets a head
   * start. A schedule starts over from the new lr; a change of schedule needs a new simulation.
   */
  setParams(optimizerId: string, params: Params): void {
    const t = this.track(optimizerId);
    if (!t) return;
    const config = { ...this.configs.get(t)!, params };
    this.configs.set(t, config);
    const scheduler = schedulerOf(config);
    if (t.schedule && scheduler) t.schedule.scheduler = scheduler;
    t.group.setParams(kernelSetup(config, scheduler).params);
    this.reset();
  }

  /** Runs n steps of every group. */
  tick(n = 1): void {
    for (let k = 0; k < n; k++) {
      for (const t of this.tracks) {
        const { group, schedule } = t;
        // ReduceLROnPlateau watches the ball (the first particle): its loss where this step starts,
        // as a training loop passes the loss it just backpropagated.
        const loss = group.loss[0];
        // A diverged ball takes no more updates, so only a live one opens a record.
        const recording = group.reason[0] === NOT_DIVERGED;
        if (recording) t.steps.begin(group.stepOf(0) + 1, group.pos, group.grad, group.live.lr, group.live.momentum, group.state.slots);
        group.step(this.noise, this.random);
        if (recording) {
          if (this.noise > 0) t.steps.gradient(group.noisy);
          t.steps.finish(group.state.t, group.pos, group.state.slots, group.state.scalars);
        }
        if (schedule && schedule.taken < schedule.end) {
          schedule.scheduler.step(group.live, loss);
          schedule.taken++;
        }
        t.tracker?.step(group);
        t.trail.push(group.pos);
        t.history.record(group.stepOf(0), group.loss[0]);
        t.path.record(group.stepOf(0), group.pos[0], group.pos[1], group.loss[0]);
        t.lr?.record(group.stepOf(0), group.live.lr);
      }
    }
  }

  /** A fresh array for the legend and tests (not for per-frame rendering, which reads the buffers). */
  particles(): ParticleView[] {
    const out: ParticleView[] = [];
    for (const { group } of this.tracks) {
      for (let p = 0; p < group.count; p++) {
        out.push({
          optimizer: group.optimizer.id,
          x: group.pos[2 * p],
          y: group.pos[2 * p + 1],
          loss: group.loss[p],
          step: group.steps[p],
          status: STATUS_NAMES[group.status[p]],
        });
      }
    }
    return out;
  }

  /** Where each swarm stands: one entry per optimizer with more than one particle, in track order. */
  summary(): SwarmCounts[] {
    const tracked: TrackedGroup[] = [];
    for (const { group, tracker } of this.tracks) if (tracker) tracked.push({ group, tracker });
    return swarmSummary(this.surface.minima, tracked);
  }

  private layoutStarts(): void {
    const layout: Layout =
      this.layout === 'grid'
        ? { kind: 'grid', view: this.view }
        : this.layout === 'brush'
          ? { kind: 'brush', points: this.brush, start: this.start }
          : { kind: 'cloud', start: this.start, spread: this.spread, random: this.random };
    layoutStarts(layout, this.starts);
  }

  private restart(t: Track): void {
    t.group.place(this.starts);
    // A new tracker each time: the surface's minima and the view's reach radius may have changed.
    t.tracker = this.count > 1 ? new BasinsTracker(this.surface.minima, this.view, this.count) : null;
    t.tracker?.start(t.group);
    t.trail.clear();
    t.trail.push(t.group.pos);
    t.history.clear();
    t.history.record(0, t.group.loss[0]);
    t.path.clear();
    t.steps.clear();
    t.path.record(0, t.group.pos[0], t.group.pos[1], t.group.loss[0]);
    if (t.schedule) {
      t.schedule.scheduler.reset(t.group.live);
      t.schedule.taken = 0;
    }
    t.lr?.clear();
    t.lr?.record(0, t.group.live.lr);
  }
}
