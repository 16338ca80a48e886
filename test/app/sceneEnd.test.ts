import { describe, expect, it } from 'vitest';
import { clampToSceneEnd } from '../../src/app/sceneEnd.ts';

describe('clampToSceneEnd', () => {
  it('takes every step well before the end', () => {
    expect(clampToSceneEnd(10, 3, 100)).toEqual({ steps: 3, ended: false });
  });

  it('stops exactly at the end and says so', () => {
    expect(clampToSceneEnd(98, 5, 100)).toEqual({ steps: 2, ended: true });
    expect(clampToSceneEnd(97, 3, 100)).toEqual({ steps: 3, ended: true });
  });

  it('goes on unbounded once past the end, and without a scene', () => {
    expect(clampToSceneEnd(100, 4, 100)).toEqual({ steps: 4, ended: false });
    expect(clampToSceneEnd(250, 4, 100)).toEqual({ steps: 4, ended: false });
    expect(clampToSceneEnd(0, 4, Infinity)).toEqual({ steps: 4, ended: false });
  });
});
