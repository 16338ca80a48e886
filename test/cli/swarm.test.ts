import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { singleBallBasin } from '../sim/basinsReference.ts';
import { expectInputError, runCapture } from './runIo.ts';

const himmelblau = surfaceById('himmelblau')!;

/** The counts `slopes swarm` prints. */
interface Swarm {
  view: unknown;
  minima: { count: number }[];
  diverged: number;
  moving: number;
  elsewhere: number;
}

describe('swarm', () => {
  it('a grid swarm reports how many balls reached each minimum, as single balls from the grid points do', () => {
    const { code, out } = runCapture([
      'swarm',
      '--surface',
      'himmelblau',
      '--optimizer',
      'nag',
      '--params',
      '{"lr":0.01,"momentum":0.5}',
      '--layout',
      'grid',
      '--count',
      '25',
      '--steps',
      '60',
    ]);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as Swarm;
    expect(doc).toMatchObject({ surface: 'himmelblau', optimizer: 'nag', layout: 'grid', count: 25, steps: 60, view: { x: [-5, 5], y: [-5, 5] } });
    const nag = optimizerById('nag')!;
    const params = { ...defaultParams(nag), lr: 0.01, momentum: 0.5 };
    const reached = [0, 0, 0, 0];
    let other = 0;
    // 25 points on a square view: a 5 × 5 grid of cell centres.
    for (let j = 0; j < 5; j++) {
      for (let i = 0; i < 5; i++) {
        const [basin] = singleBallBasin(himmelblau, nag, params, himmelblau.view, [-5 + 2 * i + 1, 5 - 2 * j - 1], 60);
        if (basin >= 0) reached[basin]++;
        else other++;
      }
    }
    expect(doc.minima.map((m) => m.count)).toEqual(reached);
    expect(doc.diverged + doc.moving + doc.elsewhere).toBe(other);
  });

  it('a cloud swarm echoes its start, spread and seed, and the same seed gives the same counts', () => {
    const argv = [
      'swarm',
      '--surface',
      'rastrigin',
      '--optimizer',
      'sgd',
      '--params',
      '{"lr":0.001}',
      '--layout',
      'cloud',
      '--start',
      '-0.2,0.3',
      '--spread',
      '0.5',
      '--count',
      '200',
      '--steps',
      '200',
      '--seed',
      '4',
    ];
    const a = JSON.parse(runCapture(argv).out) as Swarm;
    expect(a).toMatchObject({ layout: 'cloud', start: [-0.2, 0.3], spread: 0.5, seed: 4 });
    expect(a.minima[0].count + a.diverged + a.moving + a.elsewhere).toBe(200);
    expect(a.minima[0].count).toBeGreaterThan(0);
    expect(a.elsewhere).toBeGreaterThan(0);
    expect(JSON.parse(runCapture(argv).out)).toEqual(a);
  });

  it('--view sets the grid and the reach radius: a tight view around one minimum puts every ball there', () => {
    const { code, out } = runCapture([
      'swarm',
      '--surface',
      'booth',
      '--optimizer',
      'adam',
      '--params',
      '{"lr":0.01}',
      '--view',
      '0.5,1.5,2.5,3.5',
      '--count',
      '16',
      '--steps',
      '500',
    ]);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as Swarm;
    expect(doc.view).toEqual({ x: [0.5, 1.5], y: [2.5, 3.5] });
    expect(doc.minima[0].count).toBe(16);
  });

  it.each([
    [['--surface', 'booth', '--optimizer', 'sgd', '--view', '0,1,2'], /--view must be four finite numbers/],
    [['--optimizer', 'sgd'], /swarm: --surface is required/],
    [['--surface', 'moon', '--optimizer', 'sgd'], /--surface: unknown surface "moon"/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--params', '{"lr":-1}'], /--params: .*lr/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--layout', 'fog'], /--layout must be grid or cloud, got "fog"/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--count', '0'], /--count must be an integer >= 1/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--steps', '2.5'], /--steps must be an integer >= 0/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--spread', '1'], /--spread applies to --layout cloud only/],
    [['--surface', 'booth', '--optimizer', 'sgd', '--count', '100000', '--steps', '100000'], /--steps: .*particle-steps/],
    // No steps is no work, yet a billion balls would still be a billion buffers.
    [['--surface', 'booth', '--optimizer', 'sgd', '--count', '1e9', '--steps', '0'], /--count must be an integer >= 1 and <= 1000000, got "1e9"/],
  ])('bad input %j exits 2 with one line', (argv, message) => expectInputError(['swarm', ...argv], {}, message));
});
