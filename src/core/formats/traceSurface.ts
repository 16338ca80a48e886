import { formulaSurface } from '../expr/FormulaSurface.ts';
import { InputError } from '../InputError.ts';
import { resolveSurface } from '../resolveSurface.ts';
import type { Surface } from '../surfaces/Surface.ts';

/**
 * The surface a trace runs on: a named one, or a typed f(x, y) in its place (exactly one of the
 * two). `fields` names them as the input does (`--surface` and `--formula`, or `cases[2].surface` and
 * `cases[2].formula`); a typing error keeps the parser's position, e.g.
 * `--formula: line 1, column 7: unexpected ')'`.
 */
export function resolveTraceSurface(surface: string | undefined, formula: string | undefined, fields: { surface: string; formula: string }): Surface {
  if (surface !== undefined && formula !== undefined) {
    throw new InputError(`${fields.formula}: give either ${fields.surface} or ${fields.formula}, not both`);
  }
  if (formula === undefined) {
    if (surface === undefined) throw new InputError(`${fields.surface}: required (or ${fields.formula} with a typed f(x, y))`);
    return resolveSurface(surface, fields.surface);
  }
  const typed = formulaSurface(formula);
  if (!typed.ok) throw new InputError(`${fields.formula}: ${typed.error.message}`);
  return typed.surface;
}
