import { describe, expect, it } from 'vitest';
import { resolveRunOptimizer } from '../../../src/core/formats/runOptimizer.ts';
import { adam } from '../../../src/core/optimizers/adam.ts';
import { gallery } from '../../../src/core/rules/gallery.ts';

const LION = gallery.find((r) => r.id === 'lion')!.text;

describe('resolveRunOptimizer', () => {
  it('finds a built-in by id', () => {
    expect(resolveRunOptimizer({ optimizer: 'adam' }, 'runs[0]')).toBe(adam);
  });

  it('compiles a rule, named by the run or else by its first comment line', () => {
    const named = resolveRunOptimizer({ optimizer: 'rule-2', rule: LION }, 'runs[1]');
    expect([named.id, named.name]).toEqual(['rule-2', 'Lion (Chen et al., 2023)']);
    expect(named.hyperparameters.map((p) => p.name)).toEqual(['lr', 'beta1', 'beta2', 'weight_decay']);
    expect(resolveRunOptimizer({ rule: LION }, 'runs[1]').id).toBe('rule-lion-chen-et-al-2023');
  });

  it('names the field of each mistake', () => {
    expect(() => resolveRunOptimizer({}, 'runs[3]')).toThrow('runs[3].optimizer: required (or runs[3].rule with an update rule)');
    expect(() => resolveRunOptimizer({ optimizer: 'adamm' }, 'runs[3]')).toThrow(/^runs\[3\]\.optimizer: unknown optimizer "adamm"/);
    expect(() => resolveRunOptimizer({ optimizer: 'sgd', rule: LION }, 'runs[3]')).toThrow(/^runs\[3\]\.optimizer: "sgd" is a built-in optimizer/);
    expect(() => resolveRunOptimizer({ rule: 'param lr = 1\nx = x - lr*g +' }, 'runs[3]')).toThrow(/^runs\[3\]\.rule: line 2, column \d+: /);
  });
});
