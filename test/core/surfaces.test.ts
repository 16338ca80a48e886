import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/random.ts';
import type { Surface } from '../../src/core/surfaces/Surface.ts';
import { surfaceById, surfaceIds, surfaces } from '../../src/core/surfaces/registry.ts';

const POINTS = 200;

function randomPointsInView(s: Surface, seed: number): Array<[number, number]> {
  const rng = createRandom(seed);
  const points: Array<[number, number]> = [];
  for (let i = 0; i < POINTS; i++) {
    points.push([rng.uniform(s.view.x[0], s.view.x[1]), rng.uniform(s.view.y[0], s.view.y[1])]);
  }
  return points;
}

function gradientAt(s: Surface, x: number, y: number): { f: number; gx: number; gy: number } {
  const out = new Float64Array(2);
  const f = s.gradient(x, y, out, 0);
  return { f, gx: out[0], gy: out[1] };
}

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(b));
}

describe('the surface registry', () => {
  it('lists the eleven analytic surfaces in menu order', () => {
    expect(surfaceIds).toEqual([
      'rosenbrock',
      'saddle',
      'quadratic',
      'beale',
      'himmelblau',
      'rastrigin',
      'ackley',
      'booth',
      'monkey_saddle',
      'six_hump_camel',
      'goldstein_price',
    ]);
  });

  it('has unique ids', () => {
    expect(new Set(surfaceIds).size).toBe(surfaces.length);
  });

  it('finds every surface by its id', () => {
    for (const s of surfaces) expect(surfaceById(s.id)).toBe(s);
  });

  it('returns undefined for an unknown id', () => {
    expect(surfaceById('no_such_surface')).toBeUndefined();
    expect(surfaceById('')).toBeUndefined();
  });
});

describe.each(surfaces.map((s) => [s.id, s] as const))('the %s surface', (_id, s) => {
  it('has a name, a formula and a lesson', () => {
    expect(s.name.trim()).not.toBe('');
    expect(s.formula.trim()).not.toBe('');
    expect(s.lesson.trim()).not.toBe('');
  });

  it('has a non-empty view rectangle', () => {
    expect(s.view.x[0]).toBeLessThan(s.view.x[1]);
    expect(s.view.y[0]).toBeLessThan(s.view.y[1]);
  });

  it('agrees with central differences at random points of its view', () => {
    for (const [x, y] of randomPointsInView(s, 1)) {
      const { gx, gy } = gradientAt(s, x, y);
      const hx = 1e-6 * Math.max(1, Math.abs(x));
      const hy = 1e-6 * Math.max(1, Math.abs(y));
      const fdx = (s.value(x + hx, y) - s.value(x - hx, y)) / (2 * hx);
      const fdy = (s.value(x, y + hy) - s.value(x, y - hy)) / (2 * hy);
      expect(Math.abs(gx - fdx), `df/dx at (${x}, ${y})`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(gx)));
      expect(Math.abs(gy - fdy), `df/dy at (${x}, ${y})`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(gy)));
    }
  });

  it('returns from gradient() the same value as value()', () => {
    for (const [x, y] of randomPointsInView(s, 2)) {
      expect(gradientAt(s, x, y).f).toBe(s.value(x, y));
    }
  });

  it('writes its gradient at the given offset and nowhere else', () => {
    const out = new Float64Array(5).fill(7);
    const [x, y] = randomPointsInView(s, 3)[0];
    const { gx, gy } = gradientAt(s, x, y);
    s.gradient(x, y, out, 2);
    expect(Array.from(out)).toEqual([7, 7, gx, gy, 7]);
  });

  it('lists at least one marked point', () => {
    expect(s.minima.length).toBeGreaterThan(0);
  });

  it('takes the listed value at every marked point', () => {
    for (const m of s.minima) expect(relativeError(s.value(m.x, m.y), m.f)).toBeLessThanOrEqual(1e-9);
  });

  it('is stationary at every marked point', () => {
    for (const m of s.minima) {
      const { gx, gy } = gradientAt(s, m.x, m.y);
      const tolerance = 1e-9 * Math.max(1, Math.abs(m.f));
      expect(Math.abs(gx), `df/dx at (${m.x}, ${m.y})`).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(gy), `df/dy at (${m.x}, ${m.y})`).toBeLessThanOrEqual(tolerance);
    }
  });

  it('rises around every minimum and both rises and falls around every saddle', () => {
    const delta = 1e-3;
    for (const m of s.minima) {
      const centre = s.value(m.x, m.y);
      const around: number[] = [];
      for (let k = 0; k < 8; k++) {
        const angle = (k * Math.PI) / 4;
        around.push(s.value(m.x + delta * Math.cos(angle), m.y + delta * Math.sin(angle)) - centre);
      }
      if (m.kind === 'saddle') {
        expect(Math.max(...around)).toBeGreaterThan(0);
        expect(Math.min(...around)).toBeLessThan(0);
      } else {
        expect(Math.min(...around)).toBeGreaterThan(0);
      }
    }
  });

  it('has no sampled point below its global minimum', () => {
    const globals = s.minima.filter((m) => m.kind === 'global');
    if (globals.length === 0) return;
    const floor = Math.min(...globals.map((m) => m.f));
    for (const m of globals) expect(m.f).toBe(floor);
    for (const [x, y] of randomPointsInView(s, 4)) expect(s.value(x, y)).toBeGreaterThanOrEqual(floor);
  });
});

