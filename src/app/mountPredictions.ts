import { LANG_TAGS, type Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import type { GuessMark } from '../render/GuessLayer.ts';
import { optimizerStyle } from '../render/palette.ts';
import type { View } from '../core/surfaces/Surface.ts';
import { Predictions, type PredictionReport } from '../sim/Predictions.ts';
import type { Simulation } from '../sim/Simulation.ts';
import { PredictPanel } from '../ui/PredictPanel.ts';
import { optimizerName } from '../ui/optimizerName.ts';

/** Predict, then reveal, as window.slopes offers it. */
export interface PredictApi {
  /** On: the race pauses and goes back to its start, so the class guesses before it runs. Off: the guesses go. */
  toggle(on: boolean): void;
  /** Places an optimizer's guess of where its ball will stop; a note if the race has begun or it is not on the map. */
  place(optimizer: string, x: number, y: number): { notes: string[] };
  /** The class's answer to "which will arrive first?" (null: none). */
  first(optimizer: string | null): void;
  clear(): void;
  report(): PredictionReport;
}

export interface PredictDeps {
  words: Words;
  lang: Lang;
  sim(): Simulation;
  view(): View;
  pause(): void;
  reset(): void;
  setGuesses(marks: GuessMark[]): void;
  /** Puts the panel on the page. */
  place(box: HTMLElement): void;
}

/** The guesses, their panel and their marks on the map; `pick` takes a click on the map while guessing. */
export function mountPredictions(d: PredictDeps) {
  const predictions = new Predictions();
  const distance = new Intl.NumberFormat(LANG_TAGS[d.lang], { maximumSignificantDigits: 3 });
  const report = () => predictions.report(d.sim().tracks, d.sim().currentSurface.minima, d.view());
  const onMap = (id: string) => d.sim().tracks.some((t) => t.group.optimizer.id === id);
  const show = () => {
    const r = report();
    panel.update();
    d.setGuesses(
      r.guesses.map(
        (g): GuessMark => ({
          color: optimizerStyle(g.optimizer).color,
          guess: g.guess,
          end: r.locked ? g.end : null,
          label: r.locked ? distance.format(g.distance) : '',
        }),
      ),
    );
  };
  const api: PredictApi = {
    toggle(on) {
      predictions.on = on;
      if (on) {
        d.pause();
        d.reset();
      } else predictions.clear();
      show();
    },
    place(optimizer, x, y) {
      if (!onMap(optimizer)) return { notes: [`predict: "${optimizer}" is not on the map`] };
      if (report().locked) return { notes: ['predict: the race has begun; reset it to guess again'] };
      predictions.place(optimizer, x, y);
      show();
      return { notes: [] };
    },
    first(optimizer) {
      predictions.guessFirst(optimizer);
      show();
    },
    clear() {
      predictions.clear();
      show();
    },
    report,
  };
  const panel = new PredictPanel(d.words, d.lang, {
    rows: () =>
      d.sim().tracks.map(({ group }) => {
        const id = group.optimizer.id;
        return { id, name: optimizerName(group.optimizer, d.words), color: optimizerStyle(id).css };
      }),
    report,
    toggle: (on) => api.toggle(on),
    place: (id, x, y) => void api.place(id, x, y),
    first: (id) => api.first(id),
    clear: () => api.clear(),
    reset: () => {
      d.pause();
      d.reset();
      show();
    },
  });
  d.place(panel.root);
  return {
    api,
    /** The panel's folded section. */
    root: panel.root,
    /** Redraws the marks and the panel (the balls moved, or the race changed). */
    update: () => predictions.on && show(),
    /** A click on the map at (x, y): a guess while guessing (returns true), else left to the map. */
    pick(x: number, y: number): boolean {
      const id = panel.placingId;
      if (!predictions.on || !id || report().locked) return false;
      predictions.place(id, x, y);
      panel.advance();
      show();
      return true;
    },
  };
}
