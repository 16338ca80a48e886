import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/i18n/words.ts';
import type { SwarmCounts } from '../../src/sim/swarmSummary.ts';
import { swarmLine } from '../../src/ui/swarmLine.ts';

const swarm = (over: Partial<SwarmCounts>): SwarmCounts => ({
  optimizer: 'adam',
  count: 360,
  minima: [
    { x: 3, y: 2, kind: 'global', count: 241 },
    { x: -2.805118, y: 3.131312, kind: 'global', count: 116 },
  ],
  diverged: 0,
  moving: 3,
  elsewhere: 0,
  medianSteps: 57,
  ...over,
});

describe('swarmLine', () => {
  it('reads in English as the legend has always shown it', () => {
    expect(swarmLine(swarm({}), wordsFor('en'))).toBe('(3, 2): 241 · (−2.81, 3.13): 116 · diverged 0 · moving 3 · median 57 steps to arrive');
    expect(swarmLine(swarm({ elsewhere: 4, medianSteps: null }), wordsFor('en'))).toBe(
      '(3, 2): 241 · (−2.81, 3.13): 116 · diverged 0 · moving 3 · stopped elsewhere 4 · none arrived yet',
    );
    expect(swarmLine(swarm({ medianSteps: 1 }), wordsFor('en'))).toMatch(/median 1 step to arrive$/);
  });

  it('reads in Chinese with the same numbers and no English word', () => {
    const line = swarmLine(swarm({ elsewhere: 4 }), wordsFor('zh'));
    for (const n of ['241', '116', '(3, 2)', '(−2.81, 3.13)', '57', '4']) expect(line).toContain(n);
    expect(line.replace(/[\d.,()−\s·：]/g, '')).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});
