import { Op } from './ops.ts';

export interface FunctionSpec {
  readonly arity: number;
  readonly op: (typeof Op)[keyof typeof Op];
}

const ALL: Readonly<Record<string, FunctionSpec>> = {
  sqrt: { arity: 1, op: Op.SQRT },
  exp: { arity: 1, op: Op.EXP },
  log: { arity: 1, op: Op.LOG },
  sin: { arity: 1, op: Op.SIN },
  cos: { arity: 1, op: Op.COS },
  tan: { arity: 1, op: Op.TAN },
  tanh: { arity: 1, op: Op.TANH },
  abs: { arity: 1, op: Op.ABS },
  sign: { arity: 1, op: Op.SIGN },
  min: { arity: 2, op: Op.MIN },
  max: { arity: 2, op: Op.MAX },
  grad: { arity: 1, op: Op.GRAD },
};

/** The functions one front-end offers, by name, in the order given (for listings and suggestions). */
export function functionTable(names: readonly string[]): ReadonlyMap<string, FunctionSpec> {
  return new Map(names.map((name) => [name, ALL[name]]));
}
