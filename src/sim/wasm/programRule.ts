import { Kind } from '../../core/expr/Assembler.ts';
import { Machine } from '../../core/expr/Machine.ts';
import { Op, WIDTH } from '../../core/expr/ops.ts';
import { num, type Params } from '../../core/optimizers/Optimizer.ts';
import type { RuleProgram } from '../../core/rules/assembleRule.ts';
import { abs, add, div, local, max, min, mul, neg, sign, sqrt, sub, type Expr, type Local } from './Code.ts';
import { MAX_SLOTS } from './fusedStep.ts';
import { SCALAR_COUNT } from './ParticleMemory.ts';
import { TYPE } from './opcodes.ts';
import type { WasmRule } from './WasmRule.ts';

/**
 * One step of a rule's scalar work, in the order of its code: an instruction whose destination is a
 * scalar (run by the vector machine itself, so its value is the kernel's to the bit), or the current
 * value of a scalar register kept for the vector code (a scratch register may be reused later on).
 */
type ScalarAction = { readonly run: Int32Array } | { readonly keep: number; readonly into: number };

/**
 * What each vector instruction computes per lane, from its fields' values: 1 the destination's before
 * it, 2 and 3 the operands a and b, 4 to 7 the fused operations' scalars c, e, f and h.
 */
const LANES: Partial<Record<number, (o: (field: number) => Expr) => Expr>> = {
  [Op.COPY]: (o) => o(2),
  [Op.NEG]: (o) => neg(o(2)),
  [Op.SQRT]: (o) => sqrt(o(2)),
  [Op.ABS]: (o) => abs(o(2)),
  [Op.SIGN]: (o) => sign(o(2)),
  [Op.SQUARE]: (o) => mul(o(2), o(2)),
  [Op.ADD]: (o) => add(o(2), o(3)),
  [Op.SUB]: (o) => sub(o(2), o(3)),
  [Op.MUL]: (o) => mul(o(2), o(3)),
  [Op.DIV]: (o) => div(o(2), o(3)),
  [Op.MIN]: (o) => min(o(2), o(3)),
  [Op.MAX]: (o) => max(o(2), o(3)),
  [Op.LIN]: (o) => add(mul(o(4), o(2)), mul(o(5), o(3))),
  [Op.LINSQ]: (o) => add(mul(o(4), o(2)), mul(o(5), mul(o(3), o(3)))),
  [Op.ADADIV]: (o) => adaptive(o),
  [Op.ADASUB]: (o) => sub(o(1), adaptive(o)),
};

/** (c·(a/e)) / (sqrt(b/f) + h), as the machine's ADADIV loop groups it. */
const adaptive = (o: (field: number) => Expr): Expr => div(mul(o(4), div(o(2), o(5))), add(sqrt(div(o(3), o(6))), o(7)));

/** Operand fields an instruction reads (its destination's value only as ADASUB's d). */
const readsOf = (op: number): readonly number[] =>
  op === Op.ADASUB ? [1, 2, 3, 4, 5, 6, 7] : op === Op.ADADIV ? [2, 3, 4, 5, 6, 7] : op === Op.LIN || op === Op.LINSQ ? [2, 3, 4, 5] : [2, 3];

/**
 * A typed rule as a wasm rule: its vector instructions become lane arithmetic in the fused step, in
 * the same order and with the same roundings as the vector machine's loops (every operation here is
 * correctly rounded per lane, as JavaScript's is), and its scalar instructions run on a machine of
 * its own once per step, as the kernel runs them. Null where the rule needs what the lanes lack: a
 * function wasm has no instruction for (exp, log, a power), a gradient elsewhere (grad), more
 * state slots or per-step scalars than the step has room for.
 */
export function programRule(code: RuleProgram, params: Params): WasmRule | null {
  const { program } = code;
  const step = code.step;
  if (code.states.length > MAX_SLOTS) return null;
  const actions: ScalarAction[] = [];
  /** Per vector instruction (by its offset), the scalars index of each scalar operand field. */
  const operands = new Map<number, Map<number, number>>();
  const kept = new Map<number, number>();
  let keeps = 0;
  for (let pc = 0; pc < step.length; pc += WIDTH) {
    const op = step[pc];
    if (program.kind[step[pc + 1]] === Kind.SCALAR) {
      actions.push({ run: step.subarray(pc, pc + WIDTH) });
      kept.delete(step[pc + 1]);
      continue;
    }
    if (!LANES[op]) return null;
    const fields = new Map<number, number>();
    for (const f of readsOf(op)) {
      const reg = step[pc + f];
      if (program.kind[reg] !== Kind.SCALAR) continue;
      let into = kept.get(reg);
      if (into === undefined) {
        into = keeps++;
        actions.push({ keep: reg, into });
        kept.set(reg, into);
      }
      fields.set(f, into);
    }
    operands.set(pc, fields);
  }
  if (keeps > SCALAR_COUNT) return null;

  const machine = new Machine(program);
  for (const { name, reg } of code.fixed) machine.set(reg, num(params, name));
  machine.run(program.setup, 1);
  const live = (lr: number, momentum: number, t: number) => {
    machine.set(code.lr, lr);
    if (code.momentum !== null) machine.set(code.momentum, momentum);
    machine.set(code.t, t);
  };
  return {
    // The states' initialisers, on the vector machine as the kernel runs them (they may read x).
    start(state, theta, { lr, momentum }) {
      live(lr, momentum, 1);
      machine.resize(state.n);
      machine.bind(code.x, theta);
      code.states.forEach((reg, k) => machine.bind(reg, state.slots[k]));
      machine.run(code.init, state.n);
    },
    scalars: Array.from({ length: keeps }, (_, k) => `s${k}`),
    perStep(out, { lr, momentum }, t) {
      live(lr, momentum, t);
      for (const action of actions) {
        if ('run' in action) machine.run(action.run, 1);
        else out[action.into] = machine.regs[action.keep][0];
      }
    },
    update(c, at, s) {
      const values = new Map<number, Local>();
      const valueOf = (reg: number): Expr => {
        const held = values.get(reg);
        if (held) return local(held);
        if (reg === code.x) return at.p0;
        if (reg === code.g) return at.g;
        const slot = code.states.indexOf(reg);
        if (slot < 0) throw new Error(`register ${reg} is read before the rule's code writes it`);
        return at.slot(slot);
      };
      for (let pc = 0; pc < step.length; pc += WIDTH) {
        const fields = operands.get(pc);
        if (!fields) continue;
        const operand = (f: number): Expr => {
          const k = fields.get(f);
          return k === undefined ? valueOf(step[pc + f]) : s[`s${k}`];
        };
        const dst = step[pc + 1];
        const value = LANES[step[pc]]!(operand);
        const into = values.get(dst) ?? c.local(TYPE.v128);
        c.set(into, value);
        values.set(dst, into);
      }
      code.states.forEach((reg, k) => {
        const held = values.get(reg);
        if (held) at.storeSlot(k, local(held));
      });
      return valueOf(code.x);
    },
  };
}
