import { liveParams, num, pair, type Params } from '../../core/optimizers/Optimizer.ts';
import { rosenbrock } from '../../core/surfaces/rosenbrock.ts';

/**
 * The yardstick for the particle engine: what a programmer who knows both the optimizer and the
 * surface writes by hand for particles on Rosenbrock. One loop per step does all of it for each
 * particle, with the per-step scalars hoisted: the update from the gradient held since the last step,
 * the gradient and loss at the new point, the previous position kept for the update arrows, and a
 * running sum that clears the step of divergence (as the engine's; of the variants tried, a test per
 * particle was about 10% slower). The arithmetic is the engine's, term for term, so both end on the
 * same bits (the benchmark checks it), and the only difference left is how the work is organised.
 */
export interface FusedRun {
  readonly pos: Float64Array;
  readonly prev: Float64Array;
  readonly grad: Float64Array;
  readonly loss: Float64Array;
  /** Whether a particle has diverged (it then holds still). */
  readonly dead: Uint8Array;
  step(): void;
}

/**
 * One optimizer's part of the hand-fused loop, as the lines a programmer would type. `update` is
 * written once for a coordinate and typed out twice: `@` becomes that coordinate's suffix (x or y)
 * and `#` its index, and it reads `p0@` (the position) and `g0@` (the gradient there) and defines
 * `p@`, the new position. Writing out the Rosenbrock and bookkeeping lines for every optimizer by
 * hand would be eleven copies of the same twenty lines: the loop is assembled once from this text
 * instead, which is what hand fusion produces.
 */
interface FusedSpec {
  /** Names of the per-coordinate buffers, all starting at 0 (as the engine's first step fills them). */
  readonly slots: readonly string[];
  /** The settings the loop reads, copied into locals every step: read from a closure inside the loop, they made it about a third slower. */
  settings(params: Params): Record<string, number>;
  /** Statements run once per step `t` before the loop (per-step scalars). */
  readonly perStep?: string;
  readonly update: string;
}

const adamMoments = 'const m@ = beta1 * m[#] + c1 * g0@; const v@ = beta2 * v[#] + c2 * g0@ * g0@; m[#] = m@; v[#] = v@;';
const adamUpdate = `${adamMoments} const p@ = p0@ - (stepSize * m@) / (Math.sqrt(v@) / sqrtBc2 + eps);`;
const adamPerStep = 'const stepSize = lr / (1 - beta1 ** t); const sqrtBc2 = Math.sqrt(1 - beta2 ** t);';

function adamSettings(params: Params): Record<string, number> {
  const { lr, momentum: beta1 } = liveParams(params);
  const beta2 = pair(params, 'betas')[1];
  return { lr, beta1, beta2, c1: 1 - beta1, c2: 1 - beta2, eps: num(params, 'eps') };
}

const momentumSettings = (params: Params) => {
  const { lr, momentum: mu } = liveParams(params);
  return { lr, mu };
};

