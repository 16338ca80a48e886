import { LIMITS } from '../expr/limits.ts';
import type { Node, Position } from '../expr/Node.ts';
import { Parser } from '../expr/Parser.ts';
import { shownText } from '../expr/shownText.ts';
import { tokenize, type Token } from '../expr/tokenize.ts';
import { BUILT_IN, KEYWORDS, LIVE_LR, RULE_FUNCTIONS } from './names.ts';
import type { Rule, RuleLine } from './Rule.ts';
import { RuleError } from './RuleError.ts';

const EXAMPLE = "'param lr = 0.01', 'state m = 0' or 'm = beta1*m + (1 - beta1)*g'";

/** The number a param's default is, if the expression is a number or a negated number. */
function literal(node: Node): number | null {
  if (node.kind === 'number') return node.value;
  if (node.kind === 'negate' && node.arg.kind === 'number') return -node.arg.value;
  return null;
}

/** Declarations and targets seen so far, to refuse clashes at the line that makes them. */
class Names {
  readonly declared = new Map<string, { kind: 'param' | 'state' | 'temporary'; line: number }>();
  xAssigned: number | null = null;

  declare(name: string, kind: 'param' | 'state', at: Position): void {
    this.refuseReserved(name, at, kind, `a ${kind} cannot be named '${name}'`);
    const earlier = this.declared.get(name);
    if (earlier) {
      throw new RuleError(`'${name}' is already ${article(earlier.kind)} (line ${earlier.line})`, at, {
        code: 'redeclared',
        name,
        earlier: earlier.kind,
        line: earlier.line,
      });
    }
    this.declared.set(name, { kind, line: at.line });
  }

  assign(name: string, at: Position): void {
    if (name === 'g' || name === 't') throw new RuleError(`${name} cannot be assigned: it is ${BUILT_IN[name]}`, at, { code: 'assignBuiltIn', name });
    if (name === 'x') {
      if (this.xAssigned !== null) {
        throw new RuleError(`x is assigned at most once per step (already on line ${this.xAssigned})`, at, { code: 'xTwice', line: this.xAssigned });
      }
      this.xAssigned = at.line;
      return;
    }
    this.refuseReserved(name, at, 'assigned', `'${name}' cannot be assigned`);
    const earlier = this.declared.get(name);
    if (earlier?.kind === 'param') {
      throw new RuleError(`'${name}' is a param and cannot be assigned; use a temporary such as ${name}_t = …`, at, { code: 'assignParam', name });
    }
    if (!earlier) this.declared.set(name, { kind: 'temporary', line: at.line });
  }

  private refuseReserved(name: string, at: Position, as: 'param' | 'state' | 'assigned', what: string): void {
    if (name in BUILT_IN) throw new RuleError(`${what}: '${name}' is ${BUILT_IN[name]}`, at, { code: 'reserved', name, as, is: 'builtIn' });
    if ((RULE_FUNCTIONS as readonly string[]).includes(name)) throw new RuleError(`${what}: '${name}' is a function`, at, { code: 'reserved', name, as, is: 'function' });
    if ((KEYWORDS as readonly string[]).includes(name)) throw new RuleError(`${what}: '${name}' is a keyword`, at, { code: 'reserved', name, as, is: 'keyword' });
  }
}

function article(kind: string): string {
  return kind === 'temporary' ? 'a temporary' : `a ${kind}`;
}

function nameToken(parser: Parser, after: string): Token & { kind: 'name' } {
  const token = parser.next();
  if (token.kind !== 'name') throw new RuleError(`expected a name after '${after}'`, token.at, { code: 'nameAfter', keyword: after });
  return token;
}

/** The parser's "unexpected …" at `token`, with what a rule line wants there as a code, so every language words it. */
function expected(token: Token, code: 'expectedEquals' | 'expectedValue'): RuleError {
  const shown = { kind: token.kind, text: token.text };
  const hint = code === 'expectedEquals' ? " — expected '='" : ' — expected a value after =';
  return new RuleError(`unexpected ${shownText(shown)}`, token.at, { code, token: shown }, hint);
}

