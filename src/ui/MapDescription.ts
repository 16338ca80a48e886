import { isNetworkSurface } from '../core/mlp/networkSurface.ts';
import { SURFACE_EXPRESSIONS } from '../core/surfaces/expressions.ts';
import type { View } from '../core/surfaces/Surface.ts';
import { LANG_TAGS } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import type { Simulation } from '../sim/Simulation.ts';
import { STATUS_NAMES } from '../sim/status.ts';
import type { AppState } from '../state/AppState.ts';
import './mapFigure.css';
import { formulaLayout } from './formulaLayout.ts';
import { optimizerName } from './optimizerName.ts';
import { spokenFormula } from './spokenFormula.ts';

/** While the race runs the description is rewritten at most this often: a reader re-reads it, never per frame. */
const RUNNING_EVERY_MS = 2000;

export interface DescribedScene {
  state: AppState;
  sim: Simulation;
  /** The region on screen. */
  view: View;
}

/**
 * The map as a labelled figure with a text alternative: the surface (its formula read aloud), the
 * region shown, the start and each ball's optimizer, place, loss and status (a swarm as its tally).
 * The text sits in a visually hidden element that describes the figure and that browse mode reads.
 */
export class MapDescription {
  readonly element: HTMLElement;
  private readonly number: Intl.NumberFormat;
  private readonly loss: Intl.NumberFormat;
  private last = -Infinity;
  private formulaOf = { key: '', text: '' };

  constructor(
    host: HTMLElement,
    private readonly words: Words,
    lang: keyof typeof LANG_TAGS,
    private readonly scene: () => DescribedScene,
  ) {
    const tag = LANG_TAGS[lang];
    this.number = new Intl.NumberFormat(tag, { maximumFractionDigits: 3 });
    this.loss = new Intl.NumberFormat(tag, { maximumSignificantDigits: 4 });
    // Ids are the instance's own: two Slopes on one page each describe their own map.
    const id = `slopes-map-${Math.random().toString(36).slice(2, 10)}`;
    this.element = document.createElement('div');
    this.element.id = `${id}-description`;
    this.element.className = 'visually-hidden';
    this.element.dataset.role = 'map-description';
    host.append(this.element);
    host.setAttribute('role', 'figure');
    host.setAttribute('aria-label', words.map.figureLabel);
    host.setAttribute('aria-describedby', this.element.id);
    // The map takes focus: its keys move the start and zoom (mapKeys.ts).
    host.tabIndex = 0;
  }

  /** Rewrites the description when it is due: at once when forced (paused, a change), else every RUNNING_EVERY_MS. */
  refresh(now: number, force: boolean): void {
    if (!force && now - this.last < RUNNING_EVERY_MS) return;
    this.last = now;
    const text = this.text();
    if (this.element.textContent !== text) this.element.textContent = text;
  }

  /** The whole description as one text (what the read-out key speaks). */
  text(): string {
    const { state, sim, view } = this.scene();
    const w = this.words.map;
    const n = (v: number) => this.number.format(v);
    const parts = [w.surface(this.words.declarations.surfaceNames[state.surface] ?? state.surface)];
    const formula = this.formula(state);
    if (formula !== null) parts.push(formula);
    parts.push(w.view(n(view.x[0]), n(view.x[1]), n(view.y[0]), n(view.y[1])), w.start(n(state.start[0]), n(state.start[1])));
    parts.push(state.running ? w.running : w.paused);
    if (sim.tracks.length === 0) parts.push(w.noBalls);
    const swarms = new Map(sim.summary().map((s) => [s.optimizer, s]));
    for (const { group } of sim.tracks) {
      const id = group.optimizer.id;
      const name = optimizerName(group.optimizer, this.words);
      const swarm = swarms.get(id);
      if (swarm) {
        const reached = swarm.minima.reduce((k, m) => k + (m.kind === 'saddle' ? 0 : m.count), 0);
        parts.push(w.swarmBall(name, swarm.count, reached, swarm.diverged));
        continue;
      }
      const status = w.status[STATUS_NAMES[group.status[0]]];
      parts.push(w.ball(name, n(group.pos[0]), n(group.pos[1]), this.loss.format(group.loss[0]), status, group.steps[0]));
    }
    parts.push(w.keysHint);
    return parts.join(' ');
  }

  /** The formula's sentence, worked out once per surface; null on the network surfaces, which have none. */
  private formula(state: AppState): string | null {
    if (isNetworkSurface(state.surface)) return null;
    const source = state.surface === 'custom' ? state.f : SURFACE_EXPRESSIONS[state.surface];
    const key = `${state.surface}\n${source}`;
    if (this.formulaOf.key !== key) {
      const layout = source === undefined ? null : formulaLayout(source);
      this.formulaOf = { key, text: layout ? this.words.map.sentence(spokenFormula(layout, this.words.presets.formula)) : this.words.map.noFormula };
    }
    return this.formulaOf.text;
  }
}
