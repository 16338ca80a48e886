import { CanvasSource, Container, Mesh, MeshGeometry, Texture } from 'pixi.js';
import type { Track } from '../sim/Simulation.ts';
import type { TimeCursor } from '../sim/TimeCursor.ts';
import { INK, optimizerStyle, TRAIL_ALPHA } from './palette.ts';
import type { Affine } from './viewMath.ts';

/**
 * Segments of all trails together at most. Every segment is re-uploaded each frame, so this bounds
 * the per-frame upload (~2 MB, and as much again for the halos). Beyond it each trail shows only its most recent part: thinning
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
const FAR = 1e5;

/** A white ramp from transparent (oldest) to opaque (newest); the mesh tint colours it. */
function fadeTexture(): Texture {
  const canvas = document.createElement('canvas');
  canvas.width = 256;
  canvas.height = 4;
  const ctx = canvas.getContext('2d')!;
  const ramp = ctx.createLinearGradient(0, 0, 256, 0);
  ramp.addColorStop(0, 'rgba(255,255,255,0)');
  ramp.addColorStop(0.5, 'rgba(255,255,255,0.3)');
  ramp.addColorStop(1, `rgba(255,255,255,${TRAIL_ALPHA})`);
  ctx.fillStyle = ramp;
  ctx.fillRect(0, 0, 256, 4);
  return new Texture({ source: new CanvasSource({ resource: canvas, scaleMode: 'linear', addressMode: 'clamp-to-edge' }) });
}

interface TrailMesh {
  readonly track: Track;
  readonly mesh: Mesh;
  readonly halo: Mesh;
  readonly positions: Float32Array;
  readonly haloPositions: Float32Array;
  readonly uvs: Float32Array;
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
  private readonly fade = fadeTexture();
  private trails: TrailMesh[] = [];
  /** Every trail's width times this: presentation mode draws them thicker for a projector. */
  scale = 1;

  setTracks(tracks: readonly Track[]): void {
    for (const t of this.trails) {
      t.mesh.destroy();
      t.halo.destroy();
    }
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
      const haloPositions = new Float32Array(quads * 8);
      const uvs = new Float32Array(quads * 8).fill(0.5);
      const indices = new Uint32Array(quads * 6);
      for (let q = 0; q < quads; q++) {
        const v = 4 * q;
        indices.set([v, v + 1, v + 2, v + 1, v + 3, v + 2], 6 * q);
      }
      const mesh = this.mesh(positions, uvs, indices, optimizerStyle(group.optimizer.id).color);
      const halo = this.mesh(haloPositions, uvs, indices, INK);
      // Every halo under every trail, so one optimizer's halo never cuts across another's colour.
      this.view.addChildAt(halo, 0);
      this.view.addChild(mesh);
      return { track, mesh, halo, positions, haloPositions, uvs, particles, window, used: 0 };
    });
  }

  /** Fades every trail but one optimizer's; null shows all alike. */
  highlight(id: string | null): void {
    for (const t of this.trails) {
      t.mesh.alpha = id === null || t.track.group.optimizer.id === id ? 1 : 0.15;
      t.halo.alpha = t.mesh.alpha;
    }
  }

  /** Each trail up to now, or cut at the time cursor's step while it is set. */
  draw(a: Affine, cursor: TimeCursor | null = null): void {
    for (const t of this.trails) {
      const { trail } = t.track;
      const frame = cursor?.at(t.track) ?? null;
      const skip = frame?.skip ?? 0;
      const n = Math.max(0, Math.min(trail.length - skip, t.window));
      const halfWidth = ((t.particles > 1 ? SWARM_WIDTH : WIDTH) * this.scale) / 2;
      // At the cursor's step the first ball's trail comes from its exact path, the rest from their rings.
      const first = frame ? Math.min(frame.trailLength, t.window) : n;
      if (frame) this.fill(t, 0, first, frame.trail, 0, frame.trailLength % trail.capacity, halfWidth, a);
      const head = (trail.head - skip + trail.capacity) % trail.capacity;
      for (let p = frame ? 1 : 0; p < t.particles; p++) this.fill(t, p, n, trail.data, p * trail.capacity, head, halfWidth, a);
      const used = Math.max(0, Math.max(first, n) - 1);
      // A segment's fade depends only on its place among the n points drawn: fixed once the trail is full.
      const faded = used !== t.used;
      upload(t.mesh, faded);
      upload(t.halo, faded);
      t.used = used;
    }
  }

  /**
   * Writes the quads of particle p's n positions, oldest first: those before slot `head` of the ring
   * of the trail's capacity that starts at slot `row` of `data` (xy pairs).
   */
  private fill(t: TrailMesh, p: number, n: number, data: Float32Array, row: number, head: number, halfWidth: number, a: Affine): void {
    const { capacity } = t.track.trail;
    const { positions, haloPositions, uvs, window } = t;
    const haloWidth = halfWidth + HALO;
    const base = p * (window - 1) * 8;
    let slot = head - n < 0 ? head - n + capacity : head - n;
    let px = 0;
    let py = 0;
    for (let i = 0; i < n; i++) {
      const o = (row + slot) * 2;
      slot = slot + 1 === capacity ? 0 : slot + 1;
      let x = a.ax * data[o] + a.bx;
      let y = a.ay * data[o + 1] + a.by;
      x = x > FAR ? FAR : x < -FAR ? -FAR : x;
      y = y > FAR ? FAR : y < -FAR ? -FAR : y;
      if (i > 0) {
        let nx = py - y;
        let ny = x - px;
        const len = Math.sqrt(nx * nx + ny * ny);
        const s = len > 1e-6 ? 1 / len : 0;
        nx *= s;
        ny *= s;
        const v = base + (i - 1) * 8;
        quad(positions, v, px, py, x, y, nx * halfWidth, ny * halfWidth);
        quad(haloPositions, v, px, py, x, y, nx * haloWidth, ny * haloWidth);
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
    haloPositions.fill(0, base + Math.max(0, n - 1) * 8, base + t.used * 8);
  }

  private mesh(positions: Float32Array, uvs: Float32Array, indices: Uint32Array, tint: number): Mesh {
    const geometry = new MeshGeometry({ positions, uvs, indices });
    geometry.batchMode = 'no-batch';
    const mesh = new Mesh({ geometry, texture: this.fade });
    mesh.tint = tint;
    return mesh;
  }

  destroy(): void {
    this.view.destroy({ children: true });
    this.fade.destroy(true);
  }
}

function upload(mesh: Mesh, uvs: boolean): void {
  mesh.geometry.getBuffer('aPosition').update();
  if (uvs) mesh.geometry.getBuffer('aUV').update();
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
