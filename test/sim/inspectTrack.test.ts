import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { inspectTrack } from '../../src/sim/inspectTrack.ts';
import { Simulation } from '../../src/sim/Simulation.ts';

function scene(surfaceId: string, runs: [string, Record<string, number>][]) {
  const surface = surfaceById(surfaceId)!;
  const groups = runs.map(([id, p]) => ({ optimizer: optimizerById(id)!, params: { ...defaultParams(optimizerById(id)!), ...p } }));
  return { surface, groups, sim: new Simulation({ surface, start: surface.start, groups }) };
}

describe('inspectTrack', () => {
  it('on the quadratic: H = diag(1, 10), GD limit 0.2, heavy ball 0.38 and Nesterov 3.8/28 at β 0.9', () => {
    const { sim, groups, surface } = scene('quadratic', [
      ['sgd', { lr: 0.05 }],
      ['momentum', { lr: 0.01 }],
      ['nag', { lr: 0.01 }],
    ]);
    sim.tick(7);
    const sgd = inspectTrack(surface, sim.track('sgd')!, groups[0].params);
    expect(sgd.hessian).toEqual([
      [1, 0],
      [0, 10],
    ]);
    expect(sgd.eigenvalues).toEqual([1, 10]);
    expect(sgd.conditionNumber).toBe(10);
    expect(sgd.rule).toBe('gd');
    expect(sgd.limits.gd).toBeCloseTo(0.2, 12);
    // |1 − 0.05·10| = 0.5 against |1 − 0.05| = 0.95
    expect(sgd.rate).toBeCloseTo(0.95, 12);
    expect(sgd.optimal!.gd.lr).toBeCloseTo(2 / 11, 12);
    const hb = inspectTrack(surface, sim.track('momentum')!, groups[1].params);
    expect(hb.rule).toBe('heavyBall');
    expect(hb.momentum).toBe(0.9);
    expect(hb.limits.heavyBall).toBeCloseTo(0.38, 12);
    expect(inspectTrack(surface, sim.track('nag')!, groups[2].params).limits.nesterov).toBeCloseTo(3.8 / 28, 12);
  });

  it('measures the rate on the path: GD at lr 0.05 on the quadratic shrinks by the predicted 0.95 a step', () => {
    const { sim, groups, surface } = scene('quadratic', [['sgd', { lr: 0.05 }]]);
    expect(inspectTrack(surface, sim.track('sgd')!, groups[0].params).measuredRate).toBeNull();
    sim.tick(5);
    expect(inspectTrack(surface, sim.track('sgd')!, groups[0].params).measuredRate!.over).toBe(5);
    // x shrinks by |1 − 0.05| and y by |1 − 0.5| per step, so after 100 steps only x is left.
    sim.tick(95);
    const got = inspectTrack(surface, sim.track('sgd')!, groups[0].params);
    expect(got.measuredRate!.over).toBe(50);
    expect(got.measuredRate!.rate).toBeCloseTo(got.rate!, 9);
    expect(got.rate).toBeCloseTo(0.95, 12);
  });

  it("reports the ball's position, loss, gradient and optimizer state exactly as the engine holds them", () => {
    const { sim, groups, surface } = scene('rosenbrock', [['adam', { lr: 0.05 }]]);
    sim.tick(25);
    const track = sim.track('adam')!;
    const got = inspectTrack(surface, track, groups[0].params);
    const g = track.group;
    expect(got.step).toBe(25);
    expect([got.x, got.y, got.loss]).toEqual([g.pos[0], g.pos[1], g.loss[0]]);
    const grad = new Float64Array(2);
    expect(got.loss).toBe(surface.gradient(got.x, got.y, grad, 0));
    expect(got.grad).toEqual([grad[0], grad[1]]);
    expect(got.state.t).toBe(25);
    expect(got.state.slots).toHaveLength(g.optimizer.stateSlots);
    got.state.slots.forEach((s, k) => expect(s).toEqual([g.state.slots[k][0], g.state.slots[k][1]]));
    // Adam's β₁ is not a heavy-ball momentum: no lr limit is claimed.
    expect(got.rule).toBeNull();
    expect(got.limitsNote).toBe('adaptive');
    expect(got.limits).toEqual({ gd: null, heavyBall: null, nesterov: null });
  });

  it('adds weight decay to the curvature and says when nothing curves upward', () => {
    const { sim, groups, surface } = scene('quadratic', [['momentum', { lr: 0.01, weight_decay: 0.5, dampening: 0.5 }]]);
    const got = inspectTrack(surface, sim.track('momentum')!, groups[0].params);
    // 2 (1 + 0.9) / ((1 − 0.5) (10 + 0.5))
    expect(got.limits.heavyBall).toBeCloseTo(3.8 / (0.5 * 10.5), 12);
    expect(got.limits.gd).toBeCloseTo(2 / 10.5, 12);
    const flat = scene('saddle', [['sgd', { lr: 0.01 }]]);
    flat.sim.setStart(0, 0.5);
    const s = inspectTrack(flat.surface, flat.sim.track('sgd')!, flat.groups[0].params);
    expect(s.eigenvalues).toEqual([-2, 2]);
    expect(s.limits.gd).toBeCloseTo(1, 12);
    expect(s.optimal).toBeNull();
    const monkey = scene('monkey_saddle', [['sgd', { lr: 0.01 }]]);
    monkey.sim.setStart(0, 0);
    const m = inspectTrack(monkey.surface, monkey.sim.track('sgd')!, monkey.groups[0].params);
    expect(m.limitsNote).toBe('no-positive-curvature');
    expect(m.limits.gd).toBeNull();
  });
});
