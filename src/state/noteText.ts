import { paramProblemText } from '../core/optimizers/resolveParams.ts';
import { scheduleFailureText } from '../core/schedules/resolveSchedule.ts';
import type { Expected, Note, Shape } from './Note.ts';

const SHAPES: Record<Shape, string> = {
  optimizerMap: 'an object keyed by optimizer id',
  optimizerSetting: '{ enabled, params }',
  hyperparameters: 'an object of hyperparameters',
  object: 'an object',
  ruleSetting: '{ text, params, schedule? }',
  ruleText: 'the text of an update rule',
  ruleParams: "an object of the rule's params",
  run: '{ optimizer, params, batchSize? }',
  scheduleSpec: '{type, params, interval}',
  sceneEntry: '{ name, state }',
  playlistEntry: '{ name, scenes }',
  list: 'a list',
  sceneNames: 'a list of scene names',
  keyValue: 'key=value',
};

/** What was expected, as the English line says it. */
export function expectedText(e: Expected): string {
  switch (e.is) {
    case 'minMax':
      return 'expected [min, max] with min < max';
    case 'axisRange':
      return `expected finite from < to${e.log ? ', both > 0 on a log axis' : ''}`;
    case 'atLeast':
      return `expected ${e.integer ? 'an integer' : 'a number'} >= ${e.lo}`;
    case 'numberIn':
      return `expected a number in [${e.lo}, ${e.hi}]`;
    case 'integerIn':
      return `expected an integer in [${e.lo}, ${e.hi}]`;
    case 'networkParam':
      return 'expected a network parameter: w1[i], b1[i], w2[i] (i = 0..19) or b2[0]';
    case 'snapshot':
      return `expected "init" or "<optimizer>@<epoch>" with epoch 0..${e.epochs}`;
    case 'oneOf':
      return `expected one of ${e.values.join(', ')}`;
    case 'either':
      return `expected ${e.values.map((v) => `"${v}"`).join(' or ')}`;
    case 'functionText':
      return 'expected the text of a function of x and y';
    case 'point':
      return 'expected [x, y], two finite numbers';
    case 'brush':
      return `expected at most ${e.max} points, x and y of each painted start in turn`;
    case 'flag':
      return 'expected 1 or 0';
    case 'distinctParams':
      return 'expected two different parameters';
    case 'formula':
      return e.error.message;
    case 'shape':
      return `expected ${SHAPES[e.shape]}`;
    case 'runs':
      return `expected a list of at most ${e.max} runs { optimizer, params, batchSize? }`;
    case 'rules':
      return `expected a list of at most ${e.max} rules { text, params }`;
    case 'name':
      return `expected a name of 1 to ${e.max} characters`;
    case 'type':
    case 'unknownKeys':
    case 'zod':
      return e.message;
  }
}

/** A note as one English line: what the CLI prints, the controller returns and the tests read. */
export function noteText(note: Note): string {
  switch (note.kind) {
    case 'invalid':
      return `${note.field}: ${expectedText(note.expected)}${note.got === undefined ? '' : `, got ${note.got}`}`;
    case 'unknownField':
      return `${note.field}: unknown field (allowed: ${note.allowed.join(', ')})`;
    case 'unknownOptimizer':
      return `${note.field}: unknown optimizer ${note.got === undefined ? '' : `${note.got} `}(allowed: ${note.allowed.join(', ')})`;
    case 'unknownChoice':
      return `${note.field}: unknown ${note.what} ${note.got} (allowed: ${note.allowed.join(', ')})`;
    case 'params':
      return `${note.field}: ${note.optimizer}: ${paramProblemText(note.problem)}`;
    case 'schedule':
      return `${note.field}: ${scheduleFailureText(note.failure)}`;
    case 'rule':
      return `${note.field}: ${note.error.message}`;
    case 'undecodable':
      return `${note.field}: could not be decoded`;
    case 'notLibrary':
      return `${note.field}: expected a "${note.format}" document, got ${note.got}`;
    case 'libraryFormat':
      return `${note.field}: expected "${note.format}", got ${note.got}; reading it anyway`;
    case 'tooManyScenes':
      return `${note.field}: only the first ${note.max} of ${note.count} are kept`;
    case 'sceneTaken':
      return `${note.field}: "${note.name}" is already taken by an earlier scene; this one is dropped`;
    case 'droppedNames':
      return `${note.field}: ${note.count} entries that are not scene names were dropped`;
    case 'nameLength':
      return `${note.field}: expected 1 to ${note.max} characters, got ${note.length}`;
    case 'libraryFull':
      return `${note.field}: at most ${note.max} can be kept; delete one first`;
  }
}
