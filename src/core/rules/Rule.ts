import type { Node, Position } from '../expr/Node.ts';

export interface RuleParam {
  readonly name: string;
  readonly default: number;
  readonly at: Position;
}

export interface RuleState {
  readonly name: string;
  readonly init: Node;
  /** The initialiser as written, for listings. */
  readonly source: string;
  readonly at: Position;
}

export interface RuleStatement {
  readonly target: string;
  readonly expr: Node;
  readonly source: string;
  readonly at: Position;
}

/** One declaration or statement, in the order of the text. */
export type RuleLine =
  | { readonly kind: 'param'; readonly param: RuleParam }
  | { readonly kind: 'state'; readonly state: RuleState }
  | { readonly kind: 'step'; readonly statement: RuleStatement };

/** A parsed update rule: its name, hyperparameters, per-coordinate states and statements. */
export interface Rule {
  /** From a first comment line, `# Adam, as a student writes it`; null when there is none. */
  readonly name: string | null;
  readonly text: string;
  readonly params: readonly RuleParam[];
  readonly states: readonly RuleState[];
  readonly statements: readonly RuleStatement[];
  readonly lines: readonly RuleLine[];
}