/** Each rule in its default configuration (no weight decay unless the rule has it by default, no AMSGrad, not centered). */
const SPECS: Readonly<Record<string, FusedSpec>> = {
  sgd: { slots: [], settings: (p) => ({ lr: liveParams(p).lr }), update: 'const p@ = p0@ - lr * g0@;' },
  momentum: {
    slots: ['buf'],
    settings: momentumSettings,
    perStep: 'const keep = t === 1 ? 0 : mu;',
    update: 'const b@ = keep * buf[#] + g0@; buf[#] = b@; const p@ = p0@ - lr * b@;',
  },
  nag: {
    slots: ['buf'],
    settings: momentumSettings,
    perStep: 'const keep = t === 1 ? 0 : mu;',
    update: 'const b@ = keep * buf[#] + g0@; buf[#] = b@; const p@ = p0@ - lr * (g0@ + mu * b@);',
  },
  adagrad: {
    slots: ['sum'],
    settings: (p) => ({ lr: liveParams(p).lr, lrDecay: num(p, 'lr_decay'), eps: num(p, 'eps') }),
    perStep: 'const clr = lr / (1 + (t - 1) * lrDecay);',
    update: 'const s@ = sum[#] + g0@ * g0@; sum[#] = s@; const p@ = p0@ - (clr * g0@) / (Math.sqrt(s@) + eps);',
  },
  adadelta: {
    slots: ['v', 'u'],
    settings: (p) => ({ lr: liveParams(p).lr, rho: num(p, 'rho'), c: 1 - num(p, 'rho'), eps: num(p, 'eps') }),
    update:
      'const v@ = rho * v[#] + c * g0@ * g0@; v[#] = v@; const d@ = (Math.sqrt(u[#] + eps) / Math.sqrt(v@ + eps)) * g0@; u[#] = rho * u[#] + c * d@ * d@; const p@ = p0@ - lr * d@;',
  },
  rmsprop: {
    slots: ['v'],
    settings: (p) => ({ lr: liveParams(p).lr, alpha: num(p, 'alpha'), c: 1 - num(p, 'alpha'), eps: num(p, 'eps') }),
    update: 'const v@ = alpha * v[#] + c * g0@ * g0@; v[#] = v@; const p@ = p0@ - (lr * g0@) / (Math.sqrt(v@) + eps);',
  },
  adam: { slots: ['m', 'v'], settings: adamSettings, perStep: adamPerStep, update: adamUpdate },
  adamw: {
    slots: ['m', 'v'],
    settings: (p) => ({ ...adamSettings(p), wd: num(p, 'weight_decay') }),
    // Decoupled decay shrinks the point before Adam's step moves it.
    perStep: `const shrink = 1 - lr * wd; ${adamPerStep}`,
    update: `const w@ = p0@ * shrink; ${adamUpdate.replace('p0@ -', 'w@ -')}`,
  },
  nadam: {
    slots: ['m', 'v'],
    settings: (p) => ({ ...adamSettings(p), psi: num(p, 'momentum_decay'), prod: 1 }),
    perStep:
      'const mu = beta1 * (1 - 0.5 * 0.96 ** (t * psi)); const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi)); const product = prod * mu; S.prod = product;' +
      ' const gradCoef = (lr * (1 - mu)) / (1 - product); const momentumCoef = (lr * muNext) / (1 - product * muNext); const bc2 = 1 - beta2 ** t;',
    update: `${adamMoments} const d@ = Math.sqrt(v@ / bc2) + eps; const p@ = p0@ - (gradCoef * g0@) / d@ - (momentumCoef * m@) / d@;`,
  },
  radam: {
    slots: ['m', 'v'],
    settings: (p) => ({ ...adamSettings(p), rhoInf: 2 / (1 - pair(p, 'betas')[1]) - 1 }),
    perStep:
      'const bc1 = 1 - beta1 ** t; const beta2t = beta2 ** t; const bc2 = 1 - beta2t; const rhoT = rhoInf - (2 * t * beta2t) / bc2; const rectified = rhoT > 5;' +
      ' const rect = rectified ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT)) : 0; const sqrtBc2 = Math.sqrt(bc2);',
    update: `${adamMoments} const s@ = (m@ / bc1) * lr; const p@ = rectified ? p0@ - s@ * (sqrtBc2 / (Math.sqrt(v@) + eps)) * rect : p0@ - s@;`,
  },
  adamax: {
    slots: ['m', 'u'],
    settings: adamSettings,
    perStep: 'const clr = lr / (1 - beta1 ** t);',
    update: 'const m@ = beta1 * m[#] + c1 * g0@; const u@ = Math.max(beta2 * u[#], Math.abs(g0@) + eps); m[#] = m@; u[#] = u@; const p@ = p0@ - (clr * m@) / u@;',
  },
};

type FusedStep = (pos: Float64Array, prev: Float64Array, grad: Float64Array, loss: Float64Array, slots: Float64Array[], t: number) => number;

