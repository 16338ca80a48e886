import type { GradientOracle } from '../optimizers/Optimizer.ts';
import { Op, WIDTH } from './ops.ts';

/**
 * Elements per block. Every instruction of a stretch of code runs over one block before the next
 * block starts (numexpr's trick): passes over whole arrays would stream every intermediate through
 * memory once per instruction, which costs far more than the arithmetic.
 */
export const BLOCK = 256;

/** Where element `start` of the block sits in a register of this Kind (0 scalar, 1 block, 2 whole). */
function offset(kind: number, start: number): number {
  return kind === 2 ? start : 0;
}

/**
 * Runs instructions [from, to) over elements [start, end). Block registers hold just this block, so
 * the intermediates of a whole step stay in the first-level cache; a scalar destination is one value
 * whatever the block (recomputing it per block is harmless). The assembler only lets COPY spread a
 * scalar over a vector, so every other loop reads its vector operands in step with its destination.
 * The four arithmetic operations, which make up most of any rule, get a loop per operand form
 * (vector-vector, vector-scalar, scalar-vector) with the scalar held in a local: the engine then
 * compiles each to a plain indexed loop, about twice as fast as one loop with strides.
 */
function runBlock(code: Int32Array, from: number, to: number, regs: Float64Array[], start: number, end: number): void {
  for (let pc = from; pc < to; pc += WIDTH) {
    const d = regs[code[pc + 1]];
    const a = regs[code[pc + 2]];
    const b = regs[code[pc + 3]];
    const kd = code[pc + 4];
    const ka = code[pc + 5];
    const kb = code[pc + 6];
    const n = kd === 0 ? 1 : end - start;
    const o = offset(kd, start);
    const p = offset(ka, start);
    const q = offset(kb, start);
    // Operand forms: 1 when a is a scalar under a vector destination, 2 when b is.
    const form = kd === 0 ? 0 : ka === 0 ? 1 : kb === 0 ? 2 : 0;
    const s = form === 1 ? a[0] : b[0];
    switch (code[pc]) {
      case Op.COPY:
        if (ka === 0) d.fill(a[0], o, o + n);
        else for (let i = 0; i < n; i++) d[o + i] = a[p + i];
        break;
      case Op.NEG:
        for (let i = 0; i < n; i++) d[o + i] = -a[p + i];
        break;
      case Op.SQRT:
        for (let i = 0; i < n; i++) d[o + i] = Math.sqrt(a[p + i]);
        break;
      case Op.EXP:
        for (let i = 0; i < n; i++) d[o + i] = Math.exp(a[p + i]);
        break;
      case Op.LOG:
        for (let i = 0; i < n; i++) d[o + i] = Math.log(a[p + i]);
        break;
      case Op.SIN:
        for (let i = 0; i < n; i++) d[o + i] = Math.sin(a[p + i]);
        break;
      case Op.COS:
        for (let i = 0; i < n; i++) d[o + i] = Math.cos(a[p + i]);
        break;
      case Op.TAN:
        for (let i = 0; i < n; i++) d[o + i] = Math.tan(a[p + i]);
        break;
      case Op.TANH:
        for (let i = 0; i < n; i++) d[o + i] = Math.tanh(a[p + i]);
        break;
      case Op.ABS:
        for (let i = 0; i < n; i++) d[o + i] = Math.abs(a[p + i]);
        break;
      case Op.SIGN:
        // Math.sign(-0) is -0; torch.sign gives 0 there, and so does adding 0.
        for (let i = 0; i < n; i++) d[o + i] = Math.sign(a[p + i]) + 0;
        break;
      case Op.SQUARE:
        for (let i = 0; i < n; i++) d[o + i] = a[p + i] * a[p + i];
        break;
      case Op.ADD:
        if (form === 1) for (let i = 0; i < n; i++) d[o + i] = s + b[q + i];
        else if (form === 2) for (let i = 0; i < n; i++) d[o + i] = a[p + i] + s;
        else for (let i = 0; i < n; i++) d[o + i] = a[p + i] + b[q + i];
        break;
      case Op.SUB:
        if (form === 1) for (let i = 0; i < n; i++) d[o + i] = s - b[q + i];
        else if (form === 2) for (let i = 0; i < n; i++) d[o + i] = a[p + i] - s;
        else for (let i = 0; i < n; i++) d[o + i] = a[p + i] - b[q + i];
        break;
      case Op.MUL:
        if (form === 1) for (let i = 0; i < n; i++) d[o + i] = s * b[q + i];
        else if (form === 2) for (let i = 0; i < n; i++) d[o + i] = a[p + i] * s;
        else for (let i = 0; i < n; i++) d[o + i] = a[p + i] * b[q + i];
        break;
      case Op.DIV:
        if (form === 1) for (let i = 0; i < n; i++) d[o + i] = s / b[q + i];
        else if (form === 2) for (let i = 0; i < n; i++) d[o + i] = a[p + i] / s;
        else for (let i = 0; i < n; i++) d[o + i] = a[p + i] / b[q + i];
        break;
      default:
        rare(code[pc], d, a, b, n, o, ka === 0 ? 0 : 1, p, kb === 0 ? 0 : 1, q);
    }
  }
}

