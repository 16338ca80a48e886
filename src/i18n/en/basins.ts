/** Words of the basin maps: where each optimizer ends from every start of the view. */
export const basins = {
  title: 'Basins of attraction',
  intro: (steps: string) =>
    `Every pixel is a start. Its colour says which minimum a ball from there reaches within ${steps} steps (darker: it arrived later), with exact gradients and a constant lr. Click a pixel to start the balls there.`,
  keysHint: 'On a focused map the arrow keys move the cursor (with Shift, by one pixel) and Enter starts the balls there.',
  size: 'Map size (pixels per side)',
  steps: 'Steps per start',
  compute: 'Compute again',
  cancel: 'Cancel',
  progressLabel: 'Basin maps computed',
  progress: (done: string, total: string) => `${done} of ${total} parts`,
  cancelled: 'Cancelled.',
  finished: (seconds: string, workers: number) => `Done in ${seconds} s on ${workers} ${workers === 1 ? 'worker' : 'workers'}.`,
  failed: (message: string) => `The maps could not be computed: ${message}`,
  needsAnalytic: 'Basin maps are drawn for the listed analytic surfaces, not for a typed function or a network slice.',
  noOptimizer: 'Switch an optimizer on to see its basin map.',
  colours: 'Colours',
  reaches: (point: string) => `reaches ${point}`,
  diverged: 'diverged',
  moving: 'still moving',
  elsewhere: 'stopped elsewhere',
  mapLabel: (name: string) => `Basin map of ${name}`,
  /** A map's description: its shares, e.g. "(3, 2) 26 %". */
  share: (where: string, percent: string) => `${where} ${percent}`,
  pending: 'not computed yet',
  separator: ' · ',
  /** The keyboard cursor's pixel, read out. */
  cursor: (name: string, x: string, y: string, fate: string) => `${name}, start (${x}, ${y}): ${fate}`,
  fateReaches: (point: string, step: number) => `reaches ${point} at step ${step}`,
  fateDiverged: (step: number) => `diverges at step ${step}`,
  fateMoving: 'still moving after the last step',
  fateElsewhere: 'stops at a point that is no listed minimum',
};
