import { InputError } from '../InputError.ts';
import type { Optimizer } from '../optimizers/Optimizer.ts';
import { optimizerById } from '../optimizers/registry.ts';
import { resolveOptimizer } from '../optimizers/resolveOptimizer.ts';
import { compileRule } from '../rules/compileRule.ts';

/**
 * The optimizer of an experiment run: a built-in named by `optimizer`, or an update rule's text in
 * `rule`. A rule's run is named by `optimizer` when given (the app's `rule-1`, what slices'
 * `final:<optimizer>` and the CSV's columns say), else by the rule's first comment line; a built-in's
 * id is refused as a rule's name, so no column or snapshot is ambiguous. A rule's mistake keeps its
 * position: `runs[7].rule: line 4, column 9: unknown name 'bta1' — did you mean 'beta1'?`.
 */
export function resolveRunOptimizer(run: { optimizer?: string; rule?: string }, field: string): Optimizer {
  if (run.rule === undefined) {
    if (run.optimizer === undefined) throw new InputError(`${field}.optimizer: required (or ${field}.rule with an update rule)`);
    return resolveOptimizer(run.optimizer, `${field}.optimizer`);
  }
  if (run.optimizer !== undefined && optimizerById(run.optimizer)) {
    throw new InputError(`${field}.optimizer: "${run.optimizer}" is a built-in optimizer; a rule's run needs another name (or none)`);
  }
  const compiled = compileRule(run.rule, run.optimizer);
  if (!compiled.ok) throw new InputError(`${field}.rule: ${compiled.error.message}`);
  return compiled.optimizer;
}
