import { compareRuns } from '../sim/compareRuns.ts';
import { inspectTrack } from '../sim/inspectTrack.ts';
import { stepUpdate } from '../sim/stepUpdate.ts';
import type { Simulation, Track } from '../sim/Simulation.ts';
import type { Preset } from '../state/presets.ts';
import type { Store } from '../state/store.ts';
import { noteText } from '../state/noteText.ts';
import { unknownPreset } from '../state/presets.ts';
import type { NoticeLine } from '../ui/Notice.ts';
import type { ExperimentPanel } from '../ui/panel/ExperimentPanel.ts';
import type { FrameStats } from './FrameStats.ts';
import type { InstanceExports } from './exports/mountExports.ts';
import type { MapInfo, SceneInfo, SlopesController } from './SlopesController.ts';
import type { HypermapOptions, HypermapResult } from '../ui/explore/HypermapPanel.ts';
import type { MinibatchOptions, MinibatchResult } from '../ui/explore/MinibatchPanel.ts';
import type { SliceOptions, SliceResult } from '../ui/explore/SlicePanel.ts';
import type { PredictApi } from './mountPredictions.ts';
import type { CursorParticle } from '../sim/TimeCursor.ts';

export interface ControllerDeps {
  store: Store;
  presets: Preset[];
  /** The live simulation (it is replaced when the set of optimizers changes). */
  sim(): Simulation;
  /** Draws a frame without stepping, after step() or reset(). */
  redraw(): void;
  panel: ExperimentPanel;
  stats: FrameStats;
  report(notes: readonly NoticeLine[]): void;
  /** Makes the preset the scene's origin: its title and two sentences are shown, changes are tracked against it. */
  announce(preset: Preset): void;
  resetView(): void;
  map(): MapInfo;
  scene(): SceneInfo;
  exports: InstanceExports;
  /** What the map's live region has said, oldest first. */
  announcements(): string[];
  hypermap(options?: HypermapOptions): Promise<HypermapResult | null>;
  minibatchNoise(options?: MinibatchOptions): MinibatchResult | null;
  sliceDrift(options?: SliceOptions): SliceResult | null;
  cursor: { scrub(step: number | null): void; shown(): { step: number | null; particles: CursorParticle[] } };
  /** Predict, then reveal (built after the controller, so asked for when used). */
  predict(): PredictApi;
  /** The update panel's ball and update. */
  selection: { select(optimizerId: string | null): void; selected(): { optimizer: string | null; step: number | null } };
}

const recorded = (t: Track) => ({ optimizer: t.group.optimizer.id, firstStep: t.path.firstStep, points: t.path.points() });

/** window.slopes: every verb goes through the store or the simulation, like the controls do. */
export function createController(d: ControllerDeps): SlopesController {
  const setState = (partial: unknown) => {
    const notes = d.store.set(partial);
    d.report(notes);
    return { notes: notes.map(noteText) };
  };
  const reset = () => {
    d.sim().reset();
    d.redraw();
  };
  return {
    getState: () => structuredClone(d.store.get()),
    setState,
    play: () => void d.store.set({ running: true }),
    pause: () => void d.store.set({ running: false }),
    step(n = 1) {
      d.store.set({ running: false });
      d.sim().tick(Math.max(0, Math.floor(n)));
      d.redraw();
    },
    reset,
    resetView: () => d.resetView(),
    map: () => d.map(),
    scene: () => d.scene(),
    presets: () => d.presets.map((p) => ({ id: p.id, title: p.title[d.store.get().lang], steps: p.steps })),
    loadPreset(id) {
      const preset = d.presets.find((p) => p.id === id);
      if (!preset) {
        const note = unknownPreset(id, d.presets);
        d.report([note]);
        return { notes: [noteText(note)] };
      }
      // A preset sets the scene, not the reader's language.
      const result = setState({ ...preset.state, lang: d.store.get().lang, running: true });
      // Loading the preset already shown changes no state, yet should still start the race again.
      reset();
      d.announce(preset);
      return result;
    },
    particles: () => d.sim().particles(),
    swarmSummary: () => d.sim().summary(),
    inspect(optimizerId) {
      const sim = d.sim();
      const track = sim.track(optimizerId);
      return track ? inspectTrack(sim.currentSurface, track, d.store.get().optimizers[optimizerId].params) : null;
    },
    compare(a, b, options = {}) {
      const [ta, tb] = [d.sim().track(a), d.sim().track(b)];
      return ta && tb ? compareRuns(recorded(ta), recorded(tb), options.tol ?? 1e-6) : null;
    },
    hypermap: (options) => d.hypermap(options),
    minibatchNoise: (options) => d.minibatchNoise(options),
    sliceDrift: (options) => d.sliceDrift(options),
    updateAt(optimizerId, step) {
      const track = d.sim().track(optimizerId);
      // A rule of the editor has no entry among the optimizers: its record is shown without lines.
      return track ? stepUpdate(track, d.store.get().optimizers[optimizerId]?.params ?? {}, step) : null;
    },
    select: (id) => d.selection.select(id),
    selected: () => d.selection.selected(),
    experiment: {
      run: () => d.panel.run(),
      status: () => d.panel.status(),
      showEpoch(epoch) {
        const shown = d.panel.showEpoch(epoch);
        return { epoch: shown.epoch, fit: shown.fit.map((f) => [...f]) };
      },
    },
    stats: (last) => d.stats.summary(last),
    export: (kind) => d.exports.export(kind),
    record: (seconds) => d.exports.record(seconds),
    announcements: () => d.announcements(),
    scrub: (step) => d.cursor.scrub(step),
    shown: () => d.cursor.shown(),
    predict: {
      toggle: (on) => d.predict().toggle(on),
      place: (optimizer, x, y) => d.predict().place(optimizer, x, y),
      first: (optimizer) => d.predict().first(optimizer),
      clear: () => d.predict().clear(),
      report: () => d.predict().report(),
    },
  };
}
