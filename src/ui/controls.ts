import GUI from 'lil-gui';
import { HIDDEN } from '../core/mlp/layout.ts';
import type { Note } from '../state/Note.ts';
import { isNetworkSurface } from '../core/mlp/networkSurface.ts';
import { optimizers } from '../core/optimizers/registry.ts';
import type { Words } from '../i18n/words.ts';
import type { AppState } from '../state/AppState.ts';
import { LIMITS, SURFACE_CHOICES } from '../state/schema.ts';
import './controls.css';
import { describeControl, speakValue } from './describeControl.ts';
import { addFormulaField } from './formulaField.ts';
import { addOptimizerFolders } from './optimizerFolders.ts';
import { addNesterovControls } from './nesterovControls.ts';
import { SECTION_IDS } from '../state/sections.ts';
import { sectionName } from './sectionNames.ts';

export interface ControlsHost {
  getState: () => AppState;
  /** Store update; returns a note per rejected field. */
  set(patch: unknown): Note[];
  runExperiment(): void;
  resetView(): void;
}

/** The three batch sizes of the tutorial's opening lesson; any other integer goes in the field below. */
const BATCH_CHOICES = [1, 32, 1000];

const PARAM_NAMES = [...['w1', 'b1', 'w2'].flatMap((k) => Array.from({ length: HIDDEN }, (_, i) => `${k}[${i}]`)), 'b2[0]'];

const SNAPSHOT_EPOCHS = [3, 6, 12];
const SNAPSHOT_OPTIMIZERS = optimizers.slice(0, 7);

/** A dropdown's options as lil-gui takes them, label first, each label in the reader's words. */
const labelled = <T>(values: readonly T[], label: (v: T) => string): Record<string, T> => Object.fromEntries(values.map((v) => [label(v), v]));

/** What the controls show of the state, as the lil-gui view object holds it. */
function fromState(s: AppState) {
  return {
    surface: s.surface,
    a: s.network.params[0],
    b: s.network.params[1],
    snapshot: s.network.snapshot,
    directionsSeed: s.network.directionsSeed,
    batch: s.network.batch,
    x: s.start[0],
    y: s.start[1],
    speed: s.speed,
    trail: s.trail,
    noise: s.noise,
    particles: s.particles,
    spread: s.spread,
    layout: s.layout,
    gradient: s.overlays.gradient,
    update: s.overlays.update,
    seed: s.experiment.seed,
    batchSize: s.experiment.batchSize,
    epochs: s.experiment.epochs,
    points: s.experiment.points,
    labelNoise: s.experiment.noise,
    stretch: s.stretch,
    relief: s.relief,
    tilt: s.tilt,
  };
}

/**
 * The lil-gui panel, generated from the registries and declarations. It edits proxies and sends
 * each change to the store; the store's state is the truth, and refresh() copies it back.
 */
