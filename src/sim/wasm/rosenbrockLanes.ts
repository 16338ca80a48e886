import { add, local, mul, splat, sub, type Code } from './Code.ts';
import { TYPE } from './opcodes.ts';
import type { WasmSurface } from './WasmSurface.ts';

const constant = (c: Code, value: number) => {
  const l = c.local(TYPE.v128);
  c.set(l, splat(value));
  return local(l);
};

/** rosenbrock.ts's gradient: a = 1 − x, b = y − x², (−2a − 400xb, 200b), a² + 100b². */
export const rosenbrockLanes: WasmSurface = {
  prepare(c) {
    const one = constant(c, 1);
    const minus2 = constant(c, -2);
    const c400 = constant(c, 400);
    const c200 = constant(c, 200);
    const c100 = constant(c, 100);
    return (code, x, y) => {
      const [a, b, gx, gy, f] = [0, 1, 2, 3, 4].map(() => code.local(TYPE.v128));
      code.set(a, sub(one, x));
      code.set(b, sub(y, mul(x, x)));
      code.set(gx, sub(mul(minus2, local(a)), mul(mul(c400, x), local(b))));
      code.set(gy, mul(c200, local(b)));
      code.set(f, add(mul(local(a), local(a)), mul(mul(c100, local(b)), local(b))));
      return { gx: local(gx), gy: local(gy), f: local(f) };
    };
  },
};
