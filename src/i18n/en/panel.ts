import { LANG_TAGS } from '../Lang.ts';

const int = new Intl.NumberFormat(LANG_TAGS.en, { maximumFractionDigits: 0 });
const fixed = new Intl.NumberFormat(LANG_TAGS.en, { maximumSignificantDigits: 4 });
const tiny = new Intl.NumberFormat(LANG_TAGS.en, { notation: 'scientific', maximumSignificantDigits: 4 });
/** A loss or lr as a reader wants it: four significant digits, scientific far from 1. */
const value = (v: number) => (!Number.isFinite(v) ? '—' : v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6) ? tiny.format(v) : fixed.format(v));
const count = (n: number, one: string, many: string) => `${int.format(n)} ${n === 1 ? one : many}`;

/** Words of the experiment panel and of every chart: the step chart under the map, the panel's charts, the lr strips. */
export const panel = {
  value,
  integer: (n: number) => int.format(n),
  title: 'The 1-20-1 experiment',
  lede: 'Each run trains its own copy of the network on the same shuffled data.',
  noRuns: 'Enable at least one optimizer to run the experiment.',
  stopped: (error: string) => `The experiment stopped: ${error}`,
  progressLabel: 'epochs finished',
  notRun: 'not run yet',
  epochOf: (epoch: number, epochs: number) => `epoch ${int.format(epoch)} of ${int.format(epochs)}`,
  done: 'done',
  finished: (best: string, loss: string) => `done; lowest loss: ${best} ${loss}`,
  seed: (seed: number) => `seed ${seed}`,
  shape: (batch: number, points: number, noise: number) => `batches of ${int.format(batch)} · ${int.format(points)} points · noise σ ${noise}`,
  shapeMixed: (points: number, noise: number) => `batch sizes as named · ${int.format(points)} points · noise σ ${noise}`,
  runLabel: (name: string, batch: number) => `${name} · batch ${int.format(batch)}`,
  runAgain: 'Run again (new seed)',
  lossAxis: 'loss axis',
  linear: 'linear',
  log: 'log',
  lossCaptionStep: 'Loss of each minibatch, before the step it drives',
  lossCaptionEpoch: 'Loss of each minibatch against epochs: smaller batches take more, noisier steps per epoch',
  fitCaption: 'The data (y = x² + noise) and each network’s current fit',
  legendCaption: 'Loss on all the data after the latest epoch (hover: pick out)',
  legendValueTitle: 'mean squared error on all the data after the latest epoch',
  diverged: 'diverged',
  step: 'step',
  epoch: 'epoch',
  // The chart's caption says whose loss: a longer title does not fit beside a chart this short.
  lossTitle: 'loss',
  data: 'data',
  lr: 'lr',
  lossLog: 'loss (log)',
  lossLogScale: 'loss (log scale)',
  lossSymlog: 'loss (symlog)',
  lossSymlogScale: 'loss (symmetric log)',
  stepChartName: 'Loss against step for the balls on the map',
  lossChartName: 'Minibatch loss of each run',
  fitChartName: 'The data and each network’s fitted curve',
  lrChartName: 'Learning rate of each scheduled run',
  noData: 'Nothing drawn yet.',
  /** "Loss of 7 optimizers over 1,200 steps; lowest: Adam 0.0031." */
  lossSummary: (curves: number, span: number, perEpoch: boolean, best: string, loss: string) =>
    `Loss of ${count(curves, 'optimizer', 'optimizers')} over ${count(span, perEpoch ? 'epoch' : 'step', perEpoch ? 'epochs' : 'steps')}; lowest: ${best} ${loss}.`,
  fitSummary: (points: number, curves: number, best: string, loss: string) =>
    `${count(points, 'data point', 'data points')} and ${count(curves, 'fitted curve', 'fitted curves')}; closest to the data: ${best} (loss ${loss}).`,
  lrSummary: (runs: number, steps: number, lo: string, hi: string) =>
    `Learning rate of ${count(runs, 'scheduled run', 'scheduled runs')} over ${count(steps, 'step', 'steps')}, between ${lo} and ${hi}.`,
  dataTable: 'Data table',
  tableCaption: (name: string, rows: number, total: number) => `${name}: ${count(rows, 'row', 'rows')} sampled from ${int.format(total)}`,
  listen: 'Listen',
  stop: 'Stop',
  curveToHear: 'curve to listen to',
  playing: (name: string) => `Playing ${name}: the higher the pitch, the higher the value.`,
  noSound: 'This browser cannot play sound.',
};
