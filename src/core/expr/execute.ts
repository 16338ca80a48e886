import type { GradientOracle } from '../optimizers/Optimizer.ts';
import { Op, WIDTH } from './ops.ts';

/**
 * Elements per block. Every instruction of a stretch of code runs over one block before the next
 * block starts (numexpr's trick): passes over whole arrays would stream every intermediate through
 * memory once per instruction, which costs far more than the arithmetic.
 */
export const BLOCK = 256;

/**
 * Runs instructions [from, to) over one block of `length` elements. `regs` are this block's
 * registers: a block register itself, a view of a whole register's slice, or a scalar, so every loop
 * indexes its destination and operands alike from 0 (the engine then drops most bounds checks, about
 * twice as fast as offset indexing). Block registers hold just this block, so the intermediates of a
 * whole step stay in the first-level cache; a scalar destination is one value whatever the block
 * (recomputing it per block is harmless). The assembler only lets COPY spread a scalar over a
 * vector, and the four arithmetic operations, which make up most of any rule, get a loop per operand
 * form (vector-vector, vector-scalar, scalar-vector) with the scalar held in a local.
 */
function runBlock(code: Int32Array, from: number, to: number, regs: Float64Array[], length: number): void {
  for (let pc = from; pc < to; pc += WIDTH) {
    const d = regs[code[pc + 1]];
    const a = regs[code[pc + 2]];
    const b = regs[code[pc + 3]];
    const kd = code[pc + 8];
    const ka = code[pc + 9];
    const kb = code[pc + 10];
    const n = kd === 0 ? 1 : length;
    // Operand forms: 1 when a is a scalar under a vector destination, 2 when b is.
    const form = kd === 0 ? 0 : ka === 0 ? 1 : kb === 0 ? 2 : 0;
    const s = form === 1 ? a[0] : b[0];
    switch (code[pc]) {
      case Op.COPY:
        if (ka === 0) d.fill(a[0], 0, n);
        else for (let i = 0; i < n; i++) d[i] = a[i];
        break;
      case Op.NEG:
        for (let i = 0; i < n; i++) d[i] = -a[i];
        break;
      case Op.SQRT:
        for (let i = 0; i < n; i++) d[i] = Math.sqrt(a[i]);
        break;
      case Op.EXP:
        for (let i = 0; i < n; i++) d[i] = Math.exp(a[i]);
        break;
      case Op.LOG:
        for (let i = 0; i < n; i++) d[i] = Math.log(a[i]);
        break;
      case Op.SIN:
        for (let i = 0; i < n; i++) d[i] = Math.sin(a[i]);
        break;
      case Op.COS:
        for (let i = 0; i < n; i++) d[i] = Math.cos(a[i]);
        break;
      case Op.TAN:
        for (let i = 0; i < n; i++) d[i] = Math.tan(a[i]);
        break;
      case Op.TANH:
        for (let i = 0; i < n; i++) d[i] = Math.tanh(a[i]);
        break;
      case Op.ABS:
        for (let i = 0; i < n; i++) d[i] = Math.abs(a[i]);
        break;
      case Op.SIGN:
        // Math.sign(-0) is -0; torch.sign gives 0 there, and so does adding 0.
        for (let i = 0; i < n; i++) d[i] = Math.sign(a[i]) + 0;
        break;
      case Op.SQUARE:
        for (let i = 0; i < n; i++) d[i] = a[i] * a[i];
        break;
      case Op.ADD:
        if (form === 1) for (let i = 0; i < n; i++) d[i] = s + b[i];
        else if (form === 2) for (let i = 0; i < n; i++) d[i] = a[i] + s;
        else for (let i = 0; i < n; i++) d[i] = a[i] + b[i];
        break;
      case Op.SUB:
        if (form === 1) for (let i = 0; i < n; i++) d[i] = s - b[i];
        else if (form === 2) for (let i = 0; i < n; i++) d[i] = a[i] - s;
        else for (let i = 0; i < n; i++) d[i] = a[i] - b[i];
        break;
      case Op.MUL:
        if (form === 1) for (let i = 0; i < n; i++) d[i] = s * b[i];
        else if (form === 2) for (let i = 0; i < n; i++) d[i] = a[i] * s;
        else for (let i = 0; i < n; i++) d[i] = a[i] * b[i];
        break;
      case Op.DIV:
        if (form === 1) for (let i = 0; i < n; i++) d[i] = s / b[i];
        else if (form === 2) for (let i = 0; i < n; i++) d[i] = a[i] / s;
        else for (let i = 0; i < n; i++) d[i] = a[i] / b[i];
        break;
      case Op.LIN: {
        const c = regs[code[pc + 4]][0];
        const e = regs[code[pc + 5]][0];
        for (let i = 0; i < n; i++) d[i] = c * a[i] + e * b[i];
        break;
      }
      case Op.LINSQ: {
        const c = regs[code[pc + 4]][0];
        const e = regs[code[pc + 5]][0];
        for (let i = 0; i < n; i++) d[i] = c * a[i] + e * (b[i] * b[i]);
        break;
      }
      case Op.ADADIV: {
        const c = regs[code[pc + 4]][0];
        const e = regs[code[pc + 5]][0];
        const f = regs[code[pc + 6]][0];
        const h = regs[code[pc + 7]][0];
        for (let i = 0; i < n; i++) d[i] = (c * (a[i] / e)) / (Math.sqrt(b[i] / f) + h);
        break;
      }
      case Op.ADASUB: {
        const c = regs[code[pc + 4]][0];
        const e = regs[code[pc + 5]][0];
        const f = regs[code[pc + 6]][0];
        const h = regs[code[pc + 7]][0];
        for (let i = 0; i < n; i++) d[i] = d[i] - (c * (a[i] / e)) / (Math.sqrt(b[i] / f) + h);
        break;
      }
      default:
        rare(code[pc], d, a, b, n, ka === 0 ? 0 : 1, kb === 0 ? 0 : 1);
    }
  }
}

