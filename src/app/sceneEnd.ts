/**
 * How many of the `n` steps a frame wants to take may be taken, when an unmodified preset's scene
 * ends after `end` updates and the race has taken `before`: a scene stops exactly where its story
 * is told (its claims are checked there), and pauses. Once past its end — the user pressed play
 * again — the race goes on unbounded; back at the start it stops at the end again.
 */
export function clampToSceneEnd(before: number, n: number, end: number): { steps: number; ended: boolean } {
  if (!(before < end)) return { steps: n, ended: false };
  const steps = Math.min(n, end - before);
  return { steps, ended: before + steps >= end };
}
