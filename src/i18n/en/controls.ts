import type { ExprAdvice, ExprProblem } from '../../core/expr/ExprError.ts';
import { shownText } from '../../core/expr/shownText.ts';
import { LANG_TAGS } from '../Lang.ts';
import { plainNumber } from '../plainNumber.ts';

const format = plainNumber(LANG_TAGS.en);
const plural = new Intl.PluralRules(LANG_TAGS.en);
const count = (n: number, one: string, other: string) => `${format(n)} ${plural.select(n) === 'one' ? one : other}`;

/** The control panel: folder names, labels, their one-line meanings, options, buttons and the formula field. */
export const controls = {
  title: 'Controls: surface, optimizers, start, view',
  folders: {
    surface: 'Surface',
    network: 'Network slice',
    optimizers: 'Optimizers',
    start: 'Start and motion',
    view: 'View',
    experiment: 'Experiment panel',
    scheduleArguments: 'schedule arguments',
    instruments: 'Instruments and tools',
  },
  labels: {
    surface: 'surface',
    weightX: 'weight → x',
    weightY: 'weight → y',
    snapshot: 'frozen at',
    directionsSeed: 'directions seed',
    batch: 'minibatch (0 = all)',
    noise: 'gradient noise σ',
    startX: 'start x',
    startY: 'start y',
    speed: 'steps per frame',
    trail: 'trail length',
    particles: 'balls per optimizer',
    spread: 'swarm spread',
    layout: 'swarm starts',
    gradient: 'show −gradient',
    update: 'show update',
    stretch: 'stretch to fill',
    batchSize: 'batch size',
    anyBatchSize: '… any batch size',
    epochs: 'epochs',
    points: 'points',
    labelNoise: 'label noise σ',
    seed: 'seed',
    enabled: 'on',
    schedule: 'lr schedule',
    interval: 'steps every',
  },
  /** One line on what each control does, shown as its tooltip and read as its description. */
  hints: {
    surface: 'The loss surface the balls roll down.',
    weightX: 'The network weight drawn along the horizontal axis; all others stay frozen.',
    weightY: 'The network weight drawn along the vertical axis.',
    snapshot: 'The trained network the slice is cut through: untrained, or an optimizer after some epochs.',
    directionsSeed: 'Seed of the two random directions the plane spans.',
    batch: 'Points in each gradient’s minibatch; 0 uses all the points (full batch).',
    noise: 'Standard deviation of the noise added to every gradient, as a minibatch would.',
    startX: 'Where the balls start, horizontally.',
    startY: 'Where the balls start, vertically.',
    speed: 'Optimizer steps taken per animation frame.',
    trail: 'How many past steps each ball’s trail shows.',
    particles: 'A swarm of balls per optimizer instead of one.',
    spread: 'How far the swarm’s balls start from the start point.',
    layout: 'How the swarm’s starts are laid out.',
    gradient: 'Draws the negative gradient (steepest descent) at each ball.',
    update: 'Draws each ball’s actual next step.',
    stretch: 'Fills the map’s box instead of keeping x and y at the same scale.',
    batchSize: 'Examples per minibatch: 1 is SGD, all of them is full-batch gradient descent.',
    anyBatchSize: 'Any other batch size.',
    epochs: 'Passes over the whole data set.',
    points: 'Size of the training data set.',
    labelNoise: 'Noise on the training labels.',
    seed: 'Seed of the data, the initial weights and the minibatch order.',
    enabled: 'Whether this optimizer runs.',
    interval: 'epoch: scheduler.step() once per epoch (fed the epoch loss); batch: after every minibatch',
    scheduleMap:
      'A learning-rate schedule (torch.optim.lr_scheduler), stepped after every update; the race restarts. ' +
      'The race never ends: OneCycleLR keeps its last lr (and momentum) after total_steps.',
    scheduleExperiment: 'A learning-rate schedule (torch.optim.lr_scheduler), stepped after every minibatch or every epoch.',
    resetView: 'Back to the surface’s own view.',
    section: 'Shows or folds this section beside the map, as its own heading does.',
    ownRuns: 'Drops the preset’s own runs and trains the optimizers below.',
    run: 'Trains every chosen optimizer on the data set.',
  },
  options: {
    layouts: { cloud: 'a cloud around the start', grid: 'a grid over the view' },
    batchChoices: { 1: '1 = SGD', 32: '32 = the tutorial', 1000: '1000 = full-batch GD' } as Record<number, string>,
    snapshotInit: 'init: untrained',
    snapshot: (optimizer: string, epochs: number) => `${optimizer} after ${count(epochs, 'epoch', 'epochs')}`,
    scheduleNone: 'none',
    intervals: { epoch: 'epoch', batch: 'batch' },
  },
  buttons: {
    resetView: 'reset view (Z)',
    ownRuns: 'train the optimizers below instead of the preset’s runs',
    run: '▶ Run the experiment',
  },
  /** What a screen reader says for a number control's value (aria-valuetext). */
  values: {
    plain: (n: number) => format(n),
    speed: (n: number) => count(n, 'step per frame', 'steps per frame'),
    trail: (n: number) => count(n, 'step', 'steps'),
    particles: (n: number) => count(n, 'ball per optimizer', 'balls per optimizer'),
    batch: (n: number) => (n === 0 ? 'all the points (full batch)' : count(n, 'point per minibatch', 'points per minibatch')),
    batchSize: (n: number) => count(n, 'example per minibatch', 'examples per minibatch'),
    epochs: (n: number) => count(n, 'epoch', 'epochs'),
    points: (n: number) => count(n, 'point', 'points'),
    steps: (n: number) => count(n, 'step', 'steps'),
  },
  formula: {
    label: 'f(x, y) =',
    placeholder: 'e.g. x^2 + 3*sin(y)',
    help: 'Type a function of x and y, then Enter: + − * / ^, sqrt exp log sin cos tan tanh abs min max, pi, e',
    keepsPrevious: ' (the map keeps the previous function)',
    /** "unexpected ')' at column 17 — write * to multiply": the same sentence the CLI prints. */
    error: (problem: ExprProblem, advice: ExprAdvice | undefined, column: number) => `${reason(problem)} at column ${column}${hint(advice)}`,
  },
};

function reason(p: ExprProblem): string {
  switch (p.code) {
    case 'unexpected':
      return `unexpected ${shownText(p.token)}`;
    case 'nesting':
      return `nested more than ${p.limit} levels deep`;
    case 'tooLong':
      return `longer than ${p.limit} characters`;
    case 'empty':
      return 'empty: type a function of x and y, for example x^2 + 3*sin(y)';
    case 'unknownName':
      return `unknown name '${p.name}'`;
    case 'unknownFunction':
      return `unknown function '${p.name}'`;
    case 'arity':
      return `${p.name} takes ${p.wanted} argument${p.wanted === 1 ? '' : 's'}, got ${p.got}`;
    case 'functionAsName':
      return `'${p.name}' is a function: write ${p.name}(…)`;
  }
}

function hint(a: ExprAdvice | undefined): string {
  switch (a?.code) {
    case undefined:
      return '';
    case 'multiply':
      return ' — write * to multiply';
    case 'close':
      return a.fn === null ? " — expected ')'" : ` — expected ')' to close ${a.fn}(`;
    case 'operand':
      return ' — expected a number, a name or (';
    case 'didYouMean':
      return ` — did you mean '${a.name}'?`;
    case 'formulaNames':
      return ' (a formula uses x, y, pi and e)';
    case 'knownFunctions':
      return ` (known: ${a.names.join(', ')})`;
  }
}
