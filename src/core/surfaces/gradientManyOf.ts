import type { Surface } from './Surface.ts';

type GradientMany = NonNullable<Surface['gradientMany']>;

/**
 * The surface's own batch entry point, or for a surface without one (a test double, a formula typed
 * in) the same contract met by calling gradient point by point.
 */
export function gradientManyOf(surface: Surface): GradientMany {
  if (surface.gradientMany) return surface.gradientMany.bind(surface);
  return (pos, grad, loss, n) => {
    let check = 0;
    for (let p = 0, o = 0; p < n; p++, o += 2) {
      const x = pos[o];
      const y = pos[o + 1];
      const f = surface.gradient(x, y, grad, o);
      loss[p] = f;
      check += x + y + f + grad[o] + grad[o + 1];
    }
    return check;
  };
}
