import { ExprError, type PositionedError, type ShownToken } from '../expr/ExprError.ts';
import type { Position } from '../expr/Node.ts';

/** A name's kind where a rule declares or assigns it. */
export type RuleNameKind = 'param' | 'state' | 'temporary';

/** A mistake only a rule can make (the formula language's own carry an ExprProblem), as a code and its arguments. */
export type RuleProblem =
  | { readonly code: 'reserved'; readonly name: string; readonly as: 'param' | 'state' | 'assigned'; readonly is: 'builtIn' | 'function' | 'keyword' }
  | { readonly code: 'redeclared'; readonly name: string; readonly earlier: RuleNameKind; readonly line: number }
  | { readonly code: 'assignBuiltIn'; readonly name: string }
  | { readonly code: 'xTwice'; readonly line: number }
  | { readonly code: 'assignParam'; readonly name: string }
  | { readonly code: 'nameAfter'; readonly keyword: string }
  | { readonly code: 'paramDefault'; readonly name: string }
  | { readonly code: 'expectedLine' }
  | { readonly code: 'expectedEquals'; readonly token: ShownToken }
  | { readonly code: 'expectedValue'; readonly token: ShownToken }
  | { readonly code: 'ruleTooLong'; readonly limit: number }
  | { readonly code: 'tooManyLines'; readonly limit: number }
  | { readonly code: 'lineTooLong'; readonly limit: number }
  | { readonly code: 'needsLr'; readonly lrIs: RuleNameKind | null }
  | { readonly code: 'neverAssignsX' }
  | { readonly code: 'usedBefore'; readonly name: string; readonly line: number }
  | { readonly code: 'stateInit'; readonly name: string };

/** A rule's mistake: the English reason as ExprError words it, and the same as a code for other languages. */
export class RuleError extends ExprError {
  constructor(
    reason: string,
    at: Position,
    readonly rule: RuleProblem,
    hint = '',
  ) {
    super(reason, at, hint);
  }
}

/** What compileRule hands back: a positioned error, with `rule` when the mistake is the rule's own. */
export interface RuleFailure extends PositionedError {
  readonly rule?: RuleProblem;
}
