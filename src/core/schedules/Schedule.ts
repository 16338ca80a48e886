import type { LiveParams, Optimizer } from '../optimizers/Optimizer.ts';

/** A schedule argument as PyTorch takes it: a number, a flag, a mode name, milestones, or child schedules. */
export type ScheduleValue = number | boolean | string | readonly number[] | readonly ScheduleSpec[];
export type ScheduleParams = Readonly<Record<string, ScheduleValue>>;

/** A schedule as files, presets and links carry it: PyTorch's class name and its arguments. */
export interface ScheduleSpec {
  readonly type: string;
  readonly params: ScheduleParams;
}

interface ParamBase {
  /** PyTorch's keyword, e.g. `step_size`, `T_max`, `anneal_strategy`. */
  readonly name: string;
  /** One line on what it does, shown as a tooltip and in the CLI listing. */
  readonly help: string;
  /** PyTorch has no default: the argument must be given (`default` is then only where controls start). */
  readonly required?: boolean;
}

export interface ScheduleNumberParam extends ParamBase {
  readonly kind: 'number';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly exclusiveMin?: boolean;
  readonly exclusiveMax?: boolean;
  /** The sensible range offered by a slider; values outside it are still accepted. */
  readonly slider: readonly [number, number];
  readonly log?: boolean;
}

export interface ScheduleIntegerParam extends ParamBase {
  readonly kind: 'integer';
  readonly default: number;
  readonly min: number;
  readonly slider: readonly [number, number];
  /** PyTorch's default is another argument's value (CyclicLR's `step_size_down` is `step_size_up`). */
  readonly defaultFrom?: string;
}

export interface ScheduleBooleanParam extends ParamBase {
  readonly kind: 'boolean';
  readonly default: boolean;
}

export interface ScheduleChoiceParam extends ParamBase {
  readonly kind: 'choice';
  readonly default: string;
  readonly options: readonly string[];
}

/** A list of step indices (MultiStepLR's and SequentialLR's `milestones`). */
export interface ScheduleIntegersParam extends ParamBase {
  readonly kind: 'integers';
  readonly default: readonly number[];
  readonly min: number;
  /** SequentialLR cuts the steps at its milestones, so they must rise. */
  readonly increasing?: boolean;
}

/** SequentialLR's `schedulers`: child schedules of the chainable types. */
export interface ScheduleListParam extends ParamBase {
  readonly kind: 'schedules';
  readonly default: readonly ScheduleSpec[];
}

export type ScheduleParam = ScheduleNumberParam | ScheduleIntegerParam | ScheduleBooleanParam | ScheduleChoiceParam | ScheduleIntegersParam | ScheduleListParam;

/** What a schedule is checked against: the optimizer it drives and, when known, how many scheduler steps it takes. */
export interface ScheduleContext {
  readonly optimizer: Optimizer;
  readonly steps?: number;
}

/** Why PyTorch refuses a combination, as a code and its arguments, so each language can word it. */
export type ScheduleCheck =
  | { readonly code: 'gammaCyclesMomentum'; readonly optimizer: string }
  | { readonly code: 'noMomentum'; readonly optimizer: string; readonly betasToo: boolean }
  | { readonly code: 'zeroMomentum'; readonly optimizer: string }
  | { readonly code: 'totalSteps'; readonly total: number; readonly steps: number }
  | { readonly code: 'firstPhaseEmpty' }
  | { readonly code: 'lastPhaseEmpty' }
  | { readonly code: 'milestones'; readonly schedulers: number; readonly got: number };

/** A combination PyTorch refuses: the argument to blame and why (`message` in English, `reason` as a code). */
export interface ScheduleProblem {
  readonly field: string;
  readonly message: string;
  readonly reason: ScheduleCheck;
}

/** lr (and momentum or beta1) as functions of the scheduler step k alone. */
export interface Curve {
  readonly lr: (k: number) => number;
  /** Present when the schedule writes the optimizer's momentum (or betas[0]). */
  readonly momentum?: (k: number) => number;
}

/**
 * The per-run stepper: it writes the values of step k into the run's live params before the
 * optimizer uses them, and allocates nothing per step.
 */
export interface Scheduler {
  /** Whether it writes `live.momentum` (OneCycleLR and CyclicLR with `cycle_momentum`). */
  readonly cyclesMomentum: boolean;
  /** The values for k = 0, as PyTorch sets them when the scheduler is created; forgets any history. */
  reset(live: LiveParams): void;
  /** One scheduler step after an optimizer step; `metric` feeds ReduceLROnPlateau and is ignored by the others. */
  step(live: LiveParams, metric: number): void;
}

interface ScheduleTypeBase {
  /** PyTorch's class name, used as the id everywhere. */
  readonly type: string;
  readonly torch: string;
  /** One sentence on what the schedule does. */
  readonly summary: string;
  readonly parameters: readonly ScheduleParam[];
  /** PyTorch computes it "chainably" from the previous lr, so SequentialLR may hold it. */
  readonly chainable: boolean;
  /** Cross-argument and optimizer constraints PyTorch enforces; params are complete and each one valid. */
  check?(params: ScheduleParams, context: ScheduleContext): ScheduleProblem | null;
}

/** A schedule that is a function of k: `base` is the optimizer's own lr. */
export interface CurveScheduleType extends ScheduleTypeBase {
  readonly kind: 'curve';
  curve(params: ScheduleParams, base: number): Curve;
}

/** A schedule that watches a metric (ReduceLROnPlateau). */
export interface MetricScheduleType extends ScheduleTypeBase {
  readonly kind: 'metric';
  create(params: ScheduleParams, base: number): Scheduler;
}

export type ScheduleType = CurveScheduleType | MetricScheduleType;

/** Reads an argument; callers have validated the params against the declaration. */
export const numberArg = (p: ScheduleParams, name: string): number => p[name] as number;
export const flagArg = (p: ScheduleParams, name: string): boolean => p[name] as boolean;
export const choiceArg = (p: ScheduleParams, name: string): string => p[name] as string;
export const integersArg = (p: ScheduleParams, name: string): readonly number[] => p[name] as readonly number[];
