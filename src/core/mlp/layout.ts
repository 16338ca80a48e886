import { InputError } from '../InputError.ts';

/**
 * The 1-20-1 network's 61 parameters live in one Float64Array so the optimizers can treat them as
 * independent coordinates: w1[0..19], b1[0..19], w2[0..19], b2[0], in that order.
 */
export const HIDDEN = 20;
export const PARAM_COUNT = 3 * HIDDEN + 1;
export const W1 = 0;
export const B1 = HIDDEN;
export const W2 = 2 * HIDDEN;
export const B2 = 3 * HIDDEN;

/** The JSON shape of a full set of weights, as PyTorch's tensors flattened (b2 is a one-element array). */
export interface Weights {
  w1: number[];
  b1: number[];
  w2: number[];
  b2: number[];
}

const GROUPS = [
  { name: 'w1', offset: W1, size: HIDDEN },
  { name: 'b1', offset: B1, size: HIDDEN },
  { name: 'w2', offset: W2, size: HIDDEN },
  { name: 'b2', offset: B2, size: 1 },
] as const;

const ALLOWED = 'allowed: w1[i], b1[i], w2[i] with i = 0..19, and b2[0]';

/** `"w1[3]"` → 3, `"b2[0]"` → 60; anything else is an InputError naming what is allowed. */
export function parseParamName(name: string): number {
  const m = /^(w1|b1|w2|b2)\[(\d+)\]$/.exec(name);
  const group = m ? GROUPS.find((g) => g.name === m[1]) : undefined;
  const i = m ? Number(m[2]) : NaN;
  if (!group || !(i < group.size)) {
    throw new InputError(`unknown network parameter "${name}" (${ALLOWED})`);
  }
  return group.offset + i;
}

export function paramName(index: number): string {
  const group = GROUPS.find((g) => index >= g.offset && index < g.offset + g.size);
  if (!group || !Number.isInteger(index)) throw new RangeError(`parameter index ${index} out of 0..${PARAM_COUNT - 1}`);
  return `${group.name}[${index - group.offset}]`;
}

/** Weights of the JSON shape (lengths already validated) → one Float64Array(61). */
export function packWeights(weights: Weights, out = new Float64Array(PARAM_COUNT)): Float64Array {
  for (const g of GROUPS) {
    const values = weights[g.name];
    for (let i = 0; i < g.size; i++) out[g.offset + i] = values[i];
  }
  return out;
}

export function unpackWeights(theta: Float64Array): Weights {
  const slice = (offset: number, size: number): number[] => Array.from(theta.subarray(offset, offset + size));
  return {
    w1: slice(W1, HIDDEN),
    b1: slice(B1, HIDDEN),
    w2: slice(W2, HIDDEN),
    b2: slice(B2, 1),
  };
}
