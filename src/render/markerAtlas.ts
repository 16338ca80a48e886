import { CanvasSource, Rectangle, Texture } from 'pixi.js';
import { INK_CSS, type Marker } from './palette.ts';

/** Atlas cell size in texels; markers are drawn large and scaled down (mipmapped) to their screen size. */
export const CELL = 64;

const MARKERS: readonly Marker[] = ['circle', 'square', 'triangle', 'diamond', 'hexagon', 'star', 'cross'];

export interface MarkerAtlas {
  /** White marker with a dark outline: tinting colours the fill and leaves the outline dark. */
  solid(marker: Marker): Texture;
  /**
   * White marker without an outline: where swarms meet each shows only a ring about a pixel wide
   * around the next, and even a hairline of ink would hide that ring's colour (a browser test sees it).
   */
  plain(marker: Marker): Texture;
  /** An outlined ring of the marker, for a diverged particle. */
  hollow(marker: Marker): Texture;
  /** An arrowhead pointing along +x, its tip at the cell's right edge. */
  readonly arrowhead: Texture;
  destroy(): void;
}

function regular(ctx: CanvasRenderingContext2D, sides: number, r: number, turn: number): void {
  for (let k = 0; k < sides; k++) {
    const a = turn + (2 * Math.PI * k) / sides;
    ctx.lineTo(r * Math.cos(a), r * Math.sin(a));
  }
  ctx.closePath();
}

/** Outlines of comparable visual weight, centred on the origin, for a marker radius r. */
function tracePath(ctx: CanvasRenderingContext2D, marker: Marker, r: number): void {
  ctx.beginPath();
  switch (marker) {
    case 'circle':
      ctx.arc(0, 0, r, 0, 2 * Math.PI);
      break;
    case 'square':
      ctx.rect(-0.86 * r, -0.86 * r, 1.72 * r, 1.72 * r);
      break;
    case 'triangle':
      regular(ctx, 3, 1.2 * r, -Math.PI / 2);
      break;
    case 'diamond':
      regular(ctx, 4, 1.15 * r, 0);
      break;
    case 'hexagon':
      regular(ctx, 6, 1.02 * r, 0);
      break;
    case 'star':
      for (let k = 0; k < 10; k++) {
        const a = -Math.PI / 2 + (Math.PI * k) / 5;
        const rr = k % 2 === 0 ? 1.25 * r : 0.55 * r;
        ctx.lineTo(rr * Math.cos(a), rr * Math.sin(a));
      }
      ctx.closePath();
      break;
    case 'cross': {
      const w = 0.4 * r;
      const l = 1.05 * r;
      for (const [x, y] of [
        [-w, -l],
        [w, -l],
        [w, -w],
        [l, -w],
        [l, w],
        [w, w],
        [w, l],
        [-w, l],
        [-w, w],
        [-l, w],
        [-l, -w],
        [-w, -w],
      ])
        ctx.lineTo(x, y);
      ctx.closePath();
      break;
    }
  }
}

/**
 * Draws every marker once into one canvas: a ParticleContainer needs all its particles on one
 * texture source, and one source keeps thousands of sprites in a single batch.
 */
export function createMarkerAtlas(): MarkerAtlas {
  const canvas = document.createElement('canvas');
  canvas.width = 8 * CELL;
  canvas.height = 4 * CELL;
  const ctx = canvas.getContext('2d')!;
  ctx.lineJoin = 'round';
  const r = CELL * 0.36;
  MARKERS.forEach((marker, k) => {
    ctx.setTransform(1, 0, 0, 1, (k + 0.5) * CELL, 0.5 * CELL);
    tracePath(ctx, marker, r);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = CELL / 14;
    ctx.strokeStyle = INK_CSS;
    ctx.stroke();

    ctx.setTransform(1, 0, 0, 1, (k + 0.5) * CELL, 1.5 * CELL);
    tracePath(ctx, marker, r);
    ctx.fill();

    ctx.setTransform(1, 0, 0, 1, (k + 0.5) * CELL, 2.5 * CELL);
    tracePath(ctx, marker, r * 0.9);
    ctx.lineWidth = CELL / 6;
    ctx.strokeStyle = INK_CSS;
    ctx.stroke();
    ctx.lineWidth = CELL / 11;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  });
  ctx.setTransform(1, 0, 0, 1, 7 * CELL, 0);
  ctx.beginPath();
  ctx.moveTo(CELL - 2, CELL / 2);
  ctx.lineTo(6, CELL * 0.16);
  ctx.lineTo(CELL * 0.3, CELL / 2);
  ctx.lineTo(6, CELL * 0.84);
  ctx.closePath();
  ctx.fillStyle = '#ffffff';
  ctx.fill();

  const source = new CanvasSource({ resource: canvas, autoGenerateMipmaps: true, scaleMode: 'linear' });
  const cell = (col: number, row: number) => new Texture({ source, frame: new Rectangle(col * CELL, row * CELL, CELL, CELL) });
  const solid = new Map(MARKERS.map((m, k) => [m, cell(k, 0)]));
  const plain = new Map(MARKERS.map((m, k) => [m, cell(k, 1)]));
  const hollow = new Map(MARKERS.map((m, k) => [m, cell(k, 2)]));
  const arrowhead = cell(7, 0);
  return {
    solid: (m) => solid.get(m)!,
    plain: (m) => plain.get(m)!,
    hollow: (m) => hollow.get(m)!,
    arrowhead,
    destroy() {
      for (const t of [...solid.values(), ...plain.values(), ...hollow.values(), arrowhead]) t.destroy();
      source.destroy();
    },
  };
}