/** The operations rules seldom use, with operand strides (0 broadcasts a scalar). */
function rare(op: number, d: Float64Array, a: Float64Array, b: Float64Array, n: number, o: number, sa: number, p: number, sb: number, q: number): void {
  const e = o + n;
  switch (op) {
    case Op.POW:
      for (let i = o, j = p, k = q; i < e; i++, j += sa, k += sb) d[i] = a[j] ** b[k];
      break;
    case Op.MIN:
      for (let i = o, j = p, k = q; i < e; i++, j += sa, k += sb) d[i] = Math.min(a[j], b[k]);
      break;
    case Op.MAX:
      for (let i = o, j = p, k = q; i < e; i++, j += sa, k += sb) d[i] = Math.max(a[j], b[k]);
      break;
    case Op.TIE:
      for (let i = o, j = p, k = q; i < e; i++, j += sa, k += sb) d[i] = a[j] > b[k] ? 1 : a[j] === b[k] ? 0.5 : 0;
      break;
    case Op.POW_DBASE:
      for (let i = o, j = p, k = q; i < e; i++, j += sa, k += sb) d[i] = b[k] === 0 ? 0 : b[k] * a[j] ** (b[k] - 1);
      break;
    case Op.POW_DEXP:
      for (let i = o, j = p, k = q; i < e; i++, j += sa, k += sb) {
        d[i] = a[j] === 0 && b[k] >= 0 ? 0 : a[j] ** b[k] * Math.log(a[j]);
      }
      break;
  }
}

/**
 * Runs straight-line code over registers. An instruction loops over the elements when its
 * destination is a vector and once when it is a scalar; a scalar operand is broadcast. The switch
 * runs once per instruction and block, never per element, so interpretation is almost free when n is
 * large, and nothing is allocated. `grad` needs whole arrays, so it ends a stretch of blocked code
 * and calls the oracle on all n elements at once.
 */
export function execute(code: Int32Array, regs: Float64Array[], n: number, oracle?: GradientOracle): void {
  let from = 0;
  for (let pc = 0; pc <= code.length; pc += WIDTH) {
    if (pc < code.length && code[pc] !== Op.GRAD) continue;
    for (let start = 0; start < Math.max(n, 1); start += BLOCK) runBlock(code, from, pc, regs, start, Math.min(n, start + BLOCK));
    if (pc < code.length) {
      if (!oracle) throw new Error('this code calls grad(E), and the host gave no gradient oracle');
      oracle(regs[code[pc + 2]], regs[code[pc + 1]]);
    }
    from = pc + WIDTH;
  }
}
