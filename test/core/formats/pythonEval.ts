/**
 * A tiny evaluator of the Python the scripts' f(x, y) is written in (floats, + - * / **, unary minus,
 * math.pi, math.e and the torch functions on scalars), so a test can check the expression without Python.
 */
const FUNCTIONS: Record<string, (...a: number[]) => number> = {
  'torch.sqrt': Math.sqrt,
  'torch.exp': Math.exp,
  'torch.log': Math.log,
  'torch.sin': Math.sin,
  'torch.cos': Math.cos,
  'torch.tan': Math.tan,
  'torch.tanh': Math.tanh,
  'torch.abs': Math.abs,
  'torch.sign': Math.sign,
  'torch.minimum': Math.min,
  'torch.maximum': Math.max,
  'torch.as_tensor': (a) => a,
  'torch.zeros_like': () => 0,
};

export function evalPython(text: string, vars: Record<string, number>): number {
  const tokens = text.match(/\d+\.?\d*(?:e[+-]?\d+)?|[A-Za-z_][\w.]*|\*\*|[-+*/(),]/g) ?? [];
  if (tokens.join('') !== text.replace(/\s+/g, '')) throw new Error(`unreadable: ${text}`);
  let i = 0;
  const peek = () => tokens[i];
  const take = (t?: string) => {
    const tok = tokens[i++];
    if (t !== undefined && tok !== t) throw new Error(`expected ${t}, got ${tok}`);
    return tok;
  };
  const expr = (): number => {
    let v = term();
    while (peek() === '+' || peek() === '-') v = take() === '+' ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = unary();
    while (peek() === '*' || peek() === '/') v = take() === '*' ? v * unary() : v / unary();
    return v;
  };
  // Python: -a ** b is -(a ** b), and the exponent may carry its own sign.
  const unary = (): number => (peek() === '-' ? (take(), -unary()) : power());
  const power = (): number => {
    const base = atom();
    return peek() === '**' ? (take(), base ** unary()) : base;
  };
  const atom = (): number => {
    const tok = take();
    if (tok === '(') {
      const v = expr();
      take(')');
      return v;
    }
    if (/^\d/.test(tok)) return Number(tok);
    if (tok === 'math.pi') return Math.PI;
    if (tok === 'math.e') return Math.E;
    if (tok in vars) return vars[tok];
    const fn = FUNCTIONS[tok];
    if (!fn) throw new Error(`unknown name ${tok}`);
    take('(');
    const args = [expr()];
    while (peek() === ',') {
      take(',');
      args.push(expr());
    }
    take(')');
    return fn(...args);
  };
  const v = expr();
  if (i !== tokens.length) throw new Error(`trailing ${tokens.slice(i).join(' ')}`);
  return v;
}

/** The body of the script's `def f(x, y): return …`. */
export function scriptSurface(script: string): string {
  const m = /\ndef f\(x, y\):\n {4}return (.*)\n/.exec(script);
  if (!m) throw new Error('no f(x, y) in the script');
  return m[1];
}
