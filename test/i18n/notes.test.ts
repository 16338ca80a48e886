import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS as EXPR_LIMITS } from '../../src/core/expr/limits.ts';
import { compileRule } from '../../src/core/rules/compileRule.ts';
import type { RuleProblem } from '../../src/core/rules/RuleError.ts';
import { EMBED_CONTROLS, EMBED_PANELS, readPageOptions } from '../../src/app/pageOptions.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { decodeHash } from '../../src/state/hash.ts';
import type { Expected, Note, NoteKind } from '../../src/state/Note.ts';
import { noteText } from '../../src/state/noteText.ts';
import { unknownPreset } from '../../src/state/presets.ts';
import { emptyLibrary, MAX_SCENES, parseLibrary, saveScene, SCENES_FORMAT, type SceneLibrary } from '../../src/state/sceneLibrary.ts';
import { applyPartial } from '../../src/state/schema.ts';
import { NoteError } from '../../src/state/NoteError.ts';
import { hypermapGrid, type HypermapRequest } from '../../src/sim/hypermapTask.ts';

const en = wordsFor('en');
const zh = wordsFor('zh');

const patched = (patch: unknown) => applyPartial(defaultState(), patch).notes;
const full: SceneLibrary = { ...emptyLibrary(), scenes: Array.from({ length: MAX_SCENES }, (_, i) => ({ name: `s${i}`, state: defaultState(), savedAt: '' })) };
const scene = (name: unknown) => ({ name, state: {} });

/** What a hyperparameter map refuses, as the note it throws. */
function mapRefuses(over: Partial<HypermapRequest>): Note[] {
  const request: HypermapRequest = {
    target: 'surface',
    state: { ...defaultState(), surface: 'quadratic' },
    start: [1, 1],
    optimizer: 'momentum',
    params: {},
    x: { key: 'lr', from: 1e-3, to: 1, count: 4, log: true },
    y: { key: 'momentum', from: 0, to: 0.9, count: 4, log: false },
    tol: 1e-4,
    steps: 100,
    ...over,
  };
  try {
    hypermapGrid(request);
  } catch (e) {
    if (e instanceof NoteError) return [e.note];
    throw e;
  }
  return [];
}

/** Input that makes a note of every kind, from the code that makes it (typed: a new kind without a sample fails tsc). */
const MAKERS: Record<NoteKind, () => readonly Note[]> = {
  invalid: () => patched({ speed: 'fast' }),
  unknownField: () => patched({ colour: 'red' }),
  unknownOptimizer: () => patched({ optimizers: { adamx: {} } }),
  unknownChoice: () => [unknownPreset('bowll', [{ id: 'bowl' }, { id: 'saddle' }]), ...readPageOptions({ controls: 'speed,colour', panel: 'charts' }).notes],
  params: () => patched({ optimizers: { adam: { params: { lr: 'abc' } } } }),
  schedule: () => patched({ optimizers: { adam: { schedule: { type: 'StepLR', params: { step_size: 0 } } } } }),
  rule: () => patched({ rules: [{ text: 'param lr = 0.01\nparam beta1 = 0.9\nstate m = 0\nm = m + bta1*g\nx = x - lr*m' }] }),
  undecodable: () => decodeHash('speed=%E0%A4%A').notes,
  notLibrary: () => parseLibrary('scenes').notes,
  libraryFormat: () => parseLibrary({ format: 'slopes-scenes/0', scenes: [] }).notes,
  tooManyScenes: () => parseLibrary({ format: SCENES_FORMAT, scenes: Array.from({ length: MAX_SCENES + 1 }, (_, i) => scene(`s${i}`)) }).notes,
  sceneTaken: () => parseLibrary({ format: SCENES_FORMAT, scenes: [scene('A'), scene('A')] }).notes,
  droppedNames: () => parseLibrary({ format: SCENES_FORMAT, playlists: [{ name: 'P', scenes: ['A', 7] }] }).notes,
  nameLength: () => [saveScene(emptyLibrary(), '   ', defaultState(), 't').error!],
  libraryFull: () => [saveScene(full, 'one more', defaultState(), 't').error!],
};

