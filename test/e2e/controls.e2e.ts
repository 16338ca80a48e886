import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../src/core/expr/compileFormula.ts';
import { optimizers } from '../../src/core/optimizers/registry.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { layoutSettled, openApp, useBrowser } from './browser.ts';
import { axeViolations } from './axeViolations.ts';

const browser = useBrowser();
const PANEL = '[data-role=controls]';
const VIEWPORT = { width: 1366, height: 768 };

/** Opens the panel and every folder in it, nested ones too, until none is closed. */
async function openAllFolders(page: Page): Promise<void> {
  // lil-gui animates each opening and the folders inside show once it has run, later on a busy
  // machine: done only when two passes in a row find nothing left to open.
  for (let pass = 0, idle = 0; pass < 12 && idle < 2; pass++) {
    const opened = await page.evaluate((panel) => {
      const closed = [...document.querySelectorAll<HTMLButtonElement>(`${panel} .lil-title[aria-expanded=false]`)].filter((t) => t.offsetParent !== null);
      for (const t of closed) t.click();
      return closed.length;
    }, PANEL);
    idle = opened === 0 ? idle + 1 : 0;
    await page.waitForTimeout(400);
  }
  // A folder still opening is half transparent: its text would fail contrast until the animation has ended.
  await page.waitForFunction((panel) => document.querySelector(`${panel} .lil-transition`) === null, PANEL, { timeout: 15_000 });
}

/** The texts of the visible folder titles of the panel. */
const folderTitles = (page: Page) =>
  page.evaluate(
    (panel) => [...document.querySelectorAll<HTMLElement>(`${panel} .lil-title`)].filter((t) => t.offsetParent !== null).map((t) => t.textContent ?? ''),
    PANEL,
  );

/** Chromium's own accessible name of every visible input, select and button of the panel (its accessibility tree). */
async function accessibleNames(page: Page): Promise<{ tag: string; name: string; role: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `${PANEL} :is(input, select, button)` });
  const found: { tag: string; name: string; role: string }[] = [];
  for (const nodeId of nodeIds) {
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0];
    if (node.ignored) continue;
    const { node: dom } = await cdp.send('DOM.describeNode', { nodeId });
    found.push({ tag: dom.localName, name: String(node.name?.value ?? ''), role: String(node.role?.value ?? '') });
  }
  await cdp.detach();
  return found;
}

/**
 * What shows focus on the focused control of the panel, or on every marked control: outline, box
 * shadow and underline of the element, or of the box lil-gui draws over an invisible select.
 */
