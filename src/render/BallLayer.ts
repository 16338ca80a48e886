import { Particle, ParticleContainer, type Texture } from 'pixi.js';
import type { Track } from '../sim/Simulation.ts';
import type { TimeCursor } from '../sim/TimeCursor.ts';
import { DIVERGED } from '../sim/status.ts';
import { CELL, type MarkerAtlas } from './markerAtlas.ts';
import { optimizerStyle } from './palette.ts';
import { CROWD_BALLS, swarmDot } from './swarmDot.ts';
import type { Affine } from './viewMath.ts';
import { FAR, nearCanvas } from './nearCanvas.ts';

/**
 * On-screen sizes in CSS pixels: the ball of each optimizer, and the rest of a swarm. Each
 * optimizer's swarm is a size smaller than the one before and drawn above it, so where swarms
 * gather on the same minimum they show as concentric markers and every colour stays visible.
 */
const BALL = 16;
const SWARM = 14;
const SWARM_SMALLEST = 6;
const CROWD_SCALE = 0.75;
/** Opacity of the optimizers not picked out by a legend hover. */
const FADED = 0.12;

interface GroupSprites {
  readonly track: Track;
  readonly particles: Particle[];
  /** Status each particle is drawn with, so a texture changes only when its status does. */
  readonly shown: Uint8Array;
  readonly solid: Texture;
  readonly plain: Texture;
  readonly hollow: Texture;
  readonly alpha: number;
  /** 1, or FADED while another optimizer is picked out. */
  fade: number;
}

/**
 * One particle per ball in a single ParticleContainer (one batch for thousands): swarm particles
 * first, then each optimizer's first particle on top. Per frame only positions are copied, and a
 * particle's look changes only when its status does.
 */
export class BallLayer {
  readonly view: ParticleContainer;
  private groups: GroupSprites[] = [];
  /** Every marker's size times this: presentation mode draws them larger for a projector. */
  private scale = 1;

  constructor(private readonly atlas: MarkerAtlas) {
    this.view = new ParticleContainer({
      texture: atlas.arrowhead,
      dynamicProperties: { position: true, color: true, uvs: true, vertex: false, rotation: false },
    });
  }

  setTracks(tracks: readonly Track[]): void {
    this.view.removeParticles();
    const crowd = tracks.reduce((n, t) => n + t.group.count, 0) > CROWD_BALLS;
    const swarms = Math.max(1, tracks.length - 1);
    this.groups = tracks.map((track, k) => {
      const { color, marker } = optimizerStyle(track.group.optimizer.id);
      const count = track.group.count;
      const solid = this.atlas.solid(marker);
      const plain = this.atlas.plain(marker);
      // The ball keeps the optimizer's own colour inside its ink outline; the outline-free dots take a shade dark enough for 3:1.
      const { tint: shade, alpha } = swarmDot(track.group.optimizer.id, crowd);
      const swarmSize = (SWARM - ((SWARM - SWARM_SMALLEST) * k) / swarms) * (crowd ? CROWD_SCALE : 1);
      const particles: Particle[] = [];
      for (let p = 0; p < count; p++) {
        // In a swarm the first particle is one of many: a ball-sized marker would hide the others' rings.
        const size = ((p === 0 ? (count === 1 ? BALL : swarmSize + 3) : swarmSize) * this.scale) / CELL;
        const texture = p === 0 ? solid : plain;
        particles.push(new Particle({ texture, tint: p === 0 ? color : shade, alpha: p === 0 ? 1 : alpha, scaleX: size, scaleY: size, anchorX: 0.5, anchorY: 0.5 }));
      }
      return { track, particles, shown: new Uint8Array(count).fill(255), solid, plain, hollow: this.atlas.hollow(marker), alpha, fade: 1 };
    });
    for (const g of this.groups) for (let p = 1; p < g.particles.length; p++) this.view.addParticle(g.particles[p]);
    for (const g of this.groups) this.view.addParticle(g.particles[0]);
    this.view.update();
  }

  /** Resizes every marker; sizes are static in the particle container, so they are uploaded again. */
  setScale(scale: number): void {
    const ratio = scale / this.scale;
    this.scale = scale;
    for (const g of this.groups) {
      for (const sprite of g.particles) {
        sprite.scaleX *= ratio;
        sprite.scaleY *= ratio;
      }
    }
    this.view.update();
  }

  highlight(id: string | null): void {
    for (const g of this.groups) {
      g.fade = id === null || g.track.group.optimizer.id === id ? 1 : FADED;
      const status = g.track.group.status;
      g.particles.forEach((sprite, p) => {
        sprite.alpha = this.alphaOf(g, p, status[p] === DIVERGED);
      });
    }
  }

  private alphaOf(g: GroupSprites, p: number, diverged: boolean): number {
    return g.fade * (diverged ? 0.55 : p === 0 ? 1 : g.alpha);
  }

  /** Positions from the simulation, or from the time cursor's step while it is set. */
  draw(a: Affine, cursor: TimeCursor | null = null): void {
    const { ax, bx, ay, by } = a;
    for (const g of this.groups) {
      const frame = cursor?.at(g.track) ?? null;
      const { count } = g.track.group;
      const pos = frame?.pos ?? g.track.group.pos;
      const status = frame?.status ?? g.track.group.status;
      const known = frame?.known ?? count;
      const { particles, shown } = g;
      for (let p = 0; p < count; p++) {
        const sprite = particles[p];
        // A particle with no position held at the cursor's step goes far off the plot, outside its mask.
        const sx = p < known ? ax * pos[2 * p] + bx : -FAR;
        const sy = p < known ? ay * pos[2 * p + 1] + by : -FAR;
        sprite.x = nearCanvas(sx);
        sprite.y = nearCanvas(sy);
        const s = status[p];
        if (s !== shown[p]) {
          shown[p] = s;
          // A diverged particle stays where it last was finite, drawn as a dim hollow marker.
          const diverged = s === DIVERGED;
          sprite.texture = diverged ? g.hollow : p === 0 ? g.solid : g.plain;
          sprite.alpha = this.alphaOf(g, p, diverged);
        }
      }
    }
  }

  destroy(): void {
    this.view.destroy();
  }
}
