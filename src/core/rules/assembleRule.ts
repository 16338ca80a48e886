import { Assembler, type Program, type Ref } from '../expr/Assembler.ts';
import type { Dual } from '../expr/calculus.ts';
import { emitNode, type Scope } from '../expr/emitNode.ts';
import { ExprError } from '../expr/ExprError.ts';
import { functionTable } from '../expr/functions.ts';
import type { Node } from '../expr/Node.ts';
import { closest, suggest } from '../expr/suggest.ts';
import { LIVE_LR, LIVE_MOMENTUM, RULE_FUNCTIONS } from './names.ts';
import type { Rule } from './Rule.ts';
import { RuleError } from './RuleError.ts';

/** A rule as code for the vector machine, with the registers its host reads and writes. */
export interface RuleProgram {
  readonly program: Program;
  /** Sets every state before step 1. */
  readonly init: Int32Array;
  /** One step over all coordinates. */
  readonly step: Int32Array;
  readonly x: number;
  readonly g: number;
  readonly t: number;
  readonly lr: number;
  readonly momentum: number | null;
  /** Registers of the states, in declaration order (the optimizer's state slots). */
  readonly states: readonly number[];
  /** Registers of the fixed params, written once per kernel. */
  readonly fixed: readonly { readonly name: string; readonly reg: number }[];
  readonly usesGradient: boolean;
}

const STEP_FUNCTIONS = functionTable(RULE_FUNCTIONS);
const INIT_FUNCTIONS = functionTable(RULE_FUNCTIONS.filter((f) => f !== 'grad'));

function callsGrad(node: Node): boolean {
  switch (node.kind) {
    case 'call':
      return node.fn === 'grad' || node.args.some(callsGrad);
    case 'negate':
      return callsGrad(node.arg);
    case 'binary':
      return callsGrad(node.left) || callsGrad(node.right);
    default:
      return false;
  }
}

/** Where each name first gets a meaning, to tell "not yet" from "never". */
function firstLines(rule: Rule): Map<string, number> {
  const first = new Map<string, number>();
  for (const line of rule.lines) {
    const name = line.kind === 'param' ? line.param.name : line.kind === 'state' ? line.state.name : line.statement.target;
    const at = line.kind === 'param' ? line.param.at : line.kind === 'state' ? line.state.at : line.statement.at;
    if (!first.has(name)) first.set(name, at.line);
  }
  return first;
}

/**
 * Assembles a parsed rule, in the order of its text: each name means what the lines above it made
 * it. Temporaries are single assignments, so reading one never sees a later write; a temporary
 * taken straight from a state or x is copied, because those change later in the step.
 */
export function assembleRule(rule: Rule): RuleProgram {
  const asm = new Assembler({ reuse: true });
  const init = asm.section();
  const step = asm.section();
  const x = asm.vectorInput();
  const g = asm.vectorInput();
  const t = asm.stepInput();
  const bound = new Map<string, { ref: Ref; kind: 'param' | 'state' | 'temporary' | 'builtin' }>([
    ['x', { ref: x, kind: 'builtin' }],
    ['g', { ref: g, kind: 'builtin' }],
    ['t', { ref: t, kind: 'builtin' }],
  ]);
  const first = firstLines(rule);
  const dual = (ref: Ref): Dual => ({ ref, tan: [] });
  const unknown = (node: Extract<Node, { kind: 'name' }>): never => {
    const later = first.get(node.name);
    if (later !== undefined && later >= node.at.line) {
      throw new RuleError(`'${node.name}' is used before it is given a value (line ${later})`, node.at, { code: 'usedBefore', name: node.name, line: later });
    }
    const near = closest(node.name, bound.keys());
    const advice = near ? ({ code: 'didYouMean', name: near } as const) : undefined;
    throw new ExprError(`unknown name '${node.name}'`, node.at, suggest(node.name, [near]), { code: 'unknownName', name: node.name }, advice);
  };
  const stepScope: Scope = {
    functions: STEP_FUNCTIONS,
    tangents: 0,
    name: (node) => dual(bound.get(node.name)?.ref ?? unknown(node)),
  };
  const initScope: Scope = {
    functions: INIT_FUNCTIONS,
    tangents: 0,
    name(node) {
      const entry = bound.get(node.name) ?? unknown(node);
      if (entry.kind === 'param' || node.name === 'x') return dual(entry.ref);
      throw new RuleError(`a state starts from numbers, params and x; '${node.name}' has no value before the first step`, node.at, {
        code: 'stateInit',
        name: node.name,
      });
    },
  };

  let lr: Ref | null = null;
  let momentum: Ref | null = null;
  const states: number[] = [];
  const fixed: { name: string; reg: number }[] = [];
  for (const line of rule.lines) {
    if (line.kind === 'param') {
      const { name } = line.param;
      const live = name === LIVE_LR || name === LIVE_MOMENTUM;
      const ref = live ? asm.stepInput() : asm.constInput();
      if (name === LIVE_LR) lr = ref;
      else if (name === LIVE_MOMENTUM) momentum = ref;
      else fixed.push({ name, reg: ref.reg });
      bound.set(name, { ref, kind: 'param' });
    } else if (line.kind === 'state') {
      const ref = asm.vectorInput();
      asm.write(init);
      emitNode(asm, line.state.init, initScope, ref);
      states.push(ref.reg);
      bound.set(line.state.name, { ref, kind: 'state' });
    } else {
      const { target, expr } = line.statement;
      asm.write(step);
      const existing = bound.get(target);
      if (target === 'x' || existing?.kind === 'state') {
        emitNode(asm, expr, stepScope, target === 'x' ? x : existing?.ref);
        continue;
      }
      const source = expr.kind === 'name' ? bound.get(expr.name) : undefined;
      const mutable = source?.kind === 'state' || (expr.kind === 'name' && expr.name === 'x');
      const value = mutable ? emitNode(asm, expr, stepScope, asm.vectorTemporary()) : emitNode(asm, expr, stepScope);
      bound.set(target, { ref: asm.pin(value.ref), kind: 'temporary' });
    }
  }
  if (!lr) throw new Error('parseRule lets no rule through without param lr');
  const program = asm.build();
  return {
    program,
    init: program.sections[init],
    step: program.sections[step],
    x: x.reg,
    g: g.reg,
    t: t.reg,
    lr: lr.reg,
    momentum: momentum?.reg ?? null,
    states,
    fixed,
    usesGradient: rule.statements.some((s) => callsGrad(s.expr)),
  };
}
