import { adam } from '../optimizers/adam.ts';
import type { Optimizer } from '../optimizers/Optimizer.ts';
import { compileRule } from './compileRule.ts';
import { gallery } from './gallery.ts';

export interface RuleBench {
  readonly adam: {
    /** The Adam rule's particle-steps per second over 10 000 particles. */
    readonly n10000: number;
    /** The built-in Adam's, measured in the same run between the rule's runs. */
    readonly builtin_n10000: number;
    /** rule / built-in; the target is at least 0.5. */
    readonly ratio: number;
    /** The built-in Adam on its JavaScript kernels (as where WebAssembly is refused), and the rule's ratio to that. */
    readonly builtin_js_n10000: number;
    readonly ratio_js: number;
  };
}

/**
 * The gallery's Adam rule against the built-in Adam, for the benchmark. `measure` is the
 * benchmark's own particle-steps-per-second of an optimizer over 10 000 particles (core cannot
 * import the particle engine). The two are measured alternately and the best of three kept for each,
 * so a busy machine slows both alike.
 */
export function benchRule(measure: (optimizer: Optimizer, wasm: boolean) => number): RuleBench {
  const text = gallery.find((g) => g.id === 'adam')?.text ?? '';
  const compiled = compileRule(text, 'rule-adam');
  if (!compiled.ok) throw new Error(`the gallery's Adam rule does not compile: ${compiled.error.message}`);
  let rule = 0;
  let builtin = 0;
  let js = 0;
  for (let round = 0; round < 3; round++) {
    builtin = Math.max(builtin, measure(adam, true));
    js = Math.max(js, measure(adam, false));
    rule = Math.max(rule, measure(compiled.optimizer, true));
  }
  return { adam: { n10000: rule, builtin_n10000: builtin, ratio: +(rule / builtin).toFixed(2), builtin_js_n10000: js, ratio_js: +(rule / js).toFixed(2) } };
}
