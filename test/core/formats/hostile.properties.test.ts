import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/InputError.ts';
import { parseExperimentDocument } from '../../../src/core/formats/experimentDocument.ts';
import { fillTraces } from '../../../src/core/formats/traces.ts';
import { optimizerById } from '../../../src/core/optimizers/registry.ts';
import { resolveSchedule } from '../../../src/core/schedules/resolveSchedule.ts';
import { schedules } from '../../../src/core/schedules/registry.ts';

/** JSON a user's file may hold, biased towards the documents' own field names so validation goes deep. */
const FIELDS = [
  'format',
  'cases',
  'surface',
  'formula',
  'optimizer',
  'rule',
  'params',
  'schedule',
  'start',
  'steps',
  'type',
  'lr',
  'runs',
  'slices',
  'weights',
  'base',
  'seed',
  'epochs',
  'batchSize',
  'data',
  'x',
  'y',
  'init',
  'order',
  'points',
  'noise',
  'step_size',
  'gamma',
  'T_max',
  'milestones',
  'max_lr',
  'total_steps',
  '__proto__',
  'constructor',
];
const VALUES = [
  'optimizer-traces/1',
  'schedule-traces/1',
  'mlp-experiment/1',
  'booth',
  'sgd',
  'adam',
  'StepLR',
  'CosineAnnealingLR',
  'OneCycleLR',
  'x^2',
  'w1[3]',
  'init',
  'final:adam',
  1e308,
  -1,
  0,
  0.5,
  3,
  1e12,
  NaN,
  null,
  true,
];
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...VALUES),
    fc.double(),
    fc.string({ maxLength: 8 }),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...FIELDS), tie('v'), { maxKeys: 5 }),
  ),
})).v;

/** Validation either accepts or throws one InputError naming a field; anything else is a bug. */
function acceptsOrNames(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message.split('\n')).toHaveLength(1);
    expect((e as Error).message.length).toBeLessThan(600);
  }
}

const RUNS = { numRuns: 2000, seed: 20261201 };

describe('hostile documents', () => {
  it('a --cases file: accepted or refused with one line', () => {
    // Small step counts keep accepted documents cheap; the bounds on steps are tested on their own.
    const cases = fc.array(fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }), { maxLength: 3 });
    const doc = fc.record({ format: fc.constantFrom('optimizer-traces/1', 'schedule-traces/1', 'x'), cases }, { requiredKeys: [] });
    fc.assert(
      fc.property(doc, (d) => acceptsOrNames(() => fillTraces(d))),
      RUNS,
    );
  });

  it('a --config file: accepted or refused with one line', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }), (d) => acceptsOrNames(() => parseExperimentDocument(d))),
      RUNS,
    );
  });

  it('a schedule declaration, for every schedule type: accepted or refused with one line', () => {
    const optimizer = optimizerById('adam')!;
    const declaration = fc.record(
      {
        type: fc.constantFrom(...schedules.map((s) => s.type), 'Nope'),
        params: fc.dictionary(fc.constantFrom(...FIELDS, ...schedules.flatMap((s) => s.parameters.map((p) => p.name))), value, { maxKeys: 4 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(declaration, fc.integer({ min: 0, max: 1000 }), (d, steps) => acceptsOrNames(() => resolveSchedule(d, { optimizer, steps }, 'schedule'))),
      RUNS,
    );
  });
});
