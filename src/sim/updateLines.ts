import type { Params } from '../core/optimizers/Optimizer.ts';
import type { StepRecord } from './StepHistory.ts';

/** A number of the update: one per coordinate, or one shared by both (a bias correction). */
export type LineValue = number | [number, number];

/**
 * One line of an update rule with its value at this step: `target ← expr` in the formula language
 * (PyTorch's names, `m` on the right being its value before the update), or a quantity with no
 * formula of its own (`expr` null).
 */
/** What a line's number is, for its caption. */
export type Quantity =
  | 'gradient'
  | 'decayedGradient'
  | 'velocity'
  | 'firstMoment'
  | 'secondMoment'
  | 'maxSecondMoment'
  | 'squaredSum'
  | 'meanGradient'
  | 'squaredSteps'
  | 'infinityNorm'
  | 'rawStep'
  | 'biasCorrection1'
  | 'biasCorrection2'
  | 'stepSize'
  | 'decayedPosition'
  | 'position';

export interface UpdateLine {
  readonly target: string;
  readonly quantity: Quantity;
  readonly expr: string | null;
  readonly value: LineValue;
}

const numberParam = (p: Params, name: string) => (typeof p[name] === 'number' ? p[name] : 0);
type Pair = [number, number];
const each = (a: Pair, f: (v: number, i: 0 | 1) => number): Pair => [f(a[0], 0), f(a[1], 1)];

/**
 * The rule of a step as the optimizer's kernel took it, line by line, with the values of that step:
 * state values are the kernel's own (read from the record, never recomputed), and the quantities
 * between them (bias corrections, the per-coordinate step size `eta`) are computed here from the
 * record with the kernel's own operations in the kernel's order. The last line is always the new
 * position, the core's own. `slots` is the state's slot count as the group runs it (a schedule that
 * cycles SGD's momentum gives SGD a buffer). null for a rule the optimizer registry does not hold.
 */
