import { SURFACE_EXPRESSIONS } from '../core/surfaces/expressions.ts';
import type { Surface } from '../core/surfaces/Surface.ts';
import type { Words } from '../i18n/words.ts';
import { formulaLayout } from './formulaLayout.ts';
import { mathml } from './mathml.ts';
import { spokenFormula } from './spokenFormula.ts';

/** The formula-language text of a surface: an analytic one's from the table, a typed one's as typed. */
const expressionOf = (surface: Surface): string | undefined => SURFACE_EXPRESSIONS[surface.id] ?? (surface.id === 'custom' ? surface.formula : undefined);

/**
 * The note beside the map: the surface's formula as MathML, named by the same formula in words, then
 * its lesson. A surface without a formula-language form (the network's loss) keeps its plain text.
 */
export class SurfaceNote {
  constructor(
    private readonly el: HTMLElement,
    private readonly words: Words,
  ) {}

  show(surface: Surface): void {
    const text = expressionOf(surface);
    const lesson = this.words.declarations.surfaceLessons[surface.id] ?? surface.lesson;
    const layout = text === undefined ? null : formulaLayout(text);
    if (layout) {
      // Formulas such as Goldstein–Price are far wider than the column and MathML does not wrap: the
      // formula gets a line of its own that scrolls sideways, by keyboard too.
      const line = document.createElement('span');
      line.className = 'lesson-formula';
      line.tabIndex = 0;
      line.append(mathml(document, layout, spokenFormula(layout, this.words.presets.formula)));
      this.el.replaceChildren(line, lesson);
    } else {
      this.el.textContent = `${surface.formula ? `${this.words.declarations.networkFormula(surface.id, surface.formula)}. ` : ''}${lesson}`;
    }
  }
}
