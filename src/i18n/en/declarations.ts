/**
 * The surfaces' and optimizers' names as a reader sees them, by registry id. Optimizer names are the
 * ones PyTorch users write, so both languages keep them.
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
};
