import { CanvasSource, Container, Mesh, MeshGeometry, Texture } from 'pixi.js';
import type { Track } from '../sim/Simulation.ts';
import type { TimeCursor } from '../sim/TimeCursor.ts';
import { INK_CSS, optimizerStyle, TRAIL_ALPHA } from './palette.ts';
import type { Affine } from './viewMath.ts';
import { nearCanvas } from './nearCanvas.ts';

/**
 * Segments of all trails together at most. Every segment is re-uploaded each frame, so this bounds
 * the per-frame upload (~2 MB). Beyond it each trail shows only its most recent part: thinning
 * instead would alias oscillating paths into long false zig-zags.
 */
const SEGMENT_BUDGET = 60000;
/** However many trails share the budget, each keeps at least this many recent points. */
const MIN_WINDOW = 32;
const WIDTH = 2.2;
const SWARM_WIDTH = 1.1;
/**
 * A dark edge on each side of every trail: several optimizers' colours are as light as the valley
 * bands, and the halo keeps a trail's edge at 3:1 against any band (test/render/palette.test.ts).
 */
const HALO = 0.9;
/** Texels across a trail: its halo is the outer rows of its own texture, so one mesh draws both. */
const ACROSS = 32;

/**
 * Along (u): a ramp from transparent (oldest) to opaque (newest). Across (v): white in the middle,
 * which the mesh tint colours, and the dark ink in the `edge` outer rows on each side, which the
 * tint only darkens. Drawing the halo as the trail's own edge halves the geometry of every frame
 * (a mesh of its own per trail doubled it: seven 5000-point trails cost about 4 ms of script a frame
 * in software WebGL, half of that at half the points).
 */
function fadeTexture(edge: number): Texture {
  const canvas = document.createElement('canvas');
  canvas.width = 256;
  canvas.height = ACROSS;
  const ctx = canvas.getContext('2d')!;
  const ramp = (rgb: string) => {
    const g = ctx.createLinearGradient(0, 0, 256, 0);
    g.addColorStop(0, `rgba(${rgb},0)`);
    g.addColorStop(0.5, `rgba(${rgb},0.3)`);
    g.addColorStop(1, `rgba(${rgb},${TRAIL_ALPHA})`);
    return g;
  };
  ctx.fillStyle = ramp('255,255,255');
  ctx.fillRect(0, edge, 256, ACROSS - 2 * edge);
  const ink = [1, 3, 5].map((i) => parseInt(INK_CSS.slice(i, i + 2), 16)).join(',');
  ctx.fillStyle = ramp(ink);
  ctx.fillRect(0, 0, 256, edge);
  ctx.fillRect(0, ACROSS - edge, 256, edge);
  return new Texture({ source: new CanvasSource({ resource: canvas, scaleMode: 'linear', addressMode: 'clamp-to-edge' }) });
}

/** Outer texel rows that are halo, for a trail of this half-width. */
const edgeRows = (halfWidth: number) => Math.round((ACROSS / 2) * (HALO / (halfWidth + HALO)));

interface TrailMesh {
  readonly track: Track;
  readonly mesh: Mesh;
  readonly positions: Float32Array;
  readonly uvs: Float32Array;
  /** The halo rows of the texture it draws with. */
  edge: number;
  /** Particles drawn (the first `particles` of the group). */
  readonly particles: number;
  /** Most recent positions drawn per particle. */
  readonly window: number;
  /** Segments drawn last frame (the same for every particle of a group), so only a shrinking tail needs clearing. */
  used: number;
}

/**
 * Fading trails with bounded geometry: one mesh per optimizer holding a quad per segment, sized
 * once from the trail capacity, refilled in place each frame. Age sets a segment's texture
 * coordinate on the fade ramp, so older positions are more transparent.
 */
export class TrailLayer {
  readonly view = new Container();
  /** Fade textures by their halo rows: one per trail width in use. */
  private readonly fades = new Map<number, Texture>();
  private trails: TrailMesh[] = [];
  /** Every trail's width times this: presentation mode draws them thicker for a projector. */
  scale = 1;

  setTracks(tracks: readonly Track[]): void {
    for (const t of this.trails) t.mesh.destroy();
    const drawn = (t: Track) => t.trail.count;
    const perTrail = Math.max(
      MIN_WINDOW,
      Math.floor(
        SEGMENT_BUDGET /
          Math.max(
            1,
            tracks.reduce((n, t) => n + drawn(t), 0),
          ),
      ),
    );
    this.trails = tracks.map((track) => {
      const { group, trail } = track;
      const particles = drawn(track);
      const window = Math.min(trail.capacity, perTrail);
      const quads = particles * (window - 1);
      const positions = new Float32Array(quads * 8);
      const uvs = new Float32Array(quads * 8);
      const indices = new Uint32Array(quads * 6);
      for (let q = 0; q < quads; q++) {
        const v = 4 * q;
        indices.set([v, v + 1, v + 2, v + 1, v + 3, v + 2], 6 * q);
        // Across: the +normal side of a segment at v = 0, the other at v = 1 (see quad).
        uvs[8 * q + 3] = 1;
        uvs[8 * q + 7] = 1;
      }
      const edge = edgeRows(this.halfWidth(particles));
      const mesh = new Mesh({ geometry: new MeshGeometry({ positions, uvs, indices }), texture: this.fade(edge) });
      mesh.geometry.batchMode = 'no-batch';
      mesh.tint = optimizerStyle(group.optimizer.id).color;
      this.view.addChild(mesh);
      return { track, mesh, positions, uvs, edge, particles, window, used: 0 };
    });
  }

