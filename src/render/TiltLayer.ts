import { Container, Graphics } from 'pixi.js';
import type { Surface, View } from '../core/surfaces/Surface.ts';
import type { Track } from '../sim/Simulation.ts';
import { DIVERGED } from '../sim/status.ts';
import { bandColors } from './bandColors.ts';
import { optimizerStyle } from './palette.ts';
import { heightGrid, tiltPoint, type HeightGrid } from './tiltMath.ts';
import type { Rect } from './viewMath.ts';

/** Cells along each side of the tilted surface. */
const CELLS = 64;
const LEVELS = 24;
const BALL = 6;
/** Light from the north-west, as the flat map's relief. */
const LIGHT = [-0.5, 0.5, Math.SQRT1_2] as const;

/**
 * The 2.5-D view: the same surface over the same view, tilted away from the viewer and lifted by
 * its height, coloured by the bands' colours and lit from the north-west; each optimizer's ball
 * rides on it at its own loss. The surface is built once per surface, view or size (cells drawn
 * from the back to the front, so nearer hills hide what is behind them); per frame only the balls
 * are drawn again.
 */
export class TiltLayer {
  readonly view = new Container();
  private readonly ground = new Graphics();
  private readonly balls = new Graphics();
  private grid: HeightGrid | null = null;
  private shown: View = { x: [0, 1], y: [0, 1] };
  private rect: Rect = { x: 0, y: 0, width: 1, height: 1 };
  private readonly p = new Float64Array(2);

  constructor() {
    this.view.addChild(this.ground, this.balls);
    this.view.visible = false;
  }

  build(surface: Surface, view: View, rect: Rect): void {
    this.shown = view;
    this.rect = rect;
    const grid = heightGrid(surface, view, CELLS + 1);
    this.grid = grid;
    const colors = bandColors(LEVELS);
    const g = this.ground.clear();
    const n = grid.n;
    const t = grid.t;
    const corner = (i: number, j: number) => {
      tiltPoint(i / (n - 1), j / (n - 1), t[j * n + i], rect, this.p);
      return [this.p[0], this.p[1]];
    };
    for (let j = n - 2; j >= 0; j--) {
      for (let i = 0; i < n - 1; i++) {
        const a = t[j * n + i];
        const b = t[j * n + i + 1];
        const c = t[(j + 1) * n + i + 1];
        const d = t[(j + 1) * n + i];
        const mean = (a + b + c + d) / 4;
        if (!Number.isFinite(mean)) continue;
        // Slopes across the cell in heights per cell, exaggerated as the drawing is.
        const gx = ((b - a + c - d) / 2) * (n - 1) * 0.35;
        const gy = ((d - a + c - b) / 2) * (n - 1) * 0.35;
        const lit = (-gx * LIGHT[0] - gy * LIGHT[1] + LIGHT[2]) / Math.hypot(gx, gy, 1);
        const color = shade(colors[Math.min(LEVELS - 1, Math.floor(mean * LEVELS))], 0.55 + 0.6 * lit);
        g.poly([...corner(i, j), ...corner(i + 1, j), ...corner(i + 1, j + 1), ...corner(i, j + 1)], true).fill(color);
      }
    }
  }

  setVisible(on: boolean): void {
    this.view.visible = on;
  }

  /** The first ball of every optimizer at its place on the surface, lifted by its loss. */
  draw(tracks: readonly Track[]): void {
    const g = this.balls.clear();
    const grid = this.grid;
    if (!grid || !this.view.visible) return;
    const { x, y } = this.shown;
    for (const track of tracks) {
      const { pos, loss, status } = track.group;
      const u = (pos[0] - x[0]) / (x[1] - x[0]);
      const v = (pos[1] - y[0]) / (y[1] - y[0]);
      if (!(u >= 0 && u <= 1 && v >= 0 && v <= 1) || status[0] === DIVERGED) continue;
      tiltPoint(u, v, grid.height(loss[0]), this.rect, this.p);
      g.circle(this.p[0], this.p[1], BALL).fill(optimizerStyle(track.group.optimizer.id).color).stroke({ width: 1.5, color: 0x1a1a1a });
    }
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}

function shade(color: number, k: number): number {
  const c = (v: number) => Math.min(255, Math.round(v * k));
  return (c((color >> 16) & 255) << 16) | (c((color >> 8) & 255) << 8) | c(color & 255);
}
