import type { View } from '../core/surfaces/Surface.ts';
import type { Words } from '../i18n/words.ts';

/** What the map's keys act on. */
export interface MapKeyHost {
  /** Moves the start marker by (dx, dy) fractions of the region shown. */
  moveStart(dx: number, dy: number): void;
  /** Restarts every ball from the marker. */
  restart(): void;
  /** Paints a swarm start at the marker, as a brush stroke on the map does. */
  paint(): void;
  /** Clears the painted starts. */
  clearBrush(): void;
  /** Moves the region shown by (dx, dy) fractions of its width and height, as a drag does. */
  pan(dx: number, dy: number): void;
  /** Zooms about the marker: > 1 zooms in. */
  zoom(factor: number): void;
  /** Reads the race out in the live region. */
  read(): void;
}

export interface MapKey {
  readonly id: keyof Words['map']['keys'];
  /** KeyboardEvent.key values, with "Alt+" or "Shift+" where that modifier is part of the key. */
  readonly keys: readonly string[];
  run(host: MapKeyHost, key: string): void;
}

/** A press of an arrow key moves the marker by a fortieth of the region shown; with Shift, by a tenth of that. */
export const MOVE_STEP = 1 / 40;
export const FINE_STEP = MOVE_STEP / 10;
/**
 * A press of an arrow key with Alt (Option on a Mac) pans the view by a tenth of its width or height.
 * Not Shift: that already moves the marker finely, here as on the basin maps.
 */
export const PAN_STEP = 1 / 10;
const ZOOM = 1.25;

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];
const direction = (key: string): [number, number] => (key.endsWith('Left') ? [-1, 0] : key.endsWith('Right') ? [1, 0] : key.endsWith('Up') ? [0, 1] : [0, -1]);

/**
 * The keys the map takes while it has focus, as data: the map's handler and the help overlay both
 * read this list, so the help lists exactly the keys that work.
 */
export const MAP_KEYS: readonly MapKey[] = [
  { id: 'move', keys: ARROWS, run: (h, k) => h.moveStart(...scaled(direction(k), MOVE_STEP)) },
  { id: 'fine', keys: ARROWS.map((a) => `Shift+${a}`), run: (h, k) => h.moveStart(...scaled(direction(k), FINE_STEP)) },
  { id: 'pan', keys: ARROWS.map((a) => `Alt+${a}`), run: (h, k) => h.pan(...scaled(direction(k), PAN_STEP)) },
  { id: 'restart', keys: ['Enter'], run: (h) => h.restart() },
  { id: 'paint', keys: ['b'], run: (h) => h.paint() },
  { id: 'clearBrush', keys: ['Delete', 'Backspace'], run: (h) => h.clearBrush() },
  { id: 'zoomIn', keys: ['+', '='], run: (h) => h.zoom(ZOOM) },
  { id: 'zoomOut', keys: ['-'], run: (h) => h.zoom(1 / ZOOM) },
  { id: 'read', keys: ['i'], run: (h) => h.read() },
];

function scaled([x, y]: [number, number], s: number): [number, number] {
  return [x * s, y * s];
}

/** The view moved by (dx, dy) fractions of its width and height (y grows upwards), its size kept. */
export function panned(view: View, dx: number, dy: number): View {
  const sx = dx * (view.x[1] - view.x[0]);
  const sy = dy * (view.y[1] - view.y[0]);
  return { x: [view.x[0] + sx, view.x[1] + sx], y: [view.y[0] + sy, view.y[1] + sy] };
}

/** The map's keys with their words, as the help overlay lists them. */
export function mapKeyRows(words: Words): { id: string; keys: readonly string[]; label: string }[] {
  return MAP_KEYS.map((k) => ({ id: k.id, keys: k.keys, label: words.map.keys[k.id] }));
}

/**
 * Runs the map's key for a keydown on the focused map. A handled key goes no further: `+` here
 * zooms and must not also speed the race up, as it does elsewhere on the page.
 */
export function bindMapKeys(element: HTMLElement, host: MapKeyHost): () => void {
  const onKey = (e: KeyboardEvent) => {
    const key = keyOf(e);
    if (key === null) return;
    const entry = MAP_KEYS.find((k) => k.keys.includes(key));
    if (!entry) return;
    e.preventDefault();
    e.stopPropagation();
    entry.run(host, key);
  };
  element.addEventListener('keydown', onKey);
  return () => element.removeEventListener('keydown', onKey);
}

/** A keydown as MAP_KEYS spells it; null for a chord the map leaves to the page and the browser. */
function keyOf(e: KeyboardEvent): string | null {
  if (e.ctrlKey || e.metaKey) return null;
  if (ARROWS.includes(e.key)) return `${e.altKey ? 'Alt+' : ''}${e.shiftKey ? 'Shift+' : ''}${e.key}`;
  // Alt with another key is the browser's, or types another character (Option on a Mac).
  if (e.altKey) return null;
  return e.key.length === 1 ? e.key.toLowerCase() : e.key;
}
