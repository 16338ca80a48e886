import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createScheduler } from '../../../src/core/schedules/createScheduler.ts';
import { integersArg, numberArg as num, type ScheduleParams } from '../../../src/core/schedules/Schedule.ts';

const STEPS = 300;

/** PyTorch 1.13's chainable get_lr (schedules.md's recursive table): lr_k from lr_(k-1). */
const recursions: Record<string, (p: ScheduleParams, base: number) => (lr: number, k: number) => number> = {
  StepLR: (p) => (lr, k) => (k % num(p, 'step_size') === 0 ? lr * num(p, 'gamma') : lr),
  MultiStepLR: (p) => (lr, k) => lr * num(p, 'gamma') ** integersArg(p, 'milestones').filter((m) => m === k).length,
  ExponentialLR: (p) => (lr) => lr * num(p, 'gamma'),
  LinearLR: (p) => (lr, k) => {
    const [start, total] = [num(p, 'start_factor'), num(p, 'total_iters')];
    const d = num(p, 'end_factor') - start;
    return k > total ? lr : lr * (1 + d / (total * start + (k - 1) * d));
  },
  PolynomialLR: (p) => (lr, k) => {
    const total = num(p, 'total_iters');
    return k > total ? lr : lr * ((1 - k / total) / (1 - (k - 1) / total)) ** num(p, 'power');
  },
  CosineAnnealingLR: (p, base) => (lr, k) => {
    const [t, eta] = [num(p, 'T_max'), num(p, 'eta_min')];
    if ((k - 1 - t) % (2 * t) === 0) return lr + ((base - eta) * (1 - Math.cos(Math.PI / t))) / 2;
    return eta + ((lr - eta) * (1 + Math.cos((Math.PI * k) / t))) / (1 + Math.cos((Math.PI * (k - 1)) / t));
  },
};
/** lr_0 where it is not the base lr. */
const firsts: Record<string, (p: ScheduleParams, base: number) => number> = {
  LinearLR: (p, base) => base * num(p, 'start_factor'),
};

const args = {
  StepLR: fc.record({ step_size: fc.integer({ min: 1, max: 60 }), gamma: fc.double({ min: 0.05, max: 1, noNaN: true }) }),
  MultiStepLR: fc.record({
    milestones: fc.array(fc.integer({ min: 1, max: STEPS }), { maxLength: 5 }),
    gamma: fc.double({ min: 0.1, max: 1, noNaN: true }),
  }),
  ExponentialLR: fc.record({ gamma: fc.double({ min: 0.97, max: 1.01, noNaN: true }) }),
  LinearLR: fc.record({
    start_factor: fc.double({ min: 0.01, max: 1, noNaN: true }),
    end_factor: fc.double({ min: 0.01, max: 1, noNaN: true }),
    total_iters: fc.integer({ min: 1, max: 200 }),
  }),
  PolynomialLR: fc.record({ total_iters: fc.integer({ min: 1, max: 400 }), power: fc.double({ min: 0.1, max: 3, noNaN: true }) }),
  CosineAnnealingLR: fc.record({ T_max: fc.integer({ min: 1, max: 150 }), eta_min: fc.constantFrom(0, 1e-4, 0.003) }),
};

// Base lrs from 0.01 keep eta_min below the start: a cosine that climbs to an eta_min above its start
// makes PyTorch's recursion amplify its own rounding (1e-11 relative after 240 steps), the closed form not.
describe("the closed forms agree with PyTorch's recursive forms for random arguments", () => {
  it.each(Object.keys(args))('%s', (type) => {
    fc.assert(
      fc.property(args[type as keyof typeof args] as fc.Arbitrary<ScheduleParams>, fc.double({ min: 0.01, max: 1, noNaN: true }), (p, base) => {
        const scheduler = createScheduler({ type, params: p }, base);
        const live = { lr: base, momentum: 0 };
        scheduler.reset(live);
        const next = recursions[type](p, base);
        let lr = firsts[type]?.(p, base) ?? base;
        for (let k = 0; k < STEPS; k++) {
          if (k > 0) {
            lr = next(lr, k);
            scheduler.step(live, 0);
          }
          // Relative where the lr is sizeable; a polynomial or cosine that reaches 0 is compared on the scale of base.
          const error = Math.abs(live.lr - lr) / Math.max(Math.abs(lr), 1e-3 * base);
          if (!(error <= 1e-11)) throw new Error(`step ${k}: closed form ${live.lr}, recursion ${lr}`);
        }
      }),
      { numRuns: 60 },
    );
  });
});
