import './app.css';
import { isNetworkSurface } from '../core/mlp/networkSurface.ts';
import { requestContours } from '../render/contourJobs.ts';
import { MapView } from '../render/MapView.ts';
import type { Simulation } from '../sim/Simulation.ts';
import type { AppState } from '../state/AppState.ts';
import type { Preset } from '../state/presets.ts';
import { createStore, type Store } from '../state/store.ts';
import { surfaceKey, surfaceOf } from '../state/surfaceOf.ts';
import { bindKeyboard, renderHelp } from '../ui/keyboard.ts';
import { createControls } from '../ui/controls.ts';
import { ExperimentPanel } from '../ui/panel/ExperimentPanel.ts';
import { Legend } from '../ui/Legend.ts';
import { Notice } from '../ui/Notice.ts';
import { StepChart } from '../ui/StepChart.ts';
import { Toolbar } from '../ui/Toolbar.ts';
import { createController } from './controller.ts';
import { FrameStats } from './FrameStats.ts';
import type { SlopesController } from './SlopesController.ts';
import { needsRebuild, simulationFor, updateSimulation } from '../sim/simulationFor.ts';

export interface AppOptions {
  initial: AppState;
  presets: Preset[];
  /** Messages to show at start (a bad link, a bad preset). */
  notes?: string[];
  presetId?: string;
}

const part = <T extends HTMLElement>(root: HTMLElement, role: string) => root.querySelector<T>(`[data-role=${role}]`)!;

/** Wires store → simulation → map and the DOM around them; returns the instance's controller. */
export async function createApp(
  root: HTMLElement,
  options: AppOptions,
): Promise<{ controller: SlopesController; store: Store; report(notes: string[]): void }> {
  const store = createStore(options.initial);
  const notice = new Notice(part(root, 'notice'));
  const stats = new FrameStats();
  let sim: Simulation = simulationFor(store.get());

  const map = await MapView.create(part(root, 'map'), {
    onViewChange: (view) => store.set({ view: { x: [...view.x], y: [...view.y] } }),
    onPick: (x, y) => store.set({ start: [x, y] }),
  });
  const legend = new Legend(part(root, 'legend'));
  const chart = new StepChart(part(root, 'step-chart'));
  const panel = new ExperimentPanel(part(root, 'panel'), () => store.get().experiment);

  const helpOverlay = part(root, 'help-overlay');
  const toggleHelp = () => {
    helpOverlay.hidden = !helpOverlay.hidden;
  };
  renderHelp(helpOverlay, toggleHelp);

  const controller = createController({
    store,
    presets: options.presets,
    sim: () => sim,
    redraw: () => drawFrame(false),
    panel,
    stats,
    report: (notes) => notice.show(notes),
    announce: (preset) => {
      toolbar.showPreset(preset.id);
      showStory(preset);
    },
  });
  const target = {
    ...controller,
    toggleHelp,
    toggleFullscreen: () => (document.fullscreenElement ? document.exitFullscreen() : root.requestFullscreen()),
  };
  const toolbar = new Toolbar(root, target, controller.presets(), (id) => controller.loadPreset(id));
  const showStory = (preset: Preset) => {
    const title = document.createElement('strong');
    title.textContent = preset.title;
    part(root, 'story').replaceChildren(title, ` ${preset.description}`);
    part(root, 'story').hidden = false;
  };
  const initialPreset = options.presets.find((p) => p.id === options.presetId);
  if (initialPreset) {
    toolbar.showPreset(initialPreset.id);
    showStory(initialPreset);
  }
  bindKeyboard(target);
  const controls = createControls(part(root, 'controls'), {
    getState: store.get,
    set: (patch) => {
      const notes = store.set(patch);
      notice.show(notes);
      return notes;
    },
    runExperiment: () => void panel.run(),
  });

  const attachTracks = () => {
    map.setTracks(sim.tracks);
    legend.setTracks(sim.tracks);
    chart.setTracks(sim.tracks);
  };

  let contourTicket = 0;
  const showSurface = (state: AppState) => {
    const surface = surfaceOf(state);
    part(root, 'surface-name').textContent = `· ${surface.name}`;
    part(root, 'lesson').textContent = `${surface.formula ? `f = ${surface.formula}. ` : ''}${surface.lesson}`;
    map.setMinima(surface.minima);
    const labels = state.surface === 'mlp-slice' ? state.network.params : state.surface === 'mlp-directions' ? ['α (direction 1)', 'β (direction 2)'] : ['x', 'y'];
    map.setAxisLabels(labels[0], labels[1]);
  };
  const showView = (state: AppState) => {
    map.setView(state.view);
    const ticket = ++contourTicket;
    const size: [number, number] = isNetworkSurface(state.surface) ? [128, 128] : [200, 200];
    requestContours({ state, view: state.view, size })
      .then((data) => data && ticket === contourTicket && map.setContours(data))
      .catch((e: Error) => notice.show([`Could not draw the contours: ${e.message}`]));
  };

  const apply = (next: AppState, prev: AppState | null) => {
    if (!prev || needsRebuild(prev, next)) {
      if (prev) sim = simulationFor(next);
      attachTracks();
    } else {
      updateSimulation(sim, prev, next);
    }
    if (!prev || surfaceKey(prev) !== surfaceKey(next)) showSurface(next);
    if (!prev || surfaceKey(prev) !== surfaceKey(next) || JSON.stringify(prev.view) !== JSON.stringify(next.view)) showView(next);
    // The panel follows its settings: a new seed or hyperparameter retrains at once.
    if (prev && JSON.stringify(prev.experiment) !== JSON.stringify(next.experiment)) panel.run().catch(() => undefined);
    map.setOverlays(next.overlays);
    toolbar.update(next);
    controls.refresh();
    root.classList.toggle('network-surface', isNetworkSurface(next.surface));
  };
  apply(store.get(), null);
  store.subscribe((next, prev) => apply(next, prev));

  let credit = 0;
  let chartClock = 0;
  let moved = true;
  /** One frame: step if playing, then redraw only what changed (an idle, paused map costs nothing). */
  function drawFrame(advance: boolean): void {
    const t0 = performance.now();
    if (advance && store.get().running) {
      credit += store.get().speed;
      const n = Math.floor(credit);
      credit -= n;
      if (n > 0) {
        sim.tick(n);
        moved = true;
      }
    }
    const working = moved || !advance;
    if (working) {
      map.draw();
      legend.update();
      if (!advance || t0 - chartClock > 100) {
        chartClock = t0;
        chart.draw();
        moved = false;
      }
    }
    map.renderIfNeeded();
    // Idle frames (paused, nothing changed) cost nothing and would only drag the median to zero.
    if (advance && working) stats.record(performance.now() - t0);
  }
  store.subscribe(() => {
    moved = true;
  });
  map.app.ticker.add(() => drawFrame(true));
  notice.show(options.notes ?? []);
  // The panel shows its own failures, and a run superseded by a newer one rejects on purpose.
  panel.run().catch(() => undefined);
  return { controller, store, report: (notes) => notice.show(notes) };
}
