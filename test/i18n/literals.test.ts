import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every source file of the layers that show words: each shown word must come from the catalogue. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourcesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}
const SCANNED = ['src/ui', 'src/render', 'src/app'].flatMap(sourcesUnder);

/** Properties whose value a reader sees or hears. */
const SHOWN_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'alt', 'label', 'data', 'value']);
/** Attributes whose value a reader sees or hears. */
const SHOWN_ATTRIBUTES = new Set(['aria-label', 'aria-valuetext', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt']);
/** Calls whose arguments become text on the page: DOM insertion and the notice line. */
const SHOWN_CALLS = new Set(['append', 'prepend', 'replaceChildren', 'createTextNode', 'show', 'report']);
/** Code names that stay as they are in every language. */
const CODE_NAMES = new Set(['lr', 'NaN']);

/** A word of two letters or more that is neither a code name nor part of one. */
const englishWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !CODE_NAMES.has(w));

const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.InKeyword,
  ts.SyntaxKind.InstanceOfKeyword,
]);

type Piece = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateHead | ts.TemplateMiddle | ts.TemplateTail;

/** The text pieces of every string or template literal inside an expression, its substitutions left out. */
function literalTexts(node: ts.Node): Piece[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.flatMap((s) => [...literalTexts(s.expression), s.literal])];
  // A comparison gives a boolean, so its literals (`surface === 'mlp-slice'`) are ids, never shown.
  if (ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind)) return [];
  // A lookup such as words.x['key'] is code; a call's text is checked where the callee writes it (tag names, selectors).
  if (ts.isElementAccessExpression(node)) return literalTexts(node.expression);
  if (ts.isCallExpression(node)) return [];
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return literalTexts(node.body);
  const out: Piece[] = [];
  node.forEachChild((child) => void out.push(...literalTexts(child)));
  return out;
}

const nameOf = (node: ts.Node): string | undefined =>
  ts.isIdentifier(node) || ts.isStringLiteral(node) ? node.text : ts.isPropertyAccessExpression(node) ? node.name.text : undefined;

/**
 * User-visible English written outside the catalogue in one source text: literals assigned to a shown
 * property, set as a shown attribute, given to `new Option`, inserted into the DOM, shown as a notice,
 * or written as a `label:` (or other shown) field. Returns "line: text" for each.
 */
export function shownLiterals(source: string, file = 'source.ts'): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  // By position: a literal inside two sinks (an Option appended) is one finding.
  const found = new Map<number, string>();
  const check = (sink: ts.Node) => {
    for (const piece of literalTexts(sink)) {
      const at = piece.getStart();
      if (englishWords(piece.text).length) found.set(at, `${sf.getLineAndCharacterOfPosition(at).line + 1}: ${piece.text.trim()}`);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      if (SHOWN_PROPERTIES.has(node.left.name.text)) check(node.right);
    } else if (ts.isPropertyAssignment(node) && SHOWN_PROPERTIES.has(nameOf(node.name) ?? '')) {
      check(node.initializer);
    } else if (ts.isNewExpression(node) && nameOf(node.expression) === 'Option' && node.arguments?.[0]) {
      check(node.arguments[0]);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const [first, second] = node.arguments;
      if (method === 'setAttribute' && first && ts.isStringLiteral(first) && SHOWN_ATTRIBUTES.has(first.text) && second) check(second);
      else if (SHOWN_CALLS.has(method)) node.arguments.forEach(check);
    }
    node.forEachChild(visit);
  };
  visit(sf);
  return [...found.values()];
}

describe('no shown English outside the catalogue', () => {
  it.each(SCANNED)('%s writes every shown word from the catalogue', (file) => {
    expect(shownLiterals(readFileSync(file, 'utf8'), file)).toEqual([]);
  });
});

describe('the literal checker', () => {
  it('catches a planted literal in each kind of place a reader sees', () => {
    const planted = [
      "el.textContent = 'Hello there';",
      'el.title = `Click ${n} times`;',
      "el.setAttribute('aria-label', running ? 'Pause' : words.shell.play);",
      "select.append(new Option('— choose a preset —', ''));",
      'notice.show([`Could not draw the contours: ${e.message}`]);',
      "const c = { id: 'faster', label: 'Faster (×2)' };",
      "const c = { id: 'faster', label: () => 'Faster' };",
      "head.append(Object.assign(document.createElement('th'), { textContent: 'best loss' }));",
      "row.status.textContent = ok ? words.shell.legend.off : 'off';",
    ];
    for (const line of planted) expect(shownLiterals(line), line).not.toEqual([]);
  });

  it('finds the one line planted in a scanned file, and only it', () => {
    const source = readFileSync('src/ui/Toolbar.ts', 'utf8');
    const lines = source.split('\n');
    const at = lines.findIndex((l) => l.includes('this.play.setAttribute'));
    lines.splice(at + 1, 0, "    this.play.setAttribute('aria-label', state.running ? 'Pause' : 'Play');");
    expect(shownLiterals(lines.join('\n'))).toEqual([`${at + 2}: Pause`, `${at + 2}: Play`]);
  });

  it('lets code through: classes, roles, ids, keys, code names, lookups in the catalogue', () => {
    const code = [
      "el.className = 'legend-head';",
      "el.dataset.role = 'legend-batch';",
      "el.setAttribute('aria-keyshortcuts', 'Space k');",
      "el.textContent = words.shell.commands['play-pause'];",
      'el.textContent = `· ${name}`;',
      "el.textContent = '—';",
      "lrCell.textContent = 'lr';",
      "root.querySelector('[data-role=help]')!.onclick = () => target.toggleHelp();",
      "const b = document.createElement('button');",
      "if (e.key === 'Enter') toggle();",
    ];
    for (const line of code) expect(shownLiterals(line), line).toEqual([]);
  });
});
