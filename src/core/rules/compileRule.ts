import { ExprError } from '../expr/ExprError.ts';
import type { Optimizer } from '../optimizers/Optimizer.ts';
import { assembleRule } from './assembleRule.ts';
import { parseRule } from './parseRule.ts';
import type { Rule } from './Rule.ts';
import { RuleError, type RuleFailure } from './RuleError.ts';
import { ruleOptimizer } from './ruleOptimizer.ts';

export type CompiledRule =
  | {
      ok: true;
      optimizer: Optimizer;
      rule: Rule;
      /** Whether the rule calls grad(E): its host must pass a gradient oracle to the kernel. */
      usesGradient: boolean;
    }
  | { ok: false; error: RuleFailure };

/**
 * Checks and compiles a rule into an Optimizer, or returns its first mistake as
 * "line 4, column 9: unknown name 'bta1' — did you mean 'beta1'?". `id` overrides the id made from
 * the rule's name (a host running several rules gives each its own).
 */
export function compileRule(text: string, id?: string): CompiledRule {
  try {
    const rule = parseRule(text);
    const code = assembleRule(rule);
    return { ok: true, optimizer: ruleOptimizer(rule, code, id), rule, usesGradient: code.usesGradient };
  } catch (error) {
    if (!(error instanceof ExprError)) throw error;
    const reason = error.reason + error.hint;
    const { line, column, problem, advice } = error;
    const rule = error instanceof RuleError ? error.rule : undefined;
    return { ok: false, error: { message: `line ${line}, column ${column}: ${reason}`, reason, line, column, problem, advice, rule } };
  }
}
