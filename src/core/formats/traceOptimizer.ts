import { InputError } from '../InputError.ts';
import type { Optimizer } from '../optimizers/Optimizer.ts';
import { resolveOptimizer } from '../optimizers/resolveOptimizer.ts';
import { compileRule } from '../rules/compileRule.ts';

/**
 * The optimizer a trace runs: a built-in by id, or an update rule's text in its place (exactly one of
 * the two). `fields` names them as the input does (`--optimizer` and `--rule`, or `cases[2].optimizer`
 * and `cases[2].rule`); a rule's mistake keeps its position, e.g.
 * `cases[2].rule: line 4, column 9: unknown name 'bta1' — did you mean 'beta1'?`.
 */
export function resolveTraceOptimizer(optimizer: string | undefined, rule: string | undefined, fields: { optimizer: string; rule: string }): Optimizer {
  if (optimizer !== undefined && rule !== undefined) {
    throw new InputError(`${fields.rule}: give either ${fields.optimizer} or ${fields.rule}, not both`);
  }
  if (rule === undefined) {
    if (optimizer === undefined) throw new InputError(`${fields.optimizer}: required (or ${fields.rule} with an update rule)`);
    return resolveOptimizer(optimizer, fields.optimizer);
  }
  const compiled = compileRule(rule);
  if (!compiled.ok) throw new InputError(`${fields.rule}: ${compiled.error.message}`);
  return compiled.optimizer;
}
