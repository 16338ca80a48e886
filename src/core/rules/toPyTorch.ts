import type { Node } from '../expr/Node.ts';
import { pythonFloat } from '../formats/pythonLiteral.ts';
import type { Rule, RuleStatement } from './Rule.ts';

const KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from global if ' +
    'import in is lambda nonlocal not or pass raise return try while with yield torch self closure loss p group state'
  ).split(' '),
);

/**
 * A rule name as a Python identifier: keywords and the module's own names get a trailing _, names
 * starting with _ (the module's private names) a leading r.
 */
const py = (name: string) => (name.startsWith('_') ? `r${name}` : KEYWORDS.has(name) ? `${name}_` : name);

const literal = (v: number) => (Number.isFinite(v) ? String(v) : v > 0 ? "float('inf')" : "float('-inf')");

/** `Adam, as a student writes it` → `Adam`; `Nesterov momentum, as …` → `NesterovMomentum`. */
export function pythonClassName(name: string | null): string {
  const head = (name ?? '').split(/[,(:;.—-]/)[0];
  const words = head
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .slice(0, 3);
  const joined = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(joined) ? joined : `Rule${joined}`;
}

const TORCH = { sqrt: 'torch.sqrt', exp: 'torch.exp', log: 'torch.log', abs: 'torch.abs', sign: 'torch.sign', min: 'torch.minimum', max: 'torch.maximum' } as const;

/**
 * An expression in Python over tensors, parenthesised as the tree is so the operations run in the
 * rule's order. `grad(E)` calls become the names of gradients computed before the statement.
 */
function expression(node: Node, grads: Map<Node, string>): string {
  switch (node.kind) {
    case 'number':
      return literal(node.value);
    case 'name':
      return py(node.name);
    case 'negate':
      return `(-${expression(node.arg, grads)})`;
    case 'binary': {
      const op = node.op === '^' ? '**' : node.op;
      return `(${expression(node.left, grads)} ${op} ${expression(node.right, grads)})`;
    }
    case 'call': {
      if (node.fn === 'grad') return grads.get(node) as string;
      const args = node.args.map((a) => `_tensor(${expression(a, grads)}, x)`).join(', ');
      return `${TORCH[node.fn as keyof typeof TORCH]}(${args})`;
    }
  }
}

/** The grad(E) calls of a tree, innermost first, so each E can read the gradients inside it. */
function gradCalls(node: Node, out: Node[] = []): Node[] {
  if (node.kind === 'negate') gradCalls(node.arg, out);
  if (node.kind === 'binary') gradCalls(node.right, gradCalls(node.left, out));
  if (node.kind === 'call') {
    for (const arg of node.args) gradCalls(arg, out);
    if (node.fn === 'grad') out.push(node);
  }
  return out;
}

/** Lines binding what a statement may read, for one parameter tensor `_e`. */
function bindings(rule: Rule, temps: readonly string[], indent: string): string[] {
  const lines = [`${indent}x, g, t = _e.p, _e.g, _e.t`];
  if (rule.params.length) lines.push(`${indent}${rule.params.map((p) => py(p.name)).join(', ')}, = _e.hyper(${rule.params.map((p) => `'${py(p.name)}'`).join(', ')})`);
  for (const s of rule.states) lines.push(`${indent}${py(s.name)} = _e.state['${s.name}']`);
  for (const t of temps) lines.push(`${indent}${py(t)} = _e.temps['${t}']`);
  return lines;
}

function statement(rule: Rule, s: RuleStatement, temps: readonly string[]): string[] {
  const i2 = '        ';
  const i3 = '            ';
  const lines = [`${i2}# ${s.target} = ${s.source}`];
  const grads = new Map<Node, string>();
  gradCalls(s.expr).forEach((call, k) => {
    const name = `_grad${k}`;
    lines.push(`${i2}_at = []`, `${i2}for _e in _entries:`, ...bindings(rule, temps, i3));
    for (const n of grads.values()) lines.push(`${i3}${n} = _e.grads['${n}']`);
    lines.push(`${i3}_at.append(${expression((call as Extract<Node, { kind: 'call' }>).args[0], grads)})`);
    lines.push(`${i2}for _e, _g in zip(_entries, self._grad_at(_entries, _at, closure)):`, `${i3}_e.grads['${name}'] = _g`);
    grads.set(call, name);
  });
  lines.push(`${i2}for _e in _entries:`, ...bindings(rule, temps, i3));
  for (const n of grads.values()) lines.push(`${i3}${n} = _e.grads['${n}']`);
  const value = expression(s.expr, grads);
  if (s.target === 'x') lines.push(`${i3}_e.p.copy_(_tensor(${value}, x).expand_as(x))`);
  else if (rule.states.some((st) => st.name === s.target)) lines.push(`${i3}_e.state['${s.target}'] = _tensor(${value}, x).expand_as(x).clone()`);
  // x changes in place later (copy_), so a temporary taken straight from it keeps a copy.
  else lines.push(`${i3}_e.temps['${s.target}'] = ${s.expr.kind === 'name' && s.expr.name === 'x' ? 'x.clone()' : value}`);
  return lines;
}

/** What every rule's class uses: a script with several rules defines it once. */
export const RULE_HELPERS = `def _tensor(value, like):
    """A Python number as a tensor of like's dtype and device, so every operation is a tensor one."""
    return value if torch.is_tensor(value) else torch.tensor(value, dtype=like.dtype, device=like.device)


class _Entry:
    """One parameter tensor during a step: its group, state, temporaries and gradient at the start."""

    def __init__(self, group, p, state):
        self.group, self.p, self.state = group, p, state
        self.g = p.grad.detach().clone()
        self.t = _tensor(float(state['step']), p)
        self.temps, self.grads = {}, {}

    def hyper(self, *names):
        return [_tensor(float(self.group[n]), self.p) for n in names]
`;

const GRAD_AT = (cls: string) => [
  '    def _grad_at(self, entries, points, closure):',
  '        """The gradient at points (a tensor per parameter), from the closure; the parameters are put back."""',
  '        if closure is None:',
  `            raise RuntimeError('${cls} calls grad(E): pass step() a closure that zeroes the gradients, computes the loss and calls backward()')`,
  '        saved = [e.p.detach().clone() for e in entries]',
  '        for e, at in zip(entries, points):',
  '            e.p.copy_(_tensor(at, e.p).expand_as(e.p))',
  '        with torch.enable_grad():',
  '            closure()',
  '        grads = [e.p.grad.detach().clone() for e in entries]',
  '        for e, kept in zip(entries, saved):',
  '            e.p.copy_(kept)',
  '        return grads',
  '',
];

/**
 * The rule's torch.optim.Optimizer subclass, named `cls`, without the helpers it uses (RULE_HELPERS).
 * Its constructor takes the params and each rule param as a keyword with the rule's default;
 * step(closure=None) keeps the states in self.state[p], works for any parameter shapes and groups,
 * and runs each statement over every parameter before the next (as the rule runs over every
 * coordinate), so that grad(E) can set all parameters to E, call the closure there, and put them back.
 */
export function ruleClass(rule: Rule, cls: string): string {
  const names = rule.params.map((p) => py(p.name));
  const quoted = names.map((n) => `'${n}'`).join(', ');
  const init = [
    ...(names.length ? [`${names.join(', ')}, = _Entry(group, p, state).hyper(${quoted})`] : []),
    ...rule.states.map((s) => `state['${s.name}'] = _tensor(${expression(s.init, new Map())}, x).expand_as(x).clone()`),
  ];
  const temps: string[] = [];
  const steps = rule.statements.flatMap((s) => {
    const lines = statement(rule, s, temps);
    const isState = rule.states.some((st) => st.name === s.target);
    if (s.target !== 'x' && !isState && !temps.includes(s.target)) temps.push(s.target);
    return lines;
  });
  return [
    `class ${cls}(torch.optim.Optimizer):`,
    `    def __init__(self, params, ${rule.params.map((p) => `${py(p.name)}=${literal(p.default)}`).join(', ')}):`,
    '        if lr < 0.0:',
    "            raise ValueError(f'Invalid learning rate: {lr}')",
    `        super().__init__(params, dict(${names.map((n) => `${n}=${n}`).join(', ')}))`,
    '',
    ...(rule.statements.some((s) => gradCalls(s.expr).length) ? GRAD_AT(cls) : []),
    '    @torch.no_grad()',
    '    def step(self, closure=None):',
    '        loss = None',
    '        if closure is not None:',
    '            with torch.enable_grad():',
    '                loss = closure()',
    '        _entries = []',
    '        for group in self.param_groups:',
    "            for p in group['params']:",
    '                if p.grad is None:',
    '                    continue',
    '                state = self.state[p]',
    '                if len(state) == 0:',
    "                    state['step'] = 0",
    '                    x = p',
    ...init.map((line) => `                    ${line}`),
    "                state['step'] += 1",
    '                _entries.append(_Entry(group, p, state))',
    ...steps,
    '        return loss',
    '',
  ].join('\n');
}

const doc = (text: string) => text.replace(/"""/g, "'''").replace(/\\/g, '\\\\');

/** The rule's text as lines of a docstring or comment, each after `prefix`. */
export const ruleTextLines = (rule: Rule, prefix: string): string[] =>
  rule.text
    .trimEnd()
    .split('\n')
    .map((l) => `${prefix}${doc(l)}`.trimEnd());

/** A Python module defining the rule's torch.optim.Optimizer subclass (ruleClass), named after the rule. */
export function toPyTorch(rule: Rule): string {
  const cls = pythonClassName(rule.name);
  return [
    `"""${doc(rule.name ?? cls)}: a torch.optim.Optimizer made from this update rule.`,
    '',
    ...ruleTextLines(rule, '    '),
    '"""',
    'import torch',
    '',
    '',
    RULE_HELPERS,
    '',
    ruleClass(rule, cls),
  ].join('\n');
}

/** `Cls(target, lr=0.01, beta1=0.9)`: the class built with the values a run gives its params, the defaults else. */
export function ruleClassCall(rule: Rule, cls: string, params: Readonly<Record<string, unknown>>, target: string): string {
  const value = (p: Rule['params'][number]) => (typeof params[p.name] === 'number' ? (params[p.name] as number) : p.default);
  return `${cls}(${[target, ...rule.params.map((p) => `${py(p.name)}=${pythonFloat(value(p))}`)].join(', ')})`;
}