/** The operations rules seldom use, with operand strides (0 broadcasts a scalar). */
function rare(op: number, d: Float64Array, a: Float64Array, b: Float64Array, n: number, sa: number, sb: number): void {
  switch (op) {
    case Op.POW:
      for (let i = 0, j = 0, k = 0; i < n; i++, j += sa, k += sb) d[i] = a[j] ** b[k];
      break;
    case Op.MIN:
      for (let i = 0, j = 0, k = 0; i < n; i++, j += sa, k += sb) d[i] = Math.min(a[j], b[k]);
      break;
    case Op.MAX:
      for (let i = 0, j = 0, k = 0; i < n; i++, j += sa, k += sb) d[i] = Math.max(a[j], b[k]);
      break;
    case Op.TIE:
      for (let i = 0, j = 0, k = 0; i < n; i++, j += sa, k += sb) d[i] = a[j] > b[k] ? 1 : a[j] === b[k] ? 0.5 : 0;
      break;
    case Op.POW_DBASE:
      for (let i = 0, j = 0, k = 0; i < n; i++, j += sa, k += sb) d[i] = b[k] === 0 ? 0 : b[k] * a[j] ** (b[k] - 1);
      break;
    case Op.POW_DEXP:
      for (let i = 0, j = 0, k = 0; i < n; i++, j += sa, k += sb) {
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
export function execute(code: Int32Array, blocks: readonly Float64Array[][], regs: readonly Float64Array[], n: number, oracle?: GradientOracle): void {
  let from = 0;
  for (let pc = 0; pc <= code.length; pc += WIDTH) {
    if (pc < code.length && code[pc] !== Op.GRAD) continue;
    for (let k = 0; k === 0 || k * BLOCK < n; k++) runBlock(code, from, pc, blocks[k], Math.min(BLOCK, n - k * BLOCK));
    if (pc < code.length) {
      if (!oracle) throw new Error('this code calls grad(E), and the host gave no gradient oracle');
      oracle(regs[code[pc + 2]], regs[code[pc + 1]]);
    }
    from = pc + WIDTH;
  }
}
