import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/core/optimizers/Optimizer.ts';
import { optimizerById, optimizerIds, optimizers } from '../../../src/core/optimizers/registry.ts';

const betas = [0.9, 0.999];

/** The hyperparameters and defaults of the spec (PyTorch's); SGD's lr is PyTorch 2.x's 0.001, momentum 0.9 by choice. */
const specDefaults: Record<string, Record<string, unknown>> = {
  sgd: { lr: 0.001, weight_decay: 0 },
  momentum: { lr: 0.001, momentum: 0.9, dampening: 0, weight_decay: 0 },
  nag: { lr: 0.001, momentum: 0.9, dampening: 0, weight_decay: 0 },
  adagrad: { lr: 0.01, lr_decay: 0, weight_decay: 0, initial_accumulator_value: 0, eps: 1e-10 },
  adadelta: { lr: 1, rho: 0.9, eps: 1e-6, weight_decay: 0 },
  rmsprop: { lr: 0.01, alpha: 0.99, eps: 1e-8, weight_decay: 0, momentum: 0, centered: false },
  adam: { lr: 0.001, betas, eps: 1e-8, weight_decay: 0, amsgrad: false },
  adamw: { lr: 0.001, betas, eps: 1e-8, weight_decay: 0.01, amsgrad: false },
  nadam: { lr: 0.002, betas, eps: 1e-8, weight_decay: 0, momentum_decay: 0.004 },
  radam: { lr: 0.001, betas, eps: 1e-8, weight_decay: 0 },
  adamax: { lr: 0.002, betas, eps: 1e-8, weight_decay: 0 },
};

describe('the optimizer registry', () => {
  it('lists the eleven optimizers in menu order with unique ids', () => {
    expect(optimizerIds).toEqual(['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'adamw', 'nadam', 'radam', 'adamax']);
    expect(new Set(optimizerIds).size).toBe(optimizers.length);
  });

  it('finds optimizers by id and nothing else', () => {
    for (const o of optimizers) expect(optimizerById(o.id)).toBe(o);
    expect(optimizerById('Adam')).toBeUndefined();
    expect(optimizerById('lbfgs')).toBeUndefined();
  });

  it.each(optimizers.map((o) => [o.id, o] as const))('%s declares exactly the spec hyperparameters and defaults', (id, o) => {
    expect(defaultParams(o)).toEqual(specDefaults[id]);
  });

  it.each(optimizers.map((o) => [o.id, o] as const))('%s has a coherent description', (_id, o) => {
    for (const text of [o.name, o.torch, o.summary]) expect(text.trim()).not.toBe('');
    expect(o.torch).toMatch(/^torch\.optim\./);
    const names = o.hyperparameters.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of o.hyperparameters) {
      expect(p.help.trim(), p.name).not.toBe('');
      if (p.kind === 'number') {
        expect(p.default, p.name).toBeGreaterThanOrEqual(p.min);
        expect(p.default, p.name).toBeLessThanOrEqual(p.max);
        expect(p.slider[0], p.name).toBeLessThan(p.slider[1]);
        expect(p.slider[0], p.name).toBeGreaterThanOrEqual(p.min);
        expect(p.slider[1], p.name).toBeLessThanOrEqual(p.max);
        expect(p.log === true, p.name).toBe(p.name === 'lr' || p.name === 'eps');
      }
      if (p.kind === 'pair') {
        for (const b of p.default) expect(b >= p.min && b < p.maxExclusive, p.name).toBe(true);
      }
    }
  });
});
