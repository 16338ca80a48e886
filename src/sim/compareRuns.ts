/** One ball's recorded path: point k is [x, y, loss] after firstStep + k updates. */
export interface RecordedPath {
  readonly optimizer: string;
  readonly firstStep: number;
  readonly points: readonly (readonly [number, number, number])[];
}

export interface RunScore {
  optimizer: string;
  /** Updates taken before the loss first fell below the tolerance; null if it never did. */
  stepsToTol: number | null;
  finalLoss: number;
  /** Total length of the path's updates. */
  pathLength: number;
  /** Updates that reverse direction: their angle with the previous update exceeds 90°. */
  turns: number;
}

export interface Comparison {
  a: RunScore;
  b: RunScore;
  /** Distance between the two balls after each update both have taken, from step `from`. */
  distance: number[];
  /** The step the comparison starts at: 0 unless the run outgrew the recorded history. */
  from: number;
}

export function scoreRun(path: RecordedPath, tol: number): RunScore {
  const pts = path.points;
  let stepsToTol: number | null = null;
  let pathLength = 0;
  let turns = 0;
  let ux = 0;
  let uy = 0;
  for (let k = 0; k < pts.length; k++) {
    if (stepsToTol === null && pts[k][2] < tol) stepsToTol = path.firstStep + k;
    if (k === 0) continue;
    const dx = pts[k][0] - pts[k - 1][0];
    const dy = pts[k][1] - pts[k - 1][1];
    pathLength += Math.hypot(dx, dy);
    if (k > 1 && dx * ux + dy * uy < 0) turns++;
    ux = dx;
    uy = dy;
  }
  return { optimizer: path.optimizer, stepsToTol, finalLoss: pts.length ? pts[pts.length - 1][2] : NaN, pathLength, turns };
}

/** The scoreboard of two runs over the steps taken so far (the paths start at the same step). */
export function compareRuns(a: RecordedPath, b: RecordedPath, tol: number): Comparison {
  const from = Math.max(a.firstStep, b.firstStep);
  const distance: number[] = [];
  const end = Math.min(a.firstStep + a.points.length, b.firstStep + b.points.length);
  for (let step = from; step < end; step++) {
    const p = a.points[step - a.firstStep];
    const q = b.points[step - b.firstStep];
    distance.push(Math.hypot(p[0] - q[0], p[1] - q[1]));
  }
  return { a: scoreRun(a, tol), b: scoreRun(b, tol), distance, from };
}
