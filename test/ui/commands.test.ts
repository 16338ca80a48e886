import { describe, expect, it } from 'vitest';
import { defaultState, type AppState } from '../../src/state/AppState.ts';
import { createStore } from '../../src/state/store.ts';
import { optimizers } from '../../src/core/optimizers/registry.ts';
import { LANGS } from '../../src/i18n/Lang.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { foldedSections, SECTION_IDS } from '../../src/state/sections.ts';
import { MAP_KEYS } from '../../src/ui/mapKeys.ts';
import { ariaKeys, commandForKey, commands, keyLabel, type CommandTarget } from '../../src/ui/commands.ts';

function fakeTarget() {
  const store = createStore(defaultState());
  const calls: string[] = [];
  let presenting = false;
  const target: CommandTarget = {
    getState: (): AppState => store.get(),
    setState: (p) => store.set(p),
    play: () => calls.push('play'),
    pause: () => calls.push('pause'),
    step: (n) => calls.push(`step ${n}`),
    reset: () => calls.push('reset'),
    toggleFullscreen: () => calls.push('fullscreen'),
    toggleHelp: () => calls.push('help'),
    closeHelp: () => calls.push('close help'),
    resetView: () => calls.push('reset view'),
    togglePresentation: () => {
      presenting = !presenting;
      calls.push('present');
    },
    stepScene: (delta) => calls.push(`scene ${delta}`),
    presenting: () => presenting,
  };
  return { store, calls, target };
}

describe('commands', () => {
  it('no key is bound twice', () => {
    const keys = commands.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('Escape closes the help and Z resets the view', () => {
    const { calls, target } = fakeTarget();
    commandForKey('Escape')!.run(target);
    commandForKey('Z')!.run(target);
    commandForKey('Home')!.run(target);
    expect(calls).toEqual(['close help', 'reset view', 'reset view']);
  });

  it('space toggles play and pause from the state', () => {
    const { store, calls, target } = fakeTarget();
    commandForKey(' ')!.run(target);
    store.set({ running: false });
    commandForKey(' ')!.run(target);
    expect(calls).toEqual(['pause', 'play']);
  });

  it('number keys switch optimizers on and off in registry order', () => {
    const { store, target } = fakeTarget();
    expect(store.get().optimizers.momentum.enabled).toBe(true);
    commandForKey('2')!.run(target);
    expect(store.get().optimizers.momentum.enabled).toBe(false);
    commandForKey('8')!.run(target);
    expect(store.get().optimizers.adamw.enabled).toBe(true);
  });

  it('faster and slower double and halve the speed within its limits', () => {
    const { store, target } = fakeTarget();
    const s0 = store.get().speed;
    commandForKey(']')!.run(target);
    expect(store.get().speed).toBe(2 * s0);
    commandForKey('[')!.run(target);
    commandForKey('[')!.run(target);
    expect(store.get().speed).toBe(s0 / 2);
    for (let k = 0; k < 40; k++) commandForKey('[')!.run(target);
    expect(store.get().speed).toBeGreaterThan(0);
  });

  it('letters work in either case and overlays toggle', () => {
    const { store, calls, target } = fakeTarget();
    commandForKey('R')!.run(target);
    commandForKey('g')!.run(target);
    expect(calls).toEqual(['reset']);
    expect(store.get().overlays.gradient).toBe(true);
    expect(commandForKey('q')).toBeUndefined();
  });

  it('a letter opens or folds each instrument section, none of them a key the focused map takes', () => {
    const { store, target } = fakeTarget();
    const sectionCommands = commands.filter((c) => c.id.endsWith('-section'));
    expect(sectionCommands.map((c) => c.id.replace('-section', ''))).toEqual([...SECTION_IDS]);
    const mapKeys = new Set(MAP_KEYS.flatMap((k) => k.keys));
    for (const c of sectionCommands) expect(mapKeys.has(c.keys[0])).toBe(false);
    commandForKey('m')!.run(target);
    expect(store.get().sections).toEqual({ ...foldedSections(), hypermap: true });
    commandForKey('M')!.run(target);
    commandForKey('u')!.run(target);
    expect(store.get().sections).toEqual({ ...foldedSections(), update: true });
    const words = wordsFor('zh');
    expect(commands.find((c) => c.id === 'slice-section')!.label(words)).toContain(words.explore.slice);
  });

  it('no key is bound twice while presenting either', () => {
    const keys = commands.flatMap((c) => c.presentingKeys ?? []);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('P presents; while presenting Esc leaves it and the arrows change scenes, with . still stepping', () => {
    const { calls, target } = fakeTarget();
    const press = (key: string) => commandForKey(key, target.presenting())!.run(target);
    press('ArrowRight');
    press('PageDown');
    press('P');
    press('ArrowRight');
    press('ArrowLeft');
    press('PageUp');
    press('.');
    press('Escape');
    press('Escape');
    expect(calls).toEqual(['step 1', 'scene 1', 'present', 'scene 1', 'scene -1', 'scene -1', 'step 1', 'present', 'close help']);
    expect(commandForKey('ArrowLeft')).toBeUndefined();
  });
});

describe('commands in words', () => {
  it.each(LANGS)('each has its own label in %s, from the words', (lang) => {
    const labels = commands.map((c) => c.label(wordsFor(lang)));
    expect(labels.every((l) => l.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(commands.length);
  });

  it('labels in Chinese are Chinese, naming optimizers by their own names', () => {
    const zh = wordsFor('zh');
    for (const c of commands) expect(c.label(zh)).toMatch(/[\u4e00-\u9fff]/);
    const toggles = commands.filter((c) => c.id.startsWith('toggle-'));
    expect(toggles.map((c) => c.label(zh))).toEqual(optimizers.slice(0, 9).map((o) => zh.shell.commands.toggle(zh.declarations.optimizerNames[o.id])));
    expect(commandForKey('7')!.label(zh)).toContain('Adam');
  });

  it("names keys in the reader's language and for aria-keyshortcuts", () => {
    expect(keyLabel(' ', wordsFor('en'))).toBe('Space');
    expect(keyLabel(' ', wordsFor('zh'))).toBe('空格');
    expect(keyLabel('k', wordsFor('zh'))).toBe('k');
    expect(ariaKeys(commandForKey(' ')!)).toBe('Space k');
    expect(ariaKeys(commandForKey('Home')!)).toBe('z Home');
  });
});
