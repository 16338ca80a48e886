import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { runTrace } from '../../src/core/trace.ts';
import { Simulation } from '../../src/sim/Simulation.ts';

const rosenbrock = surfaceById('rosenbrock')!;
const adam = optimizerById('adam')!;
const sgd = optimizerById('sgd')!;

function race(extra: Partial<ConstructorParameters<typeof Simulation>[0]> = {}) {
  return new Simulation({
    surface: rosenbrock,
    start: [-1.5, 2],
    groups: [
      { optimizer: adam, params: { ...defaultParams(adam), lr: 0.05 } },
      { optimizer: sgd, params: { ...defaultParams(sgd), lr: 0.0005 } },
    ],
    ...extra,
  });
}

describe('Simulation', () => {
  it('tick(300) moves each ball exactly along the trajectory the trace runner computes', () => {
    const sim = race();
    sim.tick(300);
    const expected = runTrace(rosenbrock, adam, { ...defaultParams(adam), lr: 0.05 }, [-1.5, 2], 300)[300];
    const ball = sim.particles().find((p) => p.optimizer === 'adam')!;
    expect([ball.x, ball.y, ball.loss]).toEqual(expected);
    expect(ball.step).toBe(300);
  });

  it('a diverging optimizer is marked diverged, stops, and leaves the others untouched', () => {
    const calm = race();
    const wild = race();
    const momentum = optimizerById('momentum')!;
    wild.addGroup({ optimizer: momentum, params: { ...defaultParams(momentum), lr: 10 } });
    calm.tick(200);
    wild.tick(200);
    const blown = wild.particles()[2];
    expect(blown.status).toBe('diverged');
    expect(Number.isFinite(blown.x) && Number.isFinite(blown.y) && Number.isFinite(blown.loss)).toBe(true);
    expect(blown.step).toBeLessThan(200);
    expect(wild.particles().slice(0, 2)).toEqual(calm.particles());
  });

  it('reset and setStart put every ball back with fresh optimizer state', () => {
    const sim = race();
    sim.tick(50);
    const after50 = sim.particles();
    sim.reset();
    expect(sim.particles().map((p) => [p.x, p.y, p.step])).toEqual([
      [-1.5, 2, 0],
      [-1.5, 2, 0],
    ]);
    sim.tick(50);
    expect(sim.particles()).toEqual(after50);
    sim.setStart(0.5, -0.5);
    expect(sim.particles().every((p) => p.x === 0.5 && p.y === -0.5 && p.step === 0)).toBe(true);
  });

  it('new hyperparameters restart every ball, so the race stays fair', () => {
    const sim = race();
    sim.tick(20);
    sim.setParams('sgd', { ...defaultParams(sgd), lr: 0.0001 });
    const [a, s] = sim.particles();
    expect([a.x, a.y, a.step]).toEqual([-1.5, 2, 0]);
    expect([s.x, s.y, s.step]).toEqual([-1.5, 2, 0]);
    sim.tick(5);
    const expected = runTrace(rosenbrock, sgd, { ...defaultParams(sgd), lr: 0.0001 }, [-1.5, 2], 5)[5];
    const ball = sim.particles()[1];
    expect([ball.x, ball.y, ball.loss]).toEqual(expected);
  });

  it('gradient noise is reproducible for a seed and changes the path', () => {
    const noisyA = race({ noise: 5, seed: 3 });
    const noisyB = race({ noise: 5, seed: 3 });
    const exact = race();
    for (const s of [noisyA, noisyB, exact]) s.tick(100);
    expect(noisyA.particles()).toEqual(noisyB.particles());
    expect(noisyA.particles()[1].x).not.toBe(exact.particles()[1].x);
  });

  it('a swarm keeps its first particle at the start and spreads the others', () => {
    const sim = race({ particles: 500, spread: 0.3 });
    const adamParticles = sim.particles().filter((p) => p.optimizer === 'adam');
    expect(adamParticles).toHaveLength(500);
    expect([adamParticles[0].x, adamParticles[0].y]).toEqual([-1.5, 2]);
    const xs = adamParticles.slice(1).map((p) => p.x);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean + 1.5)).toBeLessThan(0.06);
    expect(sd).toBeGreaterThan(0.25);
    expect(sd).toBeLessThan(0.35);
  });

  it('a ball that reaches a minimum is reported converged', () => {
    const quadratic = surfaceById('quadratic')!;
    const sim = new Simulation({ surface: quadratic, start: [1, 1], groups: [{ optimizer: sgd, params: { lr: 0.1, weight_decay: 0 } }] });
    sim.tick(10);
    expect(sim.particles()[0].status).toBe('running');
    sim.tick(2000);
    expect(sim.particles()[0].status).toBe('converged');
  });

  it('trails and loss histories stay bounded', () => {
    const sim = race({ trailLength: 64 });
    sim.tick(5000);
    const { trail, history } = sim.tracks[0];
    expect(trail.length).toBe(64);
    // The newest position sits just before the write head of particle 0's ring.
    const newest = ((trail.head - 1 + trail.capacity) % trail.capacity) * 2;
    expect(trail.data[newest]).toBeCloseTo(sim.particles()[0].x, 5);
    expect(history.length).toBeLessThanOrEqual(history.steps.length);
    expect(history.steps[0]).toBe(0);
    expect(history.steps[history.length - 1]).toBeGreaterThan(4000);
  });
});
