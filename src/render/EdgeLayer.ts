import { Container, Sprite } from 'pixi.js';
import type { Track } from '../sim/Simulation.ts';
import { DIVERGED } from '../sim/status.ts';
import { CELL, type MarkerAtlas } from './markerAtlas.ts';
import { INK, optimizerStyle } from './palette.ts';
import type { Affine, Rect } from './viewMath.ts';

/** Arrow size, and how far inside the plot's edge its tip sits, in CSS pixels. */
const SIZE = 18;
const INSET = 4;

/**
 * For each optimizer's ball outside the plot, an arrow on the plot's edge pointing at it: where
 * the line from the plot's centre to the ball leaves the plot. A ball off the map is never just gone.
 */
export class EdgeLayer {
  readonly view = new Container();
  private arrows: { track: Track; outline: Sprite; fill: Sprite }[] = [];

  constructor(private readonly atlas: MarkerAtlas) {}

  setTracks(tracks: readonly Track[]): void {
    this.view.removeChildren().forEach((c) => c.destroy());
    this.arrows = tracks.map((track) => {
      const make = (tint: number, size: number) => {
        const s = new Sprite({ texture: this.atlas.arrowhead, tint, anchor: { x: (CELL - 2) / CELL, y: 0.5 } });
        s.scale.set(size / CELL);
        s.visible = false;
        return this.view.addChild(s);
      };
      // A dark arrow under the coloured one outlines it on any band colour.
      const outline = make(INK, SIZE + 5);
      const fill = make(optimizerStyle(track.group.optimizer.id).color, SIZE);
      return { track, outline, fill };
    });
  }

  draw(a: Affine, r: Rect): void {
    const cx = r.x + r.width / 2;
    const cy = r.y + r.height / 2;
    const hw = r.width / 2 - INSET;
    const hh = r.height / 2 - INSET;
    for (const { track, outline, fill } of this.arrows) {
      const { pos, status } = track.group;
      const dx = a.ax * pos[0] + a.bx - cx;
      const dy = a.ay * pos[1] + a.by - cy;
      const off = Math.abs(dx) > r.width / 2 || Math.abs(dy) > r.height / 2;
      const shown = off && Number.isFinite(dx) && Number.isFinite(dy);
      outline.visible = shown;
      fill.visible = shown;
      if (!shown) continue;
      const t = Math.min(hw / Math.abs(dx), hh / Math.abs(dy));
      const angle = Math.atan2(dy, dx);
      const alpha = status[0] === DIVERGED ? 0.5 : 1;
      place(outline, cx + dx * t, cy + dy * t, angle, alpha);
      place(fill, cx + dx * t, cy + dy * t, angle, alpha);
    }
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}

function place(s: Sprite, x: number, y: number, angle: number, alpha: number): void {
  s.position.set(x, y);
  s.rotation = angle;
  s.alpha = alpha;
}
