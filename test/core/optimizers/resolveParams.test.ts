import { describe, expect, it } from 'vitest';
import { adam } from '../../../src/core/optimizers/adam.ts';
import { momentum } from '../../../src/core/optimizers/momentum.ts';
import { nag } from '../../../src/core/optimizers/nag.ts';
import { adadelta } from '../../../src/core/optimizers/adadelta.ts';
import type { Optimizer } from '../../../src/core/optimizers/Optimizer.ts';
import { resolveParams } from '../../../src/core/optimizers/resolveParams.ts';
import { rmsprop } from '../../../src/core/optimizers/rmsprop.ts';
import { sgd } from '../../../src/core/optimizers/sgd.ts';

function errorOf(optimizer: Optimizer, input: unknown): string {
  const r = resolveParams(optimizer, input);
  if (r.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
  return r.error;
}

describe('resolveParams', () => {
  it('fills missing hyperparameters with the defaults', () => {
    expect(resolveParams(adam, { lr: 0.05 })).toEqual({
      ok: true,
      params: { lr: 0.05, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, amsgrad: false },
    });
    expect(resolveParams(sgd, {})).toEqual({ ok: true, params: { lr: 0.001, weight_decay: 0 } });
    expect(resolveParams(sgd, undefined)).toEqual({ ok: true, params: { lr: 0.001, weight_decay: 0 } });
  });

  it('accepts the edges PyTorch accepts', () => {
    expect(resolveParams(adam, { lr: 0, eps: 0, betas: [0, 0.5] }).ok).toBe(true);
    expect(resolveParams(adadelta, { rho: 1 }).ok).toBe(true);
    expect(resolveParams(rmsprop, { centered: true, momentum: 0.9 }).ok).toBe(true);
  });

  it("copies a given pair instead of keeping the caller's array", () => {
    const betas = [0.8, 0.99];
    const r = resolveParams(adam, { betas });
    if (!r.ok) throw new Error(r.error);
    betas[0] = 0.1;
    expect(r.params.betas).toEqual([0.8, 0.99]);
  });

  it('rejects an unknown name and lists the allowed ones', () => {
    expect(errorOf(sgd, { lr: 0.1, momentum: 0.9 })).toBe('sgd: unknown parameter "momentum" (allowed: lr, weight_decay)');
  });

  it('rejects wrong types', () => {
    expect(errorOf(adam, { lr: '0.1' })).toBe('adam: "lr" must be a number >= 0, got "0.1"');
    expect(errorOf(adam, { amsgrad: 1 })).toBe('adam: "amsgrad" must be true or false, got 1');
    expect(errorOf(adam, { betas: 0.9 })).toBe('adam: "betas" must be a pair of numbers in [0, 1), got 0.9');
    expect(errorOf(adam, { betas: [0.9] })).toBe('adam: "betas" must be a pair of numbers in [0, 1), got [0.9]');
    expect(errorOf(adam, { betas: [0.9, '0.99'] })).toBe('adam: "betas" must be a pair of numbers in [0, 1), got [0.9, "0.99"]');
    expect(errorOf(adam, { lr: null })).toBe('adam: "lr" must be a number >= 0, got null');
  });

  it('rejects non-finite numbers', () => {
    expect(errorOf(adam, { lr: Infinity })).toBe('adam: "lr" must be a number >= 0, got Infinity');
    expect(errorOf(adam, { eps: NaN })).toBe('adam: "eps" must be a number >= 0, got NaN');
    expect(errorOf(adam, { betas: [0.9, NaN] })).toBe('adam: "betas" must be a pair of numbers in [0, 1), got [0.9, NaN]');
  });

  it('rejects values out of range', () => {
    expect(errorOf(adam, { betas: [0.9, 1.2] })).toBe('adam: "betas" must be a pair of numbers in [0, 1), got [0.9, 1.2]');
    expect(errorOf(adam, { betas: [0.9, 1] })).toBe('adam: "betas" must be a pair of numbers in [0, 1), got [0.9, 1]');
    expect(errorOf(adam, { weight_decay: -0.1 })).toBe('adam: "weight_decay" must be a number >= 0, got -0.1');
    expect(errorOf(adadelta, { rho: 1.5 })).toBe('adadelta: "rho" must be a number in [0, 1], got 1.5');
    expect(errorOf(momentum, { momentum: 0 })).toBe('momentum: "momentum" must be a number > 0, got 0');
  });

  it('rejects input that is not an object', () => {
    expect(errorOf(adam, [0.1])).toBe('adam: parameters must be an object of name: value, got [0.1]');
    expect(errorOf(adam, null)).toBe('adam: parameters must be an object of name: value, got null');
    expect(errorOf(adam, 'lr=0.1')).toBe('adam: parameters must be an object of name: value, got "lr=0.1"');
  });

  it('rejects Nesterov without momentum or with dampening, naming both fields', () => {
    expect(resolveParams(nag, { momentum: 0.5, dampening: 0 }).ok).toBe(true);
    expect(errorOf(nag, { dampening: 0.1 })).toBe('nag: Nesterov needs "momentum" > 0 and "dampening" = 0, got momentum 0.9, dampening 0.1');
    expect(errorOf(nag, { momentum: 0 })).toBe('nag: Nesterov needs "momentum" > 0 and "dampening" = 0, got momentum 0, dampening 0');
  });
});
