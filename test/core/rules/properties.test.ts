import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Node } from '../../../src/core/expr/Node.ts';
import { createState, defaultParams, liveParams } from '../../../src/core/optimizers/Optimizer.ts';
import { compileRule } from '../../../src/core/rules/compileRule.ts';
import type { Rule } from '../../../src/core/rules/Rule.ts';

const N = 5;

/** A gradient that couples nothing and is cheap: what grad(E) returns in these tests. */
function oracle(at: Float64Array, out: Float64Array): void {
  for (let i = 0; i < at.length; i++) out[i] = Math.sin(at[i]) + 0.5 * at[i];
}

type Vec = number[];
const map2 = (a: Vec, b: Vec, f: (p: number, q: number) => number): Vec => a.map((p, i) => f(p, b[i]));

/**
 * An independent reading of the language: walk the tree, one plain array per node, statement after
 * statement. Nothing here is shared with the assembler or the vector machine.
 */
function evaluate(node: Node, env: Map<string, Vec>): Vec {
  switch (node.kind) {
    case 'number':
      return new Array<number>(N).fill(node.value);
    case 'name':
      return [...(env.get(node.name) as Vec)];
    case 'negate':
      return evaluate(node.arg, env).map((v) => -v);
    case 'binary': {
      const a = evaluate(node.left, env);
      if (node.op === '^' && node.right.kind === 'number' && node.right.value === 2) return a.map((v) => v * v);
      const b = evaluate(node.right, env);
      const f = {
        '+': (p: number, q: number) => p + q,
        '-': (p: number, q: number) => p - q,
        '*': (p: number, q: number) => p * q,
        '/': (p: number, q: number) => p / q,
        '^': (p: number, q: number) => p ** q,
      }[node.op];
      return map2(a, b, f);
    }
    case 'call': {
      const args = node.args.map((arg) => evaluate(arg, env));
      const [a, b] = args;
      switch (node.fn) {
        case 'sqrt':
          return a.map(Math.sqrt);
        case 'exp':
          return a.map(Math.exp);
        case 'log':
          return a.map(Math.log);
        case 'abs':
          return a.map(Math.abs);
        case 'sign':
          return a.map((v) => Math.sign(v) + 0);
        case 'min':
          return map2(a, b, Math.min);
        case 'max':
          return map2(a, b, Math.max);
        case 'grad': {
          const out = new Float64Array(N);
          oracle(Float64Array.from(a), out);
          return [...out];
        }
      }
      throw new Error(`no function ${node.fn}`);
    }
  }
}

function referenceRun(rule: Rule, x0: Vec, grads: Vec[], lr: number): Vec {
  const env = new Map<string, Vec>();
  for (const p of rule.params) env.set(p.name, new Array<number>(N).fill(p.name === 'lr' ? lr : p.default));
  let x = [...x0];
  env.set('x', x);
  for (const s of rule.states) env.set(s.name, evaluate(s.init, env));
  grads.forEach((g, k) => {
    env.set('g', g);
    env.set('t', new Array<number>(N).fill(k + 1));
    for (const s of rule.statements) {
      env.set(s.target, evaluate(s.expr, env));
      if (s.target === 'x') x = env.get('x') as Vec;
    }
  });
  return x;
}

function expression(names: readonly string[], withGrad: boolean) {
  return fc.letrec<{ e: string }>((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', maxDepth: 4 },
      fc.constantFrom(...names),
      fc.constantFrom('0', '1', '2', '0.5', '1e-3', '3.25'),
      fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '^'), tie('e')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
      fc.tuple(tie('e'), fc.constantFrom('^2', '^3', '^0.5')).map(([a, k]) => `(${a})${k}`),
      fc.tuple(fc.constantFrom('sqrt', 'exp', 'log', 'abs', 'sign', '-'), tie('e')).map(([f, a]) => `${f}(${a})`),
      fc.tuple(fc.constantFrom('min', 'max'), tie('e'), tie('e')).map(([f, a, b]) => `${f}(${a}, ${b})`),
      ...(withGrad ? [tie('e').map((a) => `grad(${a})`)] : []),
    ),
  })).e;
}

/**
 * The shapes the assembler fuses into one pass (running averages, x - lr*v, adaptive steps), with
 * operands that are sometimes scalars and sometimes vectors, so both the fused and the fallback
 * code are taken.
 */
