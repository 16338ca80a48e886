import type { ExperimentStatus } from '../../app/SlopesController.ts';
import type { ExperimentDocument } from '../../core/formats/experiment.ts';
import type { ExperimentDataMessage, ExperimentProgressMessage, RunRequest } from '../../core/mlp/experimentMessages.ts';
import type { Words } from '../../i18n/words.ts';
import type { AppState, RuleSetting } from '../../state/AppState.ts';
import { experimentRuns } from '../../state/experimentRuns.ts';
import { lowest } from '../charts/lowest.ts';
import { ExperimentClient } from './ExperimentClient.ts';
import { ExperimentLegend } from './ExperimentLegend.ts';
import { FitChart } from './FitChart.ts';
import { FitEpochs, type FitShown } from './FitEpochs.ts';
import { LossChart } from './LossChart.ts';
import { ScheduleChart } from '../scheduleChart.ts';
import { runSeries } from './runSeries.ts';
import './panel.css';
import { failureText } from '../failureText.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, part: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (part) node.className = `slopes-experiment__${part}`;
  if (text) node.textContent = text;
  return node;
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/** The status line speaks (aria-live) at most this often while training, and always at the end. */
const SPEAK_MS = 2000;

/** A seed a student has not seen yet, small enough to read out and type back. */
const freshSeed = () => 1 + Math.floor(Math.random() * 999_999);

/**
 * "The 1-20-1 experiment": trains the tutorial's network with every enabled optimizer in a worker
 * and draws the minibatch losses and the fitted curves as the epochs finish.
 */
export class ExperimentPanel {
  readonly element: HTMLElement;
  private readonly getSettings: () => AppState['experiment'];
  private readonly client: ExperimentClient;
  private readonly listeners = new Set<(status: ExperimentStatus) => void>();
  private current: ExperimentStatus;
  private runs: RunRequest[] = [];
  private batchSize: number;
  private readonly words: Words['panel'];
  /** When the status line last changed while training, and the latest full-data loss of each run. */
  private spoken = -Infinity;
  private scores: number[] = [];

  private readonly progressText = el('span', 'epoch');
  private readonly seedText = el('span', 'seed');
  private readonly shapeText = el('span', 'shape');
  private readonly lossCaption = el('figcaption', 'caption');
  private readonly bar = el('div', 'bar');
  private readonly fill = el('div', 'fill');
  private readonly error = el('p', 'error');
  private readonly scaleButtons: HTMLButtonElement[];
  private readonly legend: ExperimentLegend;
  private readonly lossChart: LossChart;
  private readonly lrChart: ScheduleChart;
  private readonly fitChart: FitChart;
  /** The time cursor over the epochs: the fitted curves after any finished epoch. */
  private readonly fitEpochs: FitEpochs;

