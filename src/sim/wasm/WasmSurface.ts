import type { Code, Expr } from './Code.ts';

/** The surface's partials and value for two particles, one per lane. */
export interface LanesGradient {
  readonly gx: Expr;
  readonly gy: Expr;
  readonly f: Expr;
}

/**
 * A surface's `gradient` written for two particles at once, x and y each a vector of two particles'
 * coordinates: the JavaScript formula operation for operation, so every lane has its bits.
 * `prepare` runs once at the top of the step (constants into locals) and returns the writer.
 */
export interface WasmSurface {
  prepare(code: Code): (code: Code, x: Expr, y: Expr) => LanesGradient;
}