export function updateLines(optimizerId: string, params: Params, r: StepRecord): UpdateLine[] | null {
  const { lr, momentum: mu, t } = r;
  const x = r.from;
  const wd = numberParam(params, 'weight_decay');
  const decoupled = optimizerId === 'adamw';
  const lines: UpdateLine[] = [];
  // The L2 term joins the gradient before the rule sees it, as withWeightDecay adds it.
  const g: Pair = wd > 0 && !decoupled ? each(r.grad, (v, i) => v + wd * x[i]) : r.grad;
  lines.push({ target: 'g', quantity: wd > 0 && !decoupled ? 'decayedGradient' : 'gradient', expr: wd > 0 && !decoupled ? 'g + weight_decay*x' : null, value: g });
  const slot = (k: number): Pair => r.after[k];
  const before = (k: number): Pair => r.before[k];
  const end: UpdateLine = { target: 'x', quantity: 'position', expr: null, value: r.to };
  switch (optimizerId) {
    case 'sgd':
    case 'momentum': {
      if (r.after.length === 0) {
        lines.push({ target: 'eta', quantity: 'stepSize', expr: 'lr', value: lr });
        return [...lines, { ...end, expr: 'x - lr*g' }];
      }
      const damp = numberParam(params, 'dampening');
      lines.push({ target: 'b', quantity: 'velocity', expr: t === 1 ? 'g' : damp > 0 ? 'momentum*b + (1 - dampening)*g' : 'momentum*b + g', value: slot(0) });
      lines.push({ target: 'eta', quantity: 'stepSize', expr: 'lr', value: lr });
      return [...lines, { ...end, expr: 'x - lr*b' }];
    }
    case 'nag':
      lines.push({ target: 'b', quantity: 'velocity', expr: t === 1 ? 'g' : 'momentum*b + g', value: slot(0) });
      lines.push({ target: 'eta', quantity: 'stepSize', expr: 'lr', value: lr });
      return [...lines, { ...end, expr: 'x - lr*(g + momentum*b)' }];
    case 'adagrad': {
      const clr = lr / (1 + (t - 1) * numberParam(params, 'lr_decay'));
      const s = slot(0);
      const eps = numberParam(params, 'eps');
      lines.push({ target: 's', quantity: 'squaredSum', expr: 's + g^2', value: s });
      lines.push({ target: 'eta', quantity: 'stepSize', expr: 'lr/(1 + (t - 1)*lr_decay)/(sqrt(s) + eps)', value: each(s, (v) => clr / (Math.sqrt(v) + eps)) });
      return [...lines, { ...end, expr: 'x - eta*g' }];
    }
    case 'adadelta': {
      const eps = numberParam(params, 'eps');
      const v = slot(0);
      const ratio = each(v, (vi, i) => Math.sqrt(before(1)[i] + eps) / Math.sqrt(vi + eps));
      lines.push({ target: 'v', quantity: 'secondMoment', expr: 'rho*v + (1 - rho)*g^2', value: v });
      lines.push({ target: 'd', quantity: 'rawStep', expr: 'sqrt(u + eps)/sqrt(v + eps)*g', value: each(ratio, (q, i) => q * g[i]) });
      lines.push({ target: 'u', quantity: 'squaredSteps', expr: 'rho*u + (1 - rho)*d^2', value: slot(1) });
      lines.push({ target: 'eta', quantity: 'stepSize', expr: 'lr*sqrt(u + eps)/sqrt(v + eps)', value: each(ratio, (q) => lr * q) });
      return [...lines, { ...end, expr: 'x - lr*d' }];
    }
    case 'rmsprop': {
      const eps = numberParam(params, 'eps');
      const centered = params.centered === true;
      const v = slot(0);
      lines.push({ target: 'v', quantity: 'secondMoment', expr: 'alpha*v + (1 - alpha)*g^2', value: v });
      if (centered) lines.push({ target: 'a', quantity: 'meanGradient', expr: 'alpha*a + (1 - alpha)*g', value: slot(1) });
      const root = centered ? 'sqrt(v - a^2) + eps' : 'sqrt(v) + eps';
      const denom = each(v, (vi, i) => (centered ? Math.sqrt(vi - slot(1)[i] * slot(1)[i]) : Math.sqrt(vi)) + eps);
      if (numberParam(params, 'momentum') > 0) {
        lines.push({ target: 'b', quantity: 'velocity', expr: `momentum*b + g/(${root})`, value: slot(2) });
        lines.push({ target: 'eta', quantity: 'stepSize', expr: `lr/(${root})`, value: each(denom, (q) => lr / q) });
        return [...lines, { ...end, expr: 'x - lr*b' }];
      }
      lines.push({ target: 'eta', quantity: 'stepSize', expr: `lr/(${root})`, value: each(denom, (q) => lr / q) });
      return [...lines, { ...end, expr: 'x - eta*g' }];
    }
    case 'adam':
    case 'adamw': {
      if (decoupled && wd > 0) lines.push({ target: 'x', quantity: 'decayedPosition', expr: '(1 - lr*weight_decay)*x', value: each(x, (v) => v * (1 - lr * wd)) });
      const beta2 = (params.betas as readonly [number, number])[1];
      const eps = numberParam(params, 'eps');
      const bc1 = 1 - mu ** t;
      const bc2 = 1 - beta2 ** t;
      const amsgrad = params.amsgrad === true;
      lines.push({ target: 'm', quantity: 'firstMoment', expr: 'beta1*m + (1 - beta1)*g', value: slot(0) });
      lines.push({ target: 'v', quantity: 'secondMoment', expr: 'beta2*v + (1 - beta2)*g^2', value: slot(1) });
      if (amsgrad) lines.push({ target: 'vmax', quantity: 'maxSecondMoment', expr: 'max(vmax, v)', value: slot(2) });
      const v = amsgrad ? slot(2) : slot(1);
      lines.push({ target: 'bc1', quantity: 'biasCorrection1', expr: '1 - beta1^t', value: bc1 });
      lines.push({ target: 'bc2', quantity: 'biasCorrection2', expr: '1 - beta2^t', value: bc2 });
      const sqrtBc2 = Math.sqrt(bc2);
      const vName = amsgrad ? 'vmax' : 'v';
      lines.push({ target: 'eta', quantity: 'stepSize', expr: `lr/(sqrt(${vName})/sqrt(bc2) + eps)`, value: each(v, (vi) => lr / (Math.sqrt(vi) / sqrtBc2 + eps)) });
      return [...lines, { ...end, expr: 'x - eta*m/bc1' }];
    }
    case 'nadam':
    case 'radam':
    case 'adamax':
      // Their rules carry more terms than a panel line holds; the moments they keep are shown as they are.
      lines.push({ target: 'm', quantity: 'firstMoment', expr: null, value: slot(0) });
      lines.push(
        optimizerId === 'adamax'
          ? { target: 'u', quantity: 'infinityNorm', expr: null, value: slot(1) }
          : { target: 'v', quantity: 'secondMoment', expr: null, value: slot(1) },
      );
      return [...lines, end];
    default:
      return null;
  }
}
