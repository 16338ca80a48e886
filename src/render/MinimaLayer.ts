import { Graphics } from 'pixi.js';
import type { Minimum } from '../core/surfaces/Surface.ts';
import { INK } from './palette.ts';
import type { Affine } from './viewMath.ts';

function starPoints(x: number, y: number, r: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < 10; k++) {
    const a = -Math.PI / 2 + (Math.PI * k) / 5;
    const rr = k % 2 === 0 ? r : r * 0.45;
    out.push(x + rr * Math.cos(a), y + rr * Math.sin(a));
  }
  return out;
}

/**
 * Known stationary points: a white star for a global minimum, a smaller hollow star for a local
 * one, an × for a saddle. A handful of shapes, redrawn only when the view changes.
 */
export class MinimaLayer {
  readonly view = new Graphics();
  private minima: readonly Minimum[] = [];

  setMinima(minima: readonly Minimum[]): void {
    this.minima = minima;
  }

  layout(a: Affine): void {
    const g = this.view.clear();
    for (const m of this.minima) {
      const x = a.ax * m.x + a.bx;
      const y = a.ay * m.y + a.by;
      if (m.kind === 'saddle') {
        const r = 6;
        g.moveTo(x - r, y - r)
          .lineTo(x + r, y + r)
          .moveTo(x - r, y + r)
          .lineTo(x + r, y - r);
        g.stroke({ width: 4, color: 0xffffff, alpha: 0.9, cap: 'round' });
        g.moveTo(x - r, y - r)
          .lineTo(x + r, y + r)
          .moveTo(x - r, y + r)
          .lineTo(x + r, y - r);
        g.stroke({ width: 2, color: INK, cap: 'round' });
      } else if (m.kind === 'global') {
        g.poly(starPoints(x, y, 10))
          .fill({ color: 0xffffff, alpha: 0.95 })
          .stroke({ width: 1.5, color: INK, join: 'round' });
      } else {
        g.poly(starPoints(x, y, 7.5))
          .fill({ color: 0xffffff, alpha: 0.5 })
          .stroke({ width: 1.2, color: INK, join: 'round' });
      }
    }
  }
}
