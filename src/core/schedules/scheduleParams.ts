import type { ScheduleBooleanParam, ScheduleIntegerParam, ScheduleNumberParam } from './Schedule.ts';

// Arguments shared by several schedules. PyTorch checks few of them; where it checks nothing the
// range is what keeps every lr a learning rate torch.optim would accept (finite and >= 0).

export function gammaParam(defaultValue: number, help: string, required = false): ScheduleNumberParam {
  return { name: 'gamma', kind: 'number', default: defaultValue, min: 0, max: Infinity, slider: [0.5, 1], help, required };
}

export function etaMinParam(help = 'The lowest lr the cosine reaches.'): ScheduleNumberParam {
  return { name: 'eta_min', kind: 'number', default: 0, min: 0, max: Infinity, slider: [0, 0.01], help };
}

export function totalItersParam(help: string): ScheduleIntegerParam {
  return { name: 'total_iters', kind: 'integer', default: 5, min: 0, slider: [0, 1000], help };
}

export function maxLrParam(defaultValue: number, help: string): ScheduleNumberParam {
  return { name: 'max_lr', kind: 'number', default: defaultValue, min: 0, max: Infinity, slider: [1e-5, 1], log: true, help, required: true };
}

export function cycleMomentumParam(): ScheduleBooleanParam {
  return {
    name: 'cycle_momentum',
    kind: 'boolean',
    default: true,
    help: "Cycle the momentum (or Adam's beta1) inversely to the lr, between base_momentum and max_momentum.",
  };
}

export function momentumBoundParam(name: 'base_momentum' | 'max_momentum', defaultValue: number): ScheduleNumberParam {
  const help =
    name === 'base_momentum' ? 'The momentum where the lr peaks (its lowest value in the cycle).' : 'The momentum where the lr is lowest (its value at the first step).';
  return { name, kind: 'number', default: defaultValue, min: 0, max: Infinity, slider: [0, 0.99], help };
}
