import type { Minimum, View } from '../core/surfaces/Surface.ts';
import { LANG_TAGS, type Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import { RaceWatcher, type RaceEvent } from '../sim/raceEvents.ts';
import type { Simulation } from '../sim/Simulation.ts';
import type { AppState } from '../state/AppState.ts';
import { MAX_BRUSH_POINTS } from '../sim/layout.ts';
import { paintedStarts } from '../state/brushPatch.ts';
import { LiveRegion } from './LiveRegion.ts';
import { MapDescription } from './MapDescription.ts';
import { bindMapKeys, panned, type MapKeyHost } from './mapKeys.ts';
import { optimizerName } from './optimizerName.ts';
import { raceMessage } from './raceMessage.ts';

/** What of the map the keys and words need. */
export interface AccessibleMap {
  readonly shownView: View;
  setStartMarker(point: readonly [number, number] | null): void;
  /** Zooms about a world point, as a finished gesture. */
  zoomAbout(point: readonly [number, number], factor: number): void;
  /** Shows a view as a finished gesture: the state takes it as it takes a drag's. */
  showView(view: View): void;
}

export interface MapAccessDeps {
  words: Words;
  lang: Lang;
  state(): AppState;
  setStart(start: [number, number]): void;
  /** The brush's starts become these (world xy pairs): the same update a pointer stroke makes. */
  paint(points: readonly number[]): void;
  /** Every ball back to the start, even one that did not move. */
  reset(): void;
  sim(): Simulation;
  map(): AccessibleMap;
}

/**
 * The map for screen readers and keyboards: a labelled figure with its description, a live region
 * that tells the race as it happens, and the keys that move the start, restart, pan and zoom. The host
 * calls watch() after stepping and after every state change, and refresh() on drawn frames.
 */
export class MapAccess {
  private readonly live: LiveRegion;
  private readonly text: MapDescription;
  private readonly race = new RaceWatcher();
  private minima: readonly Minimum[] = [];
  /** The keyboard's start marker: shown while the map has keyboard focus, the start itself until an arrow moves it. */
  private marker: [number, number] | null = null;
  private readonly number: (v: number) => string;
  private readonly nameOf = (id: string) =>
    optimizerName(this.d.sim().tracks.find((t) => t.group.optimizer.id === id)?.group.optimizer ?? { id, name: '' }, this.d.words);
  private readonly tell = (e: RaceEvent) => {
    const { text, key } = raceMessage(e, this.d.words, this.minima, this.nameOf);
    this.live.say(text, key);
  };

  constructor(
    host: HTMLElement,
    private readonly d: MapAccessDeps,
  ) {
    this.live = new LiveRegion(host);
    this.text = new MapDescription(host, d.words, d.lang, () => ({ state: d.state(), sim: d.sim(), view: d.map().shownView }));
    const number = new Intl.NumberFormat(LANG_TAGS[d.lang], { maximumFractionDigits: 3 });
    this.number = (n) => number.format(n);
    host.addEventListener('focus', () => host.matches(':focus-visible') && d.map().setStartMarker(this.marker ?? d.state().start));
    host.addEventListener('blur', () => {
      this.marker = null;
      d.map().setStartMarker(null);
    });
    bindMapKeys(host, this.keys());
  }

  /** The surface's listed points, which say what kind of minimum a ball reached. */
  setMinima(minima: readonly Minimum[]): void {
    this.minima = minima;
  }

  /** Tells what the race did since the last look; a restart is noticed here, before any step. */
  watch(): void {
    this.race.observe(this.d.sim().tracks, this.minima, this.d.state().view, this.tell);
  }

  /** The description, rewritten when due (force: at once, as when paused). */
  refresh(now: number, force: boolean): void {
    this.text.refresh(now, force);
  }

  /** A pan or zoom in progress keeps the live region quiet until it ends. */
  hold(active: boolean): void {
    this.live.hold(active);
  }

  announcements(): string[] {
    return this.live.messages();
  }

  /** Drops the announcements still waiting, whose timer would keep a destroyed instance alive. */
  destroy(): void {
    this.live.destroy();
  }

  private say(text: string, key: string): void {
    this.live.say(this.d.words.map.sentence(text), key);
  }

  /**
   * The keyboard's marker, moved into the region shown if a pan or zoom left it outside, so that it
   * stays in sight and Enter never starts the balls where the user cannot see.
   */
  private markerInView(): [number, number] {
    const { x, y } = this.d.map().shownView;
    const [mx, my] = this.marker ?? this.d.state().start;
    const marker: [number, number] = [clamp(mx, x), clamp(my, y)];
    if (marker[0] === mx && marker[1] === my) return marker;
    this.marker = marker;
    this.d.map().setStartMarker(marker);
    this.say(this.d.words.map.startMoved(this.number(marker[0]), this.number(marker[1])), 'start');
    return marker;
  }

  /** Says the region shown after a pan or zoom by key, and keeps the marker in it. */
  private viewMoved(): void {
    const { x, y } = this.d.map().shownView;
    const n = this.number;
    this.say(this.d.words.map.showing(n(x[0]), n(x[1]), n(y[0]), n(y[1])), 'view');
    this.markerInView();
  }

  private keys(): MapKeyHost {
    const { d, number: n } = this;
    const w = d.words.map;
    return {
      moveStart: (dx, dy) => {
        const { x, y } = d.map().shownView;
        const [sx, sy] = this.marker ?? d.state().start;
        const marker: [number, number] = [clamp(sx + dx * (x[1] - x[0]), x), clamp(sy + dy * (y[1] - y[0]), y)];
        this.marker = marker;
        d.map().setStartMarker(marker);
        this.say(w.startMoved(n(marker[0]), n(marker[1])), 'start');
      },
      restart: () => {
        const start = this.marker ?? d.state().start;
        this.marker = null;
        d.setStart([start[0], start[1]]);
        d.reset();
        d.map().setStartMarker(start);
        // What was queued spoke of the race just left behind.
        this.live.forget();
        this.say(w.restarted(n(start[0]), n(start[1])), 'start');
      },
      paint: () => {
        const painted = paintedStarts(d.state());
        if (painted.length >= 2 * MAX_BRUSH_POINTS) return this.say(w.brushFull(MAX_BRUSH_POINTS), 'brush');
        const [x, y] = this.marker ?? d.state().start;
        d.paint([...painted, x, y]);
        this.live.forget();
        this.say(w.painted(n(x), n(y), painted.length / 2 + 1), 'brush');
      },
      clearBrush: () => {
        if (paintedStarts(d.state()).length === 0) return this.say(w.nothingPainted, 'brush');
        d.paint([]);
        this.live.forget();
        this.say(w.brushCleared, 'brush');
      },
      pan: (dx, dy) => {
        d.map().showView(panned(d.map().shownView, dx, dy));
        this.viewMoved();
      },
      // About the marker, brought into the view first: it stays where it is on the map as the view grows or shrinks.
      zoom: (factor) => {
        d.map().zoomAbout(this.markerInView(), factor);
        this.viewMoved();
      },
      read: () => this.live.sayNow(this.text.text()),
    };
  }
}

const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
