import { add, Code, highs, load, local, lows, type Expr, type Local } from './Code.ts';
import { BLOCK_VOID, OP, SIMD, TYPE } from './opcodes.ts';
import type { ParticleLanes, WasmRule } from './WasmRule.ts';
import type { WasmSurface } from './WasmSurface.ts';

const I32 = TYPE.i32;
const V128 = TYPE.v128;

/** The most state slots a rule may use (RMSprop's three). */
export const MAX_SLOTS = 3;

/**
 * The step's parameters, byte addresses in memory: count, pos, prev, the gradient the update reads,
 * the gradient written, loss, then the slots. The per-step scalars are at address 0.
 */
export const STEP_PARAMS = [I32, I32, I32, I32, I32, I32, ...Array<typeof I32>(MAX_SLOTS).fill(I32)];

/**
 * One whole step of the particle engine for one rule on one surface, in one pass: for each particle
 * the update from the gradient held since the last step, the previous position kept, then the
 * gradient and loss at the new position. Particles go two a turn (an odd first one alone, as the
 * surfaces' gradientMany), each an (x, y) vector through the update, their x's and y's paired for
 * the surface. Returns the sum of every coordinate, value and partial, two running sums as
 * gradientMany keeps them (even and odd particles), finite only if all of them are.
 */
export function fusedStep(rule: WasmRule, surface: WasmSurface): Code {
  const c = new Code(STEP_PARAMS);
  const [count, pos, prev, gradIn, gradOut, loss] = [0, 1, 2, 3, 4, 5].map((k) => c.param(k));
  const slotBase = Array.from({ length: MAX_SLOTS }, (_, k) => c.param(6 + k));
  const s: Record<string, Expr> = {};
  rule.scalars.forEach((name, k) => {
    const l = c.local(V128);
    c.i32(0)
      .op(OP.f64Load, 3, 8 * k)
      .simd(SIMD.f64x2Splat)
      .set(l);
    s[name] = local(l);
  });
  const gradient = surface.prepare(c);
  const acc = c.local(V128);
  const p = c.local(I32);
  /** Byte offset of particle p's pair of coordinates: 16 p. */
  const o = c.local(I32);
  const addr =
    (base: Local): Expr =>
    (cc) => {
      cc.get(base).get(o).op(OP.i32Add);
    };
  const store = (base: Local, offset: number, value: Expr) => {
    addr(base)(c);
    value(c);
    c.store(offset);
  };
  const particle = (offset: number): Local => {
    const p0 = c.local(V128);
    const g = c.local(V128);
    c.set(p0, load(addr(pos), offset));
    c.set(g, load(addr(gradIn), offset));
    store(prev, offset, local(p0));
    const at: ParticleLanes = {
      p0: local(p0),
      g: local(g),
      slot: (k) => load(addr(slotBase[k]), offset),
      storeSlot: (k, value) => store(slotBase[k], offset, value),
    };
    const next = c.local(V128);
    c.set(next, rule.update(c, at, s));
    store(pos, offset, local(next));
    return next;
  };
  /** Particles p and p + 1, or p alone (both lanes then carry it, and only lane 0 is kept). */
  const pair = (lone: boolean): Local => {
    const a = particle(0);
    const b = lone ? a : particle(16);
    const x = c.local(V128);
    const y = c.local(V128);
    c.set(x, lows(local(a), local(b)));
    c.set(y, highs(local(a), local(b)));
    const { gx, gy, f } = gradient(c, local(x), local(y));
    store(gradOut, 0, lows(gx, gy));
    if (!lone) store(gradOut, 16, highs(gx, gy));
    // loss[p] is at loss + 8 p, that is loss + o / 2.
    c.get(loss).get(o).i32(1).op(OP.i32ShrU, OP.i32Add);
    f(c);
    if (lone) c.simd(SIMD.f64x2ExtractLane, 0).op(OP.f64Store, 3, 0);
    else c.simd(SIMD.v128Store, 3, 0);
    const sum = c.local(V128);
    c.set(sum, add(add(add(add(local(x), local(y)), f), gx), gy));
    return sum;
  };
  c.get(count).i32(1).op(OP.i32And, OP.if, BLOCK_VOID);
  const lone = pair(true);
  c.get(lone).f64(0).simd(SIMD.f64x2ReplaceLane, 1).set(acc);
  c.i32(1).set(p).i32(16).set(o);
  c.op(OP.end);
  c.op(OP.block, BLOCK_VOID, OP.loop, BLOCK_VOID);
  c.get(p).get(count).op(OP.i32GeU, OP.brIf, 1);
  const both = pair(false);
  c.set(acc, add(local(acc), local(both)));
  c.get(p).i32(2).op(OP.i32Add).set(p);
  c.get(o).i32(32).op(OP.i32Add).set(o);
  c.op(OP.br, 0, OP.end, OP.end);
  c.get(acc).simd(SIMD.f64x2ExtractLane, 0).get(acc).simd(SIMD.f64x2ExtractLane, 1).op(OP.f64Add);
  return c;
}
