import { parseRule } from '../rules/parseRule.ts';
import type { Rule } from '../rules/Rule.ts';
import { pythonClassName, RULE_HELPERS, ruleClass, ruleClassCall, ruleTextLines } from '../rules/toPyTorch.ts';

/** Capitalised names Python or a script already gives a meaning: a class of that name would break it. */
const PYTHON_NAMES = ['True', 'False', 'None'];

export interface TorchRules {
  /** The helpers and every rule's class, once each: empty without rules. */
  readonly source: readonly string[];
  /** The expression building the class of the rule `text` over `target`, with the run's values of its params. */
  call(text: string, params: Readonly<Record<string, unknown>>, target: string): string;
}

/**
 * The update rules a script trains, each as the class `rule FILE --pytorch` prints (ruleClass), named
 * after the rule unless a class before it or one of the script's own names (`taken`) has that name:
 * then it takes a number (`Rule`, `Rule2`). The same text twice is one class.
 */
export function torchRules(texts: readonly string[], taken: readonly string[]): TorchRules {
  const used = new Set([...PYTHON_NAMES, ...taken]);
  const classes = new Map<string, { rule: Rule; cls: string }>();
  for (const text of texts) {
    if (classes.has(text)) continue;
    const rule = parseRule(text);
    const base = pythonClassName(rule.name);
    let cls = base;
    for (let k = 2; used.has(cls); k++) cls = `${base}${k}`;
    used.add(cls);
    classes.set(text, { rule, cls });
  }
  const source = classes.size === 0 ? [] : [RULE_HELPERS, ...[...classes.values()].flatMap(({ rule, cls }) => ['', ...ruleTextLines(rule, '# '), ruleClass(rule, cls)])];
  return {
    source,
    call(text, params, target) {
      const entry = classes.get(text);
      if (!entry) throw new Error('torchRules: a rule the script does not define');
      return ruleClassCall(entry.rule, entry.cls, params, target);
    },
  };
}
