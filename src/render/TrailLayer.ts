import { CanvasSource, Container, Mesh, MeshGeometry, Texture } from 'pixi.js';
import type { Track } from '../sim/Simulation.ts';
import { optimizerStyle } from './palette.ts';
import type { Affine } from './viewMath.ts';

/** Above this many particles per optimizer only the first one (the ball) leaves a trail. */
const TRAIL_ALL_UP_TO = 50;
/** Segments per optimizer at most; longer trails are thinned to every k-th stored position. */
const SEGMENT_BUDGET = 24000;
const WIDTH = 2.2;
const SWARM_WIDTH = 1.1;
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
  ramp.addColorStop(1, 'rgba(255,255,255,0.9)');
  ctx.fillStyle = ramp;
  ctx.fillRect(0, 0, 256, 4);
  return new Texture({ source: new CanvasSource({ resource: canvas, scaleMode: 'linear', addressMode: 'clamp-to-edge' }) });
}

interface TrailMesh {
  readonly track: Track;
  readonly mesh: Mesh;
  readonly positions: Float32Array;
  readonly uvs: Float32Array;
  /** Particles drawn, and the stored positions between two drawn points. */
  readonly particles: number;
  readonly stride: number;
  /** Segment slots reserved per particle. */
  readonly slots: number;
  /** Segments each particle filled last frame, so only a shrinking tail needs clearing. */
  readonly used: Uint32Array;
  readonly halfWidth: number;
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

  setTracks(tracks: readonly Track[]): void {
    for (const t of this.trails) t.mesh.destroy();
    this.trails = tracks.map((track) => {
      const { group, trail } = track;
      const particles = group.count > TRAIL_ALL_UP_TO ? 1 : group.count;
      const stride = Math.max(1, Math.ceil((particles * trail.capacity) / SEGMENT_BUDGET));
      // Thinned slots are every stride-th ring slot, plus the newest point and one at the ring's seam.
      const slots = Math.ceil(trail.capacity / stride) + 2;
      const quads = particles * slots;
      const positions = new Float32Array(quads * 8);
      const uvs = new Float32Array(quads * 8).fill(0.5);
      const indices = new Uint32Array(quads * 6);
      for (let q = 0; q < quads; q++) {
        const v = 4 * q;
        indices.set([v, v + 1, v + 2, v + 1, v + 3, v + 2], 6 * q);
      }
      const geometry = new MeshGeometry({ positions, uvs, indices });
      geometry.batchMode = 'no-batch';
      const mesh = new Mesh({ geometry, texture: this.fade });
      mesh.tint = optimizerStyle(group.optimizer.id).color;
      this.view.addChild(mesh);
      return { track, mesh, positions, uvs, particles, stride, slots, used: new Uint32Array(particles), halfWidth: (particles > 1 ? SWARM_WIDTH : WIDTH) / 2 };
    });
  }

  draw(a: Affine): void {
    for (const t of this.trails) {
      for (let p = 0; p < t.particles; p++) this.fill(t, p, a);
      const geometry = t.mesh.geometry;
      geometry.getBuffer('aPosition').update();
      geometry.getBuffer('aUV').update();
    }
  }

  /** Walks particle p's ring from oldest to newest over every stride-th slot and writes its quads. */
  private fill(t: TrailMesh, p: number, a: Affine): void {
    const { data, capacity, length, head } = t.track.trail;
    const { positions, uvs, stride, slots, halfWidth } = t;
    const base = p * slots;
    const rowStart = p * capacity;
    let quad = 0;
    let px = 0;
    let py = 0;
    let pu = 0;
    let have = false;
    let slot = head - length < 0 ? head - length + capacity : head - length;
    for (let k = 0; k < length; ) {
      const r = slot % stride;
      if (r !== 0 && k < length - 1) {
        const jump = Math.min(stride - r, length - 1 - k);
        k += jump;
        slot = slot + jump >= capacity ? slot + jump - capacity : slot + jump;
        continue;
      }
      const o = (rowStart + slot) * 2;
      let x = a.ax * data[o] + a.bx;
      let y = a.ay * data[o + 1] + a.by;
      x = x > FAR ? FAR : x < -FAR ? -FAR : x;
      y = y > FAR ? FAR : y < -FAR ? -FAR : y;
      // Texture coordinate by age against the whole capacity: the newest point is opaque.
      const u = 1 - (length - 1 - k) / (capacity - 1);
      if (have && quad < slots) {
        let nx = py - y;
        let ny = x - px;
        const len = Math.sqrt(nx * nx + ny * ny);
        const s = len > 1e-6 ? halfWidth / len : 0;
        nx *= s;
        ny *= s;
        const v = (base + quad) * 8;
        positions[v] = px + nx;
        positions[v + 1] = py + ny;
        positions[v + 2] = px - nx;
        positions[v + 3] = py - ny;
        positions[v + 4] = x + nx;
        positions[v + 5] = y + ny;
        positions[v + 6] = x - nx;
        positions[v + 7] = y - ny;
        uvs[v] = pu;
        uvs[v + 2] = pu;
        uvs[v + 4] = u;
        uvs[v + 6] = u;
        quad++;
      }
      px = x;
      py = y;
      pu = u;
      have = true;
      if (k === length - 1) break;
      const step = Math.min(stride, length - 1 - k);
      k += step;
      slot = slot + step >= capacity ? slot + step - capacity : slot + step;
    }
    // Segments left over from a longer trail last frame collapse to nothing.
    positions.fill(0, (base + quad) * 8, (base + t.used[p]) * 8);
    t.used[p] = quad;
  }

  destroy(): void {
    this.view.destroy({ children: true });
    this.fade.destroy(true);
  }
}
