import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { sutskeverPoint } from '../../src/core/optimizers/sutskeverPoint.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { Simulation } from '../../src/sim/Simulation.ts';
import { SutskeverTwin } from '../../src/sim/SutskeverTwin.ts';

const nag = optimizerById('nag')!;
const rosenbrock = surfaceById('rosenbrock')!;

describe('SutskeverTwin', () => {
  it("follows the NAG ball step for step, and its path is the ball's shifted by lr·μ·b at every step", () => {
    const sim = new Simulation({ surface: rosenbrock, start: [-1.5, 2], groups: [{ optimizer: nag, params: { ...defaultParams(nag), lr: 0.0002 } }] });
    const track = sim.track('nag')!;
    const twin = new SutskeverTwin();
    const shifted = new Float64Array(2);
    for (let k = 0; k < 50; k++) {
      sim.tick(3);
      twin.follow(rosenbrock, track);
      expect(twin.step).toBe(track.group.stepOf(0));
      sutskeverPoint(track.group.pos, track.group.state.slots[0], 0.0002, 0.9, shifted);
      expect(Math.abs(twin.position[0] - shifted[0]) + Math.abs(twin.position[1] - shifted[1])).toBeLessThan(1e-12);
      // v = −lr·b: the velocity is the buffer in units of displacement.
      expect(Math.abs(twin.velocity[0] + 0.0002 * track.group.state.slots[0][0])).toBeLessThan(1e-12);
    }
    expect(twin.path.length).toBe(151);
  });

  it("starts over when the ball does (a new start), from the ball's start", () => {
    const sim = new Simulation({ surface: rosenbrock, start: [-1.5, 2], groups: [{ optimizer: nag, params: defaultParams(nag) }] });
    const track = sim.track('nag')!;
    const twin = new SutskeverTwin();
    sim.tick(20);
    twin.follow(rosenbrock, track);
    sim.setStart(0.5, 0.5);
    sim.tick(4);
    twin.follow(rosenbrock, track);
    expect(twin.step).toBe(4);
    expect(twin.path.at(0).slice(0, 2)).toEqual([0.5, 0.5]);
  });
});