  /**
   * onSeed(seed): "run again" asks for a new seed through the state, so a link carries it and the run
   * follows. getRules: the rules of "My optimizers", which train beside the optimizers.
   */
  constructor(
    container: HTMLElement,
    private readonly allWords: Words,
    getSettings: () => AppState['experiment'],
    onSeed: (seed: number) => void,
    private readonly getRules: () => readonly RuleSetting[] = () => [],
  ) {
    const w = (this.words = allWords.panel);
    this.client = new ExperimentClient();
    this.getSettings = getSettings;
    this.lossCaption.textContent = w.lossCaptionStep;
    this.legend = new ExperimentLegend(w, (k) => {
      this.lossChart.focus(k);
      this.lrChart.focus(k);
      this.fitChart.focus(k);
    });
    const first = getSettings();
    this.current = { state: 'idle', epoch: 0, epochs: first.epochs, seed: first.seed };
    this.batchSize = first.batchSize;

    const root = el('section', '');
    root.className = 'slopes-experiment';
    const heading = el('h2', 'title', w.title);
    const lede = el('p', 'lede', w.lede);

    this.bar.setAttribute('role', 'progressbar');
    this.bar.setAttribute('aria-label', w.progressLabel);
    // The status line, not the bar, speaks: a screen reader hears progress every few seconds, not every epoch.
    this.progressText.setAttribute('aria-live', 'polite');
    this.bar.setAttribute('aria-valuemin', '0');
    this.bar.append(this.fill);
    const progress = el('div', 'progress');
    progress.append(this.progressText, this.seedText, this.shapeText, this.bar);

    this.error.setAttribute('role', 'alert');
    this.error.hidden = true;

    const again = el('button', 'again', w.runAgain);
    again.type = 'button';
    again.addEventListener('click', () => onSeed(freshSeed()));
    const scale = el('div', 'scale');
    scale.setAttribute('role', 'group');
    scale.setAttribute('aria-label', w.lossAxis);
    scale.append(el('span', 'scale-label', w.lossAxis));
    this.scaleButtons = (['linear', 'log'] as const).map((name) => {
      const b = el('button', 'toggle', w[name]);
      b.type = 'button';
      b.addEventListener('click', () => this.setLog(name === 'log'));
      scale.append(b);
      return b;
    });
    const toolbar = el('div', 'toolbar');
    toolbar.append(again, scale);

    const lossBox = el('div', 'chart');
    const fitBox = el('div', 'chart');
    const lossFigure = el('figure', 'figure');
    // The lr of the scheduled runs, in a strip under their losses.
    const lrBox = el('div', 'lr-strip');
    lossFigure.append(this.lossCaption, lossBox, lrBox);
    const fitFigure = el('figure', 'figure');
    this.fitEpochs = new FitEpochs(allWords.cursor, (fit, scores) => this.fitChart.update(fit, scores));
    fitFigure.append(el('figcaption', 'caption', w.fitCaption), fitBox, this.fitEpochs.element);
    lossBox.addEventListener('pointermove', (e) => this.fitEpochs.at(this.lossChart.epochAt(e.clientX)));
    lossBox.addEventListener('pointerleave', () => this.fitEpochs.at(null));

    const legendCaption = el('p', 'caption', w.legendCaption);
    root.append(heading, lede, progress, toolbar, this.error, legendCaption, this.legend.element, lossFigure, fitFigure);
    container.append(root);
    this.element = root;
    this.lossChart = new LossChart(lossBox, w);
    this.lrChart = new ScheduleChart(lrBox, w);
    this.fitChart = new FitChart(fitBox, w);
    this.setLog(false);
    this.render();
  }

  /** Trains the settings' runs with this seed (the settings' seed if none) and resolves to the complete document. */
  run(seed: number = this.getSettings().seed): Promise<ExperimentDocument> {
    const settings = this.getSettings();
    const { epochs, batchSize, points, noise } = settings;
    this.runs = experimentRuns({ experiment: settings, rules: [...this.getRules()] });
    this.batchSize = batchSize;
    if (this.runs.length === 0) {
      this.client.cancel('superseded by a newer run');
      this.setStatus({ state: 'error', epoch: 0, epochs, seed, error: this.words.noRuns });
      return Promise.reject(new Error(this.words.noRuns));
    }
    const mixed = this.runs.some((r) => r.batchSize !== undefined && r.batchSize !== batchSize);
    this.shapeText.textContent = mixed ? this.words.shapeMixed(points, noise) : this.words.shape(batchSize, points, noise);
    this.scores = [];
    this.setStatus({ state: 'running', epoch: 0, epochs, seed });
    const done = this.client.run(
      { seed, runs: this.runs, epochs, batchSize, points, noise },
      {
        data: (m) => this.start(m),
        progress: (m) => this.advance(m),
      },
    );
    done.then(
      () => this.setStatus({ ...this.current, state: 'done' }),
      (e: unknown) => {
        if (!isAbort(e)) this.setStatus({ ...this.current, state: 'error', error: failureText(e, this.allWords) });
      },
    );
    return done;
  }

