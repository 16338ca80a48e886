/** Words of an embedded demo: its transport overlay, its link to the full page, its start-up failure. */
export const embed = {
  /** The region a demo occupies on a host page. */
  demo: 'Slopes demo',
  transport: 'Playback',
  play: 'Play',
  pause: 'Pause',
  step: 'Pause and take one step',
  reset: 'Back to the start',
  openInSlopes: 'Open in Slopes',
  openInSlopesTitle: 'Open this scene in the full Slopes page, in a new tab',
  couldNotStart: (message: string) => `Slopes could not start: ${message}`,
};
