import type { RuleFailure } from '../../core/rules/RuleError.ts';

/** Words of "My optimizers": the editor of update rules typed in the rule language. */
export const rules = {
  title: 'My optimizers',
  intro: 'Type an update rule and it races beside the built-ins. Ctrl+Enter applies it; Tab leaves the field.',
  startFrom: 'start from',
  add: 'add a rule',
  addHint: 'Adds the rule chosen above as a new ball (at most four)',
  full: (n: number) => `${n} rules race already: remove one to add another`,
  /** A rule's folder and field, when its text has no first comment line naming it. */
  rule: (n: number) => `Rule ${n}`,
  textLabel: (name: string) => `Update rule: ${name}`,
  apply: 'apply (Ctrl+Enter)',
  remove: 'remove this rule',
  params: 'params',
  /** Where the mistake is and what it is: the core's own sentence, as the CLI prints it. */
  error: (error: RuleFailure) => error.message,
  keepsPrevious: ' (the previous version keeps racing)',
  math: 'The rule as math, one line per step',
  /** The button that puts the rule's torch.optim.Optimizer subclass on the clipboard. */
  copyClass: 'Copy as PyTorch class',
  copied: (cls: string) => `Copied: the class ${cls} (a torch.optim.Optimizer) is on the clipboard.`,
  copyFallback: (cls: string) => `The browser kept the clipboard closed: select and copy the class ${cls} from this field.`,
  /** Above a rule's schedule menu: what the schedule sets. */
  scheduleHint: "The schedule sets this rule's lr param after every update, on the map and in the experiment panel.",
  /** A statement read aloud: "m becomes beta1 times m plus …". */
  becomes: (target: string, rhs: string) => `${target} becomes ${rhs}`,
  /** The gallery's rules by id: the tutorial's seven and four methods torch.optim lacks. */
  gallery: {
    sgd: 'SGD',
    momentum: 'Momentum',
    nag: 'Nesterov (as PyTorch writes it)',
    adagrad: 'Adagrad',
    adadelta: 'Adadelta',
    rmsprop: 'RMSprop',
    adam: 'Adam',
    lion: 'Lion',
    adabelief: 'AdaBelief',
    signum: 'Signum',
    'nesterov-sutskever': 'Nesterov (as Sutskever writes it)',
  },
};
