import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { RaceWatcher, type RaceEvent } from '../../src/sim/raceEvents.ts';
import { Simulation, type ParticleView } from '../../src/sim/Simulation.ts';
import { NON_FINITE, OUT_OF_BOUNDS } from '../../src/sim/status.ts';

const bowl = surfaceById('quadratic')!;
const himmelblau = surfaceById('himmelblau')!;
const opt = (id: string, lr: number) => ({ optimizer: optimizerById(id)!, params: { ...defaultParams(optimizerById(id)!), lr } });

/** Adam and SGD settle in the bowl at different steps; momentum at lr 10 blows up. */
function bowlRace() {
  return new Simulation({ surface: bowl, start: [2, 1.5], groups: [opt('adam', 0.1), opt('sgd', 0.15), opt('momentum', 10)] });
}

/**
 * Ticks one step at a time, noting from the particles alone the first step each ball is seen at
 * rest: stopped (its status), or within a hundredth of the view's diagonal of the bowl's minimum
 * (0, 0) while moving less than a tenth of that since the step before (the basins rule).
 */
function runWatched(sim: Simulation, steps: number) {
  const watcher = new RaceWatcher();
  const events: RaceEvent[] = [];
  const firstStopped = new Map<string, ParticleView>();
  const reach = 0.01 * Math.hypot(bowl.view.x[1] - bowl.view.x[0], bowl.view.y[1] - bowl.view.y[0]);
  let before = sim.particles();
  const look = () => {
    watcher.observe(sim.tracks, bowl.minima, bowl.view, (e) => events.push(e));
    const now = sim.particles();
    now.forEach((p, k) => {
      const slow = Math.hypot(p.x - before[k].x, p.y - before[k].y) <= reach / 10;
      const arrived = p.status !== 'running' || (slow && Math.hypot(p.x, p.y) <= reach);
      if (arrived && !firstStopped.has(p.optimizer)) firstStopped.set(p.optimizer, p);
    });
    before = now;
  };
  look();
  for (let k = 0; k < steps; k++) {
    sim.tick(1);
    look();
  }
  return { watcher, events, firstStopped, look };
}

describe('RaceWatcher', () => {
  it("tells each ball's arrival and divergence once, at the step the particles themselves first show it", () => {
    const sim = bowlRace();
    const { events, firstStopped } = runWatched(sim, 3000);
    const adam = firstStopped.get('adam')!;
    const sgd = firstStopped.get('sgd')!;
    const momentum = firstStopped.get('momentum')!;
    expect(momentum.status).toBe('diverged');
    const of = (kind: string, id: string) => events.filter((e) => e.kind === kind && e.optimizer === id);
    expect(of('reached', 'adam').map((e) => [e.step, e.minimum])).toEqual([[adam.step, 0]]);
    expect(of('reached', 'sgd').map((e) => [e.step, e.minimum])).toEqual([[sgd.step, 0]]);
    const reason = sim.track('momentum')!.group.reason[0];
    expect(reason === NON_FINITE || reason === OUT_OF_BOUNDS).toBe(true);
    expect(of('diverged', 'momentum').map((e) => [e.step, e.reason])).toEqual([[momentum.step, reason]]);
    // The diverged ball's step count froze where it blew up: the event's step is the particle's own.
    expect(sim.particles().find((p) => p.optimizer === 'momentum')!.step).toBe(momentum.step);
  });

  it('names as winner the optimizer whose ball converged first, once, and says when every ball has stopped', () => {
    const sim = bowlRace();
    const { events, firstStopped } = runWatched(sim, 3000);
    const converged = [...firstStopped.values()].filter((p) => p.status !== 'diverged').sort((a, b) => a.step - b.step);
    expect(converged.length).toBe(2);
    const winners = events.filter((e) => e.kind === 'winner');
    expect(winners.map((e) => [e.optimizer, e.step])).toEqual([[converged[0].optimizer, converged[0].step]]);
    const stopped = events.filter((e) => e.kind === 'stopped');
    expect(stopped.map((e) => e.step)).toEqual([Math.max(...converged.map((p) => p.step))]);
    expect(events.at(-1)!.kind).toBe('stopped');
  });

  it('stays silent while nothing changes, and tells the race again after a restart', () => {
    const sim = bowlRace();
    const { events, look } = runWatched(sim, 3000);
    const told = events.length;
    look();
    look();
    expect(events.length).toBe(told);
    sim.setStart(-1, 1);
    look();
    expect(events.length).toBe(told);
    for (let k = 0; k < 3000; k++) {
      sim.tick(1);
      look();
    }
    expect(
      events
        .slice(told)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(
      events
        .slice(0, told)
        .map((e) => e.kind)
        .sort(),
    );
  });

  it('tallies a swarm as swarmSummary counts it: particles at a listed minimum, and diverged ones', () => {
    const sim = new Simulation({ surface: himmelblau, start: [0, 0], groups: [opt('sgd', 0.01), opt('adam', 0.05)], particles: 50, spread: 1.5, view: himmelblau.view });
    const watcher = new RaceWatcher();
    const latest = new Map<string, RaceEvent>();
    for (let k = 0; k < 600; k++) {
      sim.tick(1);
      watcher.observe(sim.tracks, himmelblau.minima, himmelblau.view, (e) => e.kind === 'swarm' && latest.set(e.optimizer, e));
    }
    for (const s of sim.summary()) {
      const told = latest.get(s.optimizer)!;
      const reached = s.minima.filter((m) => m.kind !== 'saddle').reduce((n, m) => n + m.count, 0);
      expect([told.reached, told.diverged, told.count]).toEqual([reached, s.diverged, 50]);
      expect(reached).toBeGreaterThan(0);
    }
  });
});
