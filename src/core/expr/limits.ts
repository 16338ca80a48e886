/**
 * Bounds that keep hostile text cheap: everything past them is refused before any real work, so a
 * megabyte paste or a 10 000-deep nesting costs a length check, never a stack overflow. Tree walks
 * recurse at most to the height of a tree, which the length of one expression bounds.
 */
export const LIMITS = {
  /** Characters in one formula or one statement of a rule. */
  expressionLength: 1000,
  /** Parentheses, unary signs and exponents inside one another. */
  nesting: 64,
  /** Characters in a whole rule. */
  ruleLength: 10_000,
  /** Lines in a whole rule. */
  ruleLines: 200,
} as const;