describe('hand-computed values', () => {
  const value = (id: string, x: number, y: number): number => surfaceById(id)!.value(x, y);

  it('rosenbrock at (-1.5, 2) is 12.5 with gradient (-155, -50)', () => {
    // (1 + 1.5)^2 + 100 (2 - 2.25)^2 = 6.25 + 6.25 = 12.5
    // df/dx = -2 * 2.5 - 400 * (-1.5) * (-0.25) = -5 - 150; df/dy = 200 * (-0.25)
    const { f, gx, gy } = gradientAt(surfaceById('rosenbrock')!, -1.5, 2);
    expect(f).toBe(12.5);
    expect(gx).toBe(-155);
    expect(gy).toBe(-50);
  });

  it('saddle at (3, 2) is 5', () => {
    // 9 - 4
    expect(value('saddle', 3, 2)).toBe(5);
  });

  it('quadratic at (2, 1) is 7', () => {
    // 0.5 (4 + 10 * 1) = 7
    expect(value('quadratic', 2, 1)).toBe(7);
  });

  it('beale at the origin is 14.203125', () => {
    // 1.5^2 + 2.25^2 + 2.625^2 = 2.25 + 5.0625 + 6.890625
    expect(value('beale', 0, 0)).toBe(14.203125);
  });

  it('himmelblau at the origin is 170 with gradient (-14, -22)', () => {
    // U = -11, V = -7: 121 + 49; df/dx = 0 + 2 * (-7); df/dy = 2 * (-11) + 0
    const { f, gx, gy } = gradientAt(surfaceById('himmelblau')!, 0, 0);
    expect(f).toBe(170);
    expect(gx).toBe(-14);
    expect(gy).toBe(-22);
  });

  it('rastrigin at (0.5, 0.5) is 40.5', () => {
    // 20 + 0.25 - 10 cos(pi) + 0.25 - 10 cos(pi) = 20 + 0.25 + 10 + 0.25 + 10
    expect(value('rastrigin', 0.5, 0.5)).toBeCloseTo(40.5, 12);
  });

  it('ackley has a finite zero gradient at its tip', () => {
    // The cone term is treated as its symmetric subgradient 0; sin(0) kills the ripple term.
    const { gx, gy } = gradientAt(surfaceById('ackley')!, 0, 0);
    expect(gx).toBe(0);
    expect(gy).toBe(0);
  });

  it('booth at the origin is 74', () => {
    // (-7)^2 + (-5)^2 = 49 + 25
    expect(value('booth', 0, 0)).toBe(74);
  });

  it('monkey saddle at (1, 1) is -2 with gradient (0, -6)', () => {
    // 1 - 3 * 1 * 1; df/dx = 3 - 3; df/dy = -6 * 1 * 1
    const { f, gx, gy } = gradientAt(surfaceById('monkey_saddle')!, 1, 1);
    expect(f).toBe(-2);
    expect(gx).toBe(0);
    expect(gy).toBe(-6);
  });

  it('six-hump camel at (1, 1) is 97/30', () => {
    // (4 - 2.1 + 1/3) * 1 + 1 * 1 + (-4 + 4) * 1 = 67/30 + 1 = 97/30
    expect(value('six_hump_camel', 1, 1)).toBeCloseTo(97 / 30, 12);
  });

  it('goldstein-price at the origin is 600', () => {
    // S = 1, P = 19, so A = 1 + 19 = 20; D = 0, so B = 30; 20 * 30
    expect(value('goldstein_price', 0, 0)).toBe(600);
  });
});
