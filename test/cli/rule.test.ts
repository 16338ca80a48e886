import { describe, expect, it } from 'vitest';
import { goldenRules as golden, worstError } from '../core/goldenTraces.ts';
import { expectInputError, runCapture } from './runIo.ts';

const momentumRule = '# Momentum as PyTorch keeps it\nparam lr = 0.01\nparam momentum = 0.9\nstate b = 0\nb = momentum*b + g\nx = x - lr*b\n';

describe('slopes trace with update rules', () => {
  it('fills in every golden rule trajectory (PyTorch 1.13) from a file that has none, to 1e-9', () => {
    const stripped = { ...golden, cases: golden.cases.map(({ trajectory: _t, ...rest }) => rest) };
    const { code, out, err } = runCapture(['trace', '--cases', 'in.json'], { 'in.json': JSON.stringify(stripped) });
    expect(err).toBe('');
    expect(code).toBe(0);
    const filled = JSON.parse(out) as typeof golden;
    expect(filled.cases).toHaveLength(golden.cases.length);
    filled.cases.forEach((c, i) => {
      expect(c.rule).toBe(golden.cases[i].rule);
      expect(worstError(c.trajectory, golden.cases[i].trajectory).error, c.id).toBeLessThanOrEqual(1e-9);
    });
  });

  it('--rule FILE runs the rule exactly as its built-in twin runs', () => {
    const common = ['--surface', 'rosenbrock', '--params', '{"lr":0.001}', '--start', '-1.5,2', '--steps', '200'];
    const byRule = runCapture(['trace', '--rule', 'm.rule', ...common], { 'm.rule': momentumRule });
    const builtIn = runCapture(['trace', '--optimizer', 'momentum', ...common]);
    expect(byRule.code).toBe(0);
    const run = (text: string) => JSON.parse(text) as { rule?: string; trajectory: number[][] };
    expect(run(byRule.out).rule).toBe(momentumRule);
    expect(run(byRule.out).trajectory).toEqual(run(builtIn.out).trajectory);
  });

  it('refuses a rule with a mistake, naming the field, line and column', () => {
    const bad = { format: 'optimizer-traces/1', cases: [{ surface: 'booth', rule: 'param lr = 0.1\nx = x - lr*gg\n', start: [0, 0], steps: 3 }] };
    expectInputError(['trace', '--cases', 'in.json'], { 'in.json': JSON.stringify(bad) }, /cases\[0\]\.rule: line 2, column 12: unknown name 'gg'/);
    expectInputError(['trace', '--surface', 'booth', '--rule', 'missing.rule'], {}, /--rule: cannot read "missing\.rule": no such file/);
    const both = { format: 'optimizer-traces/1', cases: [{ surface: 'booth', optimizer: 'sgd', rule: momentumRule, start: [0, 0], steps: 3 }] };
    expectInputError(
      ['trace', '--cases', 'in.json'],
      { 'in.json': JSON.stringify(both) },
      /cases\[0\]\.rule: give either cases\[0\]\.optimizer or cases\[0\]\.rule, not both/,
    );
  });
});

describe('slopes rule FILE', () => {
  it('lists the params, states and steps a rule runs', () => {
    const { code, out } = runCapture(['rule', 'm.rule', '--json'], { 'm.rule': momentumRule });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      name: 'Momentum as PyTorch keeps it',
      params: [
        { name: 'lr', default: 0.01 },
        { name: 'momentum', default: 0.9 },
      ],
      states: [{ name: 'b', init: '0' }],
      steps: ['b = momentum*b + g', 'x = x - lr*b'],
      usesGradient: false,
    });
    expect(runCapture(['rule', 'm.rule'], { 'm.rule': momentumRule }).out).toContain('  x = x - lr*b');
  });

  it('--pytorch prints a module with one torch.optim.Optimizer subclass named after the rule', () => {
    const { code, out } = runCapture(['rule', 'm.rule', '--pytorch'], { 'm.rule': momentumRule });
    expect(code).toBe(0);
    expect(out).toMatch(/^import torch$/m);
    expect(out).toMatch(/^class \w+\(torch\.optim\.Optimizer\):$/m);
    expect(out).toMatch(/def step\(self, closure=None\):/);
  });

  it('reports a mistake as FILE:line:column with a suggestion, exit 2', () => {
    const text = 'param lr = 0.1\nparam beta1 = 0.9\nstate m = 0\nm = bta1*m + g\nx = x - lr*m\n';
    expectInputError(['rule', 'bad.rule'], { 'bad.rule': text }, /^slopes: bad\.rule:4:5: unknown name 'bta1' — did you mean 'beta1'\?$/m);
    expectInputError(['rule'], {}, /rule: give the rule's file/);
  });
});
