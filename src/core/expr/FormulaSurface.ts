import type { Minimum, Surface, View } from '../surfaces/Surface.ts';
import { compileFormula, type Formula, type FormulaProgram } from './compileFormula.ts';
import type { PositionedError } from './ExprError.ts';
import { prefersLogLevels } from './prefersLogLevels.ts';

/** What a typed surface teaches; the app's word catalogue reads it too. */
export const FORMULA_LESSON = 'The function you typed: balls roll on its exact gradient.';

const VIEW: View = { x: [-5, 5], y: [-5, 5] };
/** Tried in order for the default start: off-centre, where a typed bowl or saddle still has a slope. */
const STARTS: readonly (readonly [number, number])[] = [
  [-3.5, 3],
  [3, 3.5],
  [-3, -3.5],
  [3.5, -3],
  [-1.5, 2],
  [2, -1.5],
];
/** Grid points sampled to pick contour spacing (41 × 41 over the view). */
const PROBE = 41;

/** Runs a program at a single point, for the per-particle calls of the Surface interface. */
function runAt(program: FormulaProgram, x: number, y: number): void {
  const { machine } = program;
  machine.regs[program.x][0] = x;
  machine.regs[program.y][0] = y;
  machine.run(program.code, 1);
}

function partial(program: FormulaProgram, reg: number | null, i: number): number {
  return reg === null ? 0 : program.machine.read(reg, i);
}

/**
 * A typed f(x, y) as a Surface: values and exact gradients from the compiled formula, and whole grid
 * rows at once for the contour map. Non-finite values stay non-finite: the map leaves them blank and
 * the simulation marks a ball that reaches them as diverged.
 */
export class FormulaSurface implements Surface {
  readonly id = 'custom';
  readonly name = 'Your function';
  readonly formula: string;
  readonly lesson = FORMULA_LESSON;
  readonly view = VIEW;
  readonly start: readonly [number, number];
  readonly minima: readonly Minimum[] = [];
  readonly logLevels: boolean;
  private readonly program: Formula;

  constructor(formula: Formula) {
    this.program = formula;
    this.formula = formula.text;
    this.start = this.defaultStart();
    this.logLevels = this.spansDecades();
  }

  value(x: number, y: number): number {
    const program = this.program.value;
    runAt(program, x, y);
    return program.machine.read(program.f, 0);
  }

  gradient(x: number, y: number, out: Float64Array, o: number): number {
    const program = this.program.gradient;
    runAt(program, x, y);
    out[o] = partial(program, program.dx, 0);
    out[o + 1] = partial(program, program.dy, 0);
    return program.machine.read(program.f, 0);
  }

  /** Gradients and losses of n particles at xy pairs `pos`, every instruction run once over all of them. */
  gradientMany(pos: Float64Array, grad: Float64Array, loss: Float64Array, n: number): number {
    const program = this.program.gradient;
    const { machine } = program;
    machine.resize(n);
    const xs = machine.regs[program.x];
    const ys = machine.regs[program.y];
    for (let p = 0; p < n; p++) {
      xs[p] = pos[2 * p];
      ys[p] = pos[2 * p + 1];
    }
    machine.run(program.code, n);
    let check = 0;
    for (let p = 0; p < n; p++) {
      const gx = (grad[2 * p] = partial(program, program.dx, p));
      const gy = (grad[2 * p + 1] = partial(program, program.dy, p));
      const f = (loss[p] = machine.read(program.f, p));
      check += xs[p] + ys[p] + f + gx + gy;
    }
    return check;
  }

  /** One grid row per run of the value code. */
  sampleGrid(view: View, nx: number, ny: number, out: Float64Array): void {
    const program = this.program.value;
    const { machine } = program;
    machine.resize(nx);
    const xs = machine.regs[program.x];
    const ys = machine.regs[program.y];
    const [x0, x1] = view.x;
    const [y0, y1] = view.y;
    for (let i = 0; i < nx; i++) xs[i] = x0 + (i * (x1 - x0)) / (nx - 1);
    for (let j = 0; j < ny; j++) {
      ys.fill(y0 + (j * (y1 - y0)) / (ny - 1));
      machine.run(program.code, nx);
      for (let i = 0; i < nx; i++) out[j * nx + i] = machine.read(program.f, i);
    }
  }

  private defaultStart(): readonly [number, number] {
    const g = new Float64Array(2);
    for (const [x, y] of STARTS) {
      const f = this.gradient(x, y, g, 0);
      if (Number.isFinite(f + g[0] + g[1]) && (g[0] !== 0 || g[1] !== 0)) return [x, y];
    }
    return STARTS[0];
  }

  private spansDecades(): boolean {
    const values = new Float64Array(PROBE * PROBE);
    this.sampleGrid(VIEW, PROBE, PROBE, values);
    return prefersLogLevels(values);
  }
}

export type FormulaSurfaceResult = { ok: true; surface: FormulaSurface } | { ok: false; error: PositionedError };

/** The typed function as a Surface (id `custom`), or the first typing mistake and its column. */
export function formulaSurface(text: string): FormulaSurfaceResult {
  const compiled = compileFormula(text);
  return compiled.ok ? { ok: true, surface: new FormulaSurface(compiled.formula) } : compiled;
}
