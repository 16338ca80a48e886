import './app.css';
import { isNetworkSurface } from '../core/mlp/networkSurface.ts';
import { optimizers } from '../core/optimizers/registry.ts';
import { createContourJobs } from '../render/contourJobs.ts';
import { contourFeed } from './contourFeed.ts';
import { MapView } from '../render/MapView.ts';
import type { Simulation } from '../sim/Simulation.ts';
import { needsRebuild, simulationFor, updateSimulation } from '../sim/simulationFor.ts';
import { ruleId } from '../state/ruleSettings.ts';
import type { AppState } from '../state/AppState.ts';
import type { Preset } from '../state/presets.ts';
import { createStore, type Store } from '../state/store.ts';
import { createSurfaceCache, surfaceKey, surfaceOf } from '../state/surfaceOf.ts';
import { createControls } from '../ui/controls.ts';
import { bindKeyboard, renderHelp } from '../ui/keyboard.ts';
import { Legend } from '../ui/Legend.ts';
import { MapAccess } from '../ui/MapAccess.ts';
import { brushPatch } from '../state/brushPatch.ts';
import { RuleEditor } from '../ui/RuleEditor.ts';
import { Notice, type NoticeLine } from '../ui/Notice.ts';
import { ExperimentPanel } from '../ui/panel/ExperimentPanel.ts';
import { StepChart } from '../ui/StepChart.ts';
import { Story } from '../ui/Story.ts';
import { Toolbar } from '../ui/Toolbar.ts';
import { languageSwitch } from '../ui/LanguageSwitch.ts';
import { showPageWords } from '../ui/pageWords.ts';
import { mapUnavailable } from '../ui/mapUnavailable.ts';
import type { Lang } from '../i18n/Lang.ts';
import { wordsFor } from '../i18n/words.ts';
import { createController } from './controller.ts';
import { mountExports } from './exports/mountExports.ts';
import { createEmbedOverlay } from './embedOverlay.ts';
import type { PageOptions } from './pageOptions.ts';
import { encodeHash } from '../state/hash.ts';
import { FrameStats } from './FrameStats.ts';
import { FrameLoop } from './FrameLoop.ts';
import { sceneChanges } from './sceneChanges.ts';
import type { SlopesController } from './SlopesController.ts';
import type { ClassroomFields } from './location.ts';
import { mountClassroom } from './mountClassroom.ts';
import { mountScenes } from './mountScenes.ts';
import { mountTimeCursor } from './mountTimeCursor.ts';
import { mountNesterov } from './nesterovInstruments.ts';
import { DivergedLabels } from '../render/DivergedLabels.ts';
import { divergeReason } from '../ui/divergeReason.ts';
import { optimizerName } from '../ui/optimizerName.ts';
import { ballAt } from '../sim/ballAt.ts';
import { lockstepPatch } from '../state/lockstep.ts';
import { mountBasins } from './mountBasins.ts';
import { mountSurfaceHeading } from './surfaceHeading.ts';
import { lazyPool } from './lazyPool.ts';
import { mountInstruments } from './mountInstruments.ts';
import { loadPresetForReader } from './reducedMotion.ts';

export interface AppOptions {
  initial: AppState;
  presets: Preset[];
  /** Messages to show at start (a bad link, a bad preset). */
  notes?: NoticeLine[];
  /** The preset the initial state came from (with a link's overrides applied on top). */
  presetId?: string;
  /** The reader chose another language: the host builds the instance again in it. */
  onLanguage(lang: Lang): void;
  /** Embed mode and what it keeps (absent: the full page). */
  page?: PageOptions;
  /** Where embed mode's "Open in Slopes" leads: the full page's address, without fragment. */
  fullPage?: string;
  /** Keys reach the instance only while focus is inside its root (a mounted instance), not page-wide. */
  scopedKeys?: boolean;
  /** The link's presentation mode and playlist (`present=1&playlist=a,b,c`). */
  classroom?: ClassroomFields;
  /** The page's address without its fragment: given, the header offers Share with links to it. */
  shareBase?: string;
  /** Presentation mode went on or off: the host writes the link again. */
  onLinkChange?: () => void;
}

export interface App {
  controller: SlopesController;
  store: Store;
  /** The preset the scene came from, while it still shows that preset's surface. */
  origin: () => Preset | null;
  report: (notes: readonly NoticeLine[]) => void;
  /** The link's presenting fields for the current scene (`present=1&playlist=…`). */
  classroomFragment: () => string;
  /** A pasted link's presenting fields: a new playlist, presentation on or off; returns notes on them. */
  openClassroom: (fields: ClassroomFields) => string[];
  /** Releases everything the instance holds: canvas, ticker, workers, listeners, panels. */
  destroy(): void;
}

