import { describe, expect, it } from 'vitest';
import { createState, type Params } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { sutskeverPoint } from '../../src/core/optimizers/sutskeverPoint.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import type { Page } from 'playwright-core';
import { openApp, useBrowser } from './browser.ts';
import { readmeShot } from './readmeShot.ts';
import { axeViolations } from './axeViolations.ts';

const browser = useBrowser();

/** After two more painted frames: what was just changed is on the canvas. */
const painted = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/** NAG replayed here in node with the core's own kernel: the state after each of `steps` updates. */
function replayNag(params: Params, start: [number, number], steps: number) {
  const surface = surfaceById('quadratic')!;
  const nag = optimizerById('nag')!;
  const kernel = nag.kernel(params);
  const state = createState(nag, 2);
  const theta = Float64Array.from(start);
  const grad = new Float64Array(2);
  const out: { grad: number[]; b: number[]; x: number[] }[] = [];
  for (let k = 0; k < steps; k++) {
    surface.gradient(theta[0], theta[1], grad, 0);
    const g = [...grad];
    kernel(theta, grad, state, { lr: params.lr as number, momentum: params.momentum as number });
    out.push({ grad: g, b: [...state.slots[0]], x: [...theta] });
  }
  return out;
}

describe('the update panel and NAG against Momentum', () => {
  it("shows the core's numbers of each update, steps through them, marks the lr limit and keeps NAG in lockstep", async () => {
    const { page, errors } = await openApp(browser(), 'preset=nag-vs-momentum-quadratic', { width: 900, height: 700 });
    await page.evaluate(() => {
      window.slopes.pause();
      window.slopes.reset();
      window.slopes.step(12);
      window.slopes.select('nag');
    });
    const panel = page.locator('[data-role=update-panel]');
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const rows = () =>
      page.$$eval('[data-role=update-lines] tr', (trs) =>
        trs.map((tr) => ({ target: (tr as HTMLElement).dataset.target!, value: JSON.parse((tr as HTMLElement).dataset.value!) as unknown })),
      );
    const value = (rs: { target: string; value: unknown }[], t: string) => rs.find((r) => r.target === t)!.value;

    // The latest update: the panel's numbers are inspect()'s, digit for digit.
    const inspected = (await page.evaluate(() => window.slopes.inspect('nag')))!;
    let shown = await rows();
    expect(shown.map((r) => r.target)).toEqual(['g', 'b', 'eta', 'x']);
    expect(value(shown, 'b')).toEqual(inspected.state.slots[0]);
    expect(value(shown, 'x')).toEqual([inspected.x, inspected.y]);
    expect(await page.locator('[data-role=update-lines] math').count()).toBe(4);
    expect(await page.locator('[data-role=update-step]').textContent()).toContain('12');
    await readmeShot(page, 'update-panel', '[data-role=update-panel]');

    // Three updates back: the numbers of update 9, as a replay in node computes them.
    for (let k = 0; k < 3; k++) await page.click('[data-role=update-earlier]');
    expect(await page.evaluate(() => window.slopes.selected())).toEqual({ optimizer: 'nag', step: 9 });
    const state = await page.evaluate(() => window.slopes.getState());
    const replay = replayNag(state.optimizers.nag.params, state.start, 12);
    shown = await rows();
    expect(value(shown, 'g')).toEqual(replay[8].grad);
    expect(value(shown, 'b')).toEqual(replay[8].b);
    expect(value(shown, 'x')).toEqual(replay[8].x);
    expect(value(shown, 'eta')).toBe(state.optimizers.nag.params.lr);
    await page.click('[data-role=update-latest]');
    expect(await page.evaluate(() => window.slopes.selected().step)).toBeNull();

    // The lr control of NAG carries its Nesterov limit at its own momentum, 2(1+β)/((1+2β)·λmax).
    const mark = page.locator('.optimizer-folder[data-optimizer=nag] [data-param=lr] [data-role=lr-limit]');
    expect(Number(await mark.getAttribute('data-limit'))).toBe(inspected.limits.nesterov);
    expect(Math.abs(inspected.limits.nesterov! - 3.8 / 28)).toBeLessThan(1e-12);

    // A click on Momentum's ball selects it.
    const where = await page.evaluate(() => {
      const m = window.slopes.map();
      const ball = window.slopes.particles().find((p) => p.optimizer === 'momentum')!;
      const { x, y } = m.plot;
      return {
        px: x + ((ball.x - m.shown.x[0]) / (m.shown.x[1] - m.shown.x[0])) * m.plot.width,
        py: y + ((m.shown.y[1] - ball.y) / (m.shown.y[1] - m.shown.y[0])) * m.plot.height,
      };
    });
    const canvas = page.locator('[data-role=map] canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + where.px, box.y + where.py);
    await page
      .waitForFunction(() => window.slopes.selected().optimizer === 'momentum', null, { timeout: 5000 })
      .catch(async () => {
        throw new Error(
          `no ball picked at ${JSON.stringify(where)} in ${JSON.stringify(box)}; start now ${JSON.stringify((await page.evaluate(() => window.slopes.getState())).start)}`,
        );
      });
    expect(await page.evaluate(() => window.slopes.particles().find((p) => p.optimizer === 'momentum')!.step)).toBe(12);

    // The legend selects too, by mouse and by keyboard, doing what the click on the ball does; its row's own click stays the switch.
    const legendPicks = (id: string) => page.locator(`.legend tr[data-optimizer=${id}] [data-role=legend-select]`);
    const showsBall = async (id: string) => {
      expect(await page.evaluate(() => window.slopes.selected())).toEqual({ optimizer: id, step: null });
      const [update, inspection, enabled] = await page.evaluate(
        (o) => [window.slopes.updateAt(o)!, window.slopes.inspect(o)!, window.slopes.getState().optimizers[o].enabled] as const,
        id,
      );
      expect(enabled).toBe(true);
      const panelRows = await rows();
      expect(panelRows).toEqual(update.lines!.map((l) => ({ target: l.target, value: l.value })));
      expect(value(panelRows, 'x')).toEqual([inspection.x, inspection.y]);
      expect(await page.locator('[data-role=update-step]').textContent()).toContain(String(inspection.step));
      const limit = page.locator(`.optimizer-folder[data-optimizer=${id}] [data-param=lr] [data-role=lr-limit]`);
      expect(Number(await limit.getAttribute('data-limit'))).toBe(
        id === 'sgd' ? inspection.limits.gd : id === 'nag' ? inspection.limits.nesterov : inspection.limits.heavyBall,
      );
      const pressed = await page.$$eval('.legend tr[data-optimizer]', (trs) =>
        trs.map((tr) => [
          (tr as HTMLElement).dataset.optimizer,
          tr.querySelector('[data-role=legend-select]')?.getAttribute('aria-pressed'),
          tr.classList.contains('selected'),
        ]),
      );
      expect(pressed).toEqual(pressed.map(([o]) => [o, o === id ? 'true' : 'false', o === id]));
    };
    await legendPicks('sgd').click();
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await showsBall('sgd');
    await page.locator('.legend tr[data-optimizer=nag]').focus();
    await page.keyboard.press('Tab');
    expect(await legendPicks('nag').evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await showsBall('nag');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await legendPicks('momentum').evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press(' ');
    await showsBall('momentum');
    // Space on the button was the button's: the race stayed paused.
    expect(await page.evaluate(() => window.slopes.getState().running)).toBe(false);
    // The ball field of the panel moves the legend's mark with it.
    await page.selectOption('[data-role=update-optimizer]', 'sgd');
    expect(await legendPicks('sgd').getAttribute('aria-pressed')).toBe('true');
    expect(await legendPicks('momentum').getAttribute('aria-pressed')).toBe('false');

    // Lockstep by its key: one lr and momentum for both, paused, one update of each per step key.
    await page.evaluate(() => window.slopes.setState({ optimizers: { nag: { params: { lr: 0.02 } } } }));
    await page.locator('[data-role=map]').focus();
    await page.keyboard.press('l');
    let s = await page.evaluate(() => window.slopes.getState());
    expect([s.overlays.lockstep, s.overlays.lookAhead, s.running]).toEqual([true, true, false]);
    expect(s.optimizers.nag.params.lr).toBe(s.optimizers.momentum.params.lr);
    expect(s.optimizers.nag.params.momentum).toBe(s.optimizers.momentum.params.momentum);
    await page.evaluate(() => window.slopes.reset());
    await page.keyboard.press('.');
    await page.keyboard.press('.');
    const steps = await page.evaluate(() =>
      window.slopes
        .particles()
        .filter((p) => p.optimizer !== 'sgd')
        .map((p) => p.step),
    );
    expect(steps).toEqual([2, 2]);
    await page.evaluate(() => window.slopes.setState({ optimizers: { momentum: { params: { momentum: 0.8 } } } }));
    s = await page.evaluate(() => window.slopes.getState());
    expect(s.optimizers.nag.params.momentum).toBe(0.8);

    // Sutskever's path, drawn from its own run: the map shows it only while switched on.
    await page.evaluate(() => {
      window.slopes.reset();
      window.slopes.step(20);
      window.slopes.setState({ overlays: { lookAhead: false, sutskever: false } });
    });
    await painted(page);
    const plain = await page.locator('[data-role=map] canvas').screenshot();
    await page.keyboard.press('o');
    await page.keyboard.press('n');
    await painted(page);
    const drawn = await page.locator('[data-role=map] canvas').screenshot();
    expect(drawn.equals(plain)).toBe(false);
    // What is drawn, measured against Sutskever's recurrence run here: v ← μv − lr·∇f(θ + μv), θ ← θ + v.
    const nag = (await page.evaluate(() => window.slopes.inspect('nag')))!;
    const { nesterov, plot, shown: view } = await page.evaluate(() => window.slopes.map());
    const theta = Float64Array.from((await page.evaluate(() => window.slopes.getState().start)) as number[]);
    const v = new Float64Array(2);
    const g = new Float64Array(2);
    const quadratic = surfaceById('quadratic')!;
    for (let k = 0; k < 20; k++) {
      quadratic.gradient(theta[0] + nag.momentum * v[0], theta[1] + nag.momentum * v[1], g, 0);
      for (const i of [0, 1]) {
        v[i] = nag.momentum * v[i] - nag.lr * g[i];
        theta[i] += v[i];
      }
    }
    const onScreen = (x: number, y: number): [number, number] => [
      plot.x + ((x - view.x[0]) / (view.x[1] - view.x[0])) * plot.width,
      plot.y + ((view.y[1] - y) / (view.y[1] - view.y[0])) * plot.height,
    ];
    const near = (p: ArrayLike<number>, q: ArrayLike<number>, tol: number) => expect(Math.hypot(p[0] - q[0], p[1] - q[1])).toBeLessThan(tol);
    expect(nesterov.twin!.step).toBe(20);
    near(nesterov.twin!.at, theta, 1e-12);
    // The ring is Sutskever's θ, the NAG ball its look-ahead θ + μv, a visible shift apart.
    near(nesterov.nag!.ring, onScreen(theta[0], theta[1]), 0.01);
    near(nesterov.nag!.ball, onScreen(theta[0] + nag.momentum * v[0], theta[1] + nag.momentum * v[1]), 0.01);
    near(nesterov.nag!.ball, onScreen(nag.x, nag.y), 1e-6);
    const shifted = new Float64Array(2);
    sutskeverPoint([nag.x, nag.y], nag.state.slots[0], nag.lr, nag.momentum, shifted);
    near(shifted, theta, 1e-12);
    const [bx, by] = nesterov.nag!.ball;
    const [rx, ry] = nesterov.nag!.ring;
    expect(Math.hypot(bx - rx, by - ry)).toBeGreaterThan(2);
    // NAG's velocity arrow points along the look-ahead (ring to ball); its gradient arrow down the slope at the ball.
    const along = (from: readonly number[], tip: readonly number[], dx: number, dy: number) => {
      const [tx, ty] = [tip[0] - from[0], tip[1] - from[1]];
      expect(Math.abs(tx * dy - ty * dx) / (Math.hypot(tx, ty) * Math.hypot(dx, dy))).toBeLessThan(1e-9);
      expect(tx * dx + ty * dy).toBeGreaterThan(0);
    };
    along(nesterov.nag!.ball, nesterov.nag!.velocityTip!, bx - rx, by - ry);
    along(nesterov.nag!.ball, nesterov.nag!.gradientTip!, -nag.grad[0], nag.grad[1]);
    // Momentum's pair at its own ball.
    const momentum = (await page.evaluate(() => window.slopes.inspect('momentum')))!;
    near(nesterov.momentum!.ball, onScreen(momentum.x, momentum.y), 1e-6);
    along(nesterov.momentum!.ball, nesterov.momentum!.gradientTip!, -momentum.grad[0], momentum.grad[1]);
    await readmeShot(page, 'nag-look-ahead');

    // Adam's update: its moments are the core's state, its bias corrections 1 − β^t, its step lr/(√v/√bc2 + eps) per coordinate.
    const adam = (await page.evaluate(() => {
      window.slopes.setState({ optimizers: { adam: { enabled: true } } });
      window.slopes.reset();
      window.slopes.step(7);
      window.slopes.select('adam');
      return window.slopes.inspect('adam');
    }))!;
    const adamParams = (await page.evaluate(() => window.slopes.getState().optimizers.adam.params)) as { lr: number; eps: number; betas: [number, number] };
    const adamLines = await rows();
    expect(adamLines.map((r) => r.target)).toEqual(['g', 'm', 'v', 'bc1', 'bc2', 'eta', 'x']);
    expect(value(adamLines, 'm')).toEqual(adam.state.slots[0]);
    expect(value(adamLines, 'v')).toEqual(adam.state.slots[1]);
    const [bc1, bc2] = adamParams.betas.map((b) => 1 - b ** 7);
    expect([value(adamLines, 'bc1'), value(adamLines, 'bc2')]).toEqual([bc1, bc2]);
    expect(value(adamLines, 'eta')).toEqual(adam.state.slots[1].map((v) => adamParams.lr / (Math.sqrt(v) / Math.sqrt(bc2) + adamParams.eps)));
    expect(await axeViolations(page, '[data-role=update-panel]', '.legend')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