export function createControls(container: HTMLElement, host: ControlsHost, words: Words): { refresh(): void } {
  const { labels, hints, folders, options, buttons, values } = words.controls;
  const gui = new GUI({ container, title: words.controls.title });
  gui.domElement.classList.add('slopes-controls');
  // Closed at first, so the experiment panel's charts are on the first screen.
  gui.close();
  const s0 = host.getState();
  const view = {
    ...fromState(s0),
    ownRuns: () => set({ experiment: { runs: [] } }),
    run: () => host.runExperiment(),
    resetView: () => host.resetView(),
  };
  const set = (patch: unknown) => {
    host.set(patch);
    refresh();
  };
  /** A number control with its meaning, its value spoken with its unit where it has one. */
  const number = (c: ReturnType<GUI['add']>, hint: string, say: (v: number) => string = values.plain) => speakValue(describeControl(c, hint), say);

  const surfaceOptions = labelled(SURFACE_CHOICES, (id) => words.declarations.surfaceNames[id]);
  const snapshots = labelled(['init', ...SNAPSHOT_OPTIMIZERS.flatMap((o) => SNAPSHOT_EPOCHS.map((e) => `${o.id}@${e}`))], (id) => {
    const [optimizer, epochs] = id.split('@');
    return epochs ? options.snapshot(words.declarations.optimizerNames[optimizer], Number(epochs)) : options.snapshotInit;
  });

  const surfaceFolder = gui.addFolder(folders.surface);
  describeControl(surfaceFolder.add(view, 'surface', surfaceOptions).name(labels.surface), hints.surface).onChange((v: string) => set({ surface: v }));
  const formula = addFormulaField(surfaceFolder, s0.f, { apply: (f) => set({ surface: 'custom', f }) }, words);
  const network = surfaceFolder.addFolder(folders.network);
  const setNetwork = (patch: object) => set({ network: patch });
  const sliceOnly = [
    describeControl(network.add(view, 'a', PARAM_NAMES).name(labels.weightX), hints.weightX).onChange(() => setNetwork({ params: [view.a, view.b] })),
    describeControl(network.add(view, 'b', PARAM_NAMES).name(labels.weightY), hints.weightY).onChange(() => setNetwork({ params: [view.a, view.b] })),
  ];
  describeControl(network.add(view, 'snapshot', snapshots).name(labels.snapshot), hints.snapshot).onChange((v: string) => setNetwork({ snapshot: v }));
  const directionsOnly = number(network.add(view, 'directionsSeed', 0, 1000, 1).name(labels.directionsSeed), hints.directionsSeed).onFinishChange((v: number) =>
    setNetwork({ directionsSeed: v }),
  );
  number(network.add(view, 'batch', 0, 256, 1).name(labels.batch), hints.batch, values.batch).onFinishChange((v: number) => setNetwork({ batch: v }));
  number(surfaceFolder.add(view, 'noise', 0, 20, 0.1).name(labels.noise), hints.noise).onFinishChange((v: number) => set({ noise: v }));

  const balls = addOptimizerFolders(gui.addFolder(folders.optimizers), s0.optimizers, (id, change) => set({ optimizers: { [id]: change } }), words);

  const run = gui.addFolder(folders.start);
  number(run.add(view, 'x').name(labels.startX), hints.startX).onFinishChange(() => set({ start: [view.x, view.y] }));
  number(run.add(view, 'y').name(labels.startY), hints.startY).onFinishChange(() => set({ start: [view.x, view.y] }));
  number(run.add(view, 'speed', LIMITS.speed[0], 200).name(labels.speed), hints.speed, values.speed).onChange((v: number) => set({ speed: v }));
  number(run.add(view, 'trail', LIMITS.trail[0], 2000, 1).name(labels.trail), hints.trail, values.trail).onFinishChange((v: number) => set({ trail: v }));
  number(run.add(view, 'particles', 1, 10000, 1).name(labels.particles), hints.particles, values.particles).onFinishChange((v: number) => set({ particles: v }));
  number(run.add(view, 'spread', 0, 3, 0.01).name(labels.spread), hints.spread).onFinishChange((v: number) => set({ spread: v }));
  const layouts = labelled(['cloud', 'grid', 'brush'] as const, (l) => (l === 'brush' ? words.basins.layoutBrush : options.layouts[l]));
  describeControl(run.add(view, 'layout', layouts).name(labels.layout), hints.layout).onChange((v: string) => set({ layout: v }));
  describeControl(run.add(view, 'gradient').name(labels.gradient), hints.gradient).onChange((v: boolean) => set({ overlays: { gradient: v } }));
  describeControl(run.add(view, 'update').name(labels.update), hints.update).onChange((v: boolean) => set({ overlays: { update: v } }));
  const nesterov = addNesterovControls(run, host.getState, set, words);
  run.close();

  const map = gui.addFolder(folders.view);
  describeControl(map.add(view, 'stretch').name(labels.stretch), hints.stretch).onChange((v: boolean) => set({ stretch: v }));
  describeControl(map.add(view, 'relief').name(words.basins.relief), words.basins.reliefHint).onChange((v: boolean) => set({ relief: v }));
  describeControl(map.add(view, 'tilt').name(words.basins.tilt), words.basins.tiltHint).onChange((v: boolean) => set({ tilt: v }));
  describeControl(map.add(view, 'resetView').name(buttons.resetView), hints.resetView);
  map.close();

  const experiment = gui.addFolder(folders.experiment);
  const setExperiment = (patch: object) => set({ experiment: patch });
  const batchChoices = labelled(BATCH_CHOICES, (n) => options.batchChoices[n]);
  describeControl(experiment.add(view, 'batchSize', batchChoices).name(labels.batchSize), hints.batchSize).onChange((v: number) => setExperiment({ batchSize: v }));
  number(experiment.add(view, 'batchSize', ...LIMITS.batchSize, 1).name(labels.anyBatchSize), hints.anyBatchSize, values.batchSize).onFinishChange((v: number) =>
    setExperiment({ batchSize: v }),
  );
  number(experiment.add(view, 'epochs', ...LIMITS.epochs, 1).name(labels.epochs), hints.epochs, values.epochs).onFinishChange((v: number) =>
    setExperiment({ epochs: v }),
  );
  number(experiment.add(view, 'points', ...LIMITS.points, 10).name(labels.points), hints.points, values.points).onFinishChange((v: number) =>
    setExperiment({ points: v }),
  );
  number(experiment.add(view, 'labelNoise', 0, 1, 0.01).name(labels.labelNoise), hints.labelNoise).onFinishChange((v: number) => setExperiment({ noise: v }));
  number(experiment.add(view, 'seed', 0, 100000, 1).name(labels.seed), hints.seed).onFinishChange((v: number) => set({ experiment: { seed: v } }));
  // A preset's own runs (one optimizer at several batch sizes) replace the folders below until dropped.
  const ownRuns = describeControl(experiment.add(view, 'ownRuns').name(buttons.ownRuns), hints.ownRuns);
  const panel = addOptimizerFolders(experiment, s0.experiment.optimizers, (id, change) => set({ experiment: { optimizers: { [id]: change } } }), words, true);
  describeControl(experiment.add(view, 'run').name(buttons.run), hints.run);
  experiment.close();

  const instruments = gui.addFolder(folders.instruments);
  const sections = { ...s0.sections };
  for (const id of SECTION_IDS) {
    describeControl(instruments.add(sections, id).name(sectionName(words, id)), hints.section).onChange((v: boolean) => set({ sections: { [id]: v } }));
  }
  instruments.close();

  function refresh(): void {
    const s = host.getState();
    Object.assign(view, fromState(s));
    Object.assign(sections, s.sections);
    formula.refresh(s.f);
    ownRuns.show(s.experiment.runs.length > 0);
    network.show(isNetworkSurface(s.surface));
    for (const c of sliceOnly) c.show(s.surface === 'mlp-slice');
    directionsOnly.show(s.surface === 'mlp-directions');
    for (const c of gui.controllersRecursive()) c.updateDisplay();
    balls.refresh(s.optimizers);
    panel.refresh(s.experiment.optimizers);
    nesterov.refresh();
  }
  refresh();
  return { refresh };
}
