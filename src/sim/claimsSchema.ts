import { z } from 'zod';
import { optimizerIds } from '../core/optimizers/registry.ts';
import { MAX_RULES, ruleId } from '../state/ruleSettings.ts';

/** The longest scene a preset may play: the checker runs every scene headless in the tests. */
export const MAX_SCENE_STEPS = 20000;

const finite = z.number().refine(Number.isFinite, 'expected a finite number');
const positive = finite.refine((v) => v > 0, 'expected a number above 0');
const fraction = finite.refine((v) => v >= 0 && v <= 1, 'expected a fraction in [0, 1]');
/** The built-ins, and the rules a preset races by their places (rule-1 …). */
const racers = [...optimizerIds, ...Array.from({ length: MAX_RULES }, (_, i) => ruleId(i))];
const optimizer = z.string().refine((s) => racers.includes(s), `expected one of ${racers.join(', ')}`);
const stepsRule = `expected an integer in [1, ${MAX_SCENE_STEPS}]`;
/** How many updates a scene (or a claim about it) covers. */
export const sceneSteps = z.number({ error: stepsRule }).refine((v) => Number.isInteger(v) && v >= 1 && v <= MAX_SCENE_STEPS, stepsRule);
const point = z.tuple([finite, finite], { error: 'expected [x, y], two finite numbers' });

/**
 * What a preset's text says, in a form a test can check. "The ball" is an optimizer's first
 * particle (the one a single-ball race shows); `lower` and `share` are statistics over its swarm.
 */
export const claimSchema = z
  .discriminatedUnion(
    'kind',
    [
      /** a's ball gets below `tol` in fewer updates than b's (b may never). */
      z.strictObject({ kind: z.literal('first'), a: optimizer, b: optimizer, tol: finite, steps: sceneSteps }),
      /** The ball gets below `tol` within `steps` updates. */
      z.strictObject({ kind: z.literal('below'), optimizer, tol: finite, steps: sceneSteps }),
      /** a's mean loss over its swarm, averaged over updates `from`..`steps` (only `steps` by default), is lower than b's. */
      z
        .strictObject({ kind: z.literal('lower'), a: optimizer, b: optimizer, steps: sceneSteps, from: sceneSteps.optional() })
        .refine((c) => c.from === undefined || c.from <= c.steps, { error: 'expected from at most steps', path: ['from'] }),
      /** After `steps` updates the ball is within `radius` of `point`. */
      z.strictObject({ kind: z.literal('ends-near'), optimizer, point, radius: positive, steps: sceneSteps }),
      /** At some update up to `steps` the two balls are at least `distance` apart: their paths visibly differ. */
      z.strictObject({ kind: z.literal('apart'), a: optimizer, b: optimizer, distance: positive, steps: sceneSteps }),
      /** At every update up to `steps` the two balls are at most `distance` apart: on the map they are one ball. */
      z.strictObject({ kind: z.literal('together'), a: optimizer, b: optimizer, distance: positive, steps: sceneSteps }),
      /** After `steps` updates, the fraction of the swarm within `radius` of `point` is at least `atLeast` and at most `atMost`. */
      z
        .strictObject({
          kind: z.literal('share'),
          optimizer,
          point,
          radius: positive,
          atLeast: fraction.optional(),
          atMost: fraction.optional(),
          steps: sceneSteps,
        })
        .refine((c) => c.atLeast !== undefined || c.atMost !== undefined, { error: 'expected atLeast or atMost', path: ['atLeast'] }),
    ],
    { error: 'expected a claim of kind first, below, lower, ends-near, apart, together or share' },
  )
  .refine((c) => !('a' in c) || c.a !== c.b, { error: 'expected two different optimizers', path: ['b'] });

export type Claim = z.output<typeof claimSchema>;

/** The optimizers a claim is about, so a preset can insist they all race. */
export function claimOptimizers(claim: Claim): { field: string; id: string }[] {
  return 'optimizer' in claim
    ? [{ field: 'optimizer', id: claim.optimizer }]
    : [
        { field: 'a', id: claim.a },
        { field: 'b', id: claim.b },
      ];
}
