import type { PositionedError } from '../core/expr/ExprError.ts';
import type { ParamProblem } from '../core/optimizers/resolveParams.ts';
import type { RuleFailure } from '../core/rules/RuleError.ts';
import type { ScheduleFailure } from '../core/schedules/ScheduleError.ts';

/** The shapes a field may be asked to have, by name; each language words them. */
export type Shape =
  | 'optimizerMap'
  | 'optimizerSetting'
  | 'hyperparameters'
  | 'object'
  | 'ruleSetting'
  | 'ruleText'
  | 'ruleParams'
  | 'run'
  | 'scheduleSpec'
  | 'sceneEntry'
  | 'playlistEntry'
  | 'list'
  | 'sceneNames'
  | 'keyValue';

/** What a link may name that must be one of a list: a preset, and embed mode's controls and panel. */
export type Choice = 'preset' | 'control' | 'panel';

/** What a field expected, as a code and its arguments. `type`, `unknownKeys` and `zod` carry zod's own English `message`. */
export type Expected =
  | { readonly is: 'minMax' }
  | { readonly is: 'axisRange'; readonly log: boolean }
  | { readonly is: 'atLeast'; readonly lo: number; readonly integer: boolean }
  | { readonly is: 'numberIn'; readonly lo: number; readonly hi: number }
  | { readonly is: 'integerIn'; readonly lo: number; readonly hi: number }
  | { readonly is: 'networkParam' }
  | { readonly is: 'snapshot'; readonly epochs: number }
  | { readonly is: 'oneOf'; readonly values: readonly string[] }
  | { readonly is: 'either'; readonly values: readonly string[] }
  | { readonly is: 'functionText' }
  | { readonly is: 'point' }
  | { readonly is: 'brush'; readonly max: number }
  | { readonly is: 'flag' }
  | { readonly is: 'distinctParams' }
  | { readonly is: 'formula'; readonly error: PositionedError }
  | { readonly is: 'shape'; readonly shape: Shape }
  | { readonly is: 'runs'; readonly max: number }
  | { readonly is: 'rules'; readonly max: number }
  | { readonly is: 'name'; readonly max: number }
  | { readonly is: 'type'; readonly type: string; readonly message: string }
  | { readonly is: 'unknownKeys'; readonly keys: readonly string[]; readonly message: string }
  | { readonly is: 'zod'; readonly message: string };

/**
 * Why a field of a link, a file or a call was refused, as a code and its arguments, so the page words
 * it in the reader's language and the CLI and the controller in English (`noteText`). `field` is the
 * path as a reader writes it (`optimizers.adam.params`); `got` is the value as the English line
 * quotes it, already shortened.
 */
export type Note =
  | { readonly kind: 'invalid'; readonly field: string; readonly expected: Expected; readonly got?: string }
  | { readonly kind: 'unknownField'; readonly field: string; readonly allowed: readonly string[] }
  | { readonly kind: 'unknownOptimizer'; readonly field: string; readonly allowed: readonly string[]; readonly got?: string }
  | { readonly kind: 'unknownChoice'; readonly field: string; readonly what: Choice; readonly got: string; readonly allowed: readonly string[] }
  | { readonly kind: 'params'; readonly field: string; readonly optimizer: string; readonly problem: ParamProblem }
  | { readonly kind: 'schedule'; readonly field: string; readonly failure: ScheduleFailure }
  | { readonly kind: 'rule'; readonly field: string; readonly error: RuleFailure }
  | { readonly kind: 'undecodable'; readonly field: string }
  | { readonly kind: 'notLibrary'; readonly field: string; readonly format: string; readonly got: string }
  | { readonly kind: 'libraryFormat'; readonly field: string; readonly format: string; readonly got: string }
  | { readonly kind: 'tooManyScenes'; readonly field: string; readonly max: number; readonly count: number }
  | { readonly kind: 'sceneTaken'; readonly field: string; readonly name: string }
  | { readonly kind: 'droppedNames'; readonly field: string; readonly count: number }
  | { readonly kind: 'nameLength'; readonly field: string; readonly max: number; readonly length: number }
  | { readonly kind: 'libraryFull'; readonly field: string; readonly max: number };

export type NoteKind = Note['kind'];

/** A note about a part of something larger: `scenes[2].state.` before the part's own field. */
export const within = (prefix: string, note: Note): Note => ({ ...note, field: `${prefix}${note.field}` });

/** A value as notes quote it: JSON, cut to `max` characters. */
export function shown(value: unknown, max = 60): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
