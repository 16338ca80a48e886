import { BufferImageSource, Container, Graphics, Sprite, Texture } from 'pixi.js';
import { reliefPixels } from '../core/relief.ts';
import { contourLines } from '../core/contourLines.ts';
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
  /** Hill-shading between the bands and the lines, when the set has it. */
  private readonly relief = new Sprite();
  private data: ContourSet | null = null;
  /** The affine the geometry was built with. */
  private readonly built: Affine = { ax: 1, bx: 0, ay: -1, by: 0 };

  /** `smooth`: multisample the cached texture, as the canvas does (off in software WebGL, where it costs most of a page's first second). */
  constructor(smooth: boolean) {
    this.view.addChild(this.bands, this.relief, this.lines);
    // Two dozen overlapping full-plot fills are costly to redraw every frame, and they change only
    // with new contours; as one cached texture they cost a single quad.
    this.view.cacheAsTexture({ antialias: smooth });
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

    this.shade(data, a);
    const lines = this.lines.clear();
    for (const line of contourLines(data)) {
      lines.moveTo(a.ax * line[0] + a.bx, a.ay * line[1] + a.by);
      for (let k = 2; k < line.length; k += 2) lines.lineTo(a.ax * line[k] + a.bx, a.ay * line[k + 1] + a.by);
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
    this.dropRelief();
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
    this.dropRelief();
    this.view.destroy({ children: true });
  }

  /** The relief as one smoothly sampled texture over the view (its samples' centres sit within half a texel of theirs). */
  private shade(data: ContourSet, a: Affine): void {
    this.dropRelief();
    if (!data.relief) return;
    const source = new BufferImageSource({
      resource: reliefPixels(data.relief, data.nx, data.ny),
      width: data.nx,
      height: data.ny,
      format: 'rgba8unorm',
      alphaMode: 'premultiplied-alpha',
      scaleMode: 'linear',
    });
    this.relief.texture = new Texture({ source });
    const [x0, x1] = data.view.x;
    const [y0, y1] = data.view.y;
    this.relief.position.set(a.ax * x0 + a.bx, a.ay * y1 + a.by);
    this.relief.setSize(a.ax * (x1 - x0), -a.ay * (y1 - y0));
    this.relief.visible = true;
  }

  private dropRelief(): void {
    if (this.relief.texture === Texture.EMPTY) return;
    const old = this.relief.texture;
    this.relief.texture = Texture.EMPTY;
    this.relief.visible = false;
    old.destroy(true);
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
