import type { ExperimentDocument } from '../core/formats/experiment.ts';
import type { Comparison } from '../sim/compareRuns.ts';
import type { Inspection } from '../sim/inspectTrack.ts';
import type { StepUpdate } from '../sim/stepUpdate.ts';
import type { ParticleView } from '../sim/Simulation.ts';
import type { SwarmCounts } from '../sim/swarmSummary.ts';
import type { View } from '../core/surfaces/Surface.ts';
import type { AppState } from '../state/AppState.ts';
import type { CursorParticle } from '../sim/TimeCursor.ts';
import type { PredictApi } from './mountPredictions.ts';
import type { FanShown } from '../render/MinibatchFanLayer.ts';
import type { NesterovShown } from '../render/NesterovLayer.ts';
import type { WholeShown } from '../render/WholePathLayer.ts';
import type { ExportKind } from './exports/exportKinds.ts';
import type { HypermapOptions, HypermapResult } from '../ui/explore/HypermapPanel.ts';
import type { MinibatchOptions, MinibatchResult } from '../ui/explore/MinibatchPanel.ts';
import type { SliceOptions, SliceResult } from '../ui/explore/SlicePanel.ts';

/** What the map shows, in world units and CSS pixels, so a check can measure its scale. */
export interface MapInfo {
  /** The region on screen: the state's view, letterboxed to equal scale unless stretched. */
  shown: View;
  /** The state's view. */
  requested: View;
  /** The plot rectangle inside the canvas. */
  plot: { x: number; y: number; width: number; height: number };
  canvas: { width: number; height: number };
  /** The labels beside diverged balls: optimizer, text and top-left corner in canvas pixels. */
  labels: { optimizer: string; text: string; x: number; y: number }[];
  /** NAG against Momentum as last drawn (keys O and N): the balls, Sutskever's θ as a ring, the arrows' tips, Sutskever's run. */
  nesterov: NesterovShown;
  /** The minibatch fan at the ball (section Minibatch noise open on a network surface): the ball, the full gradient's tip, each minibatch's tip; null when not drawn. */
  minibatchFan: FanShown | null;
  /**
   * The whole network's shadow (section The slice, honestly, training all 61 weights on "mlp-slice"):
   * the step of the optimizer's first ball it is drawn to, its points, and its end on the slice and
   * in canvas pixels; null when not drawn.
   */
  wholePath: WholeShown | null;
}

/** Where the scene came from: a preset (and what was changed since), or none. */
export interface SceneInfo {
  preset: string | null;
  title: string | null;
  modified: string[];
}

export interface ExperimentStatus {
  state: 'idle' | 'running' | 'done' | 'error';
  /** Epochs finished so far, of `epochs`. */
  epoch: number;
  epochs: number;
  seed: number;
  error?: string;
}

/**
 * The programmatic face of one Slopes instance: window.slopes on the page, and what embedding
 * returns. Everything here goes through the store, so it behaves exactly like the controls.
 */
