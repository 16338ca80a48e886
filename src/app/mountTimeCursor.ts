import type { Words } from '../i18n/words.ts';
import type { MapView } from '../render/MapView.ts';
import type { Simulation } from '../sim/Simulation.ts';
import { TimeCursor, type CursorParticle } from '../sim/TimeCursor.ts';
import { ChartCursor } from '../ui/ChartCursor.ts';
import type { StepChart } from '../ui/StepChart.ts';

export interface TimeCursorDeps {
  words: Words;
  map: MapView;
  chart: StepChart;
  /** The step chart's box, which becomes the cursor's slider. */
  chartBox: HTMLElement;
  sim(): Simulation;
  /** The race's step count: the step chart's last step. */
  leadStep(): number;
  /** Draws a frame without stepping. */
  redraw(): void;
}

/** The map's time cursor: the step chart as its slider, the map drawn at its step. */
export function mountTimeCursor(d: TimeCursorDeps) {
  const cursor = new TimeCursor();
  const w = d.words.cursor;
  d.map.setCursor(cursor);
  const scrub = (step: number | null) => {
    cursor.set(step);
    d.chart.setCursor(cursor.step);
    slider.show(cursor.step);
    d.redraw();
  };
  const slider = new ChartCursor(d.chartBox, w.stepChartLabel, w.keysHint, {
    valueAt: (clientX) => d.chart.stepAt(clientX),
    range: () => [0, d.leadStep()],
    valueText: (step) => (step === null ? w.live(d.leadStep()) : w.showing(Math.min(step, d.leadStep()), d.leadStep())),
    move: scrub,
  });
  return {
    scrub,
    /** What the map draws: the step asked for (null: live) and every particle with a position there. */
    shown: (): { step: number | null; particles: CursorParticle[] } => ({ step: cursor.step, particles: cursor.particles(d.sim().tracks) }),
    /** The slider's range follows the race. */
    refresh: () => slider.refresh(),
    destroy: () => slider.destroy(),
  };
}