/** How near a click must be to a ball, in CSS pixels, to pick it rather than start there. */
const PICK_PX = 10;
const part = <T extends HTMLElement>(root: HTMLElement, role: string) => root.querySelector<T>(`[data-role=${role}]`)!;
const enabledIds = (s: AppState) => optimizers.filter((o) => s.optimizers[o.id].enabled).map((o) => o.id);

/** Wires store → simulation → map and the DOM around them; returns the instance's controller. */
export async function createApp(root: HTMLElement, options: AppOptions): Promise<App> {
  const surfaces = createSurfaceCache();
  const store = createStore(options.initial, surfaces);
  /** The instance speaks one language; choosing another builds it again. */
  const lang = options.initial.lang;
  const words = wordsFor(lang);
  languageSwitch(part(root, 'lang'), words, lang, (next) => store.set({ lang: next }));
  showPageWords(document, words);
  const notice = new Notice(part(root, 'notice'), words.notes);
  const stats = new FrameStats();
  const workers = lazyPool();
  let sim: Simulation = simulationFor(store.get(), surfaces);
  let origin: Preset | null = options.presets.find((p) => p.id === options.presetId) ?? null;
  /** Legend rows: the optimizers on now, plus those switched off since the scene began (to switch back on). */
  let legendIds = enabledIds(store.get());

  const contours = createContourJobs({ onWorkerLost: (message) => notice.show([words.shell.contourWorkerLost(message)]) });
  const mapHost = part(root, 'map');
  const feedContours = contourFeed({
    jobs: contours,
    map: mapHost,
    state: store.get,
    show: (set) => map.setContours(set),
    fail: (message) => notice.show([words.shell.contourError(message)]),
  });
  /** A pointer stroke and the map's keys paint the brush through this one update. */
  const paint = (points: readonly number[]) => store.set(brushPatch(points));
  const map = await MapView.create(mapHost, {
    onGesture: (active) => access.hold(active),
    onContext: (event) => notice.show([event === 'lost' ? words.shell.mapLost : words.shell.mapRestored]),
    onViewChange: (view) => store.set({ view: { x: [...view.x], y: [...view.y] } }),
    // A guess while predicting; else a click on a ball shows its update; anywhere else it starts every ball there.
    onPick: (x, y) => {
      if (predict.pick(x, y)) return;
      const id = ballAt(sim.tracks, x, y, (PICK_PX * (map.shownView.x[1] - map.shownView.x[0])) / map.plotRect.width);
      if (id) updates.select(id);
      else store.set({ start: [x, y] });
    },
    onPaint: paint,
    onShownView: (view) => feedContours(view),
  });
  if (!map.drawable) mapUnavailable(mapHost, words);
  const nesterov = mountNesterov(map, () => sim);
  const divergedLabels = new DivergedLabels((t) =>
    words.shell.legend.divergedLabel(optimizerName(t.group.optimizer, words), t.group.steps[0], divergeReason(t.group.reason[0], words)),
  );
  map.addLayer(divergedLabels);
  const access = new MapAccess(part(root, 'map'), {
    words,
    lang,
    state: store.get,
    setStart: (start) => store.set({ start }),
    paint,
    reset: () => controller.reset(),
    sim: () => sim,
    map: () => map,
  });
  const chart = new StepChart(part(root, 'step-chart'), words);
  const panel = new ExperimentPanel(
    part(root, 'panel'),
    words,
    () => store.get().experiment,
    (seed) => store.set({ experiment: { seed } }),
    () => store.get().rules,
  );
  const highlight = (id: string | null) => {
    map.highlight(id);
    chart.highlight(id);
    panel.highlight(id);
  };
  const legend = new Legend(
    part(root, 'legend'),
    {
      // A rule's row has no switch: its editor in "My optimizers" removes it.
      toggle: (id) => store.get().optimizers[id] && store.set({ optimizers: { [id]: { enabled: !store.get().optimizers[id].enabled } } }),
      highlight,
      select: (id) => updates.select(id),
    },
    words,
  );

  /** A change from a control: what it could not take is said in the notice. */
  const setAndReport = (patch: Parameters<Store['set']>[0]) => {
    const notes = store.set(patch);
    notice.show(notes);
    return notes;
  };
  const helpOverlay = part(root, 'help-overlay');
  const setHelp = renderHelp(helpOverlay, words);

  const resetView = () => {
    const state = store.get();
    const home = origin?.state.view ?? surfaceOf(state, surfaces).view;
    store.set({ view: { x: [...home.x], y: [...home.y] } });
  };
  const story = new Story(part(root, 'story'), part(root, 'modified'), lang, words.presets, () => origin && loadPresetForReader(controller, origin.id));
  /** Updates after which the loaded preset's scene ends, while it is unmodified; else none. */
  let sceneEnd = Infinity;
  const showOrigin = () => {
    const state = store.get();
    if (origin && surfaceKey(origin.state) !== surfaceKey(state)) origin = null;
    toolbar.showPreset(origin?.id ?? '');
    const changes = origin ? sceneChanges(state, origin.state, words) : [];
    sceneEnd = origin && changes.length === 0 ? origin.steps : Infinity;
    story.show(origin, changes);
    playlist.show();
  };
  /** The race's step count: its furthest first ball (a diverged one stops counting). */
  const leadStep = () => {
    let lead = 0;
    for (const t of sim.tracks) lead = Math.max(lead, t.group.stepOf(0));
    return lead;
  };

  const timeCursor = mountTimeCursor({ words, map, chart, chartBox: part(root, 'step-chart'), sim: () => sim, leadStep, redraw: () => drawFrame(false) });
  const exports = mountExports({
    words,
    store,
    surfaces,
    map,
    sim: () => sim,
    leadStep,
    origin: () => origin,
    report: (notes) => notice.show(notes),
    menuHost: part(root, 'export'),
    mapHost,
  });
  const controller = createController({
    store,
    presets: options.presets,
    sim: () => sim,
    redraw: () => drawFrame(false),
    panel,
    stats,
    report: (notes) => notice.show(notes),
    announce: (preset) => {
      origin = preset;
      legendIds = enabledIds(store.get());
      attachTracks();
      showOrigin();
    },
    resetView,
    map: () => ({
      shown: map.shownView,
      requested: structuredClone(store.get().view),
      plot: map.plotRect,
      canvas: { width: map.canvas.clientWidth, height: map.canvas.clientHeight },
      labels: divergedLabels.shown(),
      nesterov: nesterov.shown(),
      minibatchFan: instruments.fan(),
      wholePath: instruments.wholePath(),
    }),
    scene: () => ({ preset: origin?.id ?? null, title: origin?.title[lang] ?? null, modified: origin ? sceneChanges(store.get(), origin.state, words) : [] }),
    exports,
    announcements: () => access.announcements(),
    hypermap: (o) => explore.hypermap.run(o),
    minibatchNoise: (o) => explore.minibatch.open(o),
    sliceDrift: (o) => instruments.sliceDrift(o),
    cursor: timeCursor,
    predict: () => predict.api,
    selection: { select: (id) => updates.select(id), selected: () => updates.selected() },
  });
  const classroom = mountClassroom({
    root,
    words,
    lang,
    presets: options.presets,
    controller,
    state: store.get,
    origin: () => origin,
    surfaceName: () => surfaceOf(store.get(), surfaces).name,
    setScale: (scale) => map.setScale(scale),
    shareBase: options.shareBase,
    onLinkChange: options.onLinkChange,
    place: { playlist: (bar) => part(root, 'story').before(bar), present: (button) => part(root, 'help').before(button) },
  });
  const { playlist, presentation } = classroom;
  const scenes = mountScenes({
    words,
    presets: options.presets,
    state: store.get,
    setState: controller.setState,
    playlist,
    place: (button) => part(root, 'help').before(button),
    host: root,
    report: (lines) => notice.show(lines),
  });
  const target = {
    ...controller,
    togglePresentation: () => presentation.toggle(),
    stepScene: (delta: number) => playlist.step(delta),
    presenting: () => presentation.presenting,
    toggleHelp: () => setHelp(helpOverlay.hidden),
    closeHelp: () => setHelp(false),
    toggleFullscreen: () => (document.fullscreenElement ? document.exitFullscreen() : root.requestFullscreen()),
  };
  const instruments = mountInstruments({
    words,
    lang,
    panel: part(root, 'panel'),
    controls: part(root, 'controls'),
    controller,
    state: store.get,
    sim: () => sim,
    map,
    legend,
    pool: workers.get,
  });
  const { inspector, explore, predict, updates } = instruments;
  const embed = options.page?.embed
    ? createEmbedOverlay(root, {
        target,
        words,
        page: options.page,
        fullPage: options.fullPage ?? '',
        fragment: () => encodeHash({ ...store.get(), running: true }, origin ?? undefined),
      })
    : null;
  // A preset chosen from the menu waits for play where the reader asked for less motion.
  const toolbar = new Toolbar(root, target, controller.presets(), (id) => void loadPresetForReader(controller, id), words);
  const unbindKeys = bindKeyboard(target, options.scopedKeys ? root : document);
  const controls = createControls(
    part(root, 'controls'),
    {
      getState: store.get,
      set: setAndReport,
      runExperiment: () => void panel.run(),
      resetView,
    },
    words,
  );
  // "My optimizers" sits in the side column under the experiment panel, in a box of its own, so the
  // panel's charts stay on the first screen at 1366×768.
  const rulesBox = Object.assign(document.createElement('div'), { className: 'controls rules-controls' });
  inspector.root.after(rulesBox);
  const ruleEditor = new RuleEditor(
    rulesBox,
    {
      getState: store.get,
      set: setAndReport,
    },
    words,
  );
  const basins = mountBasins(words, lang, store, workers.get, (panel) => rulesBox.after(panel));

  function attachTracks(): void {
    const on = new Set(enabledIds(store.get()));
    legendIds = optimizers
      .map((o) => o.id)
      .filter((id) => on.has(id) || legendIds.includes(id))
      .concat(store.get().rules.map((_, i) => ruleId(i)));
    map.setTracks(sim.tracks);
    nesterov.setTracks();
    divergedLabels.setTracks(sim.tracks);
    legend.setTracks(sim.tracks, legendIds);
    chart.setTracks(sim.tracks);
  }

  const heading = mountSurfaceHeading({ words, surfaces, name: part(root, 'surface-name'), lesson: part(root, 'lesson'), map, access });

  const apply = (next: AppState, prev: AppState | null) => {
    if (next.lang !== lang) return options.onLanguage(next.lang);
    if (!prev || needsRebuild(prev, next)) {
      if (prev) sim = simulationFor(next, surfaces);
      attachTracks();
    } else {
      updateSimulation(sim, prev, next, surfaces);
    }
    const newSurface = !prev || surfaceKey(prev) !== surfaceKey(next);
    if (newSurface) heading.surface(next);
    map.setStretch(next.stretch);
    if (newSurface || prev?.tilt !== next.tilt) map.setTilt(next.tilt ? surfaceOf(next, surfaces) : null);
    // A new surface needs contours even where the view stays the same.
    if (newSurface || prev?.relief !== next.relief) map.forgetShownView();
    map.setView(next.view);
    // The panel follows its settings: a new seed or hyperparameter retrains at once.
    if (prev && JSON.stringify([prev.experiment, prev.rules]) !== JSON.stringify([next.experiment, next.rules])) panel.run().catch(() => undefined);
    map.setOverlays(next.overlays);
    instruments.showSections(next.sections, prev?.sections ?? null);
    nesterov.setOverlays(next.overlays);
    heading.batch(next);
    toolbar.update(next);
    embed?.update(next);
    controls.refresh();
    ruleEditor.refresh();
    showOrigin();
    root.classList.toggle('network-surface', isNetworkSurface(next.surface));
    access.watch();
  };
  apply(store.get(), null);
  store.subscribe((next, prev) => apply(next, prev));
  // Lockstep holds Momentum and NAG to one lr and momentum, whichever of them is changed.
  const keepLockstep = (prev: AppState | null) => {
    const patch = lockstepPatch(prev, store.get());
    if (patch) store.set(patch);
  };
  store.subscribe((_, prev) => keepLockstep(prev));
  keepLockstep(null);

  const frames = new FrameLoop(
    {
      running: () => store.get().running,
      speed: () => store.get().speed,
      stop: () => store.set({ running: false }),
      sim: () => sim,
      leadStep,
      sceneEnd: () => sceneEnd,
      drawMoved: (t0, still) => {
        access.watch();
        access.refresh(t0, still);
        nesterov.follow();
        map.draw();
        legend.update();
      },
      drawSlow: () => {
        chart.draw();
        // Counting every swarm's arrivals sorts them: as often as the chart, and always on a still frame.
        legend.showSwarms(sim.summary());
        timeCursor.refresh();
        instruments.update();
      },
      render: () => map.renderIfNeeded(),
    },
    stats,
  );
  const drawFrame = (advance: boolean) => frames.frame(advance);
  store.subscribe(() => frames.markMoved());
  map.app.ticker.add(() => drawFrame(true));
  notice.show([...(options.notes ?? []), ...classroom.open(options.classroom ?? {}), ...scenes.startNotes]);
  // The panel shows its own failures, and a run superseded by a newer one rejects on purpose.
  // An embed showing the map alone keeps the panel hidden, and its training would only cost time.
  if (!(options.page?.embed && options.page.panel === 'map')) panel.run().catch(() => undefined);
  const destroy = () => {
    contours.destroy();
    timeCursor.destroy();
    basins.destroy();
    unbindKeys();
    panel.destroy();
    instruments.destroy();
    workers.terminate();
    chart.destroy();
    notice.destroy();
    access.destroy();
    map.destroy();
    if (document.fullscreenElement === root) void document.exitFullscreen();
    // The rest (lil-gui, legend, charts) lives in the root's DOM and its own element listeners.
    root.replaceChildren();
  };
  return {
    controller,
    store,
    origin: () => origin,
    report: (notes) => notice.show(notes),
    classroomFragment: classroom.fragment,
    openClassroom: classroom.open,
    destroy,
  };
}
