import { describe, expect, it } from 'vitest';
import { formulaLayout } from '../../src/ui/formulaLayout.ts';
import { MATHML_NS, mathml, type MathDocument } from '../../src/ui/mathml.ts';
import { compileRule } from '../../src/core/rules/compileRule.ts';
import { gallery } from '../../src/core/rules/gallery.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { ruleMath } from '../../src/ui/ruleMath.ts';

/** Just enough of an element to build and inspect MathML in node: a tag, attributes, children or text. */
class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly children: FakeElement[] = [];
  text = '';
  constructor(
    readonly namespaceURI: string,
    readonly localName: string,
  ) {}
  set textContent(value: string) {
    this.text = value;
  }
  append(...nodes: FakeElement[]) {
    this.children.push(...nodes);
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  /** The element as markup, written out here only to compare it with a hand-written expectation. */
  markup(): string {
    const inner = this.children.length ? this.children.map((c) => c.markup()).join('') : this.text;
    return `<${this.localName}>${inner}</${this.localName}>`;
  }
  all(): FakeElement[] {
    return [this, ...this.children.flatMap((c) => c.all())];
  }
}

const fakeDocument = { createElementNS: (ns: string, tag: string) => new FakeElement(ns, tag) } as unknown as MathDocument;
const build = (text: string, label = 'a label') => mathml(fakeDocument, formulaLayout(text)!, label) as unknown as FakeElement;
const HEAD = '<mi>f</mi><mo>(</mo><mi>x</mi><mo>,</mo><mi>y</mi><mo>)</mo><mo>=</mo>';
const INVISIBLE_TIMES = '\u2062';
const APPLY = '\u2061';

describe('mathml', () => {
  it('builds f(x, y) = x² − y² as two msup and a minus sign, every element in the MathML namespace', () => {
    const math = build('x^2 - y^2');
    expect(math.markup()).toBe(`<math><mrow>${HEAD}<mrow><msup><mi>x</mi><mn>2</mn></msup><mo>−</mo><msup><mi>y</mi><mn>2</mn></msup></mrow></mrow></math>`);
    expect(math.all().every((el) => el.namespaceURI === MATHML_NS)).toBe(true);
    expect(MATHML_NS).toBe('http://www.w3.org/1998/Math/MathML');
  });

  it('names the math by the words it is given and shows it inline', () => {
    const math = build('x^2 - y^2', 'f of x and y equals x squared minus y squared');
    expect(Object.fromEntries(math.attributes)).toEqual({ display: 'inline', 'aria-label': 'f of x and y equals x squared minus y squared' });
  });

  it('writes a fraction as mfrac, a root as msqrt and a function with its bracket after an invisible application', () => {
    expect(build('x^4/3').markup()).toBe(`<math><mrow>${HEAD}<mfrac><msup><mi>x</mi><mn>4</mn></msup><mn>3</mn></mfrac></mrow></math>`);
    expect(build('sqrt(x)').markup()).toBe(`<math><mrow>${HEAD}<msqrt><mi>x</mi></msqrt></mrow></math>`);
    expect(build('cos(2*pi*x)').markup()).toBe(
      `<math><mrow>${HEAD}<mrow><mi>cos</mi><mo>${APPLY}</mo><mrow><mo>(</mo>` +
        `<mrow><mn>2</mn><mo>${INVISIBLE_TIMES}</mo><mi>π</mi><mo>${INVISIBLE_TIMES}</mo><mi>x</mi></mrow><mo>)</mo></mrow></mrow></mrow></math>`,
    );
  });

  it('draws |x| with bars and separates a function’s arguments by commas', () => {
    expect(build('abs(x) + max(x, y)').markup()).toBe(
      `<math><mrow>${HEAD}<mrow><mrow><mo>|</mo><mi>x</mi><mo>|</mo></mrow><mo>+</mo>` +
        `<mrow><mi>max</mi><mo>${APPLY}</mo><mrow><mo>(</mo><mi>x</mi><mo>,</mo><mi>y</mi><mo>)</mo></mrow></mrow></mrow></mrow></math>`,
    );
  });

  it('brackets a squared sum, and every msup has exactly a base and an exponent', () => {
    const math = build('(1 - x)^2 + 100*(y - x^2)^2');
    expect(math.markup()).toContain(`<mn>100</mn><mo>${INVISIBLE_TIMES}</mo><msup><mrow><mo>(</mo><mrow><mi>y</mi><mo>−</mo>`);
    const sups = math.all().filter((el) => el.localName === 'msup');
    expect(sups.length).toBe(3);
    expect(sups.every((s) => s.children.length === 2)).toBe(true);
  });
});

describe('ruleMath', () => {
  it("typesets each statement of a rule as target ← expression, named in the catalogue's words", () => {
    const compiled = compileRule(gallery.find((r) => r.id === 'adam')!.text);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const [m, v, x] = ruleMath(fakeDocument, compiled.rule, wordsFor('en')) as unknown as FakeElement[];
    expect(m.markup()).toBe(
      `<math><mrow><mi>m</mi><mo>←</mo><mrow><mrow><mi>beta1</mi><mo>${INVISIBLE_TIMES}</mo><mi>m</mi></mrow><mo>+</mo><mrow><mrow><mo>(</mo><mrow><mn>1</mn><mo>−</mo><mi>beta1</mi></mrow><mo>)</mo></mrow><mo>${INVISIBLE_TIMES}</mo><mi>g</mi></mrow></mrow></mrow></math>`,
    );
    expect(m.attributes.get('aria-label')).toMatch(/^m becomes beta1 /);
    expect(v.all().some((e) => e.localName === 'msup')).toBe(true);
    expect(x.all().filter((e) => e.localName === 'mfrac')).toHaveLength(3);
    const zh = ruleMath(fakeDocument, compiled.rule, wordsFor('zh')) as unknown as FakeElement[];
    expect(zh[0].attributes.get('aria-label')).toMatch(/^m 更新为 /);
  });
});
