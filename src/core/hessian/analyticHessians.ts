/**
 * Writes the second partials of f at (x, y) into out[0] = f_xx, out[1] = f_xy, out[2] = f_yy,
 * derived by hand from the surface's formula (src/core/surfaces/expressions.ts).
 */
export type HessianFormula = (x: number, y: number, out: Float64Array) => void;

const TWO_PI = 2 * Math.PI;
const PI2 = Math.PI * Math.PI;

function set(out: Float64Array, xx: number, xy: number, yy: number): void {
  out[0] = xx;
  out[1] = xy;
  out[2] = yy;
}

/** The exact Hessian of every analytic surface, keyed by surface id. */
export const ANALYTIC_HESSIANS: Readonly<Record<string, HessianFormula>> = {
  rosenbrock: (x, y, out) => set(out, 2 - 400 * y + 1200 * x * x, -400 * x, 200),
  saddle: (_x, _y, out) => set(out, 2, 0, -2),
  quadratic: (_x, _y, out) => set(out, 1, 0, 10),
  beale: (x, y, out) => {
    const y2 = y * y;
    const y3 = y2 * y;
    const a = 1.5 - x + x * y;
    const b = 2.25 - x + x * y2;
    const c = 2.625 - x + x * y3;
    // Partials of the three residuals; each is linear in x.
    const ax = y - 1;
    const bx = y2 - 1;
    const cx = y3 - 1;
    const ay = x;
    const by = 2 * x * y;
    const cy = 3 * x * y2;
    set(
      out,
      2 * (ax * ax + bx * bx + cx * cx),
      2 * (ax * ay + a + bx * by + b * 2 * y + cx * cy + c * 3 * y2),
      2 * (ay * ay + by * by + b * 2 * x + cy * cy + c * 6 * x * y),
    );
  },
  himmelblau: (x, y, out) => {
    const u = x * x + y - 11;
    const v = x + y * y - 7;
    set(out, 4 * u + 8 * x * x + 2, 4 * (x + y), 2 + 4 * v + 8 * y * y);
  },
  rastrigin: (x, y, out) => set(out, 2 + 40 * PI2 * Math.cos(TWO_PI * x), 0, 2 + 40 * PI2 * Math.cos(TWO_PI * y)),
  ackley: (x, y, out) => {
    // At the cone's tip (r = 0) the curvature is unbounded: the formulas give NaN there, honestly.
    const r = Math.sqrt(0.5 * (x * x + y * y));
    const cone = Math.exp(-0.2 * r);
    const ripple = Math.exp(0.5 * (Math.cos(TWO_PI * x) + Math.cos(TWO_PI * y)));
    const sx = Math.sin(TWO_PI * x);
    const sy = Math.sin(TWO_PI * y);
    const radial = cone * (0.2 / (r * r) + 1 / (r * r * r));
    set(
      out,
      (2 * cone) / r - x * x * radial + ripple * PI2 * (2 * Math.cos(TWO_PI * x) - sx * sx),
      -x * y * radial - PI2 * sx * sy * ripple,
      (2 * cone) / r - y * y * radial + ripple * PI2 * (2 * Math.cos(TWO_PI * y) - sy * sy),
    );
  },
  booth: (_x, _y, out) => set(out, 10, 8, 10),
  monkey_saddle: (x, y, out) => set(out, 6 * x, -6 * y, -6 * x),
  six_hump_camel: (x, y, out) => {
    const x2 = x * x;
    set(out, 8 - 25.2 * x2 + 10 * x2 * x2, 1, -8 + 48 * y * y);
  },
  goldstein_price: (x, y, out) => {
    const s = x + y + 1;
    const p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
    const d = 2 * x - 3 * y;
    const q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
    const a = 1 + s * s * p;
    const b = 30 + d * d * q;
    // P's partials in x and y coincide and its second partials are all 6, so A's are all equal too.
    const px = -14 + 6 * x + 6 * y;
    const ax = 2 * s * p + s * s * px;
    const axx = 2 * p + 4 * s * px + 6 * s * s;
    const qx = -32 + 24 * x - 36 * y;
    const qy = 48 - 36 * x + 54 * y;
    const bx = 4 * d * q + d * d * qx;
    const by = -6 * d * q + d * d * qy;
    const bxx = 8 * q + 8 * d * qx + 24 * d * d;
    const bxy = -12 * q + 4 * d * qy - 6 * d * qx - 36 * d * d;
    const byy = 18 * q - 12 * d * qy + 54 * d * d;
    set(out, axx * b + 2 * ax * bx + a * bxx, axx * b + ax * by + ax * bx + a * bxy, axx * b + 2 * ax * by + a * byy);
  },
};
