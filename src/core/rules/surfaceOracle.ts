import type { GradientOracle } from '../optimizers/Optimizer.ts';
import type { Surface } from '../surfaces/Surface.ts';

/**
 * The gradient oracle a rule's `grad(E)` calls, for particles on a surface: `at` holds xy pairs and
 * `out` gets the gradient at each, through the surface's batch entry point when it has one. The loss
 * buffer is kept between calls, so stepping the same number of particles allocates nothing.
 */
export function surfaceOracle(surface: Surface): GradientOracle {
  let loss = new Float64Array(0);
  return (at, out) => {
    const n = at.length >> 1;
    if (surface.gradientMany) {
      if (loss.length !== n) loss = new Float64Array(n);
      surface.gradientMany(at, out, loss, n);
      return;
    }
    for (let i = 0; i < 2 * n; i += 2) surface.gradient(at[i], at[i + 1], out, i);
  };
}