export interface SlopesController {
  getState(): AppState;
  /** Applies the valid fields, keeps the rest as they were, and returns a note per rejected field. */
  setState: (partial: unknown) => { notes: string[] };
  play(): void;
  pause(): void;
  /** Pauses and takes n optimizer steps. */
  step(n?: number): void;
  reset: () => void;
  /** The map back to the preset's view (or the surface's own, when no preset is loaded). */
  resetView(): void;
  map(): MapInfo;
  scene(): SceneInfo;
  /** Each preset's id, title (in the instance's language) and the number of updates its scene plays. */
  presets(): { id: string; title: string; steps: number }[];
  loadPreset: (id: string) => { notes: string[] };
  particles(): ParticleView[];
  /**
   * Per optimizer with more than one ball: how many reached each listed minimum of the surface
   * (within a hundredth of the view's diagonal and moving less than a tenth of that a step),
   * diverged, are still moving or stopped elsewhere, and the median step they arrived at.
   */
  swarmSummary(): SwarmCounts[];
  /**
   * The first ball of an optimizer on the map at its current step: position, loss, gradient, its
   * optimizer state, the local Hessian with its eigenvalues, and the stability limits of the
   * quadratic with that curvature at the ball's own momentum. null if the optimizer is not on the map.
   */
  inspect(optimizerId: string): Inspection | null;
  /**
   * The scoreboard of two optimizers' first balls over the steps taken so far: steps until the loss
   * first falls below `tol` (default 1e-6), final loss, path length, turns, and their distance at
   * every step. null if either is not on the map.
   */
  compare(a: string, b: string, options?: { tol?: number }): Comparison | null;
  /**
   * The hyperparameter map of the explore tools, computed on the worker pool and shown: for one
   * optimizer, the outcome of a whole run at each cell of two of its numbers (lr across, momentum or
   * β₁ up, unless told). null if cancelled (a newer map cancels it) or refused.
   */
  hypermap(options?: HypermapOptions): Promise<HypermapResult | null>;
  /**
   * On the network surfaces, at an optimizer's first ball: the full-data gradient and the gradient of
   * every minibatch of one epoch shuffled by `seed`, with their spread (also for other batch sizes);
   * shown in the explore tools. null on the other surfaces or without that ball.
   */
  minibatchNoise(options?: MinibatchOptions): MinibatchResult | null;
  /**
   * On "mlp-slice": an optimizer's ball on the slice and the same optimizer training all 61 weights
   * from the start for `steps` updates (200 unless told), the whole network's path projected on the
   * slice and the drift of the 59 frozen weights, with a warning once they have left the slice.
   * The panel then also runs the whole network beside that optimizer's first ball in the race, drawn
   * dashed on the map as far as the ball has come: `live` is that run at the step last drawn (its
   * point on the slice, its drift, its warning), as the panel shows it; null until the map drew it.
   */
  sliceDrift(options?: SliceOptions): SliceResult | null;
  /**
   * Update `step` (default: the latest) of an optimizer's first ball, from its bounded history (the
   * last 1024 updates): the gradient it was given, its state before and after, the lr and momentum
   * it used, and its rule's lines with that update's values (null lines for a rule of the editor).
   */
  updateAt(optimizerId: string, step?: number): StepUpdate | null;
  /** Selects a ball for the update panel (which opens on it), or none. */
  select(optimizerId: string | null): void;
  /** The ball the update panel shows, and the update it is at (null: the latest). */
  selected(): { optimizer: string | null; step: number | null };
  experiment: {
    run(): Promise<ExperimentDocument>;
    status(): ExperimentStatus;
    /** The fit chart shows each run's curve after `epoch` (null: the latest), as hovering the loss chart does; returns what it shows. */
    showEpoch(epoch: number | null): { epoch: number | null; fit: number[][] };
  };
  /**
   * The scene as a file: `png` (the map with its legend, at twice its size), `traces-json` (the
   * CLI's optimizer-traces/1), `traces-csv`, `experiment-csv`, `pytorch` (a runnable torch.optim
   * script of the scene) or `pytorch-experiment` (the experiment panel's training).
   */
  export(kind: ExportKind): Promise<Blob>;
  /** A WebM video of the map for `seconds` (at most 60), with a recording indicator over the map meanwhile. */
  record(seconds: number): Promise<Blob>;
  /** Every message the map's live region has spoken (race events, the start marker, the read-out key), oldest first. */
  announcements(): string[];
  /**
   * The time cursor: the map shows every ball at `step` (its trail cut there) while the race runs on
   * or stays paused as it was; null returns to live. Hovering the step chart does the same.
   */
  scrub(step: number | null): void;
  /** What the map draws: the cursor's step (null: live) and each particle with a position there. */
  shown(): { step: number | null; particles: CursorParticle[] };
  /** Predict, then reveal: guesses placed before the race, read against what happened. */
  predict: PredictApi;
  /** Script time of the per-frame work (simulation + drawing), not the GPU's. */
  stats(last?: number): { frames: number; frameMs: { median: number; p95: number } };
}
