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
  /** Zooms about the centre of the region shown: > 1 zooms in. */
  zoom(factor: number): void;
  /** Reads the race out in the live region. */
  read(): void;
}

export interface MapKey {
  readonly id: keyof Words['map']['keys'];
  /** KeyboardEvent.key values, with "Shift+" where Shift is part of the key. */
  readonly keys: readonly string[];
  run(host: MapKeyHost, key: string): void;
}

/** A press of an arrow key moves the marker by a fortieth of the region shown; with Shift, by a tenth of that. */
export const MOVE_STEP = 1 / 40;
export const FINE_STEP = MOVE_STEP / 10;
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
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.shiftKey && ARROWS.includes(e.key) ? `Shift+${e.key}` : e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const entry = MAP_KEYS.find((k) => k.keys.includes(key));
    if (!entry) return;
    e.preventDefault();
    e.stopPropagation();
    entry.run(host, key);
  };
  element.addEventListener('keydown', onKey);
  return () => element.removeEventListener('keydown', onKey);
}
