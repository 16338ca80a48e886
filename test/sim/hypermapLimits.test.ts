import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { limitLine, lrLimit } from '../../src/sim/hypermapLimits.ts';

// The ill-conditioned bowl has curvatures 1 and 10 everywhere, so λmax = 10: GD is stable below
// lr = 2/10 = 0.2, heavy ball at β = 0.9 below 2(1.9)/10 = 0.38, PyTorch's Nesterov at β = 0.9
// below 2(1.9)/(2.8·10) = 0.1357….
const quadratic = surfaceById('quadratic')!;
const params = (id: string) => defaultParams(optimizerById(id)!);

describe('stability limits over a hyperparameter map', () => {
  it("are the quadratic model's limits at the hand-computed values", () => {
    expect(lrLimit('sgd', params('sgd'), 10)!.lr).toBeCloseTo(0.2, 12);
    expect(lrLimit('momentum', { ...params('momentum'), momentum: 0.9 }, 10)).toEqual({ rule: 'heavyBall', lr: expect.closeTo(0.38, 12) as unknown });
    expect(lrLimit('nag', { ...params('nag'), momentum: 0.9 }, 10)!.lr).toBeCloseTo(3.8 / 28, 12);
    // weight_decay 0.5 makes the steepest curvature 10.5; dampening 0.5 halves the step heavy ball's velocity takes.
    expect(lrLimit('sgd', { ...params('sgd'), weight_decay: 0.5 }, 10)!.lr).toBeCloseTo(2 / 10.5, 12);
    expect(lrLimit('momentum', { ...params('momentum'), momentum: 0.9, dampening: 0.5 }, 10)!.lr).toBeCloseTo(0.76, 12);
    expect(lrLimit('adam', params('adam'), 10)).toBeNull();
  });

  it("follow the y axis: heavy ball's line rises with momentum as 2(1+β)/λmax", () => {
    const y = { key: 'momentum', from: 0, to: 0.99, count: 8, log: false };
    const line = limitLine(quadratic, [-4, 1.5], 'momentum', params('momentum'), { key: 'lr', from: 1e-3, to: 1, count: 8, log: true }, y)!;
    expect(line.rule).toBe('heavyBall');
    expect(line.lambdaMax).toBeCloseTo(10, 9);
    expect(line.points.length).toBe(64);
    for (const [lr, beta] of line.points) expect(lr).toBeCloseTo((2 * (1 + beta)) / 10, 9);
    expect(line.points[0][1]).toBeLessThan(line.points[63][1]);
  });

  it('are not drawn where no limit of lr applies', () => {
    const x = { key: 'lr', from: 1e-3, to: 1, count: 4, log: true };
    const y = { key: 'betas[0]', from: 0, to: 0.99, count: 4, log: false };
    expect(limitLine(quadratic, [0, 0], 'adam', params('adam'), x, y)).toBeNull();
    expect(limitLine(quadratic, [0, 0], 'momentum', params('momentum'), { ...x, key: 'dampening', log: false, from: 0, to: 1 }, { ...y, key: 'momentum' })).toBeNull();
    // The saddle curves down along y and up along x (λmax = 2): GD's line stands at lr = 1.
    const saddle = limitLine(surfaceById('saddle')!, [0.5, 0.5], 'sgd', params('sgd'), x, { key: 'weight_decay', from: 0, to: 1e-9, count: 2, log: false })!;
    expect(saddle.points[0][0]).toBeCloseTo(1, 6);
  });
});
