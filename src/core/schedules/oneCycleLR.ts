import { choiceArg, flagArg, numberArg, type CurveScheduleType, type ScheduleParams } from './Schedule.ts';
import { checkMomentumCycling } from './momentumCycling.ts';
import { cycleMomentumParam, maxLrParam, momentumBoundParam } from './scheduleParams.ts';

// PyTorch 1.13's annealing functions, in its own order of operations.
const cosine = (a: number, b: number, pct: number) => b + ((a - b) / 2) * (Math.cos(Math.PI * pct) + 1);
const linear = (a: number, b: number, pct: number) => (b - a) * pct + a;

export const oneCycleLR: CurveScheduleType = {
  type: 'OneCycleLR',
  torch: 'torch.optim.lr_scheduler.OneCycleLR',
  summary: 'One cycle over total_steps: the lr climbs from max_lr / div_factor to max_lr, then anneals far below its start; momentum moves the other way.',
  kind: 'curve',
  chainable: false,
  parameters: [
    maxLrParam(0.1, "The peak lr; the optimizer's own lr is ignored."),
    {
      name: 'total_steps',
      kind: 'integer',
      default: 300,
      min: 1,
      slider: [10, 10000],
      required: true,
      help: 'Length of the cycle in scheduler steps; a run may not take more.',
    },
    {
      name: 'pct_start',
      kind: 'number',
      default: 0.3,
      min: 0,
      max: 1,
      slider: [0, 1],
      help: 'Fraction of the cycle spent raising the lr.',
    },
    { name: 'anneal_strategy', kind: 'choice', default: 'cos', options: ['cos', 'linear'], help: 'Shape of every rise and fall.' },
    cycleMomentumParam(),
    momentumBoundParam('base_momentum', 0.85),
    momentumBoundParam('max_momentum', 0.95),
    {
      name: 'div_factor',
      kind: 'number',
      default: 25,
      min: 0,
      max: Infinity,
      exclusiveMin: true,
      slider: [1, 100],
      help: 'The first lr is max_lr / div_factor.',
    },
    {
      name: 'final_div_factor',
      kind: 'number',
      default: 1e4,
      min: 0,
      max: Infinity,
      exclusiveMin: true,
      slider: [1, 1e6],
      log: true,
      help: 'The last lr is the first lr / final_div_factor.',
    },
    {
      name: 'three_phase',
      kind: 'boolean',
      default: false,
      help: 'Fall back to the first lr symmetrically before the final annealing, instead of annealing straight from the peak.',
    },
  ],
  check(p, { optimizer, steps }) {
    const total = numberArg(p, 'total_steps');
    if (steps !== undefined && steps > total) {
      return {
        field: 'total_steps',
        message: `is ${total} but the run takes ${steps} scheduler steps: PyTorch raises "Tried to step ${total + 2} times" past total_steps`,
        reason: { code: 'totalSteps', total, steps },
      };
    }
    const ends = phaseEnds(p);
    if (ends[0] === 0)
      return { field: 'pct_start', message: 'times total_steps is 1: the first phase has zero length (PyTorch divides by zero)', reason: { code: 'firstPhaseEmpty' } };
    // The scheduler step after step total_steps evaluates the last phase; a zero-length one divides by zero.
    if (ends[ends.length - 2] === ends[ends.length - 1] && steps !== undefined && steps >= total) {
      return {
        field: 'pct_start',
        message: 'leaves the last phase with zero length: PyTorch divides by zero at the final scheduler step',
        reason: { code: 'lastPhaseEmpty' },
      };
    }
    return checkMomentumCycling(p, optimizer, true);
  },
  curve(p) {
    const maxLr = numberArg(p, 'max_lr');
    const initial = maxLr / numberArg(p, 'div_factor');
    const minimum = initial / numberArg(p, 'final_div_factor');
    const base = numberArg(p, 'base_momentum');
    const max = numberArg(p, 'max_momentum');
    const anneal = choiceArg(p, 'anneal_strategy') === 'cos' ? cosine : linear;
    const three = flagArg(p, 'three_phase');
    const ends = Float64Array.from(phaseEnds(p));
    // Per phase: lr from, lr to, momentum from, momentum to.
    const table = three ? [initial, maxLr, max, base, maxLr, initial, base, max, initial, minimum, max, max] : [initial, maxLr, max, base, maxLr, minimum, base, max];
    const values = Float64Array.from(table);
    const last = ends.length - 1;
    // The first phase whose end is at or after k (the last takes anything beyond), as PyTorch walks them.
    const at = (k: number, column: number): number => {
      let i = 0;
      let start = 0;
      while (i < last && k > ends[i]) start = ends[i++];
      return anneal(values[4 * i + column], values[4 * i + column + 1], (k - start) / (ends[i] - start));
    };
    const lr = (k: number) => at(k, 0);
    return flagArg(p, 'cycle_momentum') ? { lr, momentum: (k: number) => at(k, 2) } : { lr };
  },
};

/** The last step of each phase, as floats (PyTorch does not round them). */
function phaseEnds(p: ScheduleParams): number[] {
  const total = numberArg(p, 'total_steps');
  const pct = numberArg(p, 'pct_start');
  return flagArg(p, 'three_phase') ? [pct * total - 1, 2 * pct * total - 2, total - 1] : [pct * total - 1, total - 1];
}
