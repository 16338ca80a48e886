import { describe, expect, it } from 'vitest';
import { f64, name, s32, section, u32, vec } from '../../../src/sim/wasm/encode.ts';

describe("the binary format's encodings", () => {
  it('unsigned LEB128: seven bits a byte, low first, the high bit saying more follow', () => {
    expect(u32(0)).toEqual([0]);
    expect(u32(127)).toEqual([0x7f]);
    expect(u32(128)).toEqual([0x80, 0x01]);
    // The DWARF specification's example: 624485 is e5 8e 26.
    expect(u32(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(u32(2 ** 32 - 1)).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
  });

  it("signed LEB128: the last byte's bit 6 carries the sign", () => {
    expect(s32(0)).toEqual([0]);
    expect(s32(63)).toEqual([0x3f]);
    expect(s32(64)).toEqual([0xc0, 0x00]);
    expect(s32(-1)).toEqual([0x7f]);
    expect(s32(-64)).toEqual([0x40]);
    expect(s32(-65)).toEqual([0xbf, 0x7f]);
    // The DWARF specification's example: -123456 is c0 bb 78.
    expect(s32(-123456)).toEqual([0xc0, 0xbb, 0x78]);
  });

  it('decoding each LEB128 gives the number back', () => {
    const decode = (bytes: number[], signed: boolean) => {
      let value = 0n;
      let shift = 0n;
      for (const b of bytes) {
        value |= BigInt(b & 0x7f) << shift;
        shift += 7n;
      }
      if (signed && bytes[bytes.length - 1] & 0x40) value -= 1n << shift;
      return Number(value);
    };
    for (const v of [1, 200, 16383, 16384, 2 ** 21, 2 ** 31 - 1]) {
      expect(decode(u32(v), false)).toBe(v);
      expect(decode(s32(v), true)).toBe(v);
      expect(decode(s32(-v), true)).toBe(-v);
    }
  });

  it('a float64 is its IEEE 754 bytes, little-endian', () => {
    expect(f64(1)).toEqual([0, 0, 0, 0, 0, 0, 0xf0, 0x3f]);
    expect(f64(-2)).toEqual([0, 0, 0, 0, 0, 0, 0, 0xc0]);
  });

  it('names, vectors and sections carry their length first', () => {
    expect(name('env')).toEqual([3, 0x65, 0x6e, 0x76]);
    expect(vec([[1, 2], [3]])).toEqual([2, 1, 2, 3]);
    expect(section(7, [9, 9, 9])).toEqual([7, 3, 9, 9, 9]);
  });
});
