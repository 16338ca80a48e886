import { LIMITS } from '../state/schema.ts';
import type { AppState } from '../state/AppState.ts';
import { commands, type CommandTarget } from './commands.ts';

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

export function formatSpeed(speed: number): string {
  return speed >= 1 ? `${speed} steps/frame` : `1 step / ${Math.round(1 / speed)} frames`;
}

/** The header: preset picker, transport buttons from the command list, speed slider. */
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
  ) {
    const transport = root.querySelector<HTMLElement>('[data-role=transport]')!;
    const buttons = BUTTONS.map(([id, icon]) => {
      const command = commands.find((c) => c.id === id)!;
      const b = document.createElement('button');
      b.innerHTML = icon;
      b.dataset.command = id;
      b.title = `${command.label} (${command.keys.map((k) => (k === ' ' ? 'Space' : k)).join(', ')})`;
      b.setAttribute('aria-label', command.label);
      b.onclick = () => command.run(target);
      transport.append(b);
      return b;
    });
    this.play = buttons[0];
    this.speed = root.querySelector<HTMLInputElement>('[data-role=speed]')!;
    this.speedOut = root.querySelector<HTMLOutputElement>('[data-role=speed-out]')!;
    this.speed.oninput = () => target.setState({ speed: fromSlider(Number(this.speed.value)) });
    this.preset = root.querySelector<HTMLSelectElement>('[data-role=preset]')!;
    this.preset.append(new Option('— choose a preset —', ''));
    for (const p of presets) this.preset.append(new Option(p.title, p.id));
    this.preset.onchange = () => this.preset.value && onPreset(this.preset.value);
    root.querySelector<HTMLButtonElement>('[data-role=help]')!.onclick = () => target.toggleHelp();
  }

  showPreset(id: string): void {
    this.preset.value = id;
  }

  update(state: AppState): void {
    this.play.innerHTML = state.running ? ICONS.pause : ICONS.play;
    this.play.setAttribute('aria-pressed', String(state.running));
    this.play.setAttribute('aria-label', state.running ? 'Pause' : 'Play');
    if (document.activeElement !== this.speed) this.speed.value = String(toSlider(state.speed));
    this.speedOut.value = formatSpeed(state.speed);
  }
}
