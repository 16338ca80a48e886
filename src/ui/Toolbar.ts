import type { Words } from '../i18n/words.ts';
import { LIMITS } from '../state/schema.ts';
import type { AppState } from '../state/AppState.ts';
import { ariaKeys, commands, keyLabel, type Command, type CommandTarget } from './commands.ts';

/** Inline icons: symbol glyphs are missing from many system fonts. */
export const ICONS = {
  play: '<svg viewBox="0 0 16 16"><path d="M4 2.5 L13 8 L4 13.5 Z"/></svg>',
  pause: '<svg viewBox="0 0 16 16"><rect x="3.5" y="2.5" width="3" height="11"/><rect x="9.5" y="2.5" width="3" height="11"/></svg>',
  step: '<svg viewBox="0 0 16 16"><path d="M3 2.5 L10 8 L3 13.5 Z"/><rect x="11" y="2.5" width="2.5" height="11"/></svg>',
  view: '<svg viewBox="0 0 16 16"><path d="M1.5 1.5h4v1.6H3.1v2.4H1.5zM10.5 1.5h4v4h-1.6V3.1h-2.4zM1.5 10.5h1.6v2.4h2.4v1.6h-4zM12.9 10.5h1.6v4h-4v-1.6h2.4z"/><circle cx="8" cy="8" r="2"/></svg>',
  reset: '<svg viewBox="0 0 16 16"><path d="M8 2.5a5.5 5.5 0 1 1-5.2 3.7l1.9.6A3.5 3.5 0 1 0 8 4.5V7L4 3.5 8 0z"/></svg>',
};

const BUTTONS: [id: string, icon: string][] = [
  ['play-pause', ICONS.play],
  ['step', ICONS.step],
  ['reset', ICONS.reset],
  ['reset-view', ICONS.view],
];

const [MIN_SPEED, MAX_SPEED] = LIMITS.speed;
/** The speed slider is logarithmic: slow motion and 1000 steps a frame both get room. */
const toSlider = (speed: number) => Math.log(speed / MIN_SPEED) / Math.log(MAX_SPEED / MIN_SPEED);
const fromSlider = (t: number) => +(MIN_SPEED * (MAX_SPEED / MIN_SPEED) ** t).toPrecision(2);

/** A command's name with its keys, for a tooltip: "Play / pause (Space, k)". */
const tooltip = (command: Command, words: Words) => `${command.label(words)} (${command.keys.map((k) => keyLabel(k, words)).join(', ')})`;
const commandById = (id: string) => commands.find((c) => c.id === id)!;

/**
 * Space and Enter on a focused button press that button; they must not also reach the page's
 * shortcuts (Space is play / pause).
 */
const keepKeys = (e: KeyboardEvent) => {
  if (e.key === ' ' || e.key === 'Enter') e.stopPropagation();
};

/** The header: skip link, preset picker, transport buttons from the command list, speed slider, help button. */
export class Toolbar {
  private readonly play: HTMLButtonElement;
  private readonly speed: HTMLInputElement;
  private readonly speedOut: HTMLOutputElement;
  private readonly preset: HTMLSelectElement;

  constructor(
    root: HTMLElement,
    target: CommandTarget,
    presets: { id: string; title: string }[],
    onPreset: (id: string) => void,
    private readonly words: Words,
  ) {
    const w = words.shell;
    const part = <T extends HTMLElement>(role: string) => root.querySelector<T>(`[data-role=${role}]`)!;
    const skip = part<HTMLAnchorElement>('skip');
    skip.textContent = w.skipToMap;
    skip.onclick = (e) => {
      e.preventDefault();
      const map = part('map');
      // The map is a plain container until something makes it focusable; focus must still land there.
      if (!map.hasAttribute('tabindex')) map.tabIndex = -1;
      map.focus();
    };
    const transport = part('transport');
    transport.setAttribute('aria-label', w.transport);
    const buttons = BUTTONS.map(([id, icon]) => {
      const command = commandById(id);
      const b = document.createElement('button');
      b.type = 'button';
      // The icons are constant markup; the button's name is its label.
      b.innerHTML = icon;
      b.dataset.command = id;
      b.title = tooltip(command, words);
      b.setAttribute('aria-label', command.label(words));
      b.setAttribute('aria-keyshortcuts', ariaKeys(command));
      b.onclick = () => command.run(target);
      b.onkeydown = keepKeys;
      transport.append(b);
      return b;
    });
    // A toggle button keeps its name; aria-pressed says whether the race is playing.
    buttons[0].setAttribute('aria-label', w.play);
    this.play = buttons[0];
    this.speed = part<HTMLInputElement>('speed');
    this.speedOut = part<HTMLOutputElement>('speed-out');
    part('speed-label').textContent = w.speed;
    this.speed.setAttribute('aria-label', w.speed);
    this.speed.oninput = () => target.setState({ speed: fromSlider(Number(this.speed.value)) });
    this.preset = part<HTMLSelectElement>('preset');
    part('preset-label').textContent = w.preset;
    this.preset.setAttribute('aria-label', w.preset);
    this.preset.replaceChildren(new Option(w.choosePreset, ''));
    for (const p of presets) this.preset.append(new Option(p.title, p.id));
    this.preset.onchange = () => this.preset.value && onPreset(this.preset.value);
    const help = part<HTMLButtonElement>('help');
    const helpCommand = commandById('help');
    help.title = tooltip(helpCommand, words);
    help.setAttribute('aria-label', w.help);
    help.setAttribute('aria-keyshortcuts', ariaKeys(helpCommand));
    help.onclick = () => target.toggleHelp();
    help.onkeydown = keepKeys;
  }

  showPreset(id: string): void {
    this.preset.value = id;
  }

  update(state: AppState): void {
    this.play.innerHTML = state.running ? ICONS.pause : ICONS.play;
    this.play.setAttribute('aria-pressed', String(state.running));
    if (document.activeElement !== this.speed) this.speed.value = String(toSlider(state.speed));
    const speed = this.words.shell.speedValue(state.speed);
    this.speedOut.value = speed;
    this.speed.setAttribute('aria-valuetext', speed);
  }
}
