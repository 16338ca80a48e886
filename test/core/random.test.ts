import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/random.ts';

describe('createRandom', () => {
  it('a seed reproduces the same sequence and another seed does not', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('uniforms lie in [0, 1) with mean 1/2 and variance 1/12', () => {
    const r = createRandom(1);
    const n = 100_000;
    let sum = 0;
    let sq = 0;
    for (let k = 0; k < n; k++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      sq += u * u;
    }
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('normals have mean 0, variance 1 and about 95% within ±1.96', () => {
    const r = createRandom(2);
    const n = 100_000;
    let sum = 0;
    let sq = 0;
    let inside = 0;
    for (let k = 0; k < n; k++) {
      const z = r.normal();
      sum += z;
      sq += z * z;
      if (Math.abs(z) < 1.96) inside++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.02);
    expect(Math.abs(inside / n - 0.95)).toBeLessThan(0.005);
  });

  it('int(n) covers 0..n-1 evenly', () => {
    const r = createRandom(3);
    const counts = new Array(5).fill(0);
    for (let k = 0; k < 50_000; k++) counts[r.int(5)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });
});
