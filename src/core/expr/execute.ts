import type { GradientOracle } from '../optimizers/Optimizer.ts';
import { Op, WIDTH } from './ops.ts';

/**
 * Runs straight-line code over registers. An instruction loops over n elements when its destination
 * is a vector and over one when it is a scalar; a scalar operand has stride 0, so it is broadcast.
 * The switch runs once per instruction, never per element, so interpretation is almost free when n is
 * large, and nothing is allocated.
 */
export function execute(code: Int32Array, regs: Float64Array[], n: number, oracle?: GradientOracle): void {
  for (let pc = 0; pc < code.length; pc += WIDTH) {
    const d = regs[code[pc + 1]];
    const a = regs[code[pc + 2]];
    const b = regs[code[pc + 3]];
    const len = code[pc + 4] === 1 ? n : 1;
    const sa = code[pc + 5];
    const sb = code[pc + 6];
    switch (code[pc]) {
      case Op.COPY:
        for (let i = 0, j = 0; i < len; i++, j += sa) d[i] = a[j];
        break;
      case Op.NEG:
        for (let i = 0, j = 0; i < len; i++, j += sa) d[i] = -a[j];
        break;
      case Op.SQRT:
        for (let i = 0, j = 0; i < len; i++, j += sa) d[i] = Math.sqrt(a[j]);
        break;
      case Op.EXP:
        for (let i = 0, j = 0; i < len; i++, j += sa) d[i] = Math.exp(a[j]);
        break;
      case Op.LOG:
        for (let i = 0, j = 0; i < len; i++, j += sa) d[i] = Math.log(a[j]);
        break;
      case Op.SIN:
        for (let i = 0, j = 0; i < len; i++, j += sa) d[i] = Math.sin(a[j]);
        break;
      case Op.COS:
        for (let i = 0, j = 0; i < len; i++, j += sa) d[i] = Math.cos(a[j]);
        break;
      case Op.TAN:
        for (let i = 0, j = 0; i < len; i++, j += sa) d[i] = Math.tan(a[j]);
        break;
      case Op.TANH:
        for (let i = 0, j = 0; i < len; i++, j += sa) d[i] = Math.tanh(a[j]);
        break;
      case Op.ABS:
        for (let i = 0, j = 0; i < len; i++, j += sa) d[i] = Math.abs(a[j]);
        break;
      case Op.SIGN:
        // Math.sign(-0) is -0; torch.sign gives 0 there, and so does adding 0.
        for (let i = 0, j = 0; i < len; i++, j += sa) d[i] = Math.sign(a[j]) + 0;
        break;
      case Op.SQUARE:
        for (let i = 0, j = 0; i < len; i++, j += sa) d[i] = a[j] * a[j];
        break;
      case Op.ADD:
        for (let i = 0, j = 0, k = 0; i < len; i++, j += sa, k += sb) d[i] = a[j] + b[k];
        break;
      case Op.SUB:
        for (let i = 0, j = 0, k = 0; i < len; i++, j += sa, k += sb) d[i] = a[j] - b[k];
        break;
      case Op.MUL:
        for (let i = 0, j = 0, k = 0; i < len; i++, j += sa, k += sb) d[i] = a[j] * b[k];
        break;
      case Op.DIV:
        for (let i = 0, j = 0, k = 0; i < len; i++, j += sa, k += sb) d[i] = a[j] / b[k];
        break;
      case Op.POW:
        for (let i = 0, j = 0, k = 0; i < len; i++, j += sa, k += sb) d[i] = a[j] ** b[k];
        break;
      case Op.MIN:
        for (let i = 0, j = 0, k = 0; i < len; i++, j += sa, k += sb) d[i] = Math.min(a[j], b[k]);
        break;
      case Op.MAX:
        for (let i = 0, j = 0, k = 0; i < len; i++, j += sa, k += sb) d[i] = Math.max(a[j], b[k]);
        break;
      case Op.TIE:
        for (let i = 0, j = 0, k = 0; i < len; i++, j += sa, k += sb) {
          d[i] = a[j] > b[k] ? 1 : a[j] === b[k] ? 0.5 : 0;
        }
        break;
      case Op.POW_DBASE:
        for (let i = 0, j = 0, k = 0; i < len; i++, j += sa, k += sb) {
          d[i] = b[k] === 0 ? 0 : b[k] * a[j] ** (b[k] - 1);
        }
        break;
      case Op.POW_DEXP:
        for (let i = 0, j = 0, k = 0; i < len; i++, j += sa, k += sb) {
          d[i] = a[j] === 0 && b[k] >= 0 ? 0 : a[j] ** b[k] * Math.log(a[j]);
        }
        break;
      case Op.GRAD:
        if (!oracle) throw new Error('this code calls grad(E), and the host gave no gradient oracle');
        oracle(a, d);
        break;
    }
  }
}
