import { describe, expect, it, vi } from 'vitest';
import { FrameLoop, type FrameHost } from '../../src/app/FrameLoop.ts';
import { FrameStats } from '../../src/app/FrameStats.ts';
import type { Simulation } from '../../src/sim/Simulation.ts';

/** A race whose lead step is the sum of the steps taken, and a record of every redraw. */
function race(speed: number, sceneEnd = Infinity) {
  const taken: number[] = [];
  const drawn = { moved: [] as boolean[], slow: 0, renders: 0 };
  let running = true;
  const host: FrameHost = {
    running: () => running,
    speed: () => speed,
    stop: () => {
      running = false;
    },
    sim: () => ({ tick: (n: number) => taken.push(n) }) as unknown as Simulation,
    leadStep: () => taken.reduce((a, b) => a + b, 0),
    sceneEnd: () => sceneEnd,
    drawMoved: (_, still) => drawn.moved.push(still),
    drawSlow: () => drawn.slow++,
    render: () => drawn.renders++,
  };
  const stats = new FrameStats();
  return { loop: new FrameLoop(host, stats), taken, drawn, stats, running: () => running };
}

describe('FrameLoop', () => {
  it('carries a fractional speed over frames: a quarter step a frame is a step every fourth frame', () => {
    const { loop, taken } = race(0.25);
    for (let k = 0; k < 11; k++) loop.frame(true);
    expect(taken).toEqual([1, 1]);
  });

  it('takes only the steps left in an unmodified scene, then pauses there', () => {
    const { loop, taken, running } = race(8, 20);
    for (let k = 0; k < 5; k++) loop.frame(true);
    expect(taken).toEqual([8, 8, 4]);
    expect(running()).toBe(false);
  });

  it('draws nothing but the render while paused and unchanged, and draws everything when marked or asked', () => {
    const { loop, drawn, stats } = race(1);
    const t = vi.spyOn(performance, 'now').mockReturnValue(1000);
    loop.frame(true);
    expect(drawn).toEqual({ moved: [false], slow: 1, renders: 1 });
    // Within the throttle a moving frame redraws the map but not the costly parts.
    loop.frame(true);
    expect(drawn).toEqual({ moved: [false, false], slow: 1, renders: 2 });
    t.mockReturnValue(1200);
    loop.frame(true);
    expect(drawn.slow).toBe(2);
    // A redraw asked for now is still and draws all, throttle or not.
    loop.frame(false);
    expect(drawn).toEqual({ moved: [false, false, false, true], slow: 3, renders: 4 });
    expect(stats.summary().frames).toBe(3);
    t.mockRestore();
  });

  it('skips the redraw of a paused race until something is marked as moved', () => {
    const { loop, drawn } = race(0);
    const t = vi.spyOn(performance, 'now').mockReturnValue(1000);
    loop.frame(true);
    loop.frame(true);
    expect(drawn.moved.length).toBe(1);
    loop.markMoved();
    loop.frame(true);
    expect(drawn.moved.length).toBe(2);
    expect(drawn.renders).toBe(3);
    t.mockRestore();
  });
});
