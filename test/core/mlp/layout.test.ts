import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/InputError.ts';
import { PARAM_COUNT, packWeights, paramName, parseParamName, unpackWeights } from '../../../src/core/mlp/layout.ts';
import { golden } from './golden.ts';

describe('parameter layout', () => {
  it('flattens w1, b1, w2, b2 in that order', () => {
    expect(PARAM_COUNT).toBe(61);
    expect(parseParamName('w1[0]')).toBe(0);
    expect(parseParamName('w1[19]')).toBe(19);
    expect(parseParamName('b1[3]')).toBe(23);
    expect(parseParamName('w2[0]')).toBe(40);
    expect(parseParamName('b2[0]')).toBe(60);
    for (let i = 0; i < PARAM_COUNT; i++) expect(parseParamName(paramName(i))).toBe(i);
  });

  it('rejects other names with an InputError naming what is allowed', () => {
    for (const bad of ['w1[20]', 'b2[1]', 'w3[0]', 'w1 [3]', 'w1[-1]', 'w1', '']) {
      expect(() => parseParamName(bad)).toThrow(InputError);
    }
    expect(() => parseParamName('w1[20]')).toThrow('unknown network parameter "w1[20]" (allowed: w1[i], b1[i], w2[i] with i = 0..19, and b2[0])');
  });

  it('packs and unpacks the JSON shape', () => {
    const theta = packWeights(golden.init);
    expect(theta[3]).toBe(golden.init.w1[3]);
    expect(theta[20 + 5]).toBe(golden.init.b1[5]);
    expect(theta[40 + 7]).toBe(golden.init.w2[7]);
    expect(theta[60]).toBe(golden.init.b2[0]);
    expect(unpackWeights(theta)).toEqual(golden.init);
  });
});