/** Reads `= expression` to the end of the line; `source` is the expression as written, `at` its start. */
function assignment(parser: Parser, code: string): { expr: Node; source: string; at: Position } {
  const equals = parser.peek();
  if (!parser.accept('=')) {
    // After the line's name, a name, number or ( reads as a missing *, and the parser says so.
    if (equals.kind === 'name' || equals.kind === 'number' || equals.text === '(') parser.unexpected();
    throw expected(equals, 'expectedEquals');
  }
  const at = parser.peek().at;
  if (parser.peek().kind === 'end') throw expected(parser.peek(), 'expectedValue');
  const expr = parser.expression();
  parser.expectEnd();
  return { expr, source: code.slice(at.column - 1).trim(), at };
}

function declaration(keyword: string, parser: Parser, code: string, names: Names): RuleLine {
  const name = nameToken(parser, keyword);
  const { expr, source, at } = assignment(parser, code);
  if (keyword === 'param') {
    const value = literal(expr);
    if (value === null) throw new RuleError(`a param's default is a number, like param ${name.text} = 0.01`, at, { code: 'paramDefault', name: name.text });
    names.declare(name.text, 'param', name.at);
    return { kind: 'param', param: { name: name.text, default: value, at: name.at } };
  }
  names.declare(name.text, 'state', name.at);
  return { kind: 'state', state: { name: name.text, init: expr, source, at: name.at } };
}

function parseLine(code: string, line: number, names: Names): RuleLine {
  const parser = new Parser(tokenize(code, line));
  const first = parser.next();
  if (first.kind !== 'name') throw new RuleError(`expected a line such as ${EXAMPLE}`, first.at, { code: 'expectedLine' });
  const isKeyword = (KEYWORDS as readonly string[]).includes(first.text);
  if (isKeyword && parser.peek().text !== '=') return declaration(first.text, parser, code, names);
  const { expr, source } = assignment(parser, code);
  names.assign(first.text, first.at);
  return { kind: 'step', statement: { target: first.text, expr, source, at: first.at } };
}

/**
 * Reads a rule line by line: `# name` first, then `param`, `state` and assignment lines, `#` starting
 * a comment anywhere. Checks what one line can show (forms, clashes, x assigned once, g and t never)
 * and, at the end, that lr is a param and x is assigned; names inside expressions are checked when
 * the rule is assembled. Hostile sizes are refused before anything is tokenized.
 */
export function parseRule(text: string): Rule {
  if (text.length > LIMITS.ruleLength) {
    throw new RuleError(`a rule is at most ${LIMITS.ruleLength} characters long`, { line: 1, column: 1 }, { code: 'ruleTooLong', limit: LIMITS.ruleLength });
  }
  const rawLines = text.split('\n');
  if (rawLines.length > LIMITS.ruleLines) {
    throw new RuleError(`a rule has at most ${LIMITS.ruleLines} lines`, { line: LIMITS.ruleLines + 1, column: 1 }, { code: 'tooManyLines', limit: LIMITS.ruleLines });
  }
  const names = new Names();
  const lines: RuleLine[] = [];
  let name: string | null = null;
  let seenAnything = false;
  rawLines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.length > LIMITS.expressionLength) {
      throw new RuleError(
        `a line is at most ${LIMITS.expressionLength} characters long`,
        { line, column: LIMITS.expressionLength + 1 },
        {
          code: 'lineTooLong',
          limit: LIMITS.expressionLength,
        },
      );
    }
    const hash = raw.indexOf('#');
    const code = hash < 0 ? raw : raw.slice(0, hash);
    if (code.trim() === '') {
      if (hash >= 0 && !seenAnything) name = raw.slice(hash + 1).trim() || null;
      if (hash >= 0) seenAnything = true;
      return;
    }
    seenAnything = true;
    lines.push(parseLine(code, line, names));
  });
  const lastLine = { line: rawLines.length, column: 1 };
  const lr = names.declared.get(LIVE_LR);
  if (lr?.kind !== 'param') {
    const why = lr ? `'lr' is ${article(lr.kind)} here` : 'none is declared';
    throw new RuleError(`a rule needs 'param lr = …', the learning rate a schedule sets (${why})`, lr ? { line: lr.line, column: 1 } : lastLine, {
      code: 'needsLr',
      lrIs: lr?.kind ?? null,
    });
  }
  if (names.xAssigned === null) throw new RuleError('the rule never assigns x, so nothing would move', lastLine, { code: 'neverAssignsX' });
  return {
    name,
    text,
    params: lines.flatMap((l) => (l.kind === 'param' ? [l.param] : [])),
    states: lines.flatMap((l) => (l.kind === 'state' ? [l.state] : [])),
    statements: lines.flatMap((l) => (l.kind === 'step' ? [l.statement] : [])),
    lines,
  };
}
