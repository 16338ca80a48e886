/** The functions a rule may call; `grad(E)` is the gradient at the points E. */
export const RULE_FUNCTIONS = ['sqrt', 'exp', 'log', 'abs', 'sign', 'min', 'max', 'grad'] as const;

/** What the built-in names mean, for messages. */
export const BUILT_IN: Readonly<Record<string, string>> = {
  x: 'the coordinate',
  g: 'the gradient at the start of the step',
  t: 'the step number',
};

export const KEYWORDS = ['param', 'state'] as const;

/**
 * The hyperparameter a schedule replaces each step: `lr` always (it must be a param), and a param
 * named `momentum`, which is what PyTorch's OneCycleLR and CyclicLR cycle in a param group.
 */
export const LIVE_LR = 'lr';
export const LIVE_MOMENTUM = 'momentum';
