import type { BooleanParam, NumberParam, PairParam } from './Optimizer.ts';

// Declarations shared by several optimizers. Ranges are what torch.optim's constructors accept (they
// only check `>= 0` for most values), so every value PyTorch takes is accepted here too.

const LR_SLIDER = [1e-5, 1] as const;

export const SGD_LR_HELP = "Step size; PyTorch 1.13 requires it, 0.001 is PyTorch 2.x's default.";

export function lrParam(defaultValue: number, help = 'Step size: scales every update.', slider: readonly [number, number] = LR_SLIDER): NumberParam {
  return { name: 'lr', kind: 'number', default: defaultValue, min: 0, max: Infinity, slider, log: true, help };
}

export function epsParam(defaultValue: number, help: string): NumberParam {
  const slider = [1e-12, 0.1] as const;
  return { name: 'eps', kind: 'number', default: defaultValue, min: 0, max: Infinity, slider, log: true, help };
}

export function weightDecayParam(defaultValue = 0, help = 'L2 penalty: adds weight_decay * theta to the gradient before the update.'): NumberParam {
  return { name: 'weight_decay', kind: 'number', default: defaultValue, min: 0, max: Infinity, slider: [0, 0.5], help };
}

/** `exclusiveMin` where momentum 0 would silently turn the method into something else. */
export function momentumParam(defaultValue: number, help: string, exclusiveMin = false): NumberParam {
  const slider = [0, 0.99] as const;
  return { name: 'momentum', kind: 'number', default: defaultValue, min: 0, max: Infinity, exclusiveMin, slider, help };
}

/**
 * PyTorch does not range-check dampening; [0, 1] keeps the gradient's weight 1 - dampening between
 * 0 and 1 instead of flipping its sign or amplifying it.
 */
export function dampeningParam(help = 'Scales the gradient entering the buffer by 1 - dampening (not on the first step).'): NumberParam {
  return { name: 'dampening', kind: 'number', default: 0, min: 0, max: 1, slider: [0, 1], help };
}

export const betasParam: PairParam = {
  name: 'betas',
  kind: 'pair',
  default: [0.9, 0.999],
  min: 0,
  maxExclusive: 1,
  slider: [0, 0.999],
  help: 'Decay rates of the running mean of the gradient and of its square.',
};

export const amsgradParam: BooleanParam = {
  name: 'amsgrad',
  kind: 'boolean',
  default: false,
  help: 'Divide by the largest second moment seen so far, so steps never grow back.',
};
