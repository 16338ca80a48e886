/**
 * Rules to start from: the seven optimizers of the tutorial as a student writes them (each
 * reproduces its built-in twin, `twin`, with PyTorch's names and defaults; Adam's `betas` become
 * beta1 and beta2), and four methods torch.optim lacks. A param named `momentum` is the one a
 * schedule may cycle.
 */
export interface GalleryRule {
  readonly id: string;
  readonly text: string;
  /** The built-in optimizer the rule reproduces, if any. */
  readonly twin: string | null;
}

export const gallery: readonly GalleryRule[] = [
  {
    id: 'sgd',
    twin: 'sgd',
    text: `# SGD
param lr = 0.001
x = x - lr*g
`,
  },
  {
    id: 'momentum',
    twin: 'momentum',
    text: `# Momentum, as torch.optim.SGD keeps it
param lr = 0.001
param momentum = 0.9
state b = 0
b = momentum*b + g
x = x - lr*b
`,
  },
  {
    id: 'nag',
    twin: 'nag',
    text: `# Nesterov momentum, as torch.optim.SGD(nesterov=True) rewrites it
param lr = 0.001
param momentum = 0.9
state b = 0
b = momentum*b + g
x = x - lr*(g + momentum*b)
`,
  },
  {
    id: 'adagrad',
    twin: 'adagrad',
    text: `# Adagrad
param lr = 0.01
param lr_decay = 0
param initial_accumulator_value = 0
param eps = 1e-10
state s = initial_accumulator_value
s = s + g^2
x = x - lr/(1 + (t - 1)*lr_decay)*g/(sqrt(s) + eps)
`,
  },
  {
    id: 'adadelta',
    twin: 'adadelta',
    text: `# Adadelta
param lr = 1
param rho = 0.9
param eps = 1e-6
state v = 0
state u = 0
v = rho*v + (1 - rho)*g^2
d = sqrt(u + eps)/sqrt(v + eps)*g
u = rho*u + (1 - rho)*d^2
x = x - lr*d
`,
  },
  {
    id: 'rmsprop',
    twin: 'rmsprop',
    text: `# RMSprop
param lr = 0.01
param alpha = 0.99
param eps = 1e-8
state v = 0
v = alpha*v + (1 - alpha)*g^2
x = x - lr*g/(sqrt(v) + eps)
`,
  },
  {
    id: 'adam',
    twin: 'adam',
    text: `# Adam, as a student writes it
param lr = 0.001
param beta1 = 0.9
param beta2 = 0.999
param eps = 1e-8
state m = 0
state v = 0
m = beta1*m + (1 - beta1)*g
v = beta2*v + (1 - beta2)*g^2
x = x - lr*(m/(1 - beta1^t))/(sqrt(v/(1 - beta2^t)) + eps)
`,
  },
  {
    id: 'lion',
    twin: null,
    text: `# Lion (Chen et al., 2023)
param lr = 0.0001
param beta1 = 0.9
param beta2 = 0.99
param weight_decay = 0
state m = 0
c = beta1*m + (1 - beta1)*g
x = x - lr*(sign(c) + weight_decay*x)
m = beta2*m + (1 - beta2)*g
`,
  },
  {
    id: 'adabelief',
    twin: null,
    text: `# AdaBelief (Zhuang et al., 2020)
param lr = 0.001
param beta1 = 0.9
param beta2 = 0.999
param eps = 1e-8
state m = 0
state s = 0
m = beta1*m + (1 - beta1)*g
s = beta2*s + (1 - beta2)*(g - m)^2 + eps
x = x - lr*(m/(1 - beta1^t))/(sqrt(s/(1 - beta2^t)) + eps)
`,
  },
  {
    id: 'signum',
    twin: null,
    text: `# Signum: signSGD with momentum (Bernstein et al., 2018)
param lr = 0.001
param momentum = 0.9
state m = 0
m = momentum*m + (1 - momentum)*g
x = x - lr*sign(m)
`,
  },
  {
    id: 'nesterov-sutskever',
    twin: null,
    text: `# Nesterov as Sutskever et al. (2013) write it: the gradient at the look-ahead point
param lr = 0.001
param momentum = 0.9
state v = 0
v = momentum*v - lr*grad(x + momentum*v)
x = x + v
`,
  },
];
