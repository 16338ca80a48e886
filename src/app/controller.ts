import { compareRuns } from '../sim/compareRuns.ts';
import { inspectTrack } from '../sim/inspectTrack.ts';
import type { Simulation, Track } from '../sim/Simulation.ts';
import type { Preset } from '../state/presets.ts';
import type { Store } from '../state/store.ts';
import type { ExperimentPanel } from '../ui/panel/ExperimentPanel.ts';
import type { FrameStats } from './FrameStats.ts';
import type { InstanceExports } from './exports/mountExports.ts';
import type { MapInfo, SceneInfo, SlopesController } from './SlopesController.ts';

export interface ControllerDeps {
  store: Store;
  presets: Preset[];
  /** The live simulation (it is replaced when the set of optimizers changes). */
  sim(): Simulation;
  /** Draws a frame without stepping, after step() or reset(). */
  redraw(): void;
  panel: ExperimentPanel;
  stats: FrameStats;
  report(notes: string[]): void;
  /** Makes the preset the scene's origin: its title and two sentences are shown, changes are tracked against it. */
  announce(preset: Preset): void;
  resetView(): void;
  map(): MapInfo;
  scene(): SceneInfo;
  exports: InstanceExports;
  /** What the map's live region has said, oldest first. */
  announcements(): string[];
}

const recorded = (t: Track) => ({ optimizer: t.group.optimizer.id, firstStep: t.path.firstStep, points: t.path.points() });

/** window.slopes: every verb goes through the store or the simulation, like the controls do. */
export function createController(d: ControllerDeps): SlopesController {
  const setState = (partial: unknown) => {
    const notes = d.store.set(partial);
    d.report(notes);
    return { notes };
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
        const notes = [`preset: unknown preset "${id}" (allowed: ${d.presets.map((p) => p.id).join(', ')})`];
        d.report(notes);
        return { notes };
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
    experiment: {
      run: () => d.panel.run(),
      status: () => d.panel.status(),
    },
    stats: (last) => d.stats.summary(last),
    export: (kind) => d.exports.export(kind),
    record: (seconds) => d.exports.record(seconds),
    announcements: () => d.announcements(),
  };
}
