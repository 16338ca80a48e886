import { describe, expect, it } from 'vitest';
import { optimizers } from '../../src/core/optimizers/registry.ts';
import { contrastRatio } from '../../src/render/palette.ts';
import { markerSvg } from '../../src/ui/markerSvg.ts';

const hex = (css: string) => parseInt(css.slice(1), 16);
const WHITE = 0xffffff;

describe('legend markers', () => {
  it("every optimizer's marker has an edge of 3:1 or more on the white legend, also where its fill alone is lighter", () => {
    const lightFills: string[] = [];
    for (const { id } of optimizers) {
      const svg = markerSvg(id);
      const fill = svg.match(/fill="(#[0-9a-f]{6})"/)?.[1];
      const stroke = svg.match(/stroke="(#[0-9a-f]{6})"/)?.[1];
      expect(fill, id).toBeDefined();
      expect(stroke, id).toBeDefined();
      expect(Math.max(contrastRatio(hex(fill!), WHITE), contrastRatio(hex(stroke!), WHITE)), id).toBeGreaterThanOrEqual(3);
      if (contrastRatio(hex(fill!), WHITE) < 3) lightFills.push(id);
    }
    // Why the edge is there: Adadelta's and RMSprop's colours alone fall below 3:1 on white.
    expect(lightFills).toEqual(expect.arrayContaining(['adadelta', 'rmsprop']));
  });
});
