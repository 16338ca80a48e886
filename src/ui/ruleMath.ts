import type { Rule } from '../core/rules/Rule.ts';
import type { Words } from '../i18n/words.ts';
import { layout } from './formulaLayout.ts';
import { mathml, type MathDocument } from './mathml.ts';
import { spokenFormula } from './spokenFormula.ts';

/**
 * A rule's statements as typeset math, one `<math>` per step (`m ← β₁m + …` as the text names them),
 * each named by the statement in words for screen readers that do not read MathML.
 */
export function ruleMath(doc: MathDocument, rule: Rule, words: Words): Element[] {
  return rule.statements.map((s) => {
    const tree = layout(s.expr);
    const said = spokenFormula(tree, { ...words.presets.formula, equals: (rhs) => words.rules.becomes(s.target, rhs) });
    const math = mathml(doc, tree, said, s.target);
    math.setAttribute('display', 'block');
    return math;
  });
}
