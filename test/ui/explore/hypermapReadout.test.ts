import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../src/i18n/words.ts';
import { DIVERGED, emptyCells, NOT_REACHED, REACHED } from '../../../src/sim/hypermap.ts';
import { hypermapReadout } from '../../../src/ui/explore/hypermapReadout.ts';

const w = wordsFor('en').explore;
/** Two columns of lr by two rows of momentum, each cell at its centre: cell 3 is lr 1.5, momentum 0.75. */
const x = { key: 'lr', from: 0, to: 2, count: 2, log: false };
const y = { key: 'momentum', from: 0, to: 1, count: 2, log: false };
const cells = emptyCells(4);
cells.outcome.set([REACHED, NOT_REACHED, DIVERGED, DIVERGED]);
cells.steps.set([41, 1000, 7, 3]);
cells.loss.set([1e-4, 0.25, Infinity, Infinity]);
const format = (v: number) => String(v);

describe('hypermapReadout', () => {
  it("names a cell's settings from its column and row, and nothing more until it is computed", () => {
    expect(hypermapReadout(w, { target: 'surface', x, y }, cells, false, 3, format)).toBe('lr = 1.5, momentum = 0.75');
  });

  it("tells a ball's outcome: steps to the tolerance, where it stopped short, or its divergence", () => {
    const say = (c: number) => hypermapReadout(w, { target: 'surface', x, y }, cells, true, c, format);
    expect(say(0)).toBe(w.cellReached('lr = 0.5', 'momentum = 0.25', 41));
    expect(say(1)).toBe(w.cellNotReached('lr = 1.5', 'momentum = 0.25', 1000, '0.25'));
    expect(say(2)).toBe(w.cellDiverged('lr = 0.5', 'momentum = 0.75', 7));
  });

  it("tells a training's final loss, or its divergence", () => {
    const say = (c: number) => hypermapReadout(w, { target: 'network', x, y }, cells, true, c, format);
    expect(say(1)).toBe(w.cellLoss('lr = 1.5', 'momentum = 0.25', '0.25'));
    expect(say(3)).toBe(w.cellDiverged('lr = 1.5', 'momentum = 0.75', 3));
  });
});
