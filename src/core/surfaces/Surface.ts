/** A rectangle of the plane: the part of a surface the map shows. */
export interface View {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

export interface Minimum {
  readonly x: number;
  readonly y: number;
  readonly f: number;
  /** global and local minima get a marker; a saddle marks a stationary point that is not a minimum. */
  readonly kind: 'global' | 'local' | 'saddle';
}

/**
 * A loss surface f(x, y). `gradient` writes into a caller-owned buffer and returns f, so stepping
 * thousands of particles allocates nothing.
 */
export interface Surface {
  readonly id: string;
  readonly name: string;
  /** The formula as plain text, for the controls and the CLI listing. */
  readonly formula: string;
  /** One sentence on what the surface teaches. */
  readonly lesson: string;
  readonly view: View;
  /** Where the balls start unless the user picks another point: somewhere that shows the lesson. */
  readonly start: readonly [number, number];
  readonly minima: readonly Minimum[];
  /** Whether contour levels should be log-spaced over the value range (large dynamic range). */
  readonly logLevels: boolean;
  value(x: number, y: number): number;
  /** Writes df/dx to out[o] and df/dy to out[o + 1]; returns f(x, y). */
  gradient(x: number, y: number, out: Float64Array, o: number): number;
  /**
   * `gradient` for n particles in one call, as the particle engine steps them: particle p at
   * (pos[2p], pos[2p + 1]) gets its gradient in grad[2p], grad[2p + 1] and f in loss[p], the same
   * numbers `gradient` gives (a network surface may group its sums otherwise: the same to rounding).
   * Returns the sum of every coordinate, value and partial it read or wrote,
   * which is finite only if all of them are, so one test clears n particles of divergence. Each
   * surface writes its own loop, so the call inside it sees one function and is inlined (one loop
   * made by a shared factory sees every surface's gradient and runs about five times slower: 100 M
   * against 490 M points per second for rosenbrock, measured once all surfaces had run); a surface
   * without one is stepped point by point (see gradientManyOf). The analytic surfaces take two
   * particles a turn into two sums: one running sum chains every particle's additions, which cost
   * a fifth of the pass. An odd particle goes first, alone, and the loop leaves nothing to do after
   * it (the loop keeps the total): V8 may compile a loop while its first long call is still in it,
   * before any line after the loop has run, and such a line then sent every later call back through
   * slower code (seen as a fivefold slowdown of the whole step).
   */
  gradientMany?(pos: Float64Array, grad: Float64Array, loss: Float64Array, n: number): number;
  /**
   * Optional fast path for contour grids: fills out[j * nx + i] with f at
   * x = x0 + i (x1 - x0) / (nx - 1), y = y0 + j (y1 - y0) / (ny - 1). Surfaces whose value is costly
   * (a network's loss) implement it by reusing what the grid shares; others are sampled point by point.
   */
  sampleGrid?(view: View, nx: number, ny: number, out: Float64Array): void;
}
