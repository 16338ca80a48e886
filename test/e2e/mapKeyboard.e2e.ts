import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/i18n/words.ts';
import { FINE_STEP, MOVE_STEP } from '../../src/ui/mapKeys.ts';
import { openApp, useBrowser } from './browser.ts';

const browser = useBrowser();
/** A short race on a bowl: NAG reaches its minimum first, after some 50 steps. */
const PRESET = 'nag-vs-momentum-quadratic';

/** Presses Tab until the focused element matches the selector; fails if it never does. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let k = 0; k < 60; k++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe.each(['en', 'zh'] as const)('a keyboard-only lesson on the map, in %s', (lang) => {
  it('chooses a preset, moves the start with the arrow keys, restarts there, plays and hears the winner', async () => {
    // The page opens on the preset after the lesson's, so one key press chooses it (each choice loads a whole scene).
    const { page, errors } = await openApp(browser(), `preset=nag-vs-momentum-rosenbrock&lang=${lang}`, { width: 1366, height: 768 });
    const words = wordsFor(lang);

    await tabTo(page, '[data-role=preset]');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => window.slopes.scene().preset)).toBe(PRESET);

    await tabTo(page, '[data-role=map]');
    // Space is the page's play / pause, on the map as anywhere.
    await page.keyboard.press(' ');
    expect(await page.evaluate(() => window.slopes.getState().running)).toBe(false);
    const before = await page.evaluate(() => ({ start: window.slopes.getState().start, shown: window.slopes.map().shown }));
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowUp', 'ArrowUp', 'Shift+ArrowLeft']) await page.keyboard.press(key);
    // The marker moves; the balls wait for Enter.
    expect(await page.evaluate(() => window.slopes.getState().start)).toEqual(before.start);
    await page.keyboard.press('Enter');
    const w = before.shown.x[1] - before.shown.x[0];
    const h = before.shown.y[1] - before.shown.y[0];
    const expected = [before.start[0] + 3 * MOVE_STEP * w - FINE_STEP * w, before.start[1] + 2 * MOVE_STEP * h];
    const start = await page.evaluate(() => window.slopes.getState().start);
    expect(start[0]).toBeCloseTo(expected[0], 9);
    expect(start[1]).toBeCloseTo(expected[1], 9);
    const balls = await page.evaluate(() => window.slopes.particles());
    expect(balls.length).toBeGreaterThan(1);
    for (const b of balls) expect([b.x, b.y, b.step]).toEqual([start[0], start[1], 0]);

    // + and − zoom the map about its centre, and do not change the race's speed as they do elsewhere.
    const speed = await page.evaluate(() => window.slopes.getState().speed);
    await page.keyboard.press('+');
    const zoomed = await page.evaluate(() => window.slopes.getState().view);
    expect(zoomed.x[1] - zoomed.x[0]).toBeLessThan(w);
    expect(await page.evaluate(() => window.slopes.getState().speed)).toBe(speed);
    await page.keyboard.press('-');

    // Faster (]) until the race takes a few frames, then play: a loaded machine may draw only a few frames a second.
    for (let k = 0; k < 6; k++) await page.keyboard.press(']');
    await page.keyboard.press(' ');
    const winnerSaid = (names: Record<string, string>) => window.slopes.announcements().some((a) => Object.values(names).some((n) => a.includes(n)));
    const winners = Object.fromEntries(Object.entries(words.declarations.optimizerNames).map(([id, n]) => [id, words.map.winner(n)]));
    await page.waitForFunction(winnerSaid, winners, { timeout: 60_000 });
    const said = (await page.evaluate(() => window.slopes.announcements())).join(' ');
    // The race is NAG's on this bowl, from this start as from the preset's.
    expect(said).toContain(words.map.winner(words.declarations.optimizerNames.nag));
    expect(said).toMatch(lang === 'en' ? /Nesterov \(NAG\) reached the minimum at step \d+/ : /Nesterov（NAG） 在第 \d+ 步到达极小值/);
    if (lang === 'zh') expect(said).not.toMatch(/reached|stopped|minimum/);

    // Paused, the read-out key speaks the map's description at once (after whatever was still queued).
    await page.keyboard.press(' ');
    await page.waitForTimeout(300);
    await page.keyboard.press('i');
    const last = await page.evaluate(() => window.slopes.announcements().at(-1)!);
    const description = await page.evaluate(() => document.querySelector('[data-role=map-description]')!.textContent);
    expect(description).toContain(words.map.surface(words.declarations.surfaceNames.quadratic));
    expect(description).toContain(words.map.paused);
    expect(last.endsWith(description)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
