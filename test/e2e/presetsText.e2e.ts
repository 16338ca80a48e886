import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SURFACE_EXPRESSIONS } from '../../src/core/surfaces/expressions.ts';
import { openApp, useBrowser } from './browser.ts';

const browser = useBrowser();
const LAPTOP = { width: 1366, height: 768 };
type Text = Record<'en' | 'zh', string>;
const file = (id: string) => JSON.parse(readFileSync(`presets/${id}.json`, 'utf8')) as { title: Text; description: Text; note: Text };

/**
 * What a <math> built from a formula shows as text, derived from the formula's own text rather than
 * from the code that lays it out: the operators `*` and `^` leave no character (a product is written
 * by juxtaposition, a power as a superscript), a minus is U+2212 and pi is π. Holds for formulas that
 * use neither `/`, `sqrt` nor `abs`, and bracket only where precedence needs it.
 */
const shownText = (formula: string) =>
  `f(x,y)=${formula
    .replace(/[\s*^]/g, '')
    .replace(/-/g, '−')
    .replace(/pi/g, 'π')}`;
/** The invisible operators (function application, invisible times) have no glyph. */
const visible = (text: string) => text.replace(/[\u2061\u2062]/g, '');

describe('presets in the reader’s language', () => {
  it.each([
    ['zh', 'saddle-adaptive'],
    ['en', 'saddle-adaptive'],
    ['zh', 'rosenbrock-race'],
  ] as const)('with lang=%s, %s shows its own title, story and teacher’s note', async (lang, id) => {
    const preset = file(id);
    const { page, errors } = await openApp(browser(), `lang=${lang}&preset=${id}`, LAPTOP);
    const story = page.locator('[data-role=story]');
    await expect(story.locator('strong').textContent()).resolves.toBe(preset.title[lang]);
    await expect(story.locator('.story-text').textContent()).resolves.toBe(preset.description[lang]);
    // The note is folded away behind its summary, worded in the language, until the teacher opens it.
    const note = page.locator('[data-role=story-note]');
    await expect(note.locator('summary').textContent()).resolves.toBe(lang === 'zh' ? '教师提示' : "Teacher's note");
    await expect(note.locator('.story-note-text').isVisible()).resolves.toBe(false);
    await note.locator('summary').click();
    await expect(note.locator('.story-note-text').isVisible()).resolves.toBe(true);
    await expect(note.locator('.story-note-text').textContent()).resolves.toBe(preset.note[lang]);
    // The other language's text appears nowhere on the page.
    const other = lang === 'zh' ? 'en' : 'zh';
    const body = (await page.locator('body').textContent())!;
    expect(body).not.toContain(preset.description[other]);
    expect(await page.evaluate(() => window.slopes.presets().find((p) => p.id === 'saddle-adaptive')!.title)).toBe(file('saddle-adaptive').title[lang]);
    expect(await page.evaluate(() => window.slopes.scene().title)).toBe(preset.title[lang]);
    await expect(page.locator('[data-role=preset] option:checked').textContent()).resolves.toBe(preset.title[lang]);
    expect(errors).toEqual([]);
    // Closing the context waits for it, so the browser is never closed under a context still closing.
    await page.context().close();
  });

  it('shows the surface’s formula as MathML beside the map, named in words, for each surface it goes to', async () => {
    const { page, errors } = await openApp(browser(), 'lang=zh&preset=saddle-adaptive', LAPTOP);
    const math = page.locator('[data-role=lesson] math');
    const shown = async () => ({
      text: visible((await math.textContent())!),
      ns: await math.evaluate((el) => el.namespaceURI),
      label: await math.getAttribute('aria-label'),
      sups: await math.locator('msup').count(),
    });
    expect(await shown()).toEqual({
      text: shownText(SURFACE_EXPRESSIONS.saddle),
      ns: 'http://www.w3.org/1998/Math/MathML',
      label: 'f(x, y) 等于 x 的平方减 y 的平方',
      sups: 2,
    });
    for (const surface of ['rosenbrock', 'rastrigin', 'himmelblau']) {
      await page.evaluate((s) => window.slopes.setState({ surface: s }), surface);
      await expect.poll(async () => visible((await math.textContent())!)).toBe(shownText(SURFACE_EXPRESSIONS[surface]));
    }
    // MathML is laid out as math: a superscript sits above its base's baseline.
    const [base, exponent] = await Promise.all(['mi', 'mn'].map((tag) => math.locator(`msup >> nth=0 >> ${tag}`).first().boundingBox()));
    expect(exponent!.y + exponent!.height).toBeLessThan(base!.y + base!.height);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a typed function shows its own formula, with bars for abs', async () => {
    const { page, errors } = await openApp(browser(), 'lang=en&preset=typed-kink', LAPTOP);
    const math = page.locator('[data-role=lesson] math');
    await expect(math.textContent()).resolves.toBe('f(x,y)=|x|+y2');
    await expect(math.getAttribute('aria-label')).resolves.toBe('f of x and y equals the absolute value of x plus y squared');
    await page.evaluate(() => window.slopes.setState({ f: 'x^2 - 3*y' }));
    await expect.poll(async () => visible((await math.textContent())!)).toBe(shownText('x^2 - 3*y'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['zh', /^已修改：起点/, '恢复', '（载入时）'],
    ['en', /^modified: start point/, 'restore', ' (as loaded)'],
  ] as const)('with lang=%s a changed scene shows the modified badge in the language, and restore brings the preset back', async (lang, badge, restore, asLoaded) => {
    const preset = file('saddle-adaptive');
    const { page, errors } = await openApp(browser(), `lang=${lang}&preset=saddle-adaptive`, LAPTOP);
    const modified = page.locator('[data-role=modified]');
    await expect(modified.isVisible()).resolves.toBe(false);
    await page.evaluate(() => window.slopes.setState({ start: [-1, 0.5] }));
    await expect(modified.isVisible()).resolves.toBe(true);
    await expect(modified.locator('.changes').textContent()).resolves.toMatch(badge);
    await expect(page.locator('[data-role=story] strong').textContent()).resolves.toBe(`${preset.title[lang]}${asLoaded}`);
    await modified.locator('button').click();
    await expect.poll(() => page.evaluate(() => window.slopes.scene().modified)).toEqual([]);
    await expect(modified.isVisible()).resolves.toBe(false);
    await expect(modified.locator('button').textContent()).resolves.toBe(restore);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
