/** Where a node or token starts in the text: 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

/** The parsed expression tree; every node keeps its position so later checks can point at it. */
export type Node =
  | { readonly kind: 'number'; readonly value: number; readonly at: Position }
  | { readonly kind: 'name'; readonly name: string; readonly at: Position }
  | { readonly kind: 'negate'; readonly arg: Node; readonly at: Position }
  | { readonly kind: 'binary'; readonly op: BinaryOperator; readonly left: Node; readonly right: Node; readonly at: Position }
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly Node[]; readonly at: Position };