function idiom(names: readonly string[]) {
  const any = expression(names, false);
  const scalar = fc.oneof(fc.constantFrom('lr', 'a', 'b', 't', '0.5', '(1 - a)'), any);
  return fc.oneof(
    fc.tuple(scalar, any, fc.constantFrom('+', '-'), scalar, any).map(([c, p, op, e, q]) => `${c}*(${p}) ${op} (${q})*${e}`),
    fc.tuple(any, fc.constantFrom('+', '-'), scalar, any).map(([p, op, e, q]) => `(${p}) ${op} ${e}*(${q})`),
    fc.tuple(scalar, any, fc.constantFrom('+', '-'), scalar, any).map(([c, p, op, e, q]) => `${c}*(${p})^2 ${op} (${q})^2*${e}`),
    fc.tuple(any, fc.constantFrom('+', '-'), any).map(([p, op, q]) => `(${p})^2 ${op} (${q})`),
    fc.tuple(scalar, any, scalar, any, scalar, scalar).map(([c, p, e, q, f, h]) => `${c}*((${p})/${e})/(sqrt((${q})/${f}) + ${h})`),
    fc.tuple(any, any, scalar).map(([p, q, h]) => `(${p})/(${h} + sqrt(${q}))`),
    fc.tuple(scalar, any, any, scalar).map(([c, p, q, h]) => `(${p})*${c}/(sqrt(${q}) + ${h})`),
  );
}

const number = fc.double({ min: -2, max: 2, noNaN: true }).map((v) => v.toPrecision(6));
const base = ['x', 'g', 't', 'lr', 'a', 'b', 's', 'u'];
const randomRule = fc
  .record({
    lr: number,
    a: number,
    b: number,
    s: expression(['lr', 'a', 'b', 'x'], false),
    u: expression(['lr', 'a', 'b', 'x'], false),
    d: expression(base, true),
    e: expression([...base, 'd'], true),
    middle: fc.array(fc.tuple(fc.constantFrom('s', 'u', 'd', 'e'), expression([...base, 'd', 'e'], true)), { maxLength: 4 }),
    xAt: fc.nat(4),
    x: fc.oneof(expression([...base, 'd', 'e'], true), idiom([...base, 'd', 'e'])),
  })
  .map((r) => {
    const steps = r.middle.map(([target, e]) => `${target} = ${e}`);
    steps.splice(Math.min(r.xAt, steps.length), 0, `x = ${r.x}`);
    return ['# random', `param lr = ${r.lr}`, `param a = ${r.a}`, `param b = ${r.b}`, `state s = ${r.s}`, `state u = ${r.u}`, `d = ${r.d}`, `e = ${r.e}`, ...steps].join(
      '\n',
    );
  });

const same = (p: number, q: number) => (Number.isNaN(p) && Number.isNaN(q)) || p === q;

describe('random rules', () => {
  it('compile, and step exactly as an independent tree-walking reading of the language', () => {
    const coords = fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: N, maxLength: N });
    fc.assert(
      fc.property(randomRule, coords, fc.array(coords, { minLength: 3, maxLength: 3 }), (text, x0, grads) => {
        const compiled = compileRule(text);
        if (!compiled.ok) throw new Error(`${compiled.error.message}\n${text}`);
        const { optimizer, rule } = compiled;
        const params = defaultParams(optimizer);
        const step = optimizer.kernel(params);
        const state = createState(optimizer, N);
        const theta = Float64Array.from(x0);
        for (const g of grads) step(theta, Float64Array.from(g), state, liveParams(params), oracle);
        const expected = referenceRun(rule, x0, grads, params.lr as number);
        expect(
          [...theta].every((v, i) => same(v, expected[i])),
          `${text}\ngot ${[...theta].join(',')}\nexpected ${expected.join(',')}`,
        ).toBe(true);
      }),
      { seed: 15, numRuns: 1500 },
    );
  });
});

describe('random hostile text', () => {
  const pieces = fc.constantFrom(...'xgtm=+-*/^(),.#\n \t1e'.split(''), 'param ', 'state ', 'lr', 'grad(', 'sqrt(', 'max(', '1e-8', '**', 'beta1', '\r\n', '$');

  it('is refused with a line and column or compiles, never throws, and stays quick', () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 120 }).map((p) => p.join('')),
        (text) => {
          const began = performance.now();
          const compiled = compileRule(text);
          expect(performance.now() - began).toBeLessThan(250);
          if (!compiled.ok) {
            expect(compiled.error.line).toBeGreaterThanOrEqual(1);
            expect(compiled.error.column).toBeGreaterThanOrEqual(1);
            expect(compiled.error.message).toMatch(/^line \d+, column \d+: /);
            return;
          }
          const step = compiled.optimizer.kernel(defaultParams(compiled.optimizer));
          step(new Float64Array(4), new Float64Array(4), createState(compiled.optimizer, 4), { lr: 0.1, momentum: 0 }, oracle);
        },
      ),
      { seed: 16, numRuns: 3000 },
    );
  });

  it('is refused however long, deep or many-lined it is made, and quickly', () => {
    fc.assert(
      fc.property(fc.constantFrom('(', '-', 'x^', 'sqrt(', '\n', 'param lr = 1\n', 'x = x + 1 # \n'), fc.integer({ min: 1, max: 20_000 }), (piece, count) => {
        const began = performance.now();
        const compiled = compileRule(`param lr = 1\nx = ${piece.repeat(count)}x`);
        expect(performance.now() - began).toBeLessThan(250);
        if (!compiled.ok) expect(compiled.error.column).toBeGreaterThanOrEqual(1);
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});
