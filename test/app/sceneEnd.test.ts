import { describe, expect, it } from 'vitest';
import { reachesSceneEnd, stepsBeforeSceneEnd } from '../../src/app/sceneEnd.ts';

describe('the end of a scene', () => {
  it('takes every step well before the end', () => {
    expect(stepsBeforeSceneEnd(10, 3, 100)).toBe(3);
    expect(reachesSceneEnd(10, 3, 100)).toBe(false);
  });

  it('stops exactly at the end and says so', () => {
    expect(stepsBeforeSceneEnd(98, 5, 100)).toBe(2);
    expect(reachesSceneEnd(98, 2, 100)).toBe(true);
    expect(stepsBeforeSceneEnd(97, 3, 100)).toBe(3);
    expect(reachesSceneEnd(97, 3, 100)).toBe(true);
  });

  it('goes on unbounded once past the end, and without a scene', () => {
    expect(stepsBeforeSceneEnd(100, 4, 100)).toBe(4);
    expect(reachesSceneEnd(100, 4, 100)).toBe(false);
    expect(stepsBeforeSceneEnd(250, 4, 100)).toBe(4);
    expect(stepsBeforeSceneEnd(0, 4, Infinity)).toBe(4);
    expect(reachesSceneEnd(0, 4, Infinity)).toBe(false);
  });
});
