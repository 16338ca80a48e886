/**
 * Step-size limits and rates on the quadratic model f = ½ θᵀHθ, whose curvatures are H's eigenvalues
 * λ. Each method's error along an eigendirection follows a linear recurrence; the method is stable
 * when every root of its characteristic polynomial lies inside the unit circle, and the largest root
 * modulus is the factor by which the error shrinks per update. Along a direction with λ ≤ 0 nothing
 * is stable, so the limits come from the steepest positive curvature λmax, and are Infinity if there
 * is none.
 */

/** Plain gradient descent, θ ← θ − lr·λθ: stable while |1 − lr·λ| < 1. */
export function gdLimit(lambdaMax: number): number {
  return lambdaMax > 0 ? 2 / lambdaMax : Infinity;
}

/** Heavy-ball momentum (PyTorch's SGD with momentum β): the root −1 appears at lr·λ = 2(1 + β). */
export function heavyBallLimit(lambdaMax: number, beta: number): number {
  return lambdaMax > 0 ? (2 * (1 + beta)) / lambdaMax : Infinity;
}

/**
 * PyTorch's Nesterov, θ ← θ − lr (g + β b) with b ← β b + g: characteristic z² − (1+β)(1−h) z + β(1−h)
 * for h = lr·λ, whose root −1 appears at h = 2(1 + β)/(1 + 2β).
 */
export function nesterovLimit(lambdaMax: number, beta: number): number {
  return lambdaMax > 0 ? (2 * (1 + beta)) / ((1 + 2 * beta) * lambdaMax) : Infinity;
}

/** The largest root modulus of z² − p z + q (real coefficients). */
export function rootRadius(p: number, q: number): number {
  const disc = p * p - 4 * q;
  if (disc < 0) return Math.sqrt(q);
  const s = Math.sqrt(disc);
  return Math.max(Math.abs(p + s), Math.abs(p - s)) / 2;
}

/** The error's shrink factor per update of GD at this lr on these curvatures (≥ 1: it does not converge). */
export function gdRate(lr: number, lambdas: readonly number[]): number {
  return Math.max(...lambdas.map((l) => Math.abs(1 - lr * l)));
}

/** Heavy ball: the roots of z² − (1 + β − lr·λ) z + β, worst over the curvatures. */
export function heavyBallRate(lr: number, beta: number, lambdas: readonly number[]): number {
  return Math.max(...lambdas.map((l) => rootRadius(1 + beta - lr * l, beta)));
}

/** PyTorch's Nesterov: the roots of z² − (1 + β)(1 − h) z + β(1 − h), h = lr·λ, worst over the curvatures. */
export function nesterovRate(lr: number, beta: number, lambdas: readonly number[]): number {
  return Math.max(...lambdas.map((l) => rootRadius((1 + beta) * (1 - lr * l), beta * (1 - lr * l))));
}

export interface OptimalSteps {
  /** GD's best constant step 2/(λmin + λmax), and its rate (κ − 1)/(κ + 1). */
  gd: { lr: number; rate: number };
  /** Polyak's heavy ball: α = (2/(√λmax + √λmin))², β = ((√κ − 1)/(√κ + 1))², rate (√κ − 1)/(√κ + 1). */
  heavyBall: { lr: number; momentum: number; rate: number };
}

/** The best constant steps for a convex quadratic; null unless both curvatures are positive. */
export function optimalSteps(lambdaMin: number, lambdaMax: number): OptimalSteps | null {
  if (!(lambdaMin > 0 && lambdaMax >= lambdaMin)) return null;
  const kappa = lambdaMax / lambdaMin;
  const root = Math.sqrt(kappa);
  const hbRate = (root - 1) / (root + 1);
  return {
    gd: { lr: 2 / (lambdaMin + lambdaMax), rate: (kappa - 1) / (kappa + 1) },
    heavyBall: { lr: (2 / (Math.sqrt(lambdaMax) + Math.sqrt(lambdaMin))) ** 2, momentum: hbRate * hbRate, rate: hbRate },
  };
}
