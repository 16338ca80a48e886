import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classroomFragment, parsePlaylist, sceneIndex, stepScene, wantsPresent } from '../../src/state/playlist.ts';
import { decodeHash } from '../../src/state/hash.ts';

const known = ['beale', 'saddle-adaptive', 'rosenbrock-race', 'noisy-sgd'];

describe('parsePlaylist', () => {
  it('keeps the known ids in the link’s order and names the unknown ones', () => {
    expect(parsePlaylist('saddle-adaptive,nope,beale, rosenbrock-race,,zz', known)).toEqual({
      ids: ['saddle-adaptive', 'beale', 'rosenbrock-race'],
      unknown: ['nope', 'zz'],
    });
  });

  it('keeps a scene listed twice, so a lecture can come back to it', () => {
    expect(parsePlaylist('beale,noisy-sgd,beale', known).ids).toEqual(['beale', 'noisy-sgd', 'beale']);
  });

  it('reads what the link decoder makes of one id, several, a JSON list or nothing', () => {
    const read = (hash: string) => parsePlaylist(decodeHash(hash).patch.playlist, known);
    expect(read('playlist=beale').ids).toEqual(['beale']);
    expect(read('playlist=beale,noisy-sgd').ids).toEqual(['beale', 'noisy-sgd']);
    expect(read(`playlist=${encodeURIComponent('["noisy-sgd","beale"]')}`).ids).toEqual(['noisy-sgd', 'beale']);
    expect(read('preset=beale')).toEqual({ ids: [], unknown: [] });
    expect(read('playlist=3').unknown).toEqual(['3']);
  });

  it('round-trips through the fragment it is written as', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...known), { maxLength: 8 }), fc.boolean(), (ids, present) => {
        const { patch } = decodeHash(classroomFragment(present, ids));
        expect(parsePlaylist(patch.playlist, known)).toEqual({ ids, unknown: [] });
        expect(wantsPresent(patch.present)).toBe(present);
      }),
    );
  });
});

describe('stepScene', () => {
  it('moves by delta and stops at either end rather than wrapping', () => {
    expect(stepScene(0, 1, 5)).toBe(1);
    expect(stepScene(3, 1, 5)).toBe(4);
    expect(stepScene(4, 1, 5)).toBe(4);
    expect(stepScene(1, -1, 5)).toBe(0);
    expect(stepScene(0, -1, 5)).toBe(0);
  });

  it('from outside the list either way leads to the first scene', () => {
    expect(stepScene(-1, 1, 3)).toBe(0);
    expect(stepScene(-1, -1, 3)).toBe(0);
  });

  it('always lands inside the list, one place from where it was at most', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.nat(), fc.constantFrom(-1, 1), (length, at, delta) => {
        const index = at % length;
        const next = stepScene(index, delta, length);
        expect(next).toBeGreaterThanOrEqual(0);
        expect(next).toBeLessThan(length);
        expect(Math.abs(next - index)).toBeLessThanOrEqual(1);
        // Only at an end does a step stay put.
        expect(next === index).toBe((delta < 0 && index === 0) || (delta > 0 && index === length - 1));
      }),
    );
  });
});

describe('sceneIndex and wantsPresent', () => {
  it('finds a scene’s first place, or -1', () => {
    expect(sceneIndex(['a', 'b', 'a'], 'a')).toBe(0);
    expect(sceneIndex(['a', 'b'], 'b')).toBe(1);
    expect(sceneIndex(['a', 'b'], 'c')).toBe(-1);
    expect(sceneIndex(['a'], null)).toBe(-1);
  });

  it('present=1 and present=true ask for presentation mode, anything else does not', () => {
    expect([1, true, '1', 'true'].map(wantsPresent)).toEqual([true, true, true, true]);
    expect([0, false, undefined, 'yes', 2].map(wantsPresent)).toEqual([false, false, false, false, false]);
  });
});