  /** Fades every trail but one optimizer's; null shows all alike. */
  highlight(id: string | null): void {
    for (const t of this.trails) {
      t.mesh.alpha = id === null || t.track.group.optimizer.id === id ? 1 : 0.15;
    }
  }

  /** Each trail up to now, or cut at the time cursor's step while it is set. */
  draw(a: Affine, cursor: TimeCursor | null = null): void {
    for (const t of this.trails) {
      const { trail } = t.track;
      const frame = cursor?.at(t.track) ?? null;
      const skip = frame?.skip ?? 0;
      const n = Math.max(0, Math.min(trail.length - skip, t.window));
      const halfWidth = this.halfWidth(t.particles);
      const edge = edgeRows(halfWidth);
      if (edge !== t.edge) {
        t.edge = edge;
        t.mesh.texture = this.fade(edge);
      }
      // At the cursor's step the first ball's trail comes from its exact path, the rest from their rings.
      const first = frame ? Math.min(frame.trailLength, t.window) : n;
      if (frame) this.fill(t, 0, first, frame.trail, 0, frame.trailLength % trail.capacity, halfWidth, a);
      const head = (trail.head - skip + trail.capacity) % trail.capacity;
      for (let p = frame ? 1 : 0; p < t.particles; p++) this.fill(t, p, n, trail.data, p * trail.capacity, head, halfWidth, a);
      const used = Math.max(0, Math.max(first, n) - 1);
      // A segment's fade depends only on its place among the n points drawn: fixed once the trail is full.
      t.mesh.geometry.getBuffer('aPosition').update();
      if (used !== t.used) t.mesh.geometry.getBuffer('aUV').update();
      t.used = used;
    }
  }

  /**
   * Writes the quads of particle p's n positions, oldest first: those before slot `head` of the ring
   * of the trail's capacity that starts at slot `row` of `data` (xy pairs).
   */
  private fill(t: TrailMesh, p: number, n: number, data: Float32Array, row: number, head: number, halfWidth: number, a: Affine): void {
    const { capacity } = t.track.trail;
    const { positions, uvs, window } = t;
    const width = halfWidth + HALO;
    const base = p * (window - 1) * 8;
    let slot = head - n < 0 ? head - n + capacity : head - n;
    let px = 0;
    let py = 0;
    for (let i = 0; i < n; i++) {
      const o = (row + slot) * 2;
      slot = slot + 1 === capacity ? 0 : slot + 1;
      let x = a.ax * data[o] + a.bx;
      let y = a.ay * data[o + 1] + a.by;
      x = nearCanvas(x);
      y = nearCanvas(y);
      if (i > 0) {
        let nx = py - y;
        let ny = x - px;
        const len = Math.sqrt(nx * nx + ny * ny);
        const s = len > 1e-6 ? 1 / len : 0;
        nx *= s;
        ny *= s;
        const v = base + (i - 1) * 8;
        quad(positions, v, px, py, x, y, nx * width, ny * width);
        // Age against the whole window: the newest point is opaque, the oldest kept one transparent.
        const u0 = 1 - (n - i) / (window - 1);
        const u1 = 1 - (n - 1 - i) / (window - 1);
        uvs[v] = u0;
        uvs[v + 2] = u0;
        uvs[v + 4] = u1;
        uvs[v + 6] = u1;
      }
      px = x;
      py = y;
    }
    // Segments left over from a longer trail last frame collapse to nothing.
    positions.fill(0, base + Math.max(0, n - 1) * 8, base + t.used * 8);
  }

  /** Half a trail's width in CSS pixels: a swarm's trails are thinner than a single ball's. */
  private halfWidth(particles: number): number {
    return ((particles > 1 ? SWARM_WIDTH : WIDTH) * this.scale) / 2;
  }

  private fade(edge: number): Texture {
    let texture = this.fades.get(edge);
    if (!texture) this.fades.set(edge, (texture = fadeTexture(edge)));
    return texture;
  }

  destroy(): void {
    this.view.destroy({ children: true });
    for (const texture of this.fades.values()) texture.destroy(true);
  }
}

/** The quad of one segment from (px, py) to (x, y), offset by (nx, ny) on either side. */
function quad(out: Float32Array, v: number, px: number, py: number, x: number, y: number, nx: number, ny: number): void {
  out[v] = px + nx;
  out[v + 1] = py + ny;
  out[v + 2] = px - nx;
  out[v + 3] = py - ny;
  out[v + 4] = x + nx;
  out[v + 5] = y + ny;
  out[v + 6] = x - nx;
  out[v + 7] = y - ny;
}
