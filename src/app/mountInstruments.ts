import type { Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import type { MapView } from '../render/MapView.ts';
import type { Simulation } from '../sim/Simulation.ts';
import type { AppState } from '../state/AppState.ts';
import { Explore, firstBall } from '../ui/explore/Explore.ts';
import type { SliceOptions } from '../ui/explore/SlicePanel.ts';
import { Inspector } from '../ui/Inspector.ts';
import type { Legend } from '../ui/Legend.ts';
import { LrLimitMark } from '../ui/LrLimitMark.ts';
import { bindSections, type ToggledSection } from '../ui/sectionToggles.ts';
import { UpdatePanel } from '../ui/UpdatePanel.ts';
import { MinibatchFanLayer } from '../render/MinibatchFanLayer.ts';
import { WholePathLayer } from '../render/WholePathLayer.ts';
import { mountPredictions } from './mountPredictions.ts';
import type { SlopesController } from './SlopesController.ts';
import type { WorkerPool } from '../workers/pool.ts';

export interface InstrumentsDeps {
  words: Words;
  lang: Lang;
  /** The experiment panel: the instruments' sections sit under it, in the side column. */
  panel: HTMLElement;
  /** The controls, whose optimizers' lr fields carry the stability limit's mark. */
  controls: HTMLElement;
  controller: SlopesController;
  state: () => AppState;
  sim: () => Simulation;
  map: MapView;
  legend: Legend;
  /** The instance's workers, for the explore tools. */
  pool: () => WorkerPool;
}

/**
 * The teaching instruments of the side column: the update with this step's numbers, the stability
 * limits and scoreboard, the explore tools and predict-then-reveal, with the lr limit's mark on the
 * controls. The ones that work at one ball turn to the ball selected on the map or in the legend.
 */
export function mountInstruments(d: InstrumentsDeps) {
  const { words, lang, panel, controller } = d;
  const column = panel.parentElement!;
  const inspector = new Inspector(column, controller, words, lang);
  // Under the experiment panel, so the panel's charts stay on the first screen at 1366×768.
  panel.after(inspector.root);
  const explore = new Explore(
    column,
    {
      getState: d.state,
      setState: controller.setState,
      reset: controller.reset,
      surface: () => d.sim().currentSurface,
      ball: (id) => firstBall(d.sim(), id),
      start: () => d.sim().firstStart(),
      pool: d.pool,
    },
    words,
    lang,
  );
  inspector.root.after(explore.root);
  const fan = new MinibatchFanLayer(
    () => explore.minibatch.onMap(),
    (id) => d.sim().track(id),
  );
  d.map.addLayer(fan);
  const whole = new WholePathLayer(
    () => explore.slice.shadow(),
    (id) => d.sim().track(id),
  );
  d.map.addLayer(whole);
  const predict = mountPredictions({
    words,
    lang,
    sim: d.sim,
    view: () => d.state().view,
    pause: () => controller.pause(),
    reset: () => controller.reset(),
    setGuesses: (marks) => d.map.setGuesses(marks),
    place: (box) => panel.after(box),
  });
  const lrMark = new LrLimitMark(d.controls, words.instruments, lang);
  const updates = new UpdatePanel(
    column,
    {
      ...controller,
      divergence: (id) => {
        const group = d.sim().track(id)?.group;
        return group && group.reason[0] ? { step: group.stepOf(0), reason: group.reason[0] } : null;
      },
      selectedChanged: (id) => {
        d.legend.showSelected(id);
        inspector.follow(id);
        explore.minibatch.follow(id);
      },
    },
    words,
    lang,
    (id, lr, limit) => lrMark.show(id, lr, limit),
  );
  inspector.root.before(updates.root);
  const sections: ToggledSection[] = [
    { id: 'update', details: updates.root },
    { id: 'limits', details: inspector.root },
    { id: 'hypermap', details: explore.hypermap.root },
    { id: 'noise', details: explore.minibatch.root },
    { id: 'slice', details: explore.slice.root },
    { id: 'predict', details: predict.root },
  ];
  return {
    inspector,
    explore,
    predict,
    updates,
    /** The minibatch fan drawn at the ball, as the map shows it now. */
    fan: () => fan.shown(),
    /** The whole network's shadow beside the slice's ball, as the map shows it now. */
    wholePath: () => whole.shown(),
    /** `slopes.sliceDrift()`: its live numbers at the step the map shows now, not at the last slow frame's. */
    sliceDrift: (options?: SliceOptions) => {
      explore.slice.follow(whole.shown()?.step ?? null);
      return explore.slice.open(options);
    },
    /** Opens and folds the sections as the state says. */
    showSections: bindSections(sections, controller),
    /** On still frames and with the chart: the open instruments follow the race. */
    update(): void {
      inspector.update();
      explore.update();
      // A new fan, or none, while the map stands still: the map draws it now, not at its next change.
      if (fan.needsDraw() || whole.needsDraw()) d.map.draw();
      explore.slice.follow(whole.shown()?.step ?? null);
      predict.update();
      updates.update();
    },
    destroy: () => explore.destroy(),
  };
}
