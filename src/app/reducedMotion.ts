/** Whether the reader asked the system for less motion: then no race starts by itself. */
export const prefersReducedMotion = (): boolean => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
