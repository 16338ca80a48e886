import type { RuleProgram } from '../rules/assembleRule.ts';
import type { ParamProblem } from './resolveParams.ts';
/** A hyperparameter value as PyTorch takes it: a number, a flag, or a pair such as `betas`. */
export type ParamValue = number | boolean | readonly [number, number];
export type Params = Readonly<Record<string, ParamValue>>;

interface ParamBase {
  /** PyTorch's keyword, e.g. `lr`, `betas`, `weight_decay`. */
  readonly name: string;
  /** One line on what it does, shown as a tooltip and in the CLI listing. */
  readonly help: string;
}

export interface NumberParam extends ParamBase {
  readonly kind: 'number';
  readonly default: number;
  /** Values PyTorch accepts (inclusive unless `exclusiveMin`); `max` may be Infinity. */
  readonly min: number;
  readonly max: number;
  readonly exclusiveMin?: boolean;
  /** The sensible range offered by a slider; values outside it are still accepted. */
  readonly slider: readonly [number, number];
  /** Whether the slider is logarithmic (learning rates, eps). */
  readonly log?: boolean;
}

export interface BooleanParam extends ParamBase {
  readonly kind: 'boolean';
  readonly default: boolean;
}

/** A pair of coefficients in [0, 1), PyTorch's `betas`. */
export interface PairParam extends ParamBase {
  readonly kind: 'pair';
  readonly default: readonly [number, number];
  readonly min: number;
  /** Exclusive upper bound. */
  readonly maxExclusive: number;
  readonly slider: readonly [number, number];
}

export type HyperParam = NumberParam | BooleanParam | PairParam;

/**
 * Per-optimizer state for a block of n coordinates. `t` counts the updates taken; a kernel
 * initialises every slot it uses when t becomes 1, so resetting is setting t to 0.
 */
export interface OptimizerState {
  t: number;
  readonly n: number;
  /** `stateSlots` arrays of n values (moment buffers, accumulators). */
  readonly slots: Float64Array[];
  /** Values shared by all coordinates (NAdam's running product of momentum coefficients). */
  readonly scalars: Float64Array;
}

/**
 * The hyperparameters a learning-rate schedule may change between steps, as PyTorch writes them into
 * the param group: the learning rate, and the momentum coefficient (`momentum` for SGD, NAG and
 * RMSprop, `betas[0]` for the Adam family; unused by the others). Kernels read them at every step.
 */
export interface LiveParams {
  lr: number;
  momentum: number;
}

/** The live values a run starts from: the params' own lr and momentum (or beta1). */
export function liveParams(params: Params): LiveParams {
  const momentum = params.momentum ?? (params.betas as readonly [number, number] | undefined)?.[0] ?? 0;
  return { lr: params.lr as number, momentum: momentum as number };
}

/**
 * Fills `out` with the gradient at the points `at` (laid out as theta: xy pairs of particles, or one
 * network's weights). Rules that look ahead, such as Sutskever's Nesterov `grad(x + mu*v)`, need it.
 */
export type GradientOracle = (at: Float64Array, out: Float64Array) => void;

/**
 * Updates theta[0..n) in place from grad[0..n) and increments state.t, with the learning rate and
 * momentum of `live`. grad is read, never written, and the kernel allocates nothing. The built-in
 * rules use only the gradient at theta; `gradientAt` serves rules that need it elsewhere.
 *
 * The built-in kernels write their rule once, as a function of one coordinate, and call it for two
 * coordinates a turn (a particle's x and y), an odd first one alone: over 10 000 particles V8 runs
 * that about a tenth faster than one coordinate a turn for most rules, and Adamax's and momentum's
 * a third faster. Each coordinate's arithmetic is the same, so are the bits. Nothing follows the
 * loop, for the reason Surface.gradientMany gives, and the loop reads its bound from state.n: with
 * the bound in a local, V8 sometimes compiled every kernel three times slower after a long run of
 * single balls (one run in six of the benchmark's sequence).
 */
export type StepKernel = (theta: Float64Array, grad: Float64Array, state: OptimizerState, live: LiveParams, gradientAt?: GradientOracle) => void;

export interface Optimizer {
  readonly id: string;
  readonly name: string;
  /** The PyTorch call it reproduces, e.g. `torch.optim.SGD(momentum > 0)`. */
  readonly torch: string;
  /** One sentence on the idea of the method. */
  readonly summary: string;
  readonly hyperparameters: readonly HyperParam[];
  readonly stateSlots: number;
  readonly stateScalars: number;
  /** A constraint across parameters that PyTorch enforces (NAG needs momentum > 0, dampening 0). */
  check?(params: Params): ParamProblem | null;
  /** Precomputes what the params allow and returns the update rule; params are complete and valid. */
  readonly kernel: (params: Params) => StepKernel;
  /** A typed rule's code for the vector machine, which the kernel runs: an engine may compile it further. */
  readonly rule?: RuleProgram;
}

export function createState(optimizer: Optimizer, n: number): OptimizerState {
  const slots: Float64Array[] = [];
  for (let s = 0; s < optimizer.stateSlots; s++) slots.push(new Float64Array(n));
  return { t: 0, n, slots, scalars: new Float64Array(optimizer.stateScalars) };
}

export function defaultParams(optimizer: Optimizer): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const p of optimizer.hyperparameters) out[p.name] = p.default;
  return out;
}

/** Reads a number parameter; callers have validated the params against the declaration. */
export function num(params: Params, name: string): number {
  return params[name] as number;
}

export function flag(params: Params, name: string): boolean {
  return params[name] as boolean;
}

export function pair(params: Params, name: string): readonly [number, number] {
  return params[name] as readonly [number, number];
}
