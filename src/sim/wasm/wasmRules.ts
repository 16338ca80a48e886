import { flag, num, pair, type Optimizer, type Params } from '../../core/optimizers/Optimizer.ts';
import { abs, add, div, local, max, mul, sqrt, sub } from './Code.ts';
import { TYPE } from './opcodes.ts';
import { programRule } from './programRule.ts';
import { fillSlots, type WasmRule } from './WasmRule.ts';

/** Adam without weight decay or AMSGrad (adamFamily's first kernel). */
function adam(p: Params): WasmRule {
  const beta2 = pair(p, 'betas')[1];
  const c2 = 1 - beta2;
  const eps = num(p, 'eps');
  return {
    start: fillSlots([
      [0, 0],
      [1, 0],
    ]),
    scalars: ['beta1', 'c1', 'beta2', 'c2', 'stepSize', 'sqrtBc2', 'eps'],
    perStep(out, { lr, momentum: beta1 }, t) {
      out[0] = beta1;
      out[1] = 1 - beta1;
      out[2] = beta2;
      out[3] = c2;
      out[4] = lr / (1 - beta1 ** t);
      out[5] = Math.sqrt(1 - beta2 ** t);
      out[6] = eps;
    },
    update(c, at, s) {
      const m = c.local(TYPE.v128);
      const v = c.local(TYPE.v128);
      c.set(m, add(mul(s.beta1, at.slot(0)), mul(s.c1, at.g)));
      c.set(v, add(mul(s.beta2, at.slot(1)), mul(mul(s.c2, at.g), at.g)));
      at.storeSlot(0, local(m));
      at.storeSlot(1, local(v));
      return sub(at.p0, div(mul(s.stepSize, local(m)), add(div(sqrt(local(v)), s.sqrtBc2), s.eps)));
    },
  };
}

/** SGD without momentum (sgdKernel's plain rule). */
const plainSgd = (): WasmRule => ({
  start: fillSlots([]),
  scalars: ['lr'],
  perStep(out, { lr }) {
    out[0] = lr;
  },
  update: (_c, at, s) => sub(at.p0, mul(s.lr, at.g)),
});

/** The momentum buffer's two rules without dampening: heavy ball, and with nesterov NAG (sgdKernel's). */
const buffered = (nesterov: boolean): WasmRule => ({
  start: fillSlots([[0, 0]]),
  scalars: ['keep', 'lr', 'mu'],
  perStep(out, { lr, momentum: mu }, t) {
    out[0] = t === 1 ? 0 : mu;
    out[1] = lr;
    out[2] = mu;
  },
  update(c, at, s) {
    const b = c.local(TYPE.v128);
    c.set(b, add(mul(s.keep, at.slot(0)), at.g));
    at.storeSlot(0, local(b));
    return sub(at.p0, mul(s.lr, nesterov ? add(at.g, mul(s.mu, local(b))) : local(b)));
  },
});

/** RMSprop neither centered nor with momentum (its first kernel). */
function rmsprop(p: Params): WasmRule {
  const alpha = num(p, 'alpha');
  const c = 1 - alpha;
  const eps = num(p, 'eps');
  return {
    start: fillSlots([
      [0, 0],
      [1, 0],
      [2, 0],
    ]),
    scalars: ['lr', 'alpha', 'c', 'eps'],
    perStep(out, { lr }) {
      out[0] = lr;
      out[1] = alpha;
      out[2] = c;
      out[3] = eps;
    },
    update(code, at, s) {
      const v = code.local(TYPE.v128);
      code.set(v, add(mul(s.alpha, at.slot(0)), mul(mul(s.c, at.g), at.g)));
      at.storeSlot(0, local(v));
      return sub(at.p0, div(mul(s.lr, at.g), add(sqrt(local(v)), s.eps)));
    },
  };
}

