import GUI from 'lil-gui';
import { HIDDEN } from '../core/mlp/layout.ts';
import { isNetworkSurface } from '../core/mlp/networkSurface.ts';
import { optimizers } from '../core/optimizers/registry.ts';
import { surfaces } from '../core/surfaces/registry.ts';
import type { AppState } from '../state/AppState.ts';
import { LIMITS } from '../state/schema.ts';
import { addFormulaField } from './formulaField.ts';
import { addOptimizerFolders } from './optimizerFolders.ts';

export interface ControlsHost {
  getState(): AppState;
  /** Store update; returns a note per rejected field. */
  set(patch: unknown): string[];
  runExperiment(): void;
  resetView(): void;
}

const SURFACE_OPTIONS: Record<string, string> = {
  ...Object.fromEntries(surfaces.map((s) => [s.name, s.id])),
  'Network loss: two weights': 'mlp-slice',
  'Network loss: two random directions': 'mlp-directions',
  'Your function f(x, y)': 'custom',
};

const LAYOUT_OPTIONS: Record<string, AppState['layout']> = { 'a cloud around the start': 'cloud', 'a grid over the view': 'grid' };

/** The three batch sizes of the tutorial's opening lesson; any other integer goes in the field below. */
const BATCH_CHOICES: Record<string, number> = { '1 = SGD': 1, '32 = the tutorial': 32, '1000 = full-batch GD': 1000 };

const PARAM_NAMES = [
  ...['w1', 'b1', 'w2'].flatMap((k) => Array.from({ length: HIDDEN }, (_, i) => `${k}[${i}]`)),
  'b2[0]',
];

const SNAPSHOTS = ['init', ...optimizers.slice(0, 7).flatMap((o) => [3, 6, 12].map((e) => `${o.id}@${e}`))];

/**
 * The lil-gui panel, generated from the registries and declarations. It edits proxies and sends
 * each change to the store; the store's state is the truth, and refresh() copies it back.
 */
