const plural = new Intl.PluralRules('en');
const number = new Intl.NumberFormat('en');
/** "1 step", "2 steps": English counts take a plural from two on. */
const count = (n: number, one: string, other: string) => `${number.format(n)} ${plural.select(n) === 'one' ? one : other}`;

/** The page around the map: header, transport, help, notices, legend. */
export const shell = {
  language: 'Language',
  /** Each language's name written in itself, so a reader finds their own. */
  languageNames: { en: 'English', zh: '中文' },
  title: 'Slopes — optimizers rolling down loss surfaces',
  description: 'Watch SGD, Momentum, NAG, Adagrad, Adadelta, RMSprop and Adam race down loss surfaces, computed exactly as PyTorch does.',
  skipToMap: 'Skip to the map',
  preset: 'Preset',
  choosePreset: '— choose a preset —',
  speed: 'Speed',
  /** The speed slider's reading: steps taken per animation frame, or frames per step in slow motion. */
  speedValue: (speed: number) => (speed >= 1 ? `${count(speed, 'step', 'steps')}/frame` : `1 step / ${count(Math.round(1 / speed), 'frame', 'frames')}`),
  transport: 'Playback',
  play: 'Play',
  help: 'Keyboard shortcuts',
  /** Keys as the help and tooltips name them; other keys are shown as typed. */
  keyNames: {
    ' ': 'Space',
    ArrowRight: '→',
    ArrowLeft: '←',
    ArrowUp: '↑',
    ArrowDown: '↓',
    Enter: '↵ Enter',
    Escape: 'Esc',
    Home: 'Home',
    PageUp: 'PgUp',
    PageDown: 'PgDn',
    Delete: 'Delete',
    Backspace: 'Backspace',
    End: 'End',
  } as Record<string, string>,
  commands: {
    'play-pause': 'Play / pause',
    step: 'Pause and take one step',
    reset: 'Back to the start',
    'reset-view': 'Reset the view (undo zoom and pan)',
    faster: 'Faster (×2)',
    slower: 'Slower (÷2)',
    'gradient-overlay': 'Show the negative gradient',
    'update-overlay': 'Show each step (update vector)',
    toggle: (optimizer: string) => `Switch ${optimizer} on or off`,
    section: (name: string) => `Open or fold “${name}” beside the map`,
    fullscreen: 'Full screen',
    help: 'This help',
    'close-help': 'Close this help',
  },
  helpKeys: 'Keys',
  helpAction: 'Action',
  helpMapKeys: 'On the map, once it has focus (Tab to it)',
  helpToolKeys: 'In the tools beside the map, on the focused part',
  toolKeys: {
    legendRow: 'A legend row: switch its optimizer on or off',
    basinMove: 'A basin map: move the chosen start (Shift: one pixel)',
    basinStart: 'A basin map: start the balls from the chosen pixel',
    hypermapMove: 'The hyperparameter map: choose a cell',
    hypermapApply: 'The hyperparameter map: apply the cell and replay',
    ruleApply: 'The rule editor: apply the rule (also ⌘ Enter)',
    exportMenu: 'The Export menu: move through its items, close it',
    fitLive: 'The fit’s epoch slider: back to the latest epoch',
  },
  helpMouse:
    'Click the map to start every ball from that point; drag to pan, scroll to zoom. Hover a row of the legend to pick out its optimizer, click it to switch the optimizer on or off; its ring in the select column selects its ball for the update panel.',
  close: 'Close',
  contourError: (message: string) => `Could not draw the contours: ${message}`,
  /** The contour worker failed again after one retry: the page computes contours itself from then on. */
  contourWorkerLost: (message: string) => `The contours' background worker failed twice (${message}); they are now computed on the page itself, a little slower.`,
  mapLost: 'The map’s graphics were interrupted (WebGL context lost); it will be drawn again as soon as the browser allows.',
  mapRestored: 'The map’s graphics are back (WebGL context restored): the map is drawn again.',
  noWebGl:
    'The map cannot be drawn: this browser offers no WebGL here. The race still runs, and the controls, the legend, the charts and the experiment panel work; turn on hardware acceleration or try another browser to see the map.',
  fullBatch: 'gradients on all the points (full batch)',
  miniBatch: (points: number) => `gradients on minibatches of ${count(points, 'point', 'points')}`,
  /** The axes of the random-plane surface: how far along each of two random directions in weight space. */
  directionAxes: ['α (direction 1)', 'β (direction 2)'] as [string, string],
  /** What changed in a scene since its preset was loaded, by state field. */
  changes: {
    start: 'start point',
    noise: 'gradient noise',
    particles: 'swarm size',
    spread: 'swarm spread',
    layout: 'swarm layout',
    seed: 'seed',
    network: 'network slice',
    experiment: 'experiment settings',
    surface: 'surface',
  } as Record<string, string>,
  legend: {
    label: 'Optimizers on the map',
    hint: 'click: on / off',
    step: (n: number) => `step ${number.format(n)}`,
    optimizer: 'optimizer',
    loss: 'loss',
    bestLoss: 'best loss',
    lr: 'lr',
    status: 'status',
    select: 'select',
    /** The select button's name: what pressing it shows. */
    selectBall: (optimizer: string) => `Select ${optimizer}'s ball: its update and lr limit`,
    switchOff: 'Click to switch off (the race restarts)',
    switchOn: 'Switched off: click to switch on',
    lrScheduled: 'The learning rate of the next step, as the schedule sets it',
    lrConstant: 'A constant learning rate',
    swarmHint: 'Balls that reached each known minimum of the surface (within a hundredth of the view and nearly still), and the median step they arrived at',
    off: 'off',
    statusNames: { running: 'running', converged: 'converged', diverged: 'diverged' },
    /** "480 running": a swarm's count of particles in one state. */
    statusCount: (n: number, status: string) => `${number.format(n)} ${status}`,
    listSeparator: ', ',
    divergedAt: (step: number, reason: string) => `at step ${number.format(step)}: ${reason}`,
    /** Beside a diverged ball on the map. */
    divergedLabel: (name: string, step: number, reason: string) => `${name} diverged at step ${number.format(step)}: ${reason}`,
    /** Why a ball diverged, by the simulation's reason code. */
    reasons: { nonFinite: 'a value became infinite or NaN', outOfBounds: 'it ran off beyond every sane bound' },
  },
  /** A swarm's line under its legend row. */
  swarm: {
    atMinimum: (point: string, n: number) => `${point}: ${number.format(n)}`,
    diverged: (n: number) => `diverged ${number.format(n)}`,
    moving: (n: number) => `moving ${number.format(n)}`,
    elsewhere: (n: number) => `stopped elsewhere ${number.format(n)}`,
    noneArrived: 'none arrived yet',
    median: (n: number) => `median ${count(n, 'step', 'steps')} to arrive`,
    separator: ' · ',
  },
};
