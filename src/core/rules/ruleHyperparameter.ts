import type { NumberParam } from '../optimizers/Optimizer.ts';
import { LIVE_LR } from './names.ts';
import type { RuleParam } from './Rule.ts';

/**
 * A control for one `param` line. The learning rate is non-negative with a log slider, as PyTorch
 * requires; any other param takes any finite number, since only the rule knows what it means. The
 * slider is a guess from the default: a log scale for small positive values (eps), [0, 1] for
 * coefficients, and a span around the default otherwise.
 */
export function ruleHyperparameter({ name, default: value }: RuleParam): NumberParam {
  const help = `Rule parameter (default ${value}).`;
  if (name === LIVE_LR) {
    return { name, kind: 'number', default: value, min: 0, max: Infinity, slider: [1e-5, 1], log: true, help: 'Step size: scales every update (a schedule sets it).' };
  }
  const base = { name, kind: 'number', default: value, min: -Infinity, max: Infinity, help } as const;
  if (value > 0 && value < 1e-3) return { ...base, slider: [1e-12, 0.1], log: true };
  if (value >= 0 && value <= 1) return { ...base, slider: [0, 1] };
  const reach = 2 * Math.abs(value);
  return { ...base, slider: [Math.min(0, -reach), reach] };
}
