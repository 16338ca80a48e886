/**
 * Words of the map area: its text alternative, the live region's race reports and its keys.
 * Numbers arrive already formatted for the language (Intl).
 */
export const map = {
  figureLabel: 'Map of the loss surface',
  /** The title of the hidden description. */
  descriptionTitle: 'What the map shows',
  surface: (name: string) => `Surface: ${name}.`,
  noFormula: 'Its formula has no spoken form here.',
  view: (x0: string, x1: string, y0: string, y1: string) => `The map shows x from ${x0} to ${x1} and y from ${y0} to ${y1}.`,
  start: (x: string, y: string) => `The balls start at x ${x}, y ${y}.`,
  running: 'The race is running.',
  paused: 'The race is paused.',
  noBalls: 'No optimizer is switched on.',
  ball: (name: string, x: string, y: string, loss: string, status: string, step: number) => `${name}: at x ${x}, y ${y}, loss ${loss}, ${status}, step ${step}.`,
  swarmBall: (name: string, count: number, reached: number, diverged: number) => `${name}: ${count} balls, ${reached} at a minimum, ${diverged} diverged.`,
  status: { running: 'still moving', converged: 'stopped', diverged: 'diverged' } as Record<string, string>,
  keysHint:
    'Arrow keys move the start marker and, with Alt, pan the map; Enter starts the balls there, plus and minus zoom about the marker, B paints a swarm start at the marker and Delete clears the painted starts, i reads out the race.',

  reached: (name: string, step: number) => `${name} reached the minimum at step ${step}`,
  reachedLocal: (name: string, step: number) => `${name} stopped in a local minimum at step ${step}`,
  reachedSaddle: (name: string, step: number) => `${name} stalled on a saddle point at step ${step}`,
  reachedElsewhere: (name: string, step: number) => `${name} stopped at step ${step}, away from every marked minimum`,
  diverged: (name: string, step: number, reason: string) => `${name} diverged at step ${step} (${reason})`,
  reasonNonFinite: 'loss became infinite',
  reasonOutOfBounds: 'it ran far off the map',
  winner: (name: string) => `${name} is the first to stop`,
  swarm: (reached: number, count: number, name: string, diverged: number) =>
    `${reached} of ${count} ${name} balls reached a minimum${diverged > 0 ? `, ${diverged} diverged` : ''}`,
  allStopped: 'All balls stopped',
  sentence: (text: string) => `${text}.`,
  startMoved: (x: string, y: string) => `Start marker at x ${x}, y ${y}. Press Enter to start the balls there`,
  restarted: (x: string, y: string) => `The balls start again from x ${x}, y ${y}`,
  showing: (x0: string, x1: string, y0: string, y1: string) => `Showing x from ${x0} to ${x1}, y from ${y0} to ${y1}`,
  painted: (x: string, y: string, count: number) =>
    `Start painted at x ${x}, y ${y}: ${count} painted ${count === 1 ? 'start' : 'starts'}, one ball per optimizer on each`,
  brushFull: (max: number) => `The brush holds at most ${max} starts; Delete clears them`,
  brushCleared: 'Painted starts cleared: each optimizer has one ball again, at the start',
  nothingPainted: 'No starts are painted; B paints one at the marker',

  keys: {
    move: 'Move the start marker (on the map)',
    fine: 'Move the start marker in finer steps',
    pan: 'Pan the map by a tenth of the view',
    restart: 'Start the balls from the marker',
    paint: 'Paint a swarm start at the marker (the brush layout)',
    clearBrush: 'Clear the painted starts',
    zoomIn: 'Zoom in about the marker',
    zoomOut: 'Zoom out about the marker',
    read: 'Read out the race',
  },
};
