import { Container, Sprite, Texture } from 'pixi.js';
import type { Track } from '../sim/Simulation.ts';
import { DIVERGED } from '../sim/status.ts';
import { CELL, type MarkerAtlas } from './markerAtlas.ts';
import { optimizerStyle } from './palette.ts';
import type { Affine } from './viewMath.ts';

/**
 * Arrow length on screen, L = min(MAX, GAIN · ln(1 + m / m0)), where m is the vector's length in
 * screen pixels under the map's affine (so its direction is what the ball would travel on screen).
 * Gradients span many orders of magnitude (rosenbrock's is ~10³ on the walls, ~10⁻³ near the
 * floor) and steps go from sub-pixel to the whole map, so a linear scale would be either invisible
 * or off the map; the logarithm keeps the ordering readable and the cap keeps arrows on the map.
 * m0 is where the growth turns from linear to logarithmic: a quarter pixel for steps; a gradient
 * is a rate, not a displacement, so its m0 is a twentieth of the plot (m = |J g| means "one unit
 * of learning rate would move this many pixels").
 */
const GAIN = 14;
const MAX = 90;
const MIN_SHOWN = 3;
export const STEP_M0 = 0.25;
export const GRADIENT_M0_OF_PLOT = 1 / 20;
const HEAD = 11;

interface Arrow {
  readonly shaft: Sprite;
  readonly head: Sprite;
}

interface GroupArrows {
  readonly track: Track;
  readonly gradient: Arrow;
  readonly update: Arrow;
}

/** Negative-gradient and update arrows from each optimizer's ball, as reused sprites. */
export class VectorLayer {
  readonly view = new Container();
  private groups: GroupArrows[] = [];
  private showGradient = false;
  private showUpdate = false;

  constructor(private readonly atlas: MarkerAtlas) {}

  setOverlays(gradient: boolean, update: boolean): void {
    this.showGradient = gradient;
    this.showUpdate = update;
    this.view.visible = gradient || update;
  }

  setTracks(tracks: readonly Track[]): void {
    this.view.removeChildren().forEach((c) => c.destroy());
    this.groups = tracks.map((track) => {
      const color = optimizerStyle(track.group.optimizer.id).color;
      return { track, gradient: this.arrow(color, 0.6, 2), update: this.arrow(color, 1, 2.5) };
    });
  }

  draw(a: Affine, plotSize: number): void {
    if (!this.view.visible) return;
    const gradientM0 = plotSize * GRADIENT_M0_OF_PLOT;
    for (const g of this.groups) {
      const { pos, prev, grad, status } = g.track.group;
      const x = a.ax * pos[0] + a.bx;
      const y = a.ay * pos[1] + a.by;
      const alive = status[0] !== DIVERGED;
      place(g.gradient, this.showGradient && alive, x, y, -a.ax * grad[0], -a.ay * grad[1], gradientM0);
      place(g.update, this.showUpdate && alive, x, y, a.ax * (pos[0] - prev[0]), a.ay * (pos[1] - prev[1]), STEP_M0);
    }
  }

  private arrow(color: number, alpha: number, thickness: number): Arrow {
    const shaft = new Sprite({ texture: Texture.WHITE, tint: color, alpha, anchor: { x: 0, y: 0.5 } });
    shaft.height = thickness;
    const head = new Sprite({ texture: this.atlas.arrowhead, tint: color, alpha, anchor: { x: (CELL - 2) / CELL, y: 0.5 } });
    head.scale.set(HEAD / CELL);
    this.view.addChild(shaft, head);
    return { shaft, head };
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}

/** An arrow's length on screen for a vector m pixels long (see GAIN); shorter than MIN_SHOWN it is not drawn. */
export function arrowLength(m: number, m0: number): number {
  const length = Math.min(MAX, GAIN * Math.log1p(m / m0));
  return length >= MIN_SHOWN ? length : 0;
}

function place(arrow: Arrow, show: boolean, x: number, y: number, dx: number, dy: number, m0: number): void {
  const m = Math.sqrt(dx * dx + dy * dy);
  const length = arrowLength(m, m0);
  const visible = show && length > 0 && Number.isFinite(x + y);
  arrow.shaft.visible = visible;
  arrow.head.visible = visible;
  if (!visible) return;
  const c = dx / m;
  const s = dy / m;
  const angle = Math.atan2(dy, dx);
  arrow.shaft.position.set(x, y);
  arrow.shaft.rotation = angle;
  arrow.shaft.width = Math.max(0, length - HEAD * 0.6);
  arrow.head.position.set(x + c * length, y + s * length);
  arrow.head.rotation = angle;
}
