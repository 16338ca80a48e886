import { afterEach, describe, expect, it } from 'vitest';
import type { FusedComparison } from '../../../src/cli/bench/againstFused.ts';
import { besideNumpy, numpyRates } from '../../../src/cli/bench/numpyRates.ts';

const engine = (rate: number): FusedComparison => ({ rate, wasm: true, jsRate: rate / 2, fusedRate: rate / 2, ratio: 2 });

describe('numpy beside the engine', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it("puts numpy's rate and the engine's multiple of it next to each optimizer numpy ran", () => {
    const out = besideNumpy({ adam: engine(300), nadam: engine(100) }, { numpy: { version: '2.0', adam: 120 } });
    expect(out.adam).toEqual({ ...engine(300), numpyRate: 120, overNumpy: 2.5 });
    expect(out.nadam).toEqual(engine(100));
  });

  it("leaves the engine's figures alone when numpy was not measured", () => {
    expect(besideNumpy({ adam: engine(300) }, { numpy: "not measured: No module named 'numpy'" })).toEqual({ adam: engine(300) });
  });

  it('says so when there is no Python to run', () => {
    process.env.PATH = '';
    expect(numpyRates().note).toMatch(/^not measured: /);
  });
});
