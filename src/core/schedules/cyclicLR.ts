import { choiceArg, flagArg, numberArg, type CurveScheduleType } from './Schedule.ts';
import { checkMomentumCycling, momentumTarget } from './momentumCycling.ts';
import { cycleMomentumParam, maxLrParam, momentumBoundParam } from './scheduleParams.ts';

export const cyclicLR: CurveScheduleType = {
  type: 'CyclicLR',
  torch: 'torch.optim.lr_scheduler.CyclicLR',
  summary: 'Sweeps the lr up and down between base_lr and max_lr in triangles, over and over; momentum moves the other way.',
  kind: 'curve',
  chainable: false,
  parameters: [
    {
      name: 'base_lr',
      kind: 'number',
      default: 0.001,
      min: 0,
      max: Infinity,
      slider: [1e-5, 1],
      log: true,
      required: true,
      help: "The lowest lr of a cycle; the optimizer's own lr is ignored.",
    },
    maxLrParam(0.01, 'The highest lr of the first cycle.'),
    { name: 'step_size_up', kind: 'integer', default: 2000, min: 1, slider: [1, 1000], help: 'Steps from base_lr up to the peak.' },
    {
      name: 'step_size_down',
      kind: 'integer',
      default: 2000,
      min: 0,
      slider: [0, 1000],
      defaultFrom: 'step_size_up',
      help: "Steps from the peak back down to base_lr (PyTorch's default: step_size_up).",
    },
    {
      name: 'mode',
      kind: 'choice',
      default: 'triangular',
      options: ['triangular', 'triangular2', 'exp_range'],
      help: 'triangular: equal cycles; triangular2: the height halves every cycle; exp_range: it shrinks by gamma every step.',
    },
    { name: 'gamma', kind: 'number', default: 1, min: 0, max: Infinity, slider: [0.9, 1], help: 'exp_range only: the height is multiplied by gamma^k.' },
    cycleMomentumParam(),
    momentumBoundParam('base_momentum', 0.8),
    momentumBoundParam('max_momentum', 0.9),
  ],
  check(p, { optimizer }) {
    const problem = checkMomentumCycling(p, optimizer, false);
    if (problem) return problem;
    // A growing height would push the momentum past base_momentum and through 0 (see checkMomentumCycling).
    const growing = choiceArg(p, 'mode') === 'exp_range' && numberArg(p, 'gamma') > 1;
    if (growing && flagArg(p, 'cycle_momentum') && momentumTarget(optimizer) === 'momentum') {
      return {
        field: 'gamma',
        message: `must be <= 1 when exp_range cycles the momentum of ${optimizer.id}`,
        reason: { code: 'gammaCyclesMomentum', optimizer: optimizer.id },
      };
    }
    return null;
  },
  curve(p) {
    const baseLr = numberArg(p, 'base_lr');
    const maxLr = numberArg(p, 'max_lr');
    const baseMomentum = numberArg(p, 'base_momentum');
    const maxMomentum = numberArg(p, 'max_momentum');
    const total = numberArg(p, 'step_size_up') + numberArg(p, 'step_size_down');
    const ratio = numberArg(p, 'step_size_up') / total;
    const gamma = numberArg(p, 'gamma');
    // PyTorch 1.13's position in the cycle and scale, in its own order of operations.
    const rise = (k: number): number => {
      const x = 1 + k / total - Math.floor(1 + k / total);
      return x <= ratio ? x / ratio : (x - 1) / (ratio - 1);
    };
    const scales: Record<string, (k: number) => number> = {
      triangular: () => 1,
      triangular2: (k) => 1 / 2 ** (Math.floor(1 + k / total) - 1),
      exp_range: (k) => gamma ** k,
    };
    const scale = scales[choiceArg(p, 'mode')];
    const lr = (k: number) => baseLr + (maxLr - baseLr) * rise(k) * scale(k);
    const momentum = (k: number) => maxMomentum - (maxMomentum - baseMomentum) * rise(k) * scale(k);
    return flagArg(p, 'cycle_momentum') ? { lr, momentum } : { lr };
  },
};
