import { z } from 'zod';
import { InputError } from '../core/InputError.ts';
import { parseWith } from '../core/formats/zodError.ts';
import type { Lang, Localized } from '../i18n/Lang.ts';
import { claimOptimizers, claimSchema, sceneSteps, type Claim } from '../sim/claimsSchema.ts';
import { defaultState, type AppState } from './AppState.ts';
import { ruleId } from './ruleSettings.ts';
import type { Note } from './Note.ts';
import { noteText } from './noteText.ts';
import { applyPartial } from './schema.ts';
import { withSurfaceDefaults } from './surfaceOf.ts';

/** Sentence ends: English ones are followed by a space or the end, Chinese ones are full-width. */
const SENTENCE_ENDS: Record<Lang, RegExp> = { en: /[.!?](\s|$)/g, zh: /[。！？]/g };
const sentences = (text: string, ends: RegExp) => (text.match(ends) ?? []).length;

/** A text in both languages; each is checked, so a missing or thin translation names its language. */
const localized = (text: (lang: Lang) => z.ZodType<string>) => z.strictObject({ en: text('en'), zh: text('zh') }, { error: 'expected {"en": …, "zh": …}' });
const nonEmpty = (what: string) => () =>
  z
    .string({ error: `expected ${what}` })
    .trim()
    .min(1, `expected ${what}`);

/**
 * A preset file: a title, two or three sentences a teacher can read aloud, a note for the teacher on
 * what to point at or ask, each in English and Chinese; the state it sets, how many updates the scene
 * plays, and the claims its text makes in a form a test checks (language-free, so both texts answer to
 * the same claims). Its `optimizers` maps each optimizer to race to its hyperparameters (and optionally
 * its `schedule`); every optimizer it leaves out is switched off, so a preset shows exactly the
 * comparison it is about.
 */
const presetSchema = z.strictObject({
  title: localized(nonEmpty('a title')),
  description: localized((lang) =>
    z
      .string({ error: 'expected two sentences a teacher could read aloud' })
      .refine((s) => sentences(s, SENTENCE_ENDS[lang]) >= 2, 'expected two sentences a teacher could read aloud'),
  ),
  note: localized(nonEmpty("the teacher's note: what to point at or ask the class")),
  surface: z.string(),
  /** The typed function of surface "custom". */
  f: z.unknown().optional(),
  steps: sceneSteps,
  claims: z.array(claimSchema, { error: 'expected a list of the claims the text makes' }).min(1, 'expected at least one claim the scene checks'),
  optimizers: z.record(z.string(), z.record(z.string(), z.unknown())),
  /** Update rules racing beside the optimizers, as `[{ text, params, schedule? }]`; claims name them rule-1, rule-2, … */
  rules: z.unknown().optional(),
  start: z.unknown().optional(),
  view: z.unknown().optional(),
  speed: z.unknown().optional(),
  trail: z.unknown().optional(),
  noise: z.unknown().optional(),
  particles: z.unknown().optional(),
  spread: z.unknown().optional(),
  layout: z.unknown().optional(),
  brush: z.unknown().optional(),
  seed: z.unknown().optional(),
  overlays: z.unknown().optional(),
  sections: z.unknown().optional(),
  network: z.unknown().optional(),
  experiment: z.unknown().optional(),
});

export interface Preset {
  id: string;
  title: Localized;
  /** The story: two or three sentences a teacher reads aloud. */
  description: Localized;
  /** For the teacher: what to point at or ask the class. */
  note: Localized;
  /** Updates the scene plays: what the claims and the browser's end-of-scene check run to. */
  steps: number;
  claims: Claim[];
  /** The complete state the preset produces (from the defaults). */
  state: AppState;
}

/** A claim may speak only of optimizers the preset races, and only of the updates its scene plays. */
function checkClaimsFit(id: string, file: z.output<typeof presetSchema>): void {
  const rules = Array.isArray(file.rules) ? file.rules.map((_, i) => ruleId(i)) : [];
  const raced = [...Object.keys(file.optimizers), ...rules];
  file.claims.forEach((claim, i) => {
    for (const { field, id: oid } of claimOptimizers(claim)) {
      if (!raced.includes(oid)) {
        throw new InputError(`preset ${id}: claims[${i}].${field}: ${oid} does not race in this preset (it races ${raced.join(', ')})`);
      }
    }
    if (claim.steps > file.steps) {
      throw new InputError(`preset ${id}: claims[${i}].steps: expected at most the scene's ${file.steps} updates, got ${claim.steps}`);
    }
  });
}

/** Validates a preset file; anything wrong is one InputError line naming the preset and the field. */
export function parsePreset(id: string, json: unknown): Preset {
  const file = parseWith(presetSchema, json, 'file', `preset ${id}: `);
  const base = defaultState();
  const optimizers: Record<string, unknown> = {};
  for (const oid of Object.keys(base.optimizers)) {
    // Beside the hyperparameters an optimizer may name its lr schedule, as `schedule: {type, params}`.
    const { schedule, ...params } = file.optimizers[oid] ?? {};
    optimizers[oid] = { enabled: oid in file.optimizers, params, ...(schedule !== undefined ? { schedule } : {}) };
  }
  for (const oid of Object.keys(file.optimizers)) if (!(oid in base.optimizers)) optimizers[oid] = {};
  const { title: _t, description: _d, note: _n, steps: _s, claims: _c, ...fields } = file;
  const patch = Object.fromEntries(Object.entries({ ...fields, optimizers }).filter(([, v]) => v !== undefined));
  const { state, notes } = applyPartial(base, patch);
  if (notes.length) throw new InputError(`preset ${id}: ${noteText(notes[0])}`);
  checkClaimsFit(id, file);
  return {
    id,
    title: file.title,
    description: file.description,
    note: file.note,
    steps: file.steps,
    claims: file.claims,
    state: withSurfaceDefaults(state, file),
  };
}

/** The note on a link or a call naming no preset: which ones there are. */
export function unknownPreset(id: unknown, presets: readonly { id: string }[]): Note {
  return { kind: 'unknownChoice', field: 'preset', what: 'preset', got: JSON.stringify(id) ?? String(id), allowed: presets.map((p) => p.id) };
}

/** Parses every preset file; bad ones are reported and skipped so the others still load. */
export function parsePresets(files: Record<string, unknown>): { presets: Preset[]; errors: string[] } {
  const presets: Preset[] = [];
  const errors: string[] = [];
  for (const [id, json] of Object.entries(files)) {
    try {
      presets.push(parsePreset(id, json));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(e.message);
    }
  }
  return { presets, errors };
}
