import { defaultRuns } from '../core/mlp/defaultRuns.ts';
import type { RunSchedule } from '../core/mlp/experiment.ts';
import { EXPERIMENT_BATCH_SIZE, EXPERIMENT_EPOCHS } from '../core/mlp/experimentMessages.ts';
import { DEFAULT_NETWORK } from '../core/mlp/networkSurface.ts';
import { defaultParams, type ParamValue } from '../core/optimizers/Optimizer.ts';
import { optimizers } from '../core/optimizers/registry.ts';
import { resolveParams } from '../core/optimizers/resolveParams.ts';
import type { ScheduleSpec } from '../core/schedules/Schedule.ts';
import type { Lang } from '../i18n/Lang.ts';
import { foldedSections, type Sections } from './sections.ts';

export interface OptimizerSetting<S extends ScheduleSpec = ScheduleSpec> {
  enabled: boolean;
  params: Record<string, ParamValue>;
  /** A learning-rate schedule: PyTorch's class name and arguments (the experiment's also say when it steps); null keeps the lr. */
  schedule: S | null;
}

export type Range = [number, number];

/** A rule typed in "My optimizers": its text (rule language) and the values of its `param` lines. */
export interface RuleSetting {
  text: string;
  params: Record<string, number>;
  /** Its lr schedule, stepped after every update (on the map and in the panel); absent keeps `lr`. */
  schedule?: ScheduleSpec;
}

/** Which slice of the network's loss the "mlp-slice" and "mlp-directions" surfaces show. */
export interface NetworkSetting {
  /** The two free parameters of "mlp-slice", e.g. ["w1[3]", "w2[3]"]. */
  params: [string, string];
  /** Frozen weights: "init", or "<optimizer>@<epoch>" (what that optimizer reached after k epochs). */
  snapshot: string;
  /** Seed of the experiment (data, initial weights, batch order) the surface comes from. */
  seed: number;
  /** Seed of the two random directions of "mlp-directions". */
  directionsSeed: number;
  /** Minibatch size for stochastic gradients on the network surfaces; 0 = the full 1000 points. */
  batch: number;
}

/** One run of the experiment panel given outright: an optimizer, its hyperparameters and its own batch size. */
export interface ExperimentRun {
  optimizer: string;
  params: Record<string, ParamValue>;
  /** This run's minibatch size; the experiment's when absent. */
  batchSize?: number;
}

export interface ExperimentSetting {
  seed: number;
  /** Minibatch size: 1 is stochastic gradient descent, the number of points full-batch descent. */
  batchSize: number;
  epochs: number;
  /** Training points on [-1, 1]. */
  points: number;
  /** σ of the label noise in y = x² + σ·N(0, 1). */
  noise: number;
  optimizers: Record<string, OptimizerSetting<RunSchedule>>;
  /** When not empty, the panel trains these runs instead of the enabled optimizers (one optimizer at several batch sizes). */
  runs: ExperimentRun[];
}

/**
 * Everything a user can set, as plain JSON: what a preset, a URL and the controller’s setState carry.
 * Optimizer ids and parameter names are the core's (PyTorch's names).
 */
export interface AppState {
  /** The interface's language; a link without one takes the browser's. */
  lang: Lang;
  surface: string;
  /** The typed f(x, y) the surface "custom" shows. */
  f: string;
  start: Range;
  /** The region the map must show; with equal scale it shows more along one axis to fit its shape. */
  view: { x: Range; y: Range };
  /** Stretch the view over the map instead of keeping one scale for x and y. */
  stretch: boolean;
  /** Hill-shading under the contour lines, lit from the north-west (the analytic and typed surfaces only). */
  relief: boolean;
  /** The surface tilted in 2.5-D with the balls riding on it, instead of the flat map. */
  tilt: boolean;
  optimizers: Record<string, OptimizerSetting>;
  /** Update rules racing beside the built-ins, each its own optimizer (at most MAX_RULES). */
  rules: RuleSetting[];
  /** Optimizer steps per animation frame; below 1 is slow motion. */
  speed: number;
  running: boolean;
  /** Positions kept in each ball's fading trail. */
  trail: number;
  /** σ of the Gaussian noise added to every gradient (0: exact gradients). */
  noise: number;
  /** Balls per optimizer; more than one is a swarm spread around the start. */
  particles: number;
  spread: number;
  /** Where a swarm starts: a cloud of σ `spread` around the start, a grid evenly over the whole view, or the points of `brush`. */
  layout: 'cloud' | 'grid' | 'brush';
  /** Starts painted on the map for the brush layout, xy pairs (at most MAX_BRUSH_POINTS points), taken in turn. */
  brush: number[];
  /** Seed of the swarm's starting cloud and of the gradient noise: the same seed replays the same scene. */
  seed: number;
  /**
   * Arrows on the map; NAG's look-ahead beside Momentum; Sutskever's Nesterov path beside PyTorch's;
   * lockstep: Momentum and NAG with the same lr and momentum, for stepping them side by side.
   */
  overlays: { gradient: boolean; update: boolean; lookAhead: boolean; sutskever: boolean; lockstep: boolean };
  /** Which instruments' sections beside the map are open. */
  sections: Sections;
  network: NetworkSetting;
  experiment: ExperimentSetting;
}

/** What the formula field offers first: a bowl in x with waves along y, so balls find different valleys. */
export const DEFAULT_FORMULA = 'x^2 + 3*sin(y)';

/** The seven of the classic race start enabled; the later additions wait in the controls. */
const CLASSIC = new Set(['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam']);

function settings(paramsFor: (id: string) => Record<string, ParamValue>): Record<string, OptimizerSetting<never>> {
  const out: Record<string, OptimizerSetting<never>> = {};
  for (const o of optimizers) out[o.id] = { enabled: CLASSIC.has(o.id), params: paramsFor(o.id), schedule: null };
  return out;
}

/** The experiment panel defaults to the tutorial's settings where it had them. */
function experimentParams(id: string): Record<string, ParamValue> {
  const optimizer = optimizers.find((o) => o.id === id)!;
  const run = defaultRuns.find((r) => r.optimizer === id);
  const resolved = resolveParams(optimizer, run?.params ?? {});
  return resolved.ok ? { ...resolved.params } : defaultParams(optimizer);
}

export function defaultState(): AppState {
  return {
    lang: 'en',
    surface: 'rosenbrock',
    f: DEFAULT_FORMULA,
    start: [-1.5, 2],
    view: { x: [-2, 2], y: [-1, 3] },
    stretch: false,
    relief: true,
    tilt: false,
    optimizers: settings((id) => defaultParams(optimizers.find((o) => o.id === id)!)),
    rules: [],
    speed: 2,
    running: true,
    trail: 300,
    noise: 0,
    particles: 1,
    spread: 0.1,
    layout: 'cloud',
    brush: [],
    seed: 1,
    overlays: { gradient: false, update: false, lookAhead: false, sutskever: false, lockstep: false },
    sections: foldedSections(),
    network: { ...DEFAULT_NETWORK, params: [...DEFAULT_NETWORK.params] },
    experiment: {
      seed: 1,
      batchSize: EXPERIMENT_BATCH_SIZE,
      epochs: EXPERIMENT_EPOCHS,
      points: 1000,
      noise: 0.1,
      optimizers: settings(experimentParams),
      runs: [],
    },
  };
}