  /** Picks out one optimizer's curves (a legend row beside the map is hovered); null shows all alike. */
  highlight(optimizer: string | null): void {
    const k = optimizer === null ? -1 : this.runs.findIndex((r) => r.optimizer === optimizer);
    this.lossChart.focus(k < 0 ? null : k);
    this.lrChart.focus(k < 0 ? null : k);
    this.fitChart.focus(k < 0 ? null : k);
  }

  /** The fitted curves after `epoch` (null: the latest), as hovering the loss chart shows them. */
  showEpoch(epoch: number | null): FitShown {
    return this.fitEpochs.at(epoch);
  }

  status(): ExperimentStatus {
    return { ...this.current };
  }

  /** Calls cb on every change of status; returns the unsubscribe function. */
  onStatus(cb: (status: ExperimentStatus) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  destroy(): void {
    this.client.cancel('the experiment panel was closed');
    this.lossChart.destroy();
    this.lrChart.destroy();
    this.fitChart.destroy();
    this.listeners.clear();
    this.element.remove();
  }

  private start(m: ExperimentDataMessage): void {
    const series = runSeries(this.runs, this.batchSize, this.allWords);
    this.legend.reset(series);
    this.lossChart.reset(series, m.epochs, m.runBatches);
    this.lossCaption.textContent = this.lossChart.axisUnit === 'step' ? this.words.lossCaptionStep : this.words.lossCaptionEpoch;
    const scheduled = series.map((s, k) => ({ label: s.label, color: s.color, scheduled: !!this.runs[k].schedule }));
    this.lrChart.reset(scheduled, m.epochs * m.batchesPerEpoch, this.lossChart.axisUnit === 'step');
    this.fitChart.reset(series, m.x, m.y, m.fitX);
    this.fitEpochs.reset(m.epochs);
    this.setStatus({ ...this.current, epochs: m.epochs });
  }

  private advance(m: ExperimentProgressMessage): void {
    this.lossChart.update(m.batchLoss);
    this.lrChart.update(m.lr);
    this.scores = m.epochLoss.map((l) => (l.length ? l[l.length - 1] : NaN));
    this.fitEpochs.record(m.epoch, m.fit, m.epochLoss);
    this.legend.update(m.epochLoss);
    this.setStatus({ ...this.current, epoch: m.epoch, epochs: m.epochs });
  }

  private setLog(log: boolean): void {
    this.lossChart.setLog(log);
    this.scaleButtons.forEach((b, i) => b.setAttribute('aria-pressed', String(i === 1 ? log : !log)));
  }

  private setStatus(status: ExperimentStatus): void {
    this.current = status;
    this.render();
    for (const cb of this.listeners) cb(this.status());
  }

  private render(): void {
    const w = this.words;
    const { state, epoch, epochs, seed, error } = this.current;
    const progress = w.epochOf(epoch, epochs);
    const best = lowest(this.scores);
    const line =
      state === 'idle' ? w.notRun : state === 'done' ? `${progress} · ${best < 0 ? w.done : w.finished(this.runLabel(best), w.value(this.scores[best]))}` : progress;
    const now = performance.now();
    if (state !== 'running' || epoch === 0 || now - this.spoken >= SPEAK_MS) {
      if (this.progressText.textContent !== line) this.progressText.textContent = line;
      this.spoken = state === 'running' ? now : -Infinity;
    }
    this.seedText.textContent = w.seed(seed);
    this.bar.setAttribute('aria-valuemax', String(epochs));
    this.bar.setAttribute('aria-valuenow', String(epoch));
    this.bar.setAttribute('aria-valuetext', progress);
    this.fill.style.width = `${(100 * epoch) / epochs}%`;
    this.error.hidden = state !== 'error';
    this.error.textContent = state !== 'error' ? '' : error === w.noRuns ? w.noRuns : w.stopped(error ?? '');
    this.element.classList.toggle('slopes-experiment--running', state === 'running');
    this.element.classList.toggle('slopes-experiment--error', state === 'error');
  }

  private runLabel(k: number): string {
    return runSeries(this.runs, this.batchSize, this.allWords)[k]?.label ?? '';
  }
}
