/**
 * What a document's seed is used for. Each purpose gets its own generator so that, say, generating
 * the batch order does not shift when the data are given in the file instead of generated.
 */
export const SeedPurpose = {
  data: 1,
  init: 2,
  order: 3,
  points: 4,
  batch: 5,
  directions: 6,
} as const;
export type SeedPurpose = keyof typeof SeedPurpose;

/** Mixes a user seed with a purpose into an independent 32-bit seed for createRandom. */
export function deriveSeed(seed: number, purpose: SeedPurpose): number {
  const high = Math.floor(seed / 4294967296) >>> 0;
  let h = Math.imul((seed >>> 0) ^ 0x2545f491, 0x9e3779b1) ^ Math.imul(high, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15) ^ Math.imul(SeedPurpose[purpose], 0x85ebca6b), 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}
