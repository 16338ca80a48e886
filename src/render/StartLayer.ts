import { Graphics } from 'pixi.js';
import { INK } from './palette.ts';
import type { Affine } from './viewMath.ts';

const R = 10;

/**
 * The start marker a keyboard moves: a ring with a cross hair, white under ink so it reads on any
 * band. Drawn once; moving it only moves the shape.
 */
export class StartLayer {
  readonly view = new Graphics();
  private x = 0;
  private y = 0;

  constructor() {
    const g = this.view;
    for (const [width, color] of [
      [5, 0xffffff],
      [2, INK],
    ] as const) {
      g.circle(0, 0, R)
        .moveTo(-R - 5, 0)
        .lineTo(-R + 4, 0)
        .moveTo(R - 4, 0)
        .lineTo(R + 5, 0)
        .moveTo(0, -R - 5)
        .lineTo(0, -R + 4)
        .moveTo(0, R - 4)
        .lineTo(0, R + 5);
      g.stroke({ width, color, cap: 'round' });
    }
    this.view.visible = false;
  }

  /** The marker at (x, y) in world units; null hides it. */
  set(point: readonly [number, number] | null): void {
    this.view.visible = point !== null;
    if (point) [this.x, this.y] = point;
  }

  layout(a: Affine): void {
    this.view.position.set(a.ax * this.x + a.bx, a.ay * this.y + a.by);
  }
}
