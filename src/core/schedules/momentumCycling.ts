import { momentum as momentumSgd } from '../optimizers/momentum.ts';
import type { Optimizer, Params } from '../optimizers/Optimizer.ts';
import { flagArg, numberArg, type ScheduleParams, type ScheduleProblem } from './Schedule.ts';

/**
 * Where PyTorch writes a cycled momentum in the optimizer's param group: `momentum` (torch.optim.SGD
 * and RMSprop), `betas` (its first entry, the Adam family), or nowhere (Adagrad, Adadelta).
 */
export function momentumTarget(optimizer: Optimizer): 'momentum' | 'betas' | null {
  // sgd is torch.optim.SGD at momentum 0, whose param group still has a momentum entry.
  if (optimizer.id === 'sgd') return 'momentum';
  const names = optimizer.hyperparameters.map((p) => p.name);
  if (names.includes('momentum')) return 'momentum';
  return names.includes('betas') ? 'betas' : null;
}

/**
 * PyTorch's check when `cycle_momentum` is on (`betasToo`: OneCycleLR also cycles betas[0], 1.13's
 * CyclicLR does not), plus one of ours: SGD and RMSprop skip their momentum buffer at any step whose
 * momentum is 0, which the kernels (built once with or without a buffer) do not reproduce.
 */
export function checkMomentumCycling(p: ScheduleParams, optimizer: Optimizer, betasToo: boolean): ScheduleProblem | null {
  if (!flagArg(p, 'cycle_momentum')) return null;
  const target = momentumTarget(optimizer);
  if (target === null || (target === 'betas' && !betasToo)) {
    const has = betasToo ? 'neither momentum nor betas' : 'no momentum (1.13 cycles only momentum, not betas)';
    return {
      field: 'cycle_momentum',
      message: `${optimizer.id} has ${has}: PyTorch raises "optimizer must support momentum with \`cycle_momentum\` option enabled"; set cycle_momentum to false`,
      reason: { code: 'noMomentum', optimizer: optimizer.id, betasToo },
    };
  }
  if (target === 'momentum') {
    for (const name of ['base_momentum', 'max_momentum']) {
      if (!(numberArg(p, name) > 0)) {
        return {
          field: name,
          message: `must be > 0 when it cycles the momentum of ${optimizer.id}: PyTorch switches the momentum buffer off at a momentum of 0`,
          reason: { code: 'zeroMomentum', optimizer: optimizer.id },
        };
      }
    }
  }
  return null;
}

/**
 * The optimizer and params whose kernel runs a schedule. A cycled momentum written into SGD or
 * RMSprop at momentum 0 turns their momentum buffer on, as in PyTorch: sgd then runs momentum SGD's
 * rule (no dampening). `firstMomentum` is the schedule's momentum at step 0.
 */
export function kernelOptimizer(optimizer: Optimizer, params: Params, cyclesMomentum: boolean, firstMomentum: number): { optimizer: Optimizer; params: Params } {
  if (!cyclesMomentum || momentumTarget(optimizer) !== 'momentum') return { optimizer, params };
  if (optimizer.id === 'sgd') return { optimizer: momentumSgd, params: { ...params, momentum: firstMomentum, dampening: 0 } };
  return params.momentum === 0 ? { optimizer, params: { ...params, momentum: firstMomentum } } : { optimizer, params };
}