function drawnFocus(page: Page, which: 'focused' | 'all'): Promise<[string, string][]> {
  return page.evaluate(
    ([panel, which]) => {
      const drawn = (el: Element) => {
        const shown = el instanceof HTMLSelectElement ? el.parentElement!.querySelector('.lil-display')! : el;
        const s = getComputedStyle(shown);
        return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow} | ${s.textDecorationLine}`;
      };
      const marked = (e: HTMLElement): [string, string] => [e.dataset.inPanel ?? '?', drawn(e)];
      if (which === 'all') return [...document.querySelectorAll<HTMLElement>(`${panel} [data-in-panel]`)].map(marked);
      const el = document.activeElement as HTMLElement | null;
      return el && el.closest(panel) ? [marked(el)] : [];
    },
    [PANEL, which] as const,
  );
}

describe.each(['zh', 'en'] as const)('the control panel in %s', (lang) => {
  const words = wordsFor(lang);

  it('shows its folders, hints and labels in the language, code names as they are, and has no axe violation', async () => {
    const { page, errors } = await openApp(browser(), `lang=${lang}`, VIEWPORT);
    await page.evaluate(() => window.slopes.pause());
    await openAllFolders(page);
    const titles = await folderTitles(page);
    const { folders } = words.controls;
    for (const f of [words.controls.title, folders.surface, folders.optimizers, folders.start, folders.view, folders.experiment]) expect(titles).toContain(f);
    for (const o of optimizers) expect(titles).toContain(words.declarations.optimizerNames[o.id]);
    // Each optimizer's folder says what it does, in the balls' folders and the experiment's.
    const hints = await page.locator(`${PANEL} .optimizer-folder > .lil-children > .control-hint`).allTextContents();
    expect(hints).toEqual([...optimizers, ...optimizers].map((o) => words.declarations.optimizerSentences[o.id]));
    const names = await page.locator(`${PANEL} .lil-name`).allTextContents();
    for (const code of ['lr', 'momentum', 'betas[0]', 'betas[1]', 'weight_decay', 'eps', 'amsgrad', 'f(x, y) =']) expect(names).toContain(code);
    expect(names).toContain(words.controls.labels.speed);
    // A hyperparameter's meaning is its tooltip and its description, in the language.
    const lr = page
      .locator(`${PANEL} .optimizer-folder`, { has: page.locator(':scope > .lil-title', { hasText: /^Adam$/ }) })
      .first()
      .locator('.lil-controller', { has: page.locator('.lil-name', { hasText: /^lr$/ }) });
    await expect(lr.locator('input').getAttribute('title')).resolves.toBe(words.declarations.paramMeanings.adam.lr);
    if (lang === 'zh') {
      // No English interface word left in the panel's labels and titles, other than code names.
      const english = [...titles, ...names].filter((t) => /\b(surface|optimizers|start|view|experiment|steps|show|reset|seed|points|batch size)\b/i.test(t));
      expect(english).toEqual([]);
    }
    await layoutSettled(page, `${PANEL} .lil-controller, ${PANEL} .lil-title`);
    expect(await axeViolations(page, PANEL)).toEqual([]);
    await page.screenshot({ path: `test-results/controls-${lang}.png` });
    await page.locator(`${PANEL}`).screenshot({ path: `test-results/controls-panel-${lang}.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows and folds each instrument from its switch, and the switch follows the section', async () => {
    const { page, errors } = await openApp(browser(), `lang=${lang}`, VIEWPORT);
    await page.evaluate(() => window.slopes.pause());
    await page.locator(`${PANEL} .lil-root > .lil-title`).click();
    const folder = page.locator(`${PANEL} .lil-gui`, { has: page.locator(':scope > .lil-title', { hasText: words.controls.folders.instruments }) });
    await folder.locator(':scope > .lil-title').click();
    const toggle = (name: string) => folder.locator('.lil-controller', { has: page.locator('.lil-name', { hasText: name }) }).locator('input[type=checkbox]');
    const isOpen = (role: string) => page.evaluate((r) => document.querySelector<HTMLDetailsElement>(`[data-role=${r}]`)!.open, role);
    const names = [words.instruments.updateHeading, words.instruments.title, words.explore.hypermap, words.explore.noise, words.explore.slice, words.cursor.predictTitle];
    for (const name of names) await expect(toggle(name).isChecked()).resolves.toBe(false);
    // The hyperparameter map sits inside Explore: its switch opens both and brings it into view.
    await toggle(words.explore.hypermap).check();
    await expect(isOpen('explore')).resolves.toBe(true);
    await expect(page.locator('[data-role=hypermap]').evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(true);
    await expect(page.locator('[data-role=hypermap] > summary').isVisible()).resolves.toBe(true);
    await toggle(words.instruments.title).check();
    await expect(isOpen('instruments')).resolves.toBe(true);
    // Folding Explore by its heading hides the map inside it: the switch goes off with it.
    await page.locator('[data-role=explore] > summary').click();
    await expect.poll(() => toggle(words.explore.hypermap).isChecked()).toBe(false);
    await expect(toggle(words.instruments.title).isChecked()).resolves.toBe(true);
    await toggle(words.instruments.title).uncheck();
    await expect(isOpen('instruments')).resolves.toBe(false);
    // The state holds what is open: the key of a section opens it, and the link keeps it.
    await expect
      .poll(() => page.evaluate(() => window.slopes.getState().sections))
      .toEqual({ update: false, limits: false, hypermap: false, noise: false, slice: false, predict: false });
    // Off the switch just used: keys typed into a field are the field's.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('x');
    await expect.poll(() => isOpen('minibatch')).toBe(true);
    await expect(toggle(words.explore.noise).isChecked()).resolves.toBe(true);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('sections=');
    await page.keyboard.press('x');
    await expect.poll(() => isOpen('minibatch')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the sections a link names, inside the sections that hold them', async () => {
    const { page, errors } = await openApp(browser(), `lang=${lang}&sections=${encodeURIComponent(JSON.stringify({ slice: true, update: true }))}`, VIEWPORT);
    const open = await page.evaluate(() =>
      ['slice-honest', 'explore', 'update-panel', 'hypermap', 'instruments'].map((r) => document.querySelector<HTMLDetailsElement>(`[data-role=${r}]`)!.open),
    );
    expect(open).toEqual([true, true, true, false, false]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names every input, speaks every number with its unit, and shows a focus change on every control, in Tab order', async () => {
    const { page, errors } = await openApp(browser(), `lang=${lang}`, VIEWPORT);
    await page.evaluate(() => window.slopes.pause());
    await openAllFolders(page);
    // Chromium updates its accessibility tree after layout: on a busy machine, later than the folders open.
    await page.waitForTimeout(1000);

    const named = await accessibleNames(page);
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter((n) => n.name.trim() === '')).toEqual([]);

    const spoken = await page.evaluate(
      (panel) =>
        [...document.querySelectorAll<HTMLInputElement>(`${panel} input`)]
          .filter((i) => i.offsetParent !== null && i.type !== 'checkbox' && !i.closest('.lil-string'))
          .map((i) => ({ role: i.getAttribute('role'), text: i.getAttribute('aria-valuetext'), now: i.getAttribute('aria-valuenow') })),
      PANEL,
    );
    expect(spoken.length).toBeGreaterThan(60);
    expect(spoken.filter((s) => s.role !== 'spinbutton' || !s.text || s.now === null)).toEqual([]);
    const speed = await page.evaluate(() => window.slopes.getState().speed);
    const speedInput = page.locator(`${PANEL} .lil-controller`, { has: page.locator('.lil-name', { hasText: words.controls.labels.speed }) }).locator('input');
    await expect(speedInput.getAttribute('aria-valuetext')).resolves.toBe(words.controls.values.speed(speed));
    // The spoken value follows an edit made with the keyboard.
    await speedInput.focus();
    await page.keyboard.press('ArrowUp');
    const raised = await page.evaluate(() => window.slopes.getState().speed);
    expect(raised).toBeGreaterThan(speed);
    await expect(speedInput.getAttribute('aria-valuetext')).resolves.toBe(words.controls.values.speed(raised));

    // Tab from the panel's title through the whole panel: every control is reached in page order.
    const expectedOrder = await page.evaluate((panel) => {
      const all = [...document.querySelectorAll<HTMLElement>(`${panel} :is(input, select, button)`)].filter((e) => e.offsetParent !== null);
      all.forEach((e, i) => (e.dataset.inPanel = String(i)));
      return all.map((_, i) => String(i));
    }, PANEL);
    await page.locator(`${PANEL} .lil-root > .lil-title`).focus();
    const reached: string[] = [];
    const focusedStyles = new Map<string, string>();
    for (let i = 0; i < expectedOrder.length + 5; i++) {
      const [at] = await drawnFocus(page, 'focused');
      if (!at) break;
      reached.push(at[0]);
      focusedStyles.set(at[0], at[1]);
      await page.keyboard.press('Tab');
    }
    expect(reached).toEqual(expectedOrder);
    // The same controls without focus look different from when they had it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const blurredStyles = Object.fromEntries(await drawnFocus(page, 'all'));
    const unchanged = [...focusedStyles].filter(([id, s]) => blurredStyles[id] === s).map(([id]) => id);
    expect(unchanged).toEqual([]);
    // The focus ring is a solid line at least 2 px wide, not a faint tint.
    expect([...focusedStyles.values()].filter((s) => !/^solid 2px/.test(s))).toEqual([]);

    // Folder titles are buttons that say whether they are open, and at least 24 × 24 px, as checkboxes are.
    const small = await page.evaluate((panel) => {
      const targets = [...document.querySelectorAll<HTMLElement>(`${panel} .lil-title, ${panel} input[type=checkbox], ${panel} .lil-function button`)].filter(
        (e) => e.offsetParent !== null,
      );
      return targets.filter((e) => e.getBoundingClientRect().width < 24 || e.getBoundingClientRect().height < 24).map((e) => e.outerHTML.slice(0, 80));
    }, PANEL);
    expect(small).toEqual([]);
    const titles = await page.evaluate(
      (panel) => [...document.querySelectorAll(`${panel} .lil-title`)].map((t) => `${t.tagName} ${t.getAttribute('aria-expanded')}`),
      PANEL,
    );
    expect(titles.filter((t) => !/^BUTTON (true|false)$/.test(t))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('words a formula error in the language, with its column', async () => {
    const { page, errors } = await openApp(browser(), `lang=${lang}&surface=custom&f=x%5E2%20%2B%20y%5E2`, VIEWPORT);
    await page.evaluate(() => window.slopes.pause());
    await openAllFolders(page);
    const input = page.locator(`${PANEL} .formula-field input`);
    await expect(input.getAttribute('placeholder')).resolves.toBe(words.controls.formula.placeholder);
    const typed = 'x^2 + (3*sin(y)))';
    await input.fill(typed);
    await input.press('Enter');
    const compiled = compileFormula(typed);
    if (compiled.ok) throw new Error('the mistake compiled');
    // The stray parenthesis is the last character: its column is the text's length.
    expect(compiled.error.column).toBe(typed.length);
    const message = await page.locator(`${PANEL} .formula-error p`).textContent();
    expect(message).toBe(`${words.controls.formula.error(compiled.error.problem!, compiled.error.advice, typed.length)}${words.controls.formula.keepsPrevious}`);
    expect(message).toContain(String(typed.length));
    if (lang === 'zh') expect(message).toMatch(new RegExp(`^第 ${typed.length} 列：此处不应出现 '\\)'`));
    else expect(message).toMatch(new RegExp(`^unexpected '\\)' at column ${typed.length}`));
    // While it is shown, the mistake is the field's description.
    await expect(input.getAttribute('aria-describedby')).resolves.toBe(await page.locator(`${PANEL} .formula-error p`).getAttribute('id'));
    expect(await page.evaluate(() => window.slopes.getState().f)).toBe('x^2 + y^2');
    await page.screenshot({ path: `test-results/controls-formula-${lang}.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
