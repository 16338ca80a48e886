import { optimizers } from '../../core/optimizers/registry.ts';
import { schedules } from '../../core/schedules/registry.ts';
import { surfaces } from '../../core/surfaces/registry.ts';
import { FORMULA_LESSON } from '../../core/expr/FormulaSurface.ts';
import { DIRECTIONS_LESSON } from '../../core/mlp/directionsSurface.ts';
import { SLICE_LESSON } from '../../core/mlp/sliceSurface.ts';

/**
 * The surfaces' and optimizers' names as a reader sees them, by registry id. Optimizer names are the
 * ones PyTorch users write, so both languages keep them. The English lessons and meanings are the
 * declarations' own (one copy, also the CLI's); the Chinese catalogue writes each of them.
 */
export const declarations = {
  surfaceNames: {
    rosenbrock: 'Rosenbrock',
    saddle: 'Saddle',
    quadratic: 'Ill-conditioned bowl',
    beale: 'Beale',
    himmelblau: 'Himmelblau',
    rastrigin: 'Rastrigin',
    ackley: 'Ackley',
    booth: 'Booth',
    monkey_saddle: 'Monkey saddle',
    six_hump_camel: 'Six-hump camel',
    goldstein_price: 'Goldstein–Price',
    'mlp-slice': 'Network loss over two weights',
    'mlp-directions': 'Network loss over a random plane',
    custom: 'Your function',
  } as Record<string, string>,
  optimizerNames: {
    sgd: 'SGD',
    momentum: 'Momentum',
    nag: 'Nesterov (NAG)',
    adagrad: 'Adagrad',
    adadelta: 'Adadelta',
    rmsprop: 'RMSprop',
    adam: 'Adam',
    adamw: 'AdamW',
    nadam: 'NAdam',
    radam: 'RAdam',
    adamax: 'Adamax',
  } as Record<string, string>,
  /** The network surfaces' loss in words (they have no formula-language form): the core's own sentence. */
  networkFormula: (_id: string, core: string) => core,
  /** What each surface teaches, by surface id: every surface the state allows. */
  surfaceLessons: {
    ...Object.fromEntries(surfaces.map((s) => [s.id, s.lesson])),
    'mlp-slice': SLICE_LESSON,
    'mlp-directions': DIRECTIONS_LESSON,
    custom: FORMULA_LESSON,
  } as Record<string, string>,
  /** What each optimizer does, in plain words for a student, by optimizer id. */
  optimizerSentences: {
    sgd: 'Steps straight downhill each time: big steps where the slope is steep, tiny ones where it is flat.',
    momentum: 'Keeps a running velocity, so steps grow along a steady slope and oscillations across a ravine cancel.',
    nag: 'Like momentum, but it measures the slope where its velocity is taking it, so it brakes before it overshoots.',
    adagrad: 'Gives each direction its own step size, shrinking it where the slope has been steep so far; steps only ever get smaller.',
    adadelta: 'Like RMSprop, but it sizes its steps by its own recent steps, so it hardly needs a learning rate.',
    rmsprop: 'Divides each step by the recent size of the gradient, so steep and flat directions move at similar speeds; old gradients are forgotten.',
    adam: 'Momentum plus RMSprop’s per-direction scaling, both corrected for starting at zero: the usual default.',
    adamw: 'Adam with weight decay applied straight to the weights, so the adaptive scaling does not weaken the regularization.',
    nadam: 'Adam with Nesterov’s look-ahead: it applies the momentum it is about to have, reacting a little sooner.',
    radam: 'Adam that starts cautiously: plain momentum steps until it has seen enough gradients to trust its per-direction scaling.',
    adamax: 'Adam that scales its steps by the largest recent gradient instead of an average, which keeps every step bounded.',
  } as Record<string, string>,
  /** Each hyperparameter's one-line meaning, by optimizer id and PyTorch name. */
  paramMeanings: Object.fromEntries(optimizers.map((o) => [o.id, Object.fromEntries(o.hyperparameters.map((p) => [p.name, p.help]))])) as Record<
    string,
    Record<string, string>
  >,
  /** What each lr schedule does, by its PyTorch class name. */
  scheduleMeanings: Object.fromEntries(schedules.map((s) => [s.type, s.summary])) as Record<string, string>,
  /** Each schedule argument's one-line meaning, by class name and PyTorch name. */
  scheduleParamMeanings: Object.fromEntries(schedules.map((s) => [s.type, Object.fromEntries(s.parameters.map((p) => [p.name, p.help]))])) as Record<
    string,
    Record<string, string>
  >,
};
