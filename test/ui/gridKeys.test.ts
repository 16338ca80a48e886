import { describe, expect, it } from 'vitest';
import { bindGridKeys } from '../../src/ui/gridKeys.ts';

/** An element that keeps its keydown listener, and presses that say whether they were handled. */
function grid() {
  const calls: string[] = [];
  let listener: (e: KeyboardEvent) => void = () => undefined;
  const element = { addEventListener: (_: string, f: (e: KeyboardEvent) => void) => (listener = f) } as unknown as HTMLElement;
  bindGridKeys(element, { move: (right, up, fine) => calls.push(`move ${right} ${up}${fine ? ' fine' : ''}`), pick: () => calls.push('pick') });
  const press = (key: string, mods: Partial<KeyboardEvent> = {}) => {
    const handled = { prevented: false, stopped: false };
    listener({
      key,
      shiftKey: false,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      ...mods,
      preventDefault: () => (handled.prevented = true),
      stopPropagation: () => (handled.stopped = true),
    } as KeyboardEvent);
    return handled;
  };
  return { calls, press };
}

describe('bindGridKeys', () => {
  it('moves by arrows, up being up on screen, finely with Shift, and picks on Enter and Space', () => {
    const { calls, press } = grid();
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter', ' ']) press(key);
    press('ArrowUp', { shiftKey: true });
    expect(calls).toEqual(['move -1 0', 'move 1 0', 'move 0 1', 'move 0 -1', 'pick', 'pick', 'move 0 1 fine']);
  });

  it('keeps the keys it handles from the page, and lets the others and chords through', () => {
    const { calls, press } = grid();
    expect(press(' ')).toEqual({ prevented: true, stopped: true });
    expect(press('ArrowLeft')).toEqual({ prevented: true, stopped: true });
    expect(press('p')).toEqual({ prevented: false, stopped: false });
    expect(press('ArrowLeft', { altKey: true })).toEqual({ prevented: false, stopped: false });
    expect(press('Enter', { ctrlKey: true })).toEqual({ prevented: false, stopped: false });
    expect(calls).toEqual(['pick', 'move -1 0']);
  });
});
