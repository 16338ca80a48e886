import { describe, expect, it } from 'vitest';
import { abs, add, Code, div, highs, load, lows, max, min, mul, neg, sign, splat, sqrt, sub, type Expr } from '../../../src/sim/wasm/Code.ts';
import { TYPE } from '../../../src/sim/wasm/opcodes.ts';
import { wasmModule } from '../../../src/sim/wasm/wasmModule.ts';

/** A function of no arguments that stores `value(a, b)` at byte 32, a and b the vectors at bytes 0 and 16. */
function storing(value: (a: Expr, b: Expr) => Expr): Code {
  const c = new Code([]);
  c.i32(32);
  value(
    load((cc) => cc.i32(0)),
    load((cc) => cc.i32(16)),
  )(c);
  c.store();
  return c;
}

const OPS: Record<string, [(a: Expr, b: Expr) => Expr, (a: number[], b: number[]) => number[]]> = {
  add: [add, (a, b) => [a[0] + b[0], a[1] + b[1]]],
  sub: [sub, (a, b) => [a[0] - b[0], a[1] - b[1]]],
  mul: [mul, (a, b) => [a[0] * b[0], a[1] * b[1]]],
  div: [div, (a, b) => [a[0] / b[0], a[1] / b[1]]],
  sqrt: [(a) => sqrt(a), (a) => [Math.sqrt(a[0]), Math.sqrt(a[1])]],
  neg: [(a) => neg(a), (a) => [-a[0], -a[1]]],
  abs: [(a) => abs(a), (a) => [Math.abs(a[0]), Math.abs(a[1])]],
  sign: [(a) => sign(a), (a) => [Math.sign(a[0]) + 0, Math.sign(a[1]) + 0]],
  min: [min, (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1])]],
  max: [max, (a, b) => [Math.max(a[0], b[0]), Math.max(a[1], b[1])]],
  lows: [lows, (a, b) => [a[0], b[0]]],
  highs: [highs, (a, b) => [a[1], b[1]]],
  splat: [() => splat(-0.75), () => [-0.75, -0.75]],
};

function instantiate() {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const bytes = wasmModule(Object.entries(OPS).map(([name, [op]]) => ({ name, params: [], results: [], code: storing(op) })));
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
  return { memory: new Float64Array(memory.buffer, 0, 6), exports: exports as Record<string, () => void>, bytes };
}

const SPECIAL = [0, -0, 1, -1, 0.1, 1e-310, 1e308, -3.5e-7, Infinity, -Infinity, NaN, Math.PI];

describe('the assembler', () => {
  it('writes a module WebAssembly accepts, the same bytes every time', () => {
    const { bytes } = instantiate();
    expect(WebAssembly.validate(bytes)).toBe(true);
    expect([...bytes.slice(0, 8)]).toEqual([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
    expect(instantiate().bytes).toEqual(bytes);
  });

  it.each(Object.keys(OPS))('%s computes per lane what JavaScript does, to the bit', (name) => {
    const { memory, exports } = instantiate();
    const js = OPS[name][1];
    for (const x of SPECIAL) {
      for (const y of SPECIAL) {
        const a = [x, y];
        const b = [y * 3, x - 1];
        memory.set([...a, ...b]);
        exports[name]();
        const got = [memory[4], memory[5]];
        const want = js(a, b);
        expect(
          got.map((v, k) => Object.is(v, want[k])),
          `${name}(${a.join()}, ${b.join()}) = ${got.join()}, not ${want.join()}`,
        ).toEqual([true, true]);
      }
    }
  });

  it('declares locals as runs of one type', () => {
    const c = new Code([TYPE.i32]);
    expect(c.param(0)).toEqual({ index: 0, type: TYPE.i32 });
    expect([TYPE.v128, TYPE.v128, TYPE.i32, TYPE.v128].map((t) => c.local(t).index)).toEqual([1, 2, 3, 4]);
    expect(c.localsHeader()).toEqual([3, 2, TYPE.v128, 1, TYPE.i32, 1, TYPE.v128]);
  });
});
