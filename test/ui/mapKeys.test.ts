import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/Lang.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { FINE_STEP, MAP_KEYS, MOVE_STEP, mapKeyRows, type MapKeyHost } from '../../src/ui/mapKeys.ts';

/** A host that writes down what each key asked of it. */
function recordingHost(calls: string[]): MapKeyHost {
  return {
    moveStart: (dx, dy) => calls.push(`move ${dx} ${dy}`),
    restart: () => calls.push('restart'),
    paint: () => calls.push('paint'),
    clearBrush: () => calls.push('clear brush'),
    zoom: (f) => calls.push(`zoom ${f}`),
    read: () => calls.push('read'),
  };
}

const press = (key: string) => {
  const calls: string[] = [];
  MAP_KEYS.find((k) => k.keys.includes(key))!.run(recordingHost(calls), key);
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

  it.each(LANGS)('are all in the help in %s, each with its own words', (lang) => {
    const rows = mapKeyRows(wordsFor(lang));
    expect(rows.map((r) => r.id)).toEqual(MAP_KEYS.map((k) => k.id));
    for (const row of rows) expect(row.label.trim()).not.toBe('');
    expect(new Set(rows.map((r) => r.label)).size).toBe(rows.length);
  });
});
