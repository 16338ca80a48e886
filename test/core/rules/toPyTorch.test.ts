import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileRule } from '../../../src/core/rules/compileRule.ts';
import { gallery } from '../../../src/core/rules/gallery.ts';
import { pythonClassName, toPyTorch } from '../../../src/core/rules/toPyTorch.ts';
import { goldenRules, TOLERANCE, worstError } from '../goldenTraces.ts';

function moduleOf(text: string): string {
  const compiled = compileRule(text);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return toPyTorch(compiled.rule);
}

/** The Python to run: $PYTHON, else python3 from the path. */
const PYTHON = process.env.PYTHON ?? 'python3';
const python = spawnSync(PYTHON, ['--version']).status === 0;

/** Whether Python's own parser accepts the module (PyTorch itself is not needed for that). */
function parses(source: string): string {
  const run = spawnSync(PYTHON, ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: source, encoding: 'utf8' });
  return run.status === 0 ? 'ok' : run.stderr;
}

describe('toPyTorch', () => {
  it('names the class after the rule', () => {
    expect(pythonClassName('Adam, as a student writes it')).toBe('Adam');
    expect(pythonClassName('Nesterov momentum, as torch.optim.SGD(nesterov=True) rewrites it')).toBe('NesterovMomentum');
    expect(pythonClassName('Lion (Chen et al., 2023)')).toBe('Lion');
    expect(pythonClassName('2nd try')).toBe('Rule2ndTry');
    expect(pythonClassName(null)).toBe('Rule');
  });

  it('writes a torch.optim.Optimizer whose constructor takes each param with its default', () => {
    const source = moduleOf((gallery.find((g) => g.id === 'adam') as { text: string }).text);
    expect(source).toContain('class Adam(torch.optim.Optimizer):');
    expect(source).toContain('def __init__(self, params, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):');
    expect(source).toContain('super().__init__(params, dict(lr=lr, beta1=beta1, beta2=beta2, eps=eps))');
    expect(source).toContain("state['m'] = _tensor(0, x).expand_as(x).clone()");
    expect(source).toContain("_e.state['v'] = _tensor(((beta2 * v) + ((1 - beta2) * (g ** 2))), x).expand_as(x).clone()");
    expect(source).toContain('_e.p.copy_(_tensor((x - ((lr * (m / (1 - (beta1 ** t)))) / (torch.sqrt(_tensor((v / (1 - (beta2 ** t))), x)) + eps))), x).expand_as(x))');
    // No closure is needed without grad(E).
    expect(source).not.toContain('_grad_at');
  });

  it('computes grad(E) from the closure at E for every parameter before the statement that reads it', () => {
    const source = moduleOf((gallery.find((g) => g.id === 'nesterov-sutskever') as { text: string }).text);
    expect(source).toContain('def _grad_at(self, entries, points, closure):');
    expect(source).toContain("raise RuntimeError('NesterovAsSutskever calls grad(E): pass step() a closure");
    const at = source.indexOf('_at.append((x + (momentum * v)))');
    const use = source.indexOf("_e.state['v'] = _tensor(((momentum * v) - (lr * _grad0)), x)");
    expect(at).toBeGreaterThan(0);
    expect(use).toBeGreaterThan(at);
  });

  it('copies x into a temporary taken straight from it, since x then changes in place', () => {
    const source = moduleOf('param lr = 1\nd = x\nx = x - lr*g*d\n');
    expect(source).toContain("_e.temps['d'] = x.clone()");
  });

  it('renames params that Python or the module would misread', () => {
    const source = moduleOf('param lr = 1\nparam lambda = 2\nparam _e = 3\nparam p = 4\nx = x - lr*lambda*_e*p*g\n');
    expect(source).toContain('def __init__(self, params, lr=1, lambda_=2, r_e=3, p_=4):');
    expect(source).toContain('_e.p.copy_(_tensor((x - ((((lr * lambda_) * r_e) * p_) * g)), x).expand_as(x))');
  });

  it.runIf(python).each(gallery.map((g) => [g.id, g.text] as const))('%s: Python parses the module', (_id, text) => {
    expect(parses(moduleOf(text))).toBe('ok');
  });

  it.runIf(python)('Python parses a module from a rule with temporaries, nested grad calls and every function', () => {
    const text =
      '# all\nparam lr = 0.1\nparam k = -2\nstate s = abs(x) + k\nd = sign(g)*min(s, 1)\nx = x - lr*max(d, grad(x - grad(x)))/(sqrt(exp(log(2))) + 1)\ns = s + d^2\n';
    expect(parses(moduleOf(text))).toBe('ok');
  });
});

const torch = python && spawnSync(PYTHON, ['-c', 'import torch'], { timeout: 60_000 }).status === 0;

describe.runIf(torch)('exported classes run by PyTorch', () => {
  const golden = goldenRules;

  it.each(golden.cases.map((c) => [c.id, c] as const))(
    '%s reproduces the golden trajectory',
    (_id, c) => {
      const compiled = compileRule(c.rule);
      if (!compiled.ok) throw new Error(compiled.error.message);
      const job = {
        module: toPyTorch(compiled.rule),
        className: pythonClassName(compiled.rule.name),
        params: c.params,
        surface: c.surface,
        start: c.start,
        steps: c.steps,
      };
      const run = spawnSync(PYTHON, [fileURLToPath(new URL('./runExported.py', import.meta.url))], { input: JSON.stringify(job), encoding: 'utf8', timeout: 120_000 });
      expect(run.stderr).toBe('');
      const { error, where } = worstError(JSON.parse(run.stdout) as number[][], c.trajectory);
      expect(error, where).toBeLessThanOrEqual(TOLERANCE);
    },
    120_000,
  );

  it('trains parameters of several shapes in several groups as torch.optim.Adam does', () => {
    const source = moduleOf((gallery.find((g) => g.id === 'adam') as { text: string }).text);
    const run = spawnSync(PYTHON, [fileURLToPath(new URL('./groupsExported.py', import.meta.url))], { input: source, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    const { difference, moved } = JSON.parse(run.stdout) as { difference: number; moved: number };
    expect(moved).toBeGreaterThan(0.01);
    expect(difference).toBeLessThan(1e-12);
  }, 120_000);
});
