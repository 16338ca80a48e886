import { Container, Graphics } from 'pixi.js';
import type { ContourPolygon, ContourSet } from '../core/contours.ts';
import { bandColors } from './bandColors.ts';
import { plotAffine, type Affine, type Rect } from './viewMath.ts';

const LINE = { width: 1, color: 0x23233a, alpha: 0.28 } as const;

/**
 * Filled bands and contour lines, built once per contour set in screen coordinates. Until the
 * next set arrives after a pan, zoom or resize, the built geometry is moved and scaled onto the
 * current view, which is exact for the axis-aligned affines the map uses.
 */
export class ContourLayer {
  readonly view = new Container();
  private readonly bands = new Graphics();
  private readonly lines = new Graphics();
  private data: ContourSet | null = null;
  /** The affine the geometry was built with. */
  private readonly built: Affine = { ax: 1, bx: 0, ay: -1, by: 0 };

  constructor() {
    this.view.addChild(this.bands, this.lines);
    // Two dozen overlapping full-plot fills are costly to redraw every frame, and they change only
    // with new contours; as one cached texture they cost a single quad.
    this.view.cacheAsTexture({ antialias: true });
  }

  get contours(): ContourSet | null {
    return this.data;
  }

  build(data: ContourSet, rect: Rect): void {
    this.data = data;
    const a = plotAffine(data.view, rect, this.built);
    const colors = bandColors(data.levels.length + 1);
    const bands = this.bands.clear();
    fillPolygons(bands, data.domain, colors[0], a);
    data.levels.forEach((level, k) => fillPolygons(bands, level.polygons, colors[k + 1], a));

    const lines = this.lines.clear();
    // Rings run along the view's edges where a region meets them; those stretches are no contour.
    const [ex0, ex1] = data.view.x;
    const [ey0, ey1] = data.view.y;
    const onEdge = (x0: number, y0: number, x1: number, y1: number) =>
      (x0 === x1 && (x0 === ex0 || x0 === ex1)) || (y0 === y1 && (y0 === ey0 || y0 === ey1));
    for (const level of data.levels) {
      for (const polygon of level.polygons) {
        for (const ring of polygon) {
          const n = ring.length / 2;
          let pen = false;
          for (let k = 1; k <= n; k++) {
            const i = 2 * (k - 1);
            const j = 2 * (k % n);
            if (onEdge(ring[i], ring[i + 1], ring[j], ring[j + 1])) {
              pen = false;
              continue;
            }
            if (!pen) lines.moveTo(a.ax * ring[i] + a.bx, a.ay * ring[i + 1] + a.by);
            lines.lineTo(a.ax * ring[j] + a.bx, a.ay * ring[j + 1] + a.by);
            pen = true;
          }
        }
      }
    }
    lines.stroke(LINE);
    this.view.updateCacheTexture();
  }

  /** Draws the cached bands again: a restored WebGL context has lost the texture they were cached in. */
  redraw(): void {
    this.view.updateCacheTexture();
  }

  clear(): void {
    this.data = null;
    this.bands.clear();
    this.lines.clear();
    this.view.updateCacheTexture();
  }

  /** Moves and scales the built geometry from the affine it was built with onto `a`. */
  place(a: Affine): void {
    const b = this.built;
    const kx = a.ax / b.ax;
    const ky = a.ay / b.ay;
    this.view.scale.set(kx, ky);
    this.view.position.set(a.bx - kx * b.bx, a.by - ky * b.by);
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}

/** Each polygon is filled, then its holes are cut out in one path (Pixi attaches a cut to the last fill). */
function fillPolygons(g: Graphics, polygons: readonly ContourPolygon[], color: number, a: Affine): void {
  for (const [outer, ...holes] of polygons) {
    g.poly(toScreen(outer, a), true).fill(color);
    if (holes.length === 0) continue;
    for (const hole of holes) g.poly(toScreen(hole, a), true);
    g.cut();
  }
}

/** A fresh array per ring: Pixi keeps the points it is given. */
function toScreen(ring: Float64Array, a: Affine): number[] {
  const out = new Array<number>(ring.length);
  for (let k = 0; k < ring.length; k += 2) {
    out[k] = a.ax * ring[k] + a.bx;
    out[k + 1] = a.ay * ring[k + 1] + a.by;
  }
  return out;
}