/** What a field expected, in every way it can, from the code that says it (typed like MAKERS). */
const EXPECTATIONS: Record<Expected['is'], () => readonly Note[]> = {
  minMax: () => patched({ view: { x: [1, 0], y: [0, 1] } }),
  axisRange: () => [
    ...mapRefuses({ x: { key: 'lr', from: 0, to: 1, count: 4, log: true } }),
    ...mapRefuses({ y: { key: 'momentum', from: 1, to: 0, count: 4, log: false } }),
  ],
  atLeast: () => [...mapRefuses({ tol: -1 }), ...mapRefuses({ steps: 2.5 })],
  numberIn: () => patched({ speed: 1e6 }),
  integerIn: () => patched({ trail: 2.5 }),
  networkParam: () => patched({ network: { params: ['w9[0]', 'b2[0]'] } }),
  snapshot: () => patched({ network: { snapshot: 'adam@99' } }),
  oneOf: () => patched({ lang: 'fr' }),
  either: () => patched({ experiment: { optimizers: { sgd: { schedule: { type: 'StepLR', params: { step_size: 2 }, interval: 'minute' } } } } }),
  brush: () => patched({ layout: 'brush', brush: [1, 2, 3] }),
  functionText: () => patched({ f: 7 }),
  point: () => patched({ start: [1, 2, 3] }),
  flag: () => readPageOptions({ embed: 'maybe' }).notes,
  distinctParams: () => patched({ network: { params: ['w1[0]', 'w1[0]'] } }),
  formula: () => patched({ f: 'x^2 + (3*sin(y)))' }),
  shape: () => patched({ optimizers: 'adam' }),
  runs: () => patched({ experiment: { runs: 'all' } }),
  rules: () => patched({ rules: 'momentum' }),
  name: () => parseLibrary({ format: SCENES_FORMAT, scenes: [scene('')] }).notes,
  type: () => patched({ stretch: 'yes' }),
  unknownKeys: () => patched({ view: { x: [0, 1], y: [0, 1], z: [0, 1] } }),
  zod: () => patched({ view: { x: [0, 1, 2], y: [0, 1] } }),
};

/** English prose the Chinese lines must not keep (code names and quoted values may stay). */
const PROSE =
  /\b(expected|unknown|got|allowed|must|needs|could not|entries|dropped|characters|reading|document|taken|kept|delete|an? (object|list|number|integer|name))\b/;

/** A Chinese line without its quoted parts: the field before its colon and the value after 实际为. */
const ownWords = (line: string, note: Note) => line.replace(note.field, '').replace('got' in note && note.got ? note.got : '\u0000', '');

function expectBoth(note: Note): void {
  const english = en.notes.line(note);
  const chinese = zh.notes.line(note);
  expect(english).toBe(noteText(note));
  expect(chinese).toMatch(/[\u4e00-\u9fff]/);
  expect(ownWords(chinese, note)).not.toMatch(PROSE);
  if (note.field && note.kind !== 'notLibrary') expect(chinese.startsWith(`${note.field}：`)).toBe(true);
  if ('got' in note && note.got !== undefined) {
    expect(english).toContain(note.got);
    expect(chinese).toContain(note.got);
  }
}

describe('notes in both languages', () => {
  it.each(Object.entries(MAKERS))('a note of kind %s has an English and a Chinese line', (kind, make) => {
    const notes = make();
    expect(notes.map((n) => n.kind)).toContain(kind);
    for (const note of notes) expectBoth(note);
  });

  it.each(Object.entries(EXPECTATIONS))('a field that expected %s says so in both languages', (is, make) => {
    const notes = make();
    expect(notes.map((n) => (n.kind === 'invalid' ? n.expected.is : n.kind))).toContain(is);
    for (const note of notes) expectBoth(note);
  });

  it('keeps the English lines exactly as the CLI and the controller print them', () => {
    expect(MAKERS.params().map(noteText)).toEqual(['optimizers.adam.params: adam: "lr" must be a number >= 0, got "abc"']);
    expect(MAKERS.schedule().map(noteText)).toEqual(['optimizers.adam.schedule.params.step_size: must be an integer >= 1, got 0']);
    expect(MAKERS.rule().map(noteText)).toEqual(["rules[0].text: line 4, column 9: unknown name 'bta1' — did you mean 'beta1'?"]);
    expect(MAKERS.unknownChoice().map(noteText)).toEqual([
      'preset: unknown preset "bowll" (allowed: bowl, saddle)',
      `controls: unknown control "colour" (allowed: ${EMBED_CONTROLS.join(', ')})`,
      `panel: unknown panel "charts" (allowed: ${EMBED_PANELS.join(', ')})`,
    ]);
    expect(zh.notes.line(MAKERS.params()[0])).toBe('optimizers.adam.params：adam："lr" 应为>= 0 的数，实际为 "abc"');
    expect(zh.notes.line(MAKERS.rule()[0])).toBe("rules[0].text：第 4 行第 9 列：未知的名称 'bta1'——你是不是想写 'beta1'？");
  });
});

