/** The most per-step scalars a wasm step reads (a typed rule's may be many). */
export const SCALAR_COUNT = 32;
/** Bytes at address 0 for the per-step scalars. */
const SCALAR_BYTES = 8 * SCALAR_COUNT;

/** Byte addresses of a group's buffers in its memory. */
export interface Addresses {
  readonly pos: number;
  readonly prev: number;
  readonly grad: number;
  readonly noisy: number;
  readonly loss: number;
  readonly slots: readonly number[];
}

/**
 * Every buffer of one particle group in one block of memory: a WebAssembly memory of its own where
 * the engine has WebAssembly, so a wasm step reads and writes the very arrays the rest of the engine
 * (and the JavaScript kernels) use, with no copy either way; an ArrayBuffer otherwise, with the same
 * layout. Its size is fixed (a group's count never changes), so the views never go stale: a growing
 * WebAssembly memory would detach them. Each group owns its memory; nothing is shared between groups.
 */
export interface ParticleMemory {
  /** null when the page has no WebAssembly. */
  readonly wasm: WebAssembly.Memory | null;
  readonly count: number;
  readonly addresses: Addresses;
  /** The per-step scalars a wasm step reads. */
  readonly scalars: Float64Array;
  readonly pos: Float64Array;
  readonly prev: Float64Array;
  readonly grad: Float64Array;
  readonly noisy: Float64Array;
  readonly loss: Float64Array;
  readonly slots: Float64Array[];
}

const PAGE = 65536;

/** The buffers of `count` particles with `slotCount` state slots, in WebAssembly memory if `wasm` and the page has it. */
export function particleMemory(count: number, slotCount: number, wasm: boolean): ParticleMemory {
  const pairs = 16 * count;
  const slotAddresses = Array.from({ length: slotCount }, (_, k) => SCALAR_BYTES + (4 + k) * pairs);
  // Every pair array is 16-byte aligned (its size is a multiple of 16), loss last.
  const addresses: Addresses = {
    pos: SCALAR_BYTES,
    prev: SCALAR_BYTES + pairs,
    grad: SCALAR_BYTES + 2 * pairs,
    noisy: SCALAR_BYTES + 3 * pairs,
    slots: slotAddresses,
    loss: SCALAR_BYTES + (4 + slotCount) * pairs,
  };
  const bytes = addresses.loss + 8 * count;
  const memory = wasm && typeof WebAssembly === 'object' ? new WebAssembly.Memory({ initial: Math.ceil(bytes / PAGE) }) : null;
  const buffer = memory ? memory.buffer : new ArrayBuffer(bytes);
  const pairArray = (at: number) => new Float64Array(buffer, at, 2 * count);
  return {
    wasm: memory,
    count,
    addresses,
    scalars: new Float64Array(buffer, 0, SCALAR_BYTES / 8),
    pos: pairArray(addresses.pos),
    prev: pairArray(addresses.prev),
    grad: pairArray(addresses.grad),
    noisy: pairArray(addresses.noisy),
    loss: new Float64Array(buffer, addresses.loss, count),
    slots: slotAddresses.map(pairArray),
  };
}
