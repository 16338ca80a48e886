import type { Position } from './Node.ts';

/** A token as a message names it; `control` is an unprintable character, its text "U+0007". */
export interface ShownToken {
  readonly kind: 'number' | 'name' | 'symbol' | 'end' | 'control';
  readonly text: string;
}

/** What went wrong in a formula, as a code and its arguments, so each language can word it. */
export type ExprProblem =
  | { readonly code: 'unexpected'; readonly token: ShownToken }
  | { readonly code: 'nesting'; readonly limit: number }
  | { readonly code: 'tooLong'; readonly limit: number }
  | { readonly code: 'empty' }
  | { readonly code: 'unknownName'; readonly name: string }
  | { readonly code: 'unknownFunction'; readonly name: string }
  | { readonly code: 'arity'; readonly name: string; readonly wanted: number; readonly got: number }
  | { readonly code: 'functionAsName'; readonly name: string };

/** The advice after a problem, as a code and its arguments. */
export type ExprAdvice =
  | { readonly code: 'multiply' }
  | { readonly code: 'close'; readonly fn: string | null }
  | { readonly code: 'operand' }
  | { readonly code: 'didYouMean'; readonly name: string }
  | { readonly code: 'formulaNames' }
  | { readonly code: 'knownFunctions'; readonly names: readonly string[] };

/**
 * A mistake in the text at a known place. `reason` is the bare sentence ("unexpected ')'") and
 * `hint` an optional tail (" — did you mean 'beta1'?"); each front-end places the position where its
 * users expect it.
 */
export class ExprError extends Error {
  override readonly name = 'ExprError';
  readonly reason: string;
  readonly hint: string;
  readonly line: number;
  readonly column: number;
  /** The reason and hint as codes, where the thrower gave them (the formula language does). */
  readonly problem?: ExprProblem;
  readonly advice?: ExprAdvice;

  constructor(reason: string, at: Position, hint = '', problem?: ExprProblem, advice?: ExprAdvice) {
    super(`line ${at.line}, column ${at.column}: ${reason}${hint}`);
    this.reason = reason;
    this.hint = hint;
    this.line = at.line;
    this.column = at.column;
    this.problem = problem;
    this.advice = advice;
  }
}

/**
 * What a front-end hands back instead of throwing: the whole sentence, the part to show beside the
 * text (reason and hint, without the position), and where to show it.
 */
export interface PositionedError {
  readonly message: string;
  readonly reason: string;
  readonly line: number;
  readonly column: number;
  readonly problem?: ExprProblem;
  readonly advice?: ExprAdvice;
}