/** Values that break naive code, under the keys a hostile link reaches for. */
const KEYS = [...Object.keys(defaultState()), 'lr', 'params', 'schedule', 'type', 'runs', 'text', '__proto__', 'adam', ''];
const hostile: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(NaN, Infinity, -1e308, -0, null, undefined, true, '', 'abc', '"quoted"', '\u0007', '中文'),
    fc.double(),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('notes from hostile input', () => {
  it('word every note in both languages without throwing, quoting the value given', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...KEYS), hostile, { maxKeys: 5 }), fc.string(), hostile, (patch, hash, file) => {
        const notes = [...applyPartial(defaultState(), patch).notes, ...decodeHash(hash).notes, ...parseLibrary(file).notes];
        for (const note of notes) {
          const lines = [en.notes.line(note), zh.notes.line(note)];
          for (const line of lines) {
            expect(line.length).toBeGreaterThan(0);
            if ('got' in note && note.got !== undefined) expect(line).toContain(note.got);
          }
        }
      }),
      { numRuns: 400, seed: 20261202 },
    );
  }, 30_000);
});

/** A rule that makes each of a rule's own mistakes (typed: a new code without a sample fails tsc). */
const RULE_MISTAKES: Record<RuleProblem['code'], string> = {
  reserved: 'param g = 1\nparam lr = 1\nx = x',
  redeclared: 'param lr = 1\nparam lr = 2\nx = x',
  assignBuiltIn: 'param lr = 1\ng = 2*g\nx = x - lr*g',
  xTwice: 'param lr = 1\nx = x - lr*g\nx = x - lr*g',
  assignParam: 'param lr = 1\nlr = 2\nx = x',
  nameAfter: 'param 3 = 1',
  paramDefault: 'param lr = 1 + x\nx = x',
  expectedLine: 'param lr = 1\n3 = x\nx = x',
  expectedEquals: 'param lr = 1\nm + 1\nx = x',
  expectedValue: 'param lr = 1\nx =',
  ruleTooLong: 'x'.repeat(EXPR_LIMITS.ruleLength + 1),
  tooManyLines: '\n'.repeat(EXPR_LIMITS.ruleLines),
  lineTooLong: 'x'.repeat(EXPR_LIMITS.expressionLength + 1),
  needsLr: 'param rate = 1\nx = x - rate*g',
  neverAssignsX: 'param lr = 1\nm = g',
  usedBefore: 'param lr = 1\nx = x - lr*m\nm = g',
  stateInit: 'param lr = 1\nstate m = g\nx = x - lr*m',
};

function failure(text: string) {
  const compiled = compileRule(text);
  if (compiled.ok) throw new Error(`${JSON.stringify(text)} compiled`);
  return compiled.error;
}

describe('rule mistakes in both languages', () => {
  it.each(Object.entries(RULE_MISTAKES))('%s: English as the CLI prints it, Chinese at the same line and column', (code, text) => {
    const error = failure(text);
    expect(error.rule?.code).toBe(code);
    expect(en.rules.error(error)).toBe(error.message);
    const chinese = zh.rules.error(error);
    expect(chinese.startsWith(`第 ${error.line} 行第 ${error.column} 列：`)).toBe(true);
    expect(chinese).toMatch(/[\u4e00-\u9fff]{2}/);
    expect(chinese).not.toMatch(/\b(cannot|already|assigned|expected|needs|never|used before|starts from|at most)\b/);
    for (const quoted of error.reason.match(/'[^']+'/g) ?? []) if (!quoted.includes(' ')) expect(chinese).toContain(quoted);
  });

  it.each([
    ['param lr = 1\nm + 1\nx = x', "expected '='", "第 2 行第 3 列：此处不应出现 '+'——这里应是 '='"],
    ['param lr = 1\nstate m\nx = x', "expected '='", "第 2 行第 8 列：表达式意外结束——这里应是 '='"],
    ['param lr = 1\nx =', 'expected a value after =', "第 2 行第 4 列：表达式意外结束——'=' 后面应写一个值"],
  ])('%j: the parser\'s hint "%s" is said in Chinese too, not dropped', (text, english, chinese) => {
    const error = failure(text);
    expect(en.rules.error(error)).toMatch(new RegExp(` — ${english}$`));
    expect(zh.rules.error(error)).toBe(chinese);
  });

  it.each(['param lr = 1\nx = x - lr g', 'param lr = 1\nx = x - lr*(g', 'param lr = 1\nx = x - lr*bta1', 'param lr = 1\nx = foo(x)'])(
    "a mistake inside an expression of %j reads in Chinese through the formula language's words",
    (text) => {
      const error = failure(text);
      expect(error.rule).toBeUndefined();
      expect(error.problem).toBeDefined();
      expect(zh.rules.error(error)).toMatch(new RegExp(`^第 ${error.line} 行第 ${error.column} 列：.*[\\u4e00-\\u9fff]`));
      expect(zh.rules.error(error)).not.toMatch(/unexpected|unknown|did you mean|write/);
    },
  );
});
