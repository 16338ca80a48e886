import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { torchRules } from '../../../src/core/formats/torchRules.ts';
import { parseRule } from '../../../src/core/rules/parseRule.ts';
import { RULE_HELPERS, ruleClass, toPyTorch } from '../../../src/core/rules/toPyTorch.ts';

const rule = (name: string | null) => `${name === null ? '' : `# ${name}\n`}param lr = 0.1\nparam lambda = 2\nx = x - lr*lambda*g`;

describe('torchRules', () => {
  it('has nothing to define without rules', () => {
    expect(torchRules([], ['X']).source).toEqual([]);
  });

  it('names each class after its rule, numbering a name taken by an earlier class, by the script or by Python', () => {
    const texts = [rule(null), rule('x'), rule(null).replace('0.1', '0.2'), rule('None'), rule('X')];
    const rules = torchRules(texts, ['X', 'STEPS']);
    const classes = rules.source.join('\n').match(/^class (\w+)\(torch\.optim\.Optimizer\):$/gm);
    expect(classes).toEqual(['Rule', 'X2', 'Rule2', 'None2', 'X3'].map((c) => `class ${c}(torch.optim.Optimizer):`));
    expect(rules.call(texts[1], { lr: 0.5 }, 'params')).toBe('X2(params, lr=0.5, lambda_=2.0)');
    expect(rules.call(texts[2], {}, 'ps')).toBe('Rule2(ps, lr=0.2, lambda_=2.0)');
  });

  it('defines the same text once, and each class as `rule --pytorch` prints it, after the helpers once', () => {
    const text = rule('Mine');
    const source = torchRules([text, text], []).source.join('\n');
    expect(source.match(/^class Mine\(/gm)).toHaveLength(1);
    expect(source.startsWith(RULE_HELPERS)).toBe(true);
    expect(source).toContain(ruleClass(parseRule(text), 'Mine'));
    expect(toPyTorch(parseRule(text))).toContain(ruleClass(parseRule(text), 'Mine'));
    expect(source).toContain('# # Mine\n# param lr = 0.1\n');
  });

  it('refuses a call for a rule it does not define', () => {
    expect(() => torchRules([rule(null)], []).call(rule('other'), {}, 'p')).toThrow(/does not define/);
  });

  const PYTHON = process.env.PYTHON ?? 'python3';
  it.runIf(spawnSync(PYTHON, ['--version']).status === 0)('Python parses the definitions', () => {
    const source = ['import torch', ...torchRules([rule(null), rule('None'), rule('a b c d')], []).source].join('\n');
    expect(spawnSync(PYTHON, ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: source, encoding: 'utf8' }).stderr).toBe('');
  });
});
