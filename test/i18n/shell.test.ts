import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/i18n/words.ts';

const en = wordsFor('en').shell;
const zh = wordsFor('zh').shell;

describe('the shell words', () => {
  it('read the speed slider with its unit, one step in the singular', () => {
    expect([2, 1, 1000, 0.25, 0.5].map(en.speedValue)).toEqual(['2 steps/frame', '1 step/frame', '1,000 steps/frame', '1 step / 4 frames', '1 step / 2 frames']);
    expect([2, 1, 0.25].map(zh.speedValue)).toEqual(['每帧 2 步', '每帧 1 步', '每 4 帧 1 步']);
  });

  it('count a minibatch and a step in each language', () => {
    expect(en.miniBatch(32)).toBe('gradients on minibatches of 32 points');
    expect(en.legend.step(1234)).toBe('step 1,234');
    expect(zh.legend.step(12)).toBe('第 12 步');
    expect(zh.miniBatch(32)).toContain('32');
  });

  it("name each status of a ball, and a swarm lists its counts in the language's own order", () => {
    expect(Object.keys(en.legend.statusNames)).toEqual(['running', 'converged', 'diverged']);
    expect(en.legend.statusCount(480, en.legend.statusNames.running)).toBe('480 running');
    expect(zh.legend.statusCount(480, zh.legend.statusNames.running)).toBe('运行中 480');
  });
});
