import type { Position } from './Node.ts';

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

  constructor(reason: string, at: Position, hint = '') {
    super(`line ${at.line}, column ${at.column}: ${reason}${hint}`);
    this.reason = reason;
    this.hint = hint;
    this.line = at.line;
    this.column = at.column;
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
}