function adagrad(p: Params): WasmRule {
  const lrDecay = num(p, 'lr_decay');
  const eps = num(p, 'eps');
  return {
    start: fillSlots([[0, num(p, 'initial_accumulator_value')]]),
    scalars: ['clr', 'eps'],
    perStep(out, { lr }, t) {
      out[0] = lr / (1 + (t - 1) * lrDecay);
      out[1] = eps;
    },
    update(c, at, s) {
      const sum = c.local(TYPE.v128);
      c.set(sum, add(at.slot(0), mul(at.g, at.g)));
      at.storeSlot(0, local(sum));
      return sub(at.p0, div(mul(s.clr, at.g), add(sqrt(local(sum)), s.eps)));
    },
  };
}

/** Adadelta (its kernel's rule): delta from the old u, then u takes in the new delta. */
function adadelta(p: Params): WasmRule {
  const rho = num(p, 'rho');
  const c = 1 - rho;
  const eps = num(p, 'eps');
  return {
    start: fillSlots([
      [0, 0],
      [1, 0],
    ]),
    scalars: ['lr', 'rho', 'c', 'eps'],
    perStep(out, { lr }) {
      out[0] = lr;
      out[1] = rho;
      out[2] = c;
      out[3] = eps;
    },
    update(code, at, s) {
      const v = code.local(TYPE.v128);
      const delta = code.local(TYPE.v128);
      code.set(v, add(mul(s.rho, at.slot(0)), mul(mul(s.c, at.g), at.g)));
      at.storeSlot(0, local(v));
      code.set(delta, mul(div(sqrt(add(at.slot(1), s.eps)), sqrt(add(local(v), s.eps))), at.g));
      at.storeSlot(1, add(mul(s.rho, at.slot(1)), mul(mul(s.c, local(delta)), local(delta))));
      return sub(at.p0, mul(s.lr, local(delta)));
    },
  };
}

/** Adamax (its kernel's rule): only the first moment is bias-corrected. */
function adamax(p: Params): WasmRule {
  const beta2 = pair(p, 'betas')[1];
  const eps = num(p, 'eps');
  return {
    start: fillSlots([
      [0, 0],
      [1, 0],
    ]),
    scalars: ['beta1', 'c1', 'beta2', 'eps', 'clr'],
    perStep(out, { lr, momentum: beta1 }, t) {
      out[0] = beta1;
      out[1] = 1 - beta1;
      out[2] = beta2;
      out[3] = eps;
      out[4] = lr / (1 - beta1 ** t);
    },
    update(c, at, s) {
      const m = c.local(TYPE.v128);
      const u = c.local(TYPE.v128);
      c.set(m, add(mul(s.beta1, at.slot(0)), mul(s.c1, at.g)));
      c.set(u, max(mul(s.beta2, at.slot(1)), add(abs(at.g), s.eps)));
      at.storeSlot(0, local(m));
      at.storeSlot(1, local(u));
      return sub(at.p0, div(mul(s.clr, local(m)), local(u)));
    },
  };
}

/**
 * The wasm rule for an optimizer's configuration, or null where the JavaScript kernel stays (an
 * option the rules here do not write out: weight decay, AMSGrad, dampening, centered…). Each case is
 * the configuration whose JavaScript kernel the rule transcribes; a typed rule is compiled from its code.
 */
export function wasmRuleFor(optimizer: Optimizer, p: Params): WasmRule | null {
  if (optimizer.rule) return programRule(optimizer.rule, p);
  if ((num(p, 'weight_decay') ?? 0) !== 0) return null;
  switch (optimizer.id) {
    case 'adam':
      return flag(p, 'amsgrad') ? null : adam(p);
    case 'sgd':
      return plainSgd();
    case 'momentum':
      return num(p, 'momentum') > 0 && num(p, 'dampening') === 0 ? buffered(false) : null;
    case 'nag':
      return buffered(true);
    case 'rmsprop':
      return num(p, 'momentum') === 0 && !flag(p, 'centered') ? rmsprop(p) : null;
    case 'adagrad':
      return adagrad(p);
    case 'adadelta':
      return adadelta(p);
    case 'adamax':
      return adamax(p);
    default:
      return null;
  }
}
