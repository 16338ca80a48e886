/**
 * The WebAssembly 2.0 binary encoding of the instructions the particle kernels use, by name (from the
 * core specification's binary format, section 5.4). SIMD instructions are SIMD_PREFIX followed by
 * their number as an unsigned LEB128.
 */
export const OP = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  br: 0x0c,
  brIf: 0x0d,
  end: 0x0b,
  localGet: 0x20,
  localSet: 0x21,
  i32Const: 0x41,
  f64Const: 0x44,
  i32GeU: 0x4f,
  i32ShrU: 0x76,
  i32Add: 0x6a,
  i32And: 0x71,
  f64Load: 0x2b,
  f64Store: 0x39,
  f64Add: 0xa0,
} as const;

export const SIMD_PREFIX = 0xfd;

export const SIMD = {
  v128Load: 0x00,
  v128Store: 0x0b,
  i8x16Shuffle: 0x0d,
  f64x2Splat: 0x14,
  f64x2Ne: 0x48,
  f64x2Lt: 0x49,
  f64x2Gt: 0x4a,
  v128And: 0x4e,
  v128Or: 0x50,
  v128Bitselect: 0x52,
  f64x2ExtractLane: 0x21,
  f64x2ReplaceLane: 0x22,
  f64x2Abs: 0xec,
  f64x2Neg: 0xed,
  f64x2Sqrt: 0xef,
  f64x2Add: 0xf0,
  f64x2Sub: 0xf1,
  f64x2Mul: 0xf2,
  f64x2Div: 0xf3,
  f64x2Min: 0xf4,
  f64x2Max: 0xf5,
} as const;

/** Value types. */
export const TYPE = { i32: 0x7f, f64: 0x7c, v128: 0x7b } as const;
/** A block without results. */
export const BLOCK_VOID = 0x40;
export const FUNC_TYPE = 0x60;
export const SECTION = { type: 1, import: 2, function: 3, export: 7, code: 10 } as const;
export const IMPORT_MEMORY = 0x02;
export const EXPORT_FUNC = 0x00;
