import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/Lang.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import type { View } from '../../src/core/surfaces/Surface.ts';
import { bindMapKeys, FINE_STEP, MAP_KEYS, MOVE_STEP, mapKeyRows, PAN_STEP, panned, type MapKeyHost } from '../../src/ui/mapKeys.ts';

/** A host that writes down what each key asked of it. */
function recordingHost(calls: string[]): MapKeyHost {
  return {
    moveStart: (dx, dy) => calls.push(`move ${dx} ${dy}`),
    restart: () => calls.push('restart'),
    paint: () => calls.push('paint'),
    clearBrush: () => calls.push('clear brush'),
    pan: (dx, dy) => calls.push(`pan ${dx} ${dy}`),
    zoom: (f) => calls.push(`zoom ${f}`),
    read: () => calls.push('read'),
  };
}

const run = (host: MapKeyHost, key: string) => MAP_KEYS.find((k) => k.keys.includes(key))!.run(host, key);
const press = (key: string) => {
  const calls: string[] = [];
  run(recordingHost(calls), key);
  return calls;
};

describe('MAP_KEYS', () => {
  it('gives every key one action', () => {
    const keys = MAP_KEYS.flatMap((k) => k.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('move the marker by a step, finer with Shift; Enter restarts there', () => {
    expect(press('ArrowLeft')).toEqual([`move ${-MOVE_STEP} 0`]);
    expect(press('ArrowUp')).toEqual([`move 0 ${MOVE_STEP}`]);
    expect(press('Shift+ArrowDown')).toEqual([`move 0 ${-FINE_STEP}`]);
    expect(press('Enter')).toEqual(['restart']);
  });

  it('B paints a start at the marker; Delete and Backspace clear the painted starts', () => {
    expect(press('b')).toEqual(['paint']);
    expect(press('Delete')).toEqual(['clear brush']);
    expect(press('Backspace')).toEqual(['clear brush']);
  });

  it('Alt and an arrow pan the view a tenth of its width or height that way, its size kept', () => {
    expect(press('Alt+ArrowRight')).toEqual([`pan ${PAN_STEP} 0`]);
    expect(press('Alt+ArrowDown')).toEqual([`pan 0 ${-PAN_STEP}`]);
    // From x −2…2, y −1…1 (4 by 2): right and up by a tenth is 0.4 along x and 0.2 along y.
    let view: View = { x: [-2, 2], y: [-1, 1] };
    const host = { ...recordingHost([]), pan: (dx: number, dy: number) => void (view = panned(view, dx, dy)) };
    for (const key of ['Alt+ArrowRight', 'Alt+ArrowUp']) run(host, key);
    expectView(view, { x: [-1.6, 2.4], y: [-0.8, 1.2] });
    // Left and down again bring it back.
    for (const key of ['Alt+ArrowLeft', 'Alt+ArrowDown']) run(host, key);
    expectView(view, { x: [-2, 2], y: [-1, 1] });
    expectView(panned({ x: [10, 20], y: [0, 0.5] }, -0.1, 0.1), { x: [9, 19], y: [0.05, 0.55] });
  });

  it('take Shift and Alt only with the arrows, and leave Ctrl and Cmd chords to the browser', () => {
    const calls: string[] = [];
    let listener: (e: KeyboardEvent) => void = () => {};
    const element = { addEventListener: (_: string, f: typeof listener) => (listener = f) } as unknown as HTMLElement;
    bindMapKeys(element, recordingHost(calls));
    const keydown = (key: string, mods: Partial<Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>> = {}) => {
      let handled = false;
      const stop = () => void (handled = true);
      listener({ key, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods, preventDefault: stop, stopPropagation: stop } as KeyboardEvent);
      return handled;
    };
    expect(keydown('ArrowLeft', { altKey: true })).toBe(true);
    expect(keydown('ArrowUp', { shiftKey: true })).toBe(true);
    expect(keydown('B', { shiftKey: true })).toBe(true);
    expect(calls).toEqual([`pan ${-PAN_STEP} 0`, `move 0 ${FINE_STEP}`, 'paint']);
    // Alt with a letter types another character on a Mac; Ctrl and Cmd chords and Alt+Shift are not the map's.
    expect([keydown('b', { altKey: true }), keydown('ArrowLeft', { ctrlKey: true }), keydown('+', { metaKey: true })]).toEqual([false, false, false]);
    expect(keydown('ArrowLeft', { altKey: true, shiftKey: true })).toBe(false);
    expect(calls).toHaveLength(3);
  });

  it.each(LANGS)('are all in the help in %s, each with its own words', (lang) => {
    const rows = mapKeyRows(wordsFor(lang));
    expect(rows.map((r) => r.id)).toEqual(MAP_KEYS.map((k) => k.id));
    for (const row of rows) expect(row.label.trim()).not.toBe('');
    expect(new Set(rows.map((r) => r.label)).size).toBe(rows.length);
  });
});

function expectView(view: View, expected: View): void {
  for (const axis of ['x', 'y'] as const) for (const k of [0, 1]) expect(view[axis][k]).toBeCloseTo(expected[axis][k], 12);
}
