import { Machine } from '../expr/Machine.ts';
import type { Optimizer, Params, StepKernel } from '../optimizers/Optimizer.ts';
import { num } from '../optimizers/Optimizer.ts';
import type { RuleProgram } from './assembleRule.ts';
import type { Rule } from './Rule.ts';
import { ruleHyperparameter } from './ruleHyperparameter.ts';

/**
 * One machine per kernel, so particle groups never share registers. It runs over state.n
 * coordinates, resized (allocating) only when n changes; lr, momentum and t are written before each
 * step, the fixed params once.
 */
function ruleKernel(code: RuleProgram, params: Params): StepKernel {
  const machine = new Machine(code.program);
  for (const { name, reg } of code.fixed) machine.set(reg, num(params, name));
  machine.run(code.program.setup, 1);
  return (theta, grad, state, live, gradientAt) => {
    const n = state.n;
    machine.resize(n);
    machine.bind(code.x, theta);
    machine.bind(code.g, grad);
    for (let s = 0; s < code.states.length; s++) machine.bind(code.states[s], state.slots[s]);
    machine.set(code.lr, live.lr);
    if (code.momentum !== null) machine.set(code.momentum, live.momentum);
    const t = ++state.t;
    machine.set(code.t, t);
    if (t === 1) machine.run(code.init, n);
    machine.run(code.step, n, gradientAt);
  };
}

/** A URL- and menu-safe id from the rule's name: `# My Adam!` becomes `rule-my-adam`. */
function ruleId(name: string | null): string {
  const slug = (name ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return slug ? `rule-${slug}` : 'rule';
}

/**
 * The rule as an Optimizer like the built-ins: its params become hyperparameters, its states slots.
 * A rule without a first comment line has an empty name: the core has no words, and the page names
 * it by its place (ui/optimizerName.ts), the CLI by its id.
 */
export function ruleOptimizer(rule: Rule, code: RuleProgram, id = ruleId(rule.name)): Optimizer {
  return {
    id,
    name: rule.name ?? '',
    torch: 'an update rule typed in the rule language',
    summary: rule.statements.map((s) => `${s.target} = ${s.source}`).join('; '),
    hyperparameters: rule.params.map(ruleHyperparameter),
    stateSlots: rule.states.length,
    stateScalars: 0,
    kernel: (params) => ruleKernel(code, params),
    rule: code,
  };
}
