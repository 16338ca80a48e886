import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './browser.ts';
import { readmeShot } from './readmeShot.ts';
import { axeViolations } from './axeViolations.ts';

const browser = useBrowser();

/**
 * Where step k sits on the step chart, in page pixels: the chart draws as wide as its box (padding
 * included) over the canvas, and its plot spans 58 px from the left to 12 px from the right.
 */
async function chartPoint(page: Page, k: number, lead: number): Promise<[number, number]> {
  const box = (await page.locator('[data-role=step-chart] canvas').boundingBox())!;
  const w = await page.locator('[data-role=step-chart]').evaluate((e) => e.clientWidth);
  return [box.x + ((58 + ((w - 70) * k) / lead) * box.width) / w, box.y + box.height / 2];
}

const firstBalls = (ps: { optimizer: string; x: number; y: number }[]) => ps.map((p) => [p.optimizer, p.x, p.y]);

describe('the time cursor, and predict then reveal', () => {
  it('hovering or keying the step chart draws every ball at that step; leaving returns to live; guesses stand beside the ends', async () => {
    const { page, errors } = await openApp(browser(), 'preset=rosenbrock-race', { width: 1000, height: 760 });
    const seen = await page.evaluate(() => {
      window.slopes.pause();
      window.slopes.reset();
      const at: Record<number, ReturnType<typeof window.slopes.particles>> = { 0: window.slopes.particles() };
      window.slopes.step(3);
      at[3] = window.slopes.particles();
      window.slopes.step(37);
      at[40] = window.slopes.particles();
      window.slopes.step(60);
      return at;
    });
    const live = firstBalls(await page.evaluate(() => window.slopes.particles()));

    // Pointing at step 40 of the chart.
    await page.mouse.move(...(await chartPoint(page, 40, 100)));
    await page.waitForFunction(() => window.slopes.shown().step !== null);
    const hovered = await page.evaluate(() => window.slopes.shown());
    expect(hovered.step).toBe(40);
    expect(firstBalls(hovered.particles)).toEqual(firstBalls(seen[40]));
    expect(hovered.particles.every((p) => p.step === 40)).toBe(true);
    // The race stayed where it was: only the drawing moved.
    expect(firstBalls(await page.evaluate(() => window.slopes.particles()))).toEqual(live);

    // Leaving the chart returns to live.
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => window.slopes.shown().step === null);
    expect(firstBalls((await page.evaluate(() => window.slopes.shown())).particles)).toEqual(live);

    // The keyboard: Home is step 0, → moves one step, Escape is live again; the slider says where it is.
    const slider = page.locator('[data-role=step-chart]');
    await slider.focus();
    await page.keyboard.press('Home');
    expect(firstBalls((await page.evaluate(() => window.slopes.shown())).particles)).toEqual(firstBalls(seen[0]));
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
    expect(firstBalls((await page.evaluate(() => window.slopes.shown())).particles)).toEqual(firstBalls(seen[3]));
    expect(await slider.getAttribute('aria-valuenow')).toBe('3');
    expect(await slider.getAttribute('aria-valuetext')).toBe('the map at step 3 of 100');
    // → on the chart moved the cursor, not the race.
    expect(await page.evaluate(() => window.slopes.particles()[0].step)).toBe(100);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.slopes.shown().step)).toBeNull();
    expect(await slider.getAttribute('aria-valuetext')).toBe('live, step 100');

    // The README's picture: the map at step 40 of the 100 taken, as the chart's cursor shows it.
    await page.evaluate(() => window.slopes.scrub(40));
    await readmeShot(page, 'time-cursor');
    expect(firstBalls((await page.evaluate(() => window.slopes.shown())).particles)).toEqual(firstBalls(seen[40]));

    // While the race plays on, the cursor keeps showing its step.
    await page.evaluate(() => window.slopes.play());
    await page.waitForFunction(() => window.slopes.particles()[0].step > 130);
    expect(firstBalls((await page.evaluate(() => window.slopes.shown())).particles)).toEqual(firstBalls(seen[40]));
    await page.evaluate(() => window.slopes.scrub(null));

    // Predict: the race goes back to its start and waits; a click on the map places the first optimizer's guess.
    await page.evaluate(() => window.slopes.predict.toggle(true));
    const before = await page.evaluate(() => ({
      state: window.slopes.getState(),
      step: window.slopes.particles()[0].step,
      ids: [...new Set(window.slopes.particles().map((p) => p.optimizer))],
    }));
    expect(before.state.running).toBe(false);
    expect(before.step).toBe(0);
    const map = await page.evaluate(() => window.slopes.map());
    const canvas = (await page.locator('[data-role=map] canvas').boundingBox())!;
    // The known minimum (1, 1) on screen.
    const px = canvas.x + map.plot.x + ((1 - map.shown.x[0]) / (map.shown.x[1] - map.shown.x[0])) * map.plot.width;
    const py = canvas.y + map.plot.y + ((map.shown.y[1] - 1) / (map.shown.y[1] - map.shown.y[0])) * map.plot.height;
    await page.mouse.click(px, py);
    const guesses: [number, number][] = before.ids.map((_, k) => [-1 + 0.3 * k, 0.5 + 0.2 * k]);
    const notes = await page.evaluate(
      ([ids, gs]) => {
        window.slopes.predict.first(ids[1]);
        return ids.slice(1).map((id, k) => window.slopes.predict.place(id, gs[k + 1][0], gs[k + 1][1]).notes);
      },
      [before.ids, guesses] as const,
    );
    expect(notes.flat()).toEqual([]);
    const placed = await page.evaluate(() => window.slopes.predict.report());
    expect(placed.locked).toBe(false);
    expect(placed.guesses).toHaveLength(before.ids.length);
    // The click's point is (1, 1) to within a pixel of the map's scale.
    const perPixel = (map.shown.x[1] - map.shown.x[0]) / map.plot.width;
    expect(Math.abs(placed.guesses[0].guess[0] - 1)).toBeLessThan(perPixel);
    expect(Math.abs(placed.guesses[0].guess[1] - 1)).toBeLessThan(perPixel);
    // Start point unchanged: the click was a guess, not a new start.
    expect(await page.evaluate(() => window.slopes.getState().start)).toEqual(before.state.start);
    expect(await page.locator('[data-role=predict] .predict-results').isHidden()).toBe(true);

    // Play: the guesses lock and stand beside where each ball is, with the distance.
    await page.evaluate(() => window.slopes.step(300));
    const revealed = await page.evaluate(() => ({ report: window.slopes.predict.report(), balls: window.slopes.particles() }));
    expect(revealed.report.locked).toBe(true);
    for (const g of revealed.report.guesses) {
      const ball = revealed.balls.find((b) => b.optimizer === g.optimizer)!;
      expect(g.end).toEqual([ball.x, ball.y]);
      expect(g.distance).toBeCloseTo(Math.hypot(ball.x - g.guess[0], ball.y - g.guess[1]), 12);
    }
    expect(await page.evaluate(() => window.slopes.predict.place('adam', 0, 0).notes)).toHaveLength(1);
    await page.locator('[data-role=predict] summary').click();
    const rows = page.locator('[data-role=predict] .predict-results tbody tr');
    await page.waitForFunction((n) => document.querySelectorAll('[data-role=predict] .predict-results tbody tr').length === n, revealed.report.guesses.length);
    const firstRow = await rows.first().locator('td').allTextContents();
    expect(firstRow[2]).toBe(new Intl.NumberFormat('en', { maximumSignificantDigits: 3 }).format(revealed.report.guesses[0].distance));
    expect(await page.locator('[data-role=predict] .predict-arrival').textContent()).not.toBe('');
    await readmeShot(page, 'predictions', '[data-role=predict] .predict-results');
    // The new parts, opened and filled in, meet WCAG 2.2 AA as axe-core checks it.
    expect(await axeViolations(page, '[data-role=predict]', '[data-role=step-chart]')).toEqual([]);

    // The experiment: the loss chart's time cursor shows each run's fitted curve after an epoch.
    await page.waitForFunction(() => window.slopes.experiment.status().state === 'done', null, { timeout: 60_000 });
    const epochs = await page.evaluate(() => {
      const latest = window.slopes.experiment.showEpoch(null);
      const third = window.slopes.experiment.showEpoch(3);
      const last = window.slopes.experiment.showEpoch(window.slopes.experiment.status().epochs);
      window.slopes.experiment.showEpoch(null);
      return { latest, third, last, runs: window.slopes.getState().experiment.runs.length };
    });
    expect(epochs.third.epoch).toBe(3);
    expect(epochs.third.fit).toHaveLength(epochs.latest.fit.length);
    expect(epochs.third.fit).not.toEqual(epochs.latest.fit);
    expect(epochs.last.fit).toEqual(epochs.latest.fit);
    await page.locator('.slopes-experiment__chart .u-over').first().scrollIntoViewIfNeeded();
    const over = (await page.locator('.slopes-experiment__chart .u-over').first().boundingBox())!;
    const label = page.locator('.slopes-experiment__fit-epoch span');
    await page.mouse.move(over.x + 2, over.y + over.height / 2);
    await page.waitForFunction(() => document.querySelector('.slopes-experiment__fit-epoch span')?.textContent === 'after epoch 1');
    await page.mouse.move(5, 5);
    expect(await label.textContent()).toBe('after epoch 12');
    // The README's picture: every run's fit after epoch 3, as the loss chart's cursor or the slider shows it.
    await page.evaluate(() => window.slopes.experiment.showEpoch(3));
    expect(await label.textContent()).toBe('after epoch 3');
    await readmeShot(page, 'loss-cursor', '.slopes-experiment__fit-epoch');
    await page.evaluate(() => window.slopes.experiment.showEpoch(null));
    expect(errors).toEqual([]);
    await page.close();
  });
});
