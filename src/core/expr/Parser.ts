import { ExprError, type ExprAdvice } from './ExprError.ts';
import { shownText } from './shownText.ts';
import { LIMITS } from './limits.ts';
import type { Node, Position } from './Node.ts';
import type { Token } from './tokenize.ts';

/**
 * Recursive descent over tokens, by precedence from loosest: `+ -`, then `* /`, then unary minus,
 * then `^` (right-associative, and its exponent may carry a sign: `2^-1`), so `-a^2` is `-(a^2)` as
 * in Python and PyTorch. Function names are not checked here: each front-end knows its own.
 */
export class Parser {
  private readonly tokens: readonly Token[];
  private index = 0;
  private depth = 0;

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
  }

  peek(): Token {
    return this.tokens[this.index];
  }

  next(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== 'end') this.index++;
    return token;
  }

  /** Consumes `text` if it is the next symbol. */
  accept(text: string): boolean {
    const token = this.peek();
    if (token.kind !== 'symbol' || token.text !== text) return false;
    this.index++;
    return true;
  }

  expect(text: string, what: string, advice?: ExprAdvice): void {
    if (!this.accept(text)) this.unexpected(`expected ${what}`, advice);
  }

  expectEnd(): void {
    if (this.peek().kind !== 'end') this.unexpected();
  }

  /** Throws at the next token; a name or number right after a value is most likely a missing `*`. */
  unexpected(expected?: string, advice?: ExprAdvice): never {
    const token = this.peek();
    const previous = this.tokens[this.index - 1];
    const afterValue = previous && (previous.kind !== 'symbol' || previous.text === ')');
    const juxtaposed = afterValue && (token.kind === 'name' || token.kind === 'number' || token.text === '(');
    const hint = juxtaposed ? ' — write * to multiply' : expected ? ` — ${expected}` : '';
    const shown = { kind: token.kind, text: token.text };
    throw new ExprError(`unexpected ${shownText(shown)}`, token.at, hint, { code: 'unexpected', token: shown }, juxtaposed ? { code: 'multiply' } : advice);
  }

  expression(): Node {
    let left = this.term();
    for (let token = this.peek(); token.text === '+' || token.text === '-'; token = this.peek()) {
      this.next();
      left = { kind: 'binary', op: token.text, left, right: this.term(), at: token.at };
    }
    return left;
  }

  private term(): Node {
    let left = this.unary();
    for (let token = this.peek(); token.text === '*' || token.text === '/'; token = this.peek()) {
      this.next();
      left = { kind: 'binary', op: token.text, left, right: this.unary(), at: token.at };
    }
    return left;
  }

  private unary(): Node {
    const token = this.peek();
    if (token.kind === 'symbol' && (token.text === '-' || token.text === '+')) {
      this.next();
      this.enter(token.at);
      const arg = this.unary();
      this.depth--;
      return token.text === '-' ? { kind: 'negate', arg, at: token.at } : arg;
    }
    return this.power();
  }

  private power(): Node {
    const base = this.primary();
    const token = this.peek();
    if (!(token.kind === 'symbol' && token.text === '^')) return base;
    this.next();
    this.enter(token.at);
    const exponent = this.unary();
    this.depth--;
    return { kind: 'binary', op: '^', left: base, right: exponent, at: token.at };
  }

  private primary(): Node {
    const token = this.peek();
    if (token.kind === 'number') {
      this.next();
      return { kind: 'number', value: token.value, at: token.at };
    }
    if (token.kind === 'name') {
      this.next();
      if (!this.accept('(')) return { kind: 'name', name: token.text, at: token.at };
      this.enter(token.at);
      const args: Node[] = [];
      if (!this.accept(')')) {
        do args.push(this.expression());
        while (this.accept(','));
        this.expect(')', `')' to close ${token.text}(`, { code: 'close', fn: token.text });
      }
      this.depth--;
      return { kind: 'call', fn: token.text, args, at: token.at };
    }
    if (token.kind === 'symbol' && token.text === '(') {
      this.next();
      this.enter(token.at);
      const inner = this.expression();
      this.expect(')', "')'", { code: 'close', fn: null });
      this.depth--;
      return inner;
    }
    if (token.kind === 'end') this.unexpected('expected a number, a name or (', { code: 'operand' });
    this.unexpected();
  }

  private enter(at: Position): void {
    if (++this.depth > LIMITS.nesting) {
      throw new ExprError(`nested more than ${LIMITS.nesting} levels deep`, at, '', { code: 'nesting', limit: LIMITS.nesting });
    }
  }
}
