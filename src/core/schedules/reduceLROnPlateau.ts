import { choiceArg, numberArg, type MetricScheduleType } from './Schedule.ts';

export const reduceLROnPlateau: MetricScheduleType = {
  type: 'ReduceLROnPlateau',
  torch: 'torch.optim.lr_scheduler.ReduceLROnPlateau',
  summary: 'Watches the loss and cuts the lr by factor once it has stopped improving for more than patience steps.',
  kind: 'metric',
  chainable: false,
  parameters: [
    { name: 'mode', kind: 'choice', default: 'min', options: ['min', 'max'], help: 'min: the loss should fall; max: the watched value should rise.' },
    // PyTorch refuses factor >= 1.
    {
      name: 'factor',
      kind: 'number',
      default: 0.1,
      min: 0,
      max: 1,
      exclusiveMax: true,
      slider: [0.05, 0.95],
      help: 'The lr is multiplied by factor at each cut.',
    },
    { name: 'patience', kind: 'integer', default: 10, min: 0, slider: [0, 50], help: 'Steps without improvement tolerated before a cut.' },
    {
      name: 'threshold',
      kind: 'number',
      default: 1e-4,
      min: 0,
      max: Infinity,
      slider: [1e-6, 0.1],
      log: true,
      help: 'How much better than the best so far a value must be to count as an improvement.',
    },
    {
      name: 'threshold_mode',
      kind: 'choice',
      default: 'rel',
      options: ['rel', 'abs'],
      help: 'rel: better by a fraction threshold of the best; abs: better by threshold itself.',
    },
    { name: 'cooldown', kind: 'integer', default: 0, min: 0, slider: [0, 50], help: 'Steps after a cut during which no bad step is counted.' },
    { name: 'min_lr', kind: 'number', default: 0, min: 0, max: Infinity, slider: [0, 0.01], help: 'The lr is never cut below this.' },
    {
      name: 'eps',
      kind: 'number',
      default: 1e-8,
      min: 0,
      max: Infinity,
      slider: [1e-12, 1e-4],
      log: true,
      help: 'A cut smaller than eps is skipped.',
    },
  ],
  create(p, base) {
    const min = choiceArg(p, 'mode') === 'min';
    const relative = choiceArg(p, 'threshold_mode') === 'rel';
    const factor = numberArg(p, 'factor');
    const patience = numberArg(p, 'patience');
    const threshold = numberArg(p, 'threshold');
    const cooldown = numberArg(p, 'cooldown');
    const minLr = numberArg(p, 'min_lr');
    const eps = numberArg(p, 'eps');
    let best = Infinity;
    let bad = 0;
    let cooling = 0;
    // PyTorch's is_better, picked once; taken literally, so with "rel" a negative best is beaten by a slightly worse value.
    const improves: (m: number) => boolean = min
      ? relative
        ? (m) => m < best * (1 - threshold)
        : (m) => m < best - threshold
      : relative
        ? (m) => m > best * (threshold + 1)
        : (m) => m > best + threshold;
    return {
      cyclesMomentum: false,
      reset(live) {
        live.lr = base;
        best = min ? Infinity : -Infinity;
        bad = 0;
        cooling = 0;
      },
      step(live, metric) {
        if (improves(metric)) {
          best = metric;
          bad = 0;
        } else {
          bad++;
        }
        if (cooling > 0) {
          cooling--;
          bad = 0;
        }
        if (bad > patience) {
          const cut = Math.max(live.lr * factor, minLr);
          if (live.lr - cut > eps) live.lr = cut;
          cooling = cooldown;
          bad = 0;
        }
      },
    };
  },
};
