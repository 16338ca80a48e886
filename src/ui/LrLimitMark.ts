import { optimizerById } from '../core/optimizers/registry.ts';
import type { Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import { instrumentNumber } from './instrumentNumber.ts';

/** Where v sits on a log scale from lo to hi, as a percentage clamped to the bar. */
const at = (v: number, lo: number, hi: number) => `${Math.min(100, Math.max(0, (100 * Math.log(v / lo)) / Math.log(hi / lo)))}%`;

/**
 * The selected ball's stability limit as a mark on its optimizer's `lr` control: a log-scaled bar
 * under the field over the declared slider range (widened to hold both values), with a tick at the
 * limit and a dot at the lr, and the two numbers in words. One mark at a time; it moves with the
 * selection and disappears when no limit of lr alone applies.
 */
export class LrLimitMark {
  readonly root: HTMLDivElement;
  private readonly bar: HTMLDivElement;
  private readonly tick: HTMLDivElement;
  private readonly dot: HTMLDivElement;
  private readonly text: HTMLSpanElement;
  private readonly format: (v: number | null) => string;
  private shown = '';

  constructor(
    private readonly controls: HTMLElement,
    private readonly words: Words['instruments'],
    lang: Lang,
  ) {
    this.format = instrumentNumber(lang);
    this.root = document.createElement('div');
    this.root.className = 'lr-limit';
    this.root.dataset.role = 'lr-limit';
    this.bar = document.createElement('div');
    this.bar.className = 'lr-limit-bar';
    this.bar.setAttribute('aria-hidden', 'true');
    this.tick = document.createElement('div');
    this.tick.className = 'lr-limit-tick';
    this.dot = document.createElement('div');
    this.dot.className = 'lr-limit-dot';
    this.bar.append(this.tick, this.dot);
    this.text = document.createElement('span');
    this.root.append(this.bar, this.text);
  }

  /** Marks `limit` for optimizer `id` (null: removes the mark). */
  show(id: string | null, lr: number, limit: number | null): void {
    const key = `${id}:${lr}:${limit}`;
    if (key === this.shown) return;
    this.shown = key;
    const control = id ? this.controls.querySelector<HTMLElement>(`.optimizer-folder[data-optimizer="${id}"] [data-param="lr"]`) : null;
    const declared = id ? optimizerById(id)?.hyperparameters.find((p) => p.name === 'lr') : undefined;
    if (!control || limit === null || !(lr > 0) || declared?.kind !== 'number') {
      this.root.remove();
      return;
    }
    const lo = Math.min(declared.slider[0], lr, limit) / 1.5;
    const hi = Math.max(declared.slider[1], lr, limit) * 1.5;
    this.tick.style.left = at(limit, lo, hi);
    this.dot.style.left = at(lr, lo, hi);
    this.root.classList.toggle('lr-limit-over', lr >= limit);
    this.text.textContent = this.words.limitMark(this.format(limit), this.format(lr));
    this.root.dataset.limit = String(limit);
    if (this.root.parentElement !== control) control.append(this.root);
  }
}
