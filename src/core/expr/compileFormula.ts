import { Assembler, type Ref } from './Assembler.ts';
import type { Dual } from './calculus.ts';
import { emitNode, type Scope } from './emitNode.ts';
import { ExprError, type PositionedError } from './ExprError.ts';
import { functionTable } from './functions.ts';
import { LIMITS } from './limits.ts';
import { Machine } from './Machine.ts';
import type { Node } from './Node.ts';
import { Parser } from './Parser.ts';
import { closest } from './suggest.ts';
import { tokenize } from './tokenize.ts';

export const FORMULA_FUNCTIONS = ['sqrt', 'exp', 'log', 'sin', 'cos', 'tan', 'tanh', 'abs', 'min', 'max'] as const;
const NAMES = ['x', 'y', 'pi', 'e'];

/** Straight-line code for f (and, with tangents, df/dx and df/dy) over arrays of x and y. */
export interface FormulaProgram {
  readonly machine: Machine;
  readonly code: Int32Array;
  readonly x: number;
  readonly y: number;
  /** Registers holding f, df/dx, df/dy; null where a derivative is exactly zero. */
  readonly f: number;
  readonly dx: number | null;
  readonly dy: number | null;
}

export interface Formula {
  readonly text: string;
  readonly tree: Node;
  readonly value: FormulaProgram;
  readonly gradient: FormulaProgram;
}

export type FormulaResult = { ok: true; formula: Formula } | { ok: false; error: PositionedError };

function assemble(tree: Node, tangents: 0 | 2): FormulaProgram {
  // Without tangents every intermediate dies at its parent, so registers can be recycled.
  const asm = new Assembler({ reuse: tangents === 0 });
  asm.section();
  const x = asm.vectorInput();
  const y = asm.vectorInput();
  const one = asm.constant(1);
  const variable = (ref: Ref, k: number): Dual => ({ ref, tan: tangents ? [k === 0 ? one : null, k === 1 ? one : null] : [] });
  const constant = (value: number): Dual => ({ ref: asm.constant(value), tan: new Array<null>(tangents).fill(null) });
  const scope: Scope = {
    functions: functionTable(FORMULA_FUNCTIONS),
    tangents,
    name(node) {
      switch (node.name) {
        case 'x':
          return variable(x, 0);
        case 'y':
          return variable(y, 1);
        case 'pi':
          return constant(Math.PI);
        case 'e':
          return constant(Math.E);
      }
      const near = closest(node.name, NAMES);
      const hint = near ? ` — did you mean '${near}'?` : ' (a formula uses x, y, pi and e)';
      const advice = near ? ({ code: 'didYouMean', name: near } as const) : ({ code: 'formulaNames' } as const);
      throw new ExprError(`unknown name '${node.name}'`, node.at, hint, { code: 'unknownName', name: node.name }, advice);
    },
  };
  const result = emitNode(asm, tree, scope);
  for (const ref of [result.ref, ...result.tan]) if (ref) asm.output(ref);
  const program = asm.build();
  const machine = new Machine(program);
  machine.run(program.setup, 1);
  return {
    machine,
    code: program.sections[0],
    x: x.reg,
    y: y.reg,
    f: result.ref.reg,
    dx: result.tan[0]?.reg ?? null,
    dy: result.tan[1]?.reg ?? null,
  };
}

/** "unexpected ')' at column 7": a formula is one line, so its line is named only when it has several. */
function positioned(error: ExprError): PositionedError {
  const where = error.line === 1 ? `column ${error.column}` : `line ${error.line}, column ${error.column}`;
  return {
    message: `${error.reason} at ${where}${error.hint}`,
    reason: error.reason + error.hint,
    line: error.line,
    column: error.column,
    problem: error.problem,
    advice: error.advice,
  };
}

/**
 * Parses f(x, y) and compiles its value and exact gradient (forward-mode automatic differentiation of
 * the tree, never finite differences, never eval). Errors carry the column of the first mistake.
 */
export function compileFormula(text: string): FormulaResult {
  try {
    if (text.length > LIMITS.expressionLength) {
      const at = { line: 1, column: LIMITS.expressionLength + 1 };
      throw new ExprError(`longer than ${LIMITS.expressionLength} characters`, at, '', { code: 'tooLong', limit: LIMITS.expressionLength });
    }
    const parser = new Parser(tokenize(text));
    if (parser.peek().kind === 'end') {
      throw new ExprError('empty: type a function of x and y, for example x^2 + 3*sin(y)', parser.peek().at, '', { code: 'empty' });
    }
    const tree = parser.expression();
    parser.expectEnd();
    return { ok: true, formula: { text, tree, value: assemble(tree, 0), gradient: assemble(tree, 2) } };
  } catch (error) {
    if (error instanceof ExprError) return { ok: false, error: positioned(error) };
    throw error;
  }
}
