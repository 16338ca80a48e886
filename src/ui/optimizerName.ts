import type { Optimizer } from '../core/optimizers/Optimizer.ts';
import type { Words } from '../i18n/words.ts';
import { MAX_RULES, ruleId } from '../state/ruleSettings.ts';

const RULE_IDS = Array.from({ length: MAX_RULES }, (_, i) => ruleId(i));

/**
 * What the page calls a ball's optimizer: a built-in by the catalogue, a rule by its first comment
 * line (the core's name, in no catalogue), and a rule without one by its place in "My optimizers",
 * as its folder is named (ruleName): the core has no words for it.
 */
export function optimizerName(optimizer: Pick<Optimizer, 'id' | 'name'>, words: Words): string {
  const builtIn = words.declarations.optimizerNames[optimizer.id];
  if (builtIn !== undefined) return builtIn;
  if (optimizer.name) return optimizer.name;
  const place = RULE_IDS.indexOf(optimizer.id);
  return place >= 0 ? words.rules.rule(place + 1) : optimizer.id;
}
