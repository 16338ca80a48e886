/** Instruction codes of the vector machine; each runs once over whole arrays. */
export const Op = {
  COPY: 0,
  NEG: 1,
  SQRT: 2,
  EXP: 3,
  LOG: 4,
  SIN: 5,
  COS: 6,
  TAN: 7,
  TANH: 8,
  ABS: 9,
  SIGN: 10,
  SQUARE: 11,
  ADD: 12,
  SUB: 13,
  MUL: 14,
  DIV: 15,
  POW: 16,
  MIN: 17,
  MAX: 18,
  /** The weight max(a, b) gives a: 1 if a > b, 0.5 at a tie, 0 if a < b (PyTorch splits ties evenly). */
  TIE: 19,
  /** d(a^b)/da as PyTorch's pow_backward: 0 where b = 0, else b a^(b-1). */
  POW_DBASE: 20,
  /** d(a^b)/db as PyTorch's pow_backward_exponent: 0 where a = 0 and b >= 0, else a^b log(a). */
  POW_DEXP: 21,
  /** out = the gradient at the points in a (laid out like theta), from the host's oracle. */
  GRAD: 22,
  /** c·a + e·b for vectors a, b and scalars c, e: a running average, or x − lr·v, in one pass. */
  LIN: 23,
  /**
   * (c·(a/e)) / (sqrt(b/f) + h) for vectors a, b and scalars c, e, f, h: the adaptive methods' step
   * with its bias corrections (Adam's lr·(m/bc1)/(sqrt(v/bc2) + eps)) in one pass.
   */
  ADADIV: 24,
  /** c·a + e·(b·b): a running average of squares, `beta2*v + (1 - beta2)*g^2`, in one pass. */
  LINSQ: 25,
  /** d − ADADIV(a, b; c, e, f, h), into d itself: the adaptive step taken, `x = x - …`, in one pass. */
  ADASUB: 26,
} as const;

/**
 * Ints per instruction: op, destination, operands a and b, scalar operands c, e, f, h (fused
 * operations only), then the Kinds of destination, a and b.
 */
export const WIDTH = 11;
