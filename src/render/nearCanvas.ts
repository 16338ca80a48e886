/** Far outside any canvas, yet small enough that the GPU's geometry stays sane. */
export const FAR = 1e5;

/** A canvas coordinate clamped to ±FAR: a diverging run flings its points to huge or infinite values. */
export const nearCanvas = (v: number): number => (v > FAR ? FAR : v < -FAR ? -FAR : v);
