/**
 * How many of the `n` steps a frame wants to take may be taken, when an unmodified preset's scene
 * ends after `end` updates and the race has taken `before`: a scene stops exactly where its story
 * is told (its claims are checked there), and pauses. Once past its end — the user pressed play
 * again — the race goes on unbounded; back at the start it stops at the end again. A plain number,
 * since it runs every frame.
 */
export function stepsBeforeSceneEnd(before: number, n: number, end: number): number {
  return before < end ? Math.min(n, end - before) : n;
}

/** Whether taking `steps` from `before` is what reaches the scene's end (and so pauses it). */
export function reachesSceneEnd(before: number, steps: number, end: number): boolean {
  return before < end && before + steps >= end;
}