export function createControls(container: HTMLElement, host: ControlsHost): { refresh(): void } {
  const gui = new GUI({ container, title: 'Controls: surface, optimizers, start, view' });
  // Closed at first, so the experiment panel's charts are on the first screen.
  gui.close();
  const s0 = host.getState();
  const view = {
    surface: s0.surface,
    a: s0.network.params[0],
    b: s0.network.params[1],
    snapshot: s0.network.snapshot,
    directionsSeed: s0.network.directionsSeed,
    batch: s0.network.batch,
    x: s0.start[0],
    y: s0.start[1],
    speed: s0.speed,
    trail: s0.trail,
    noise: s0.noise,
    particles: s0.particles,
    spread: s0.spread,
    layout: s0.layout,
    gradient: s0.overlays.gradient,
    update: s0.overlays.update,
    seed: s0.experiment.seed,
    batchSize: s0.experiment.batchSize,
    epochs: s0.experiment.epochs,
    points: s0.experiment.points,
    labelNoise: s0.experiment.noise,
    stretch: s0.stretch,
    ownRuns: () => set({ experiment: { runs: [] } }),
    run: () => host.runExperiment(),
    resetView: () => host.resetView(),
  };
  const set = (patch: unknown) => {
    host.set(patch);
    refresh();
  };

  const surfaceFolder = gui.addFolder('Surface');
  surfaceFolder.add(view, 'surface', SURFACE_OPTIONS).name('surface').onChange((v: string) => set({ surface: v }));
  const formula = addFormulaField(surfaceFolder, s0.f, { apply: (f) => set({ surface: 'custom', f }) });
  const network = surfaceFolder.addFolder('Network slice');
  const setNetwork = (patch: object) => set({ network: patch });
  const sliceOnly = [
    network.add(view, 'a', PARAM_NAMES).name('weight → x').onChange(() => setNetwork({ params: [view.a, view.b] })),
    network.add(view, 'b', PARAM_NAMES).name('weight → y').onChange(() => setNetwork({ params: [view.a, view.b] })),
  ];
  network.add(view, 'snapshot', SNAPSHOTS).name('frozen at').onChange((v: string) => setNetwork({ snapshot: v }));
  const directionsOnly = network
    .add(view, 'directionsSeed', 0, 1000, 1)
    .name('directions seed')
    .onFinishChange((v: number) => setNetwork({ directionsSeed: v }));
  network.add(view, 'batch', 0, 256, 1).name('minibatch (0 = all)').onFinishChange((v: number) => setNetwork({ batch: v }));
  surfaceFolder.add(view, 'noise', 0, 20, 0.1).name('gradient noise σ').onFinishChange((v: number) => set({ noise: v }));

  const balls = addOptimizerFolders(gui.addFolder('Optimizers'), s0.optimizers, (id, change) => set({ optimizers: { [id]: change } }));

  const run = gui.addFolder('Start and motion');
  run.add(view, 'x').name('start x').onFinishChange(() => set({ start: [view.x, view.y] }));
  run.add(view, 'y').name('start y').onFinishChange(() => set({ start: [view.x, view.y] }));
  run.add(view, 'speed', LIMITS.speed[0], 200).name('steps per frame').onChange((v: number) => set({ speed: v }));
  run.add(view, 'trail', LIMITS.trail[0], 2000, 1).name('trail length').onFinishChange((v: number) => set({ trail: v }));
  run.add(view, 'particles', 1, 5000, 1).name('balls per optimizer').onFinishChange((v: number) => set({ particles: v }));
  run.add(view, 'spread', 0, 3, 0.01).name('swarm spread').onFinishChange((v: number) => set({ spread: v }));
  run.add(view, 'layout', LAYOUT_OPTIONS).name('swarm starts').onChange((v: string) => set({ layout: v }));
  run.add(view, 'gradient').name('show −gradient').onChange((v: boolean) => set({ overlays: { gradient: v } }));
  run.add(view, 'update').name('show update').onChange((v: boolean) => set({ overlays: { update: v } }));
  run.close();

  const map = gui.addFolder('View');
  map.add(view, 'stretch').name('stretch to fill').onChange((v: boolean) => set({ stretch: v }));
  map.add(view, 'resetView').name('reset view (Z)');
  map.close();

  const experiment = gui.addFolder('Experiment panel');
  const setExperiment = (patch: object) => set({ experiment: patch });
  experiment.add(view, 'batchSize', BATCH_CHOICES).name('batch size').onChange((v: number) => setExperiment({ batchSize: v }));
  experiment.add(view, 'batchSize', ...LIMITS.batchSize, 1).name('… any batch size').onFinishChange((v: number) => setExperiment({ batchSize: v }));
  experiment.add(view, 'epochs', ...LIMITS.epochs, 1).name('epochs').onFinishChange((v: number) => setExperiment({ epochs: v }));
  experiment.add(view, 'points', ...LIMITS.points, 10).name('points').onFinishChange((v: number) => setExperiment({ points: v }));
  experiment.add(view, 'labelNoise', 0, 1, 0.01).name('label noise σ').onFinishChange((v: number) => setExperiment({ noise: v }));
  experiment.add(view, 'seed', 0, 100000, 1).name('seed').onFinishChange((v: number) => set({ experiment: { seed: v } }));
  // A preset's own runs (one optimizer at several batch sizes) replace the folders below until dropped.
  const ownRuns = experiment.add(view, 'ownRuns').name('train the optimizers below instead of the preset’s runs');
  const panel = addOptimizerFolders(
    experiment,
    s0.experiment.optimizers,
    (id, change) => set({ experiment: { optimizers: { [id]: change } } }),
    true,
  );
  experiment.add(view, 'run').name('▶ Run the experiment');
  experiment.close();

  function refresh(): void {
    const s = host.getState();
    Object.assign(view, {
      surface: s.surface, a: s.network.params[0], b: s.network.params[1], snapshot: s.network.snapshot,
      directionsSeed: s.network.directionsSeed, batch: s.network.batch, x: s.start[0], y: s.start[1], speed: s.speed,
      trail: s.trail, noise: s.noise, particles: s.particles, spread: s.spread, layout: s.layout, gradient: s.overlays.gradient,
      update: s.overlays.update, seed: s.experiment.seed, stretch: s.stretch, batchSize: s.experiment.batchSize,
      epochs: s.experiment.epochs, points: s.experiment.points, labelNoise: s.experiment.noise,
    });
    formula.refresh(s.f);
    ownRuns.show(s.experiment.runs.length > 0);
    network.show(isNetworkSurface(s.surface));
    for (const c of sliceOnly) c.show(s.surface === 'mlp-slice');
    directionsOnly.show(s.surface === 'mlp-directions');
    for (const c of gui.controllersRecursive()) c.updateDisplay();
    balls.refresh(s.optimizers);
    panel.refresh(s.experiment.optimizers);
  }
  refresh();
  return { refresh };
}
