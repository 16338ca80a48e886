import { optimizers } from '../core/optimizers/registry.ts';
import type { Words } from '../i18n/words.ts';
import type { AppState } from '../state/AppState.ts';
import { LIMITS } from '../state/schema.ts';
import { SECTION_IDS, type SectionId } from '../state/sections.ts';
import { sectionName } from './sectionNames.ts';

/** What a command may act on: the controller's verbs plus the state, nothing of the DOM. */
export interface CommandTarget {
  getState(): AppState;
  setState(patch: unknown): unknown;
  play(): void;
  pause(): void;
  step(n?: number): void;
  reset(): void;
  resetView(): void;
  toggleFullscreen(): void;
  toggleHelp(): void;
  closeHelp(): void;
  togglePresentation(): void;
  /** Loads the playlist's scene `delta` places on (no playlist: nothing). */
  stepScene(delta: number): void;
  presenting(): boolean;
}

export interface Command {
  id: string;
  /** KeyboardEvent.key values that run it. */
  keys: string[];
  /** Keys that run it instead of what they usually do while presenting (there ← → change scenes; . still steps). */
  presentingKeys?: string[];
  /** What the help overlay and button tooltips show, in the instance's language. */
  label(words: Words): string;
  run(target: CommandTarget): void;
}

/** Letters no other command or the focused map takes; "e" for the eigenvalues beside the stability limits, "t" for "try a guess". */
const SECTION_KEYS: Record<SectionId, string> = { update: 'u', limits: 'e', hypermap: 'm', noise: 'x', slice: 's', predict: 't' };

const faster = (s: AppState, factor: number) => Math.min(LIMITS.speed[1], Math.max(LIMITS.speed[0], s.speed * factor));

/**
 * Every action a key, a button or the API can take, in one list: the keyboard handler, the
 * toolbar and the help overlay all read it, so no shortcut can be missing from the help.
 */
export const commands: Command[] = [
  { id: 'play-pause', keys: [' ', 'k'], label: (w) => w.shell.commands['play-pause'], run: (t) => (t.getState().running ? t.pause() : t.play()) },
  { id: 'step', keys: ['.', 'ArrowRight'], label: (w) => w.shell.commands.step, run: (t) => t.step(1) },
  { id: 'reset', keys: ['r'], label: (w) => w.shell.commands.reset, run: (t) => t.reset() },
  { id: 'reset-view', keys: ['z', 'Home'], label: (w) => w.shell.commands['reset-view'], run: (t) => t.resetView() },
  { id: 'faster', keys: [']', '+', '='], label: (w) => w.shell.commands.faster, run: (t) => t.setState({ speed: faster(t.getState(), 2) }) },
  { id: 'slower', keys: ['[', '-'], label: (w) => w.shell.commands.slower, run: (t) => t.setState({ speed: faster(t.getState(), 0.5) }) },
  {
    id: 'gradient-overlay',
    keys: ['g'],
    label: (w) => w.shell.commands['gradient-overlay'],
    run: (t) => t.setState({ overlays: { gradient: !t.getState().overlays.gradient } }),
  },
  {
    id: 'update-overlay',
    keys: ['v'],
    label: (w) => w.shell.commands['update-overlay'],
    run: (t) => t.setState({ overlays: { update: !t.getState().overlays.update } }),
  },
  ...(['lookAhead', 'sutskever', 'lockstep'] as const).map(
    (key): Command => ({
      id: `${key}-overlay`,
      keys: [{ lookAhead: 'n', sutskever: 'o', lockstep: 'l' }[key]],
      label: (w) => w.instruments[key],
      run: (t) => t.setState({ overlays: { [key]: !t.getState().overlays[key] } }),
    }),
  ),
  ...SECTION_IDS.map(
    (id): Command => ({
      id: `${id}-section`,
      keys: [SECTION_KEYS[id]],
      label: (w) => w.shell.commands.section(sectionName(w, id)),
      run: (t) => t.setState({ sections: { [id]: !t.getState().sections[id] } }),
    }),
  ),
  ...optimizers.slice(0, 9).map(
    (o, k): Command => ({
      id: `toggle-${o.id}`,
      keys: [String(k + 1)],
      label: (w) => w.shell.commands.toggle(w.declarations.optimizerNames[o.id]),
      run: (t) => t.setState({ optimizers: { [o.id]: { enabled: !t.getState().optimizers[o.id].enabled } } }),
    }),
  ),
  { id: 'fullscreen', keys: ['f'], label: (w) => w.shell.commands.fullscreen, run: (t) => t.toggleFullscreen() },
  { id: 'present', keys: ['p'], presentingKeys: ['Escape'], label: (w) => w.classroom.commandPresent, run: (t) => t.togglePresentation() },
  { id: 'next-scene', keys: ['PageDown'], presentingKeys: ['ArrowRight'], label: (w) => w.classroom.commandNext, run: (t) => t.stepScene(1) },
  { id: 'previous-scene', keys: ['PageUp'], presentingKeys: ['ArrowLeft'], label: (w) => w.classroom.commandPrevious, run: (t) => t.stepScene(-1) },
  { id: 'help', keys: ['?', 'h'], label: (w) => w.shell.commands.help, run: (t) => t.toggleHelp() },
  { id: 'close-help', keys: ['Escape'], label: (w) => w.shell.commands['close-help'], run: (t) => t.closeHelp() },
];

export function commandForKey(key: string, presenting = false): Command | undefined {
  const k = key.length === 1 ? key.toLowerCase() : key;
  return (presenting ? commands.find((c) => c.presentingKeys?.includes(k)) : undefined) ?? commands.find((c) => c.keys.includes(k));
}

/** A key as the help and tooltips name it ("Space", "Esc"), in the instance's language. */
export function keyLabel(key: string, words: Words): string {
  return words.shell.keyNames[key] ?? key;
}

/** A command's keys as `aria-keyshortcuts` spells them (UI Events key values, space-separated alternatives). */
export function ariaKeys(command: Command): string {
  return command.keys.map((k) => (k === ' ' ? 'Space' : k)).join(' ');
}
