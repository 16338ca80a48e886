import '../cursor.css';
import type { Words } from '../../i18n/words.ts';

/** What the fit chart shows at the time cursor: an epoch's curves (null: the latest). */
export interface FitShown {
  epoch: number | null;
  fit: readonly Float64Array[];
}

/**
 * The experiment's time cursor: every epoch's fitted curves kept as they arrive (a dozen curves of
 * 121 points an epoch), and a slider under the fit chart that shows the curves after any finished
 * epoch. Hovering the loss chart moves it to the epoch under the pointer; leaving returns to the latest.
 */
export class FitEpochs {
  readonly element: HTMLLabelElement;
  private readonly input: HTMLInputElement;
  private readonly text: HTMLSpanElement;
  private fits: (readonly Float64Array[])[] = [];
  private epochLoss: readonly Float64Array[] = [];
  private epochs = 1;
  private shown: number | null = null;

  /** show(fit, scores): the fit chart draws these curves with each run's full-data loss at that epoch. */
  constructor(
    private readonly words: Words['cursor'],
    private readonly show: (fit: readonly Float64Array[], scores: number[]) => void,
  ) {
    this.element = document.createElement('label');
    this.element.className = 'slopes-experiment__fit-epoch';
    this.text = document.createElement('span');
    this.input = document.createElement('input');
    this.input.type = 'range';
    this.input.min = '1';
    this.input.step = '1';
    this.input.setAttribute('aria-label', words.lossChartLabel);
    this.element.append(this.text, this.input);
    this.input.addEventListener('input', () => this.at(this.input.valueAsNumber >= this.fits.length ? null : this.input.valueAsNumber));
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.at(null);
    });
    this.input.addEventListener('blur', () => this.at(null));
    this.reset(1);
  }

  /** A new run of `epochs` epochs: nothing to show until its first epoch. */
  reset(epochs: number): void {
    this.fits = [];
    this.epochLoss = [];
    this.epochs = epochs;
    this.shown = null;
    this.refresh();
  }

  /** Epoch `epoch` finished with these curves; epochLoss[k] holds run k's full-data loss after each epoch so far. */
  record(epoch: number, fit: readonly Float64Array[], epochLoss: readonly Float64Array[]): void {
    this.fits[epoch - 1] = fit;
    this.epochLoss = epochLoss;
    if (this.shown === null) this.draw();
    this.refresh();
  }

  /** Shows the curves after `epoch` (within those finished); null returns to the latest. Returns what is shown. */
  at(epoch: number | null): FitShown {
    const done = this.fits.length;
    const next = epoch === null || done === 0 || !Number.isFinite(epoch) ? null : Math.min(done, Math.max(1, Math.round(epoch)));
    // A pointer moving within one epoch asks again and again: the chart redraws only for another epoch.
    if (next !== this.shown) {
      this.shown = next;
      this.draw();
      this.refresh();
    }
    const k = (this.shown ?? this.fits.length) - 1;
    return { epoch: this.shown, fit: this.fits[k] ?? [] };
  }

  private draw(): void {
    const done = this.fits.length;
    if (done === 0) return;
    const e = this.shown ?? done;
    this.show(
      this.fits[e - 1],
      this.epochLoss.map((l) => l[e - 1] ?? Number.NaN),
    );
  }

  private refresh(): void {
    const done = this.fits.length;
    const e = this.shown ?? done;
    this.element.hidden = done === 0;
    this.input.max = String(Math.max(1, done));
    if (document.activeElement !== this.input || this.shown !== null) this.input.value = String(Math.max(1, e));
    this.text.textContent = this.words.fitAfter(Math.max(1, e));
    this.input.setAttribute('aria-valuetext', this.words.epochShown(Math.max(1, e), this.epochs));
  }
}
