import type { Optimizer, Params } from '../optimizers/Optimizer.ts';
import { scheduleByType } from '../schedules/registry.ts';
import type { ScheduleSpec } from '../schedules/Schedule.ts';
import { pythonValue } from './pythonLiteral.ts';

/**
 * The optimizer's PyTorch class and the keywords its declaration fixes, read from its `torch` text:
 * `torch.optim.SGD(momentum=…, nesterov=True)` → SGD with nesterov=True (momentum comes from the params).
 */
export function torchClass(optimizer: Optimizer): { cls: string; fixed: [string, string][] } {
  const m = /^(torch\.optim\.[A-Za-z]+)(?:\((.*)\))?$/.exec(optimizer.torch);
  if (!m) throw new Error(`${optimizer.id}: no torch.optim class in "${optimizer.torch}"`);
  const fixed = (m[2] ?? '')
    .split(',')
    .map((kv) => kv.trim().split('='))
    .filter((kv): kv is [string, string] => kv.length === 2 && kv[1] !== '…');
  return { cls: m[1], fixed };
}

/**
 * Keywords that pin the update rule the app runs across PyTorch versions: NAdam follows its documented
 * rule, which PyTorch 2.x runs by default and 1.13 only on its foreach path (its default path counts mu_t twice).
 */
const PINNED: Readonly<Record<string, string>> = { nadam: 'foreach=True' };

/** `torch.optim.Adam(params, lr=0.001, betas=(0.9, 0.999), …)`: every hyperparameter by PyTorch's name. */
export function torchOptimizerCall(optimizer: Optimizer, params: Params, target: string): string {
  const { cls, fixed } = torchClass(optimizer);
  const args = optimizer.hyperparameters.map((h) => `${h.name}=${pythonValue(params[h.name])}`);
  for (const [name, value] of fixed) if (!(name in params)) args.push(`${name}=${value}`);
  if (PINNED[optimizer.id]) args.push(PINNED[optimizer.id]);
  return `${cls}(${[target, ...args].join(', ')})`;
}

/** `torch.optim.lr_scheduler.StepLR(opt, step_size=30, gamma=0.1)`; SequentialLR builds its children on the same optimizer. */
export function torchSchedulerCall(schedule: ScheduleSpec, target: string): string {
  const type = scheduleByType(schedule.type);
  if (!type) throw new Error(`unknown schedule "${schedule.type}"`);
  const args = type.parameters
    .filter((p) => schedule.params[p.name] !== undefined)
    .map((p) => {
      const v = schedule.params[p.name];
      if (p.kind === 'schedules') return `${p.name}=[${(v as ScheduleSpec[]).map((c) => torchSchedulerCall(c, target)).join(', ')}]`;
      return `${p.name}=${pythonValue(v, p.kind === 'integer' || p.kind === 'integers')}`;
    });
  return `torch.optim.lr_scheduler.${schedule.type}(${[target, ...args].join(', ')})`;
}
