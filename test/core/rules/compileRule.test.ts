import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/core/optimizers/Optimizer.ts';
import { LIMITS } from '../../../src/core/expr/limits.ts';
import { compileRule } from '../../../src/core/rules/compileRule.ts';

const ISSUE_ADAM = `# Adam, as a student writes it          (a first comment line names the rule)
param lr = 0.001                        # a hyperparameter and its default: becomes a control
param beta1 = 0.9
param beta2 = 0.999
param eps = 1e-8
state m = 0                             # per-coordinate state, set once before step 1 (numbers, params, x)
state v = 0
m = beta1*m + (1 - beta1)*g             # each step, in order: a state, a temporary, or x
v = beta2*v + (1 - beta2)*g^2
x = x - lr*(m/(1 - beta1^t))/(sqrt(v/(1 - beta2^t)) + eps)
`;

const VALID: readonly [string, string, { name: string | null; params: Record<string, number>; states: string[]; steps: string[] }][] = [
  [
    "the issue's Adam, comments and all",
    ISSUE_ADAM,
    {
      name: 'Adam, as a student writes it          (a first comment line names the rule)',
      params: { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
      states: ['m = 0', 'v = 0'],
      steps: ['m = beta1*m + (1 - beta1)*g', 'v = beta2*v + (1 - beta2)*g^2', 'x = x - lr*(m/(1 - beta1^t))/(sqrt(v/(1 - beta2^t)) + eps)'],
    },
  ],
  [
    'no name, Windows line ends, blank lines',
    'param lr = 0.1\r\n\r\n  x = x - lr*g  \r\n',
    {
      name: null,
      params: { lr: 0.1 },
      states: [],
      steps: ['x = x - lr*g'],
    },
  ],
  [
    'negative defaults, ** and a reassigned temporary',
    '#  signs\nparam lr = 1\nparam k = -2.5e-1\nd = g**3\nd = d*k\nx = x + lr*d\n',
    {
      name: 'signs',
      params: { lr: 1, k: -0.25 },
      states: [],
      steps: ['d = g**3', 'd = d*k', 'x = x + lr*d'],
    },
  ],
  [
    'states from params and x, statements after x',
    'param lr = 1\nparam c = 2\nstate a = c*x\nstate b = -lr + abs(x)\nx = x - lr*a\na = max(a, b)\nb = min(sign(a), exp(log(sqrt(2))))\n',
    {
      name: null,
      params: { lr: 1, c: 2 },
      states: ['a = c*x', 'b = -lr + abs(x)'],
      steps: ['x = x - lr*a', 'a = max(a, b)', 'b = min(sign(a), exp(log(sqrt(2))))'],
    },
  ],
  [
    'a comment first, after code, and a name that is not the first line',
    '\n# the name\n# not the name\nparam lr = 1 # rate\nx = x - lr*grad(x - g) # look ahead\n',
    {
      name: 'the name',
      params: { lr: 1 },
      states: [],
      steps: ['x = x - lr*grad(x - g)'],
    },
  ],
];

// [text, line, column, message after "line L, column C: "]
const INVALID: readonly [string, number, number, string][] = [
  ['param lr = 0.01\nparam beta1 = 0.9\nstate m = 0\nm = m + bta1*g\nx = x - lr*m', 4, 9, "unknown name 'bta1' — did you mean 'beta1'?"],
  ['param lr = 1\ng = 2*g\nx = x - lr*g', 2, 1, 'g cannot be assigned: it is the gradient at the start of the step'],
  ['param lr = 1\nt = 1\nx = x', 2, 1, 't cannot be assigned: it is the step number'],
  ['param lr = 1\nx = x - lr*g\nx = x - lr*g', 3, 1, 'x is assigned at most once per step (already on line 2)'],
  ['param rate = 1\nx = x - rate*g', 2, 1, "a rule needs 'param lr = …', the learning rate a schedule sets (none is declared)"],
  ['state lr = 1\nx = x - lr*g', 1, 1, "a rule needs 'param lr = …', the learning rate a schedule sets ('lr' is a state here)"],
  ['param lr = 1\nparam c = 2*3\nx = x', 2, 11, "a param's default is a number, like param c = 0.01"],
  ['param lr = 1\nlr = lr*0.5\nx = x - lr*g', 2, 1, "'lr' is a param and cannot be assigned; use a temporary such as lr_t = …"],
  ['param lr = 1\nparam lr = 2\nx = x', 2, 7, "'lr' is already a param (line 1)"],
  ['param lr = 1\nstate m = 0\nstate m = 1\nx = x', 3, 7, "'m' is already a state (line 2)"],
  ['param lr = 1\nd = g\nstate d = 0\nx = x', 3, 7, "'d' is already a temporary (line 2)"],
  ['param lr = 1\nstate m = g\nx = x - lr*m', 2, 11, "a state starts from numbers, params and x; 'g' has no value before the first step"],
  ['param lr = 1\nstate m = 0\nstate v = m\nx = x', 3, 11, "a state starts from numbers, params and x; 'm' has no value before the first step"],
  ['param lr = 1\nstate m = grad(x)\nx = x', 2, 11, "unknown function 'grad' (known: sqrt, exp, log, abs, sign, min, max)"],
  ['param lr = 1\nx = x - lr*d\nd = g', 2, 12, "'d' is used before it is given a value (line 3)"],
  ['param lr = 1\nd = d + g\nx = x - lr*d', 2, 5, "'d' is used before it is given a value (line 2)"],
  ['param lr = 1\nx = x - lr*m\nstate m = 0', 2, 12, "'m' is used before it is given a value (line 3)"],
  ['param lr = 1\nstate m = 0\nm = m + g\n', 4, 1, 'the rule never assigns x, so nothing would move'],
  ['param lr = 1\nx = x - lr*sqr(g)', 2, 12, "unknown function 'sqr' — did you mean 'sqrt'?"],
  ['param lr = 1\nx = x - lr*sin(g)', 2, 12, "unknown function 'sin' — did you mean 'sign'?"],
  ['param lr = 1\nx = x - lr*max(g)', 2, 12, 'max takes 2 arguments, got 1'],
  ['param lr = 1\nm + 1\nx = x', 2, 3, "unexpected '+' — expected '='"],
  ['param lr = 1\n3 = x\nx = x', 2, 1, "expected a line such as 'param lr = 0.01', 'state m = 0' or 'm = beta1*m + (1 - beta1)*g'"],
  ['param lr = 1\nparam = 3\nx = x', 2, 1, "'param' cannot be assigned: 'param' is a keyword"],
  ['param lr = 1\nstate m\nx = x', 2, 8, "unexpected end of the expression — expected '='"],
  ['param 3 = 1', 1, 7, "expected a name after 'param'"],
  ['param x = 1', 1, 7, "a param cannot be named 'x': 'x' is the coordinate"],
  ['param sqrt = 1', 1, 7, "a param cannot be named 'sqrt': 'sqrt' is a function"],
  ['param lr = 1\nx = x - lr*(g', 2, 14, "unexpected end of the expression — expected ')'"],
  ['param lr = 1\nx = x - lr g', 2, 12, "unexpected name 'g' — write * to multiply"],
  ['param lr = 1\nx = 1 = 2', 2, 7, "unexpected '='"],
  ['param lr = 1\nx =', 2, 4, 'unexpected end of the expression — expected a value after ='],
  ['param lr = 1\nx = x ; y', 2, 7, "unexpected ';'"],
  ['param lr = 1\nx = sqrt', 2, 5, "'sqrt' is a function: write sqrt(…)"],
  ['', 1, 1, "a rule needs 'param lr = …', the learning rate a schedule sets (none is declared)"],
];

describe('compileRule accepts', () => {
  it.each(VALID)('%s', (_what, text, expected) => {
    const compiled = compileRule(text);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const { rule, optimizer } = compiled;
    expect(rule.name).toBe(expected.name);
    expect(defaultParams(optimizer)).toEqual(expected.params);
    expect(rule.states.map((s) => `${s.name} = ${s.source}`)).toEqual(expected.states);
    expect(rule.statements.map((s) => `${s.target} = ${s.source}`)).toEqual(expected.steps);
    expect(optimizer.stateSlots).toBe(expected.states.length);
  });
});

describe("a compiled rule's name", () => {
  it('is its first comment line, else empty: the core has no words, the page names the rule by its place', () => {
    const named = compileRule('# My Adam\nparam lr = 1\nx = x - lr*g', 'rule-2');
    const unnamed = compileRule('param lr = 1\nx = x - lr*g', 'rule-2');
    if (!named.ok || !unnamed.ok) throw new Error('the rules compile');
    expect([named.optimizer.name, named.optimizer.id]).toEqual(['My Adam', 'rule-2']);
    expect([unnamed.optimizer.name, unnamed.optimizer.id]).toEqual(['', 'rule-2']);
  });
});

describe('compileRule refuses', () => {
  it.each(INVALID)('%j at line %i, column %i: %s', (text, line, column, reason) => {
    const compiled = compileRule(text);
    expect(compiled.ok).toBe(false);
    if (compiled.ok) return;
    expect(compiled.error).toMatchObject({ message: `line ${line}, column ${column}: ${reason}`, reason, line, column });
    // Every mistake carries a code some language can word, the rule's own or the formula language's.
    expect(compiled.error.rule ?? compiled.error.problem).toBeDefined();
  });
});

describe('compileRule refuses hostile text quickly', () => {
  function refused(text: string): string {
    const began = performance.now();
    const compiled = compileRule(text);
    expect(performance.now() - began).toBeLessThan(250);
    return compiled.ok ? 'accepted' : compiled.error.message;
  }

  it('megabytes, ten thousand lines, a very long line, nesting ten thousand deep', () => {
    expect(refused('param lr = 1\n'.repeat(100_000))).toBe(`line 1, column 1: a rule is at most ${LIMITS.ruleLength} characters long`);
    expect(refused('\n'.repeat(10_000))).toBe(`line ${LIMITS.ruleLines + 1}, column 1: a rule has at most ${LIMITS.ruleLines} lines`);
    expect(refused(`param lr = 1\nx = x${' + g'.repeat(400)}`)).toBe(
      `line 2, column ${LIMITS.expressionLength + 1}: a line is at most ${LIMITS.expressionLength} characters long`,
    );
    const deep = `param lr = 1\nx = ${'('.repeat(495)}x${')'.repeat(495)}`;
    expect(refused(deep)).toBe(`line 2, column ${5 + LIMITS.nesting}: nested more than ${LIMITS.nesting} levels deep`);
    expect(refused(`param lr = 1\nx = ${'-'.repeat(990)}x`)).toBe(`line 2, column ${5 + LIMITS.nesting}: nested more than ${LIMITS.nesting} levels deep`);
  });
});