const coordinate = (update: string, suffix: 'x' | 'y', index: string) => update.replaceAll('@', suffix).replaceAll('#', index);

/** The loop's source: per-step scalars, then per particle both coordinates' updates, the new gradient and loss, and the bookkeeping. */
function loopSource(spec: FusedSpec, names: readonly string[]): string {
  return `
    return function step(pos, prev, grad, loss, slots, t) {
      const { ${names.join(', ')} } = S;
      const [${spec.slots.join(', ')}] = slots;
      ${spec.perStep ?? ''}
      const count = loss.length;
      let check = 0;
      for (let p = 0, i = 0; p < count; p++, i += 2) {
        const p0x = pos[i];
        const g0x = grad[i];
        ${coordinate(spec.update, 'x', 'i')}
        const p0y = pos[i + 1];
        const g0y = grad[i + 1];
        ${coordinate(spec.update, 'y', 'i + 1')}
        const a = 1 - px;
        const b = py - px * px;
        const gx = -2 * a - 400 * px * b;
        const gy = 200 * b;
        const f = a * a + 100 * b * b;
        prev[i] = p0x;
        prev[i + 1] = p0y;
        pos[i] = px;
        pos[i + 1] = py;
        grad[i] = gx;
        grad[i + 1] = gy;
        loss[p] = f;
        check += px + py + f + gx + gy;
      }
      return check;
    };`;
}

/** Rosenbrock at one point, for the set-up and the rare divergence path (the loop writes it out): the surface's own. */
const rosenbrockAt = (x: number, y: number, grad: Float64Array, i: number) => rosenbrock.gradient(x, y, grad, i);

function fused(spec: FusedSpec, starts: Float64Array, params: Params): FusedRun {
  const settings = spec.settings(params);
  // The benchmark runs in node, never in the page: compiling the assembled loop is how it gets typed out.
  const step = (new Function('S', loopSource(spec, Object.keys(settings))) as (s: typeof settings) => FusedStep)(settings);
  const n = starts.length;
  const count = n / 2;
  const slots = spec.slots.map(() => new Float64Array(n));
  const stopped: number[] = [];
  let t = 0;
  const pos = Float64Array.from(starts);
  const prev = Float64Array.from(starts);
  const grad = new Float64Array(n);
  const loss = new Float64Array(count);
  const dead = new Uint8Array(count);
  /** Only after a step whose sum is not finite: which particles produced the non-finite values. */
  const stopNonFinite = () => {
    for (let p = 0, i = 0; p < count; p++, i += 2) {
      if (dead[p] || Number.isFinite(pos[i] + pos[i + 1] + loss[p] + grad[i] + grad[i + 1])) continue;
      dead[p] = 1;
      stopped.push(p);
      loss[p] = rosenbrockAt(prev[i], prev[i + 1], grad, i);
    }
  };
  for (let p = 0, i = 0; p < count; p++, i += 2) loss[p] = rosenbrockAt(pos[i], pos[i + 1], grad, i);
  return {
    pos,
    prev,
    grad,
    loss,
    dead,
    step: () => {
      if (!Number.isFinite(step(pos, prev, grad, loss, slots, ++t))) stopNonFinite();
      // A diverged particle holds still: the loop moved it with everyone else, so put it back.
      for (const p of stopped) {
        pos[2 * p] = prev[2 * p];
        pos[2 * p + 1] = prev[2 * p + 1];
        grad[2 * p] = 0;
        grad[2 * p + 1] = 0;
      }
    },
  };
}

/** Every optimizer's hand-fused reference, by id. */
export const fusedReferences: Readonly<Record<string, (starts: Float64Array, params: Params) => FusedRun>> = Object.fromEntries(
  Object.entries(SPECS).map(([id, spec]) => [id, (starts: Float64Array, params: Params) => fused(spec, starts, params)]),
);
