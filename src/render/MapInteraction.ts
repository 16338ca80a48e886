import type { View } from '../core/surfaces/Surface.ts';
import { transformView, type Rect, type ZoomLimits } from './viewMath.ts';

export interface InteractionHost {
  /** The plot rectangle in CSS pixels of the element. */
  rect(): Rect;
  /** The view on screen now (including an unfinished gesture). */
  view(): View;
  limits(): ZoomLimits;
  /** Show this view at once; nothing is told to the state yet. */
  preview(view: View): void;
  /** The gesture is over: report the view shown. */
  commit(): void;
  pick(px: number, py: number): void;
  /** A brush stroke's points so far (CSS pixels, xy pairs), after each new one. */
  paint(points: readonly number[]): void;
  /** A pan or zoom began (true) or ended (false). */
  gesture(active: boolean): void;
}

/** Movement under which a press and release is a click, not a drag. */
const CLICK_SLOP = 4;
/** A brush stroke lays a start every this many CSS pixels along the pointer's path. */
const BRUSH_SPACING = 8;
const WHEEL_SETTLE_MS = 150;

type Point = [number, number];

/**
 * Pointer gestures on the map: drag to pan, wheel or pinch to zoom, click to pick, and with Shift
 * held a drag paints starts (a brush stroke, which replaces the last one). Every gesture works from
 * the view at its start, so the view never drifts from rounding many small steps.
 */
export class MapInteraction {
  private readonly pointers = new Map<number, Point>();
  private startView: View | null = null;
  private anchor: Point = [0, 0];
  private spread = 1;
  private moved = false;
  private gesturing = false;
  /** The brush stroke under way (CSS pixels, xy pairs), or null. */
  private stroke: number[] | null = null;
  private readonly maxStroke: number;
  private wheelTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly off: (() => void)[] = [];

  constructor(
    private readonly element: HTMLElement,
    private readonly host: InteractionHost,
    maxStroke: number,
  ) {
    this.maxStroke = maxStroke;
    element.style.touchAction = 'none';
    this.listen('pointerdown', (e) => this.down(e as PointerEvent));
    this.listen('pointermove', (e) => this.move(e as PointerEvent));
    this.listen('pointerup', (e) => this.up(e as PointerEvent, true));
    this.listen('pointercancel', (e) => this.up(e as PointerEvent, false));
    this.listen('wheel', (e) => this.wheel(e as WheelEvent), { passive: false });
  }

  /** Drops an unfinished gesture (the state's view changed under it). */
  cancel(): void {
    clearTimeout(this.wheelTimer);
    this.wheelTimer = undefined;
    this.startView = null;
    this.stroke = null;
    this.pointers.clear();
    this.setGesturing(false);
  }

  private setGesturing(on: boolean): void {
    if (on === this.gesturing) return;
    this.gesturing = on;
    this.host.gesture(on);
  }

  destroy(): void {
    this.cancel();
    for (const f of this.off) f();
  }

  private listen(type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void {
    this.element.addEventListener(type, handler, options);
    this.off.push(() => this.element.removeEventListener(type, handler, options));
  }

  private local(e: PointerEvent | WheelEvent): Point {
    const r = this.element.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  /** Restarts the gesture from the pointers now down, so adding or lifting a finger never jumps. */
  private regroup(): void {
    const pts = [...this.pointers.values()];
    this.startView = pts.length > 0 ? this.host.view() : null;
    if (pts.length === 0) return;
    const [a, b] = pts;
    this.anchor = b ? [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] : [a[0], a[1]];
    this.spread = b ? Math.max(1, Math.hypot(a[0] - b[0], a[1] - b[1])) : 1;
  }

  private down(e: PointerEvent): void {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (this.pointers.size >= 2) return;
    if (e.shiftKey && this.pointers.size === 0) {
      const [x, y] = this.local(e);
      if (!inside([x, y], this.host.rect())) return;
      if (e.isTrusted) this.element.setPointerCapture(e.pointerId);
      this.stroke = [x, y];
      this.pointers.set(e.pointerId, [x, y]);
      this.host.paint(this.stroke);
      return;
    }
    // Capture keeps a drag alive outside the canvas; synthetic events (tests) have no pointer to capture.
    if (e.isTrusted) this.element.setPointerCapture(e.pointerId);
    // A second finger makes it a pinch, never a click.
    this.moved = this.pointers.size > 0;
    this.pointers.set(e.pointerId, this.local(e));
    this.regroup();
  }

  private move(e: PointerEvent): void {
    const p = this.pointers.get(e.pointerId);
    if (p && this.stroke) return this.brush(this.local(e));
    if (!p || !this.startView) return;
    const [x, y] = this.local(e);
    p[0] = x;
    p[1] = y;
    const pts = [...this.pointers.values()];
    const [a, b] = pts;
    const centre: Point = b ? [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] : a;
    const zoom = b ? Math.hypot(a[0] - b[0], a[1] - b[1]) / this.spread : 1;
    if (!this.moved && Math.hypot(centre[0] - this.anchor[0], centre[1] - this.anchor[1]) < CLICK_SLOP) return;
    this.setGesturing(true);
    this.moved = true;
    this.host.preview(transformView(this.startView, this.host.rect(), this.anchor, centre, zoom, this.host.limits()));
  }

  private up(e: PointerEvent, released: boolean): void {
    const p = this.pointers.get(e.pointerId);
    if (!p) return;
    this.pointers.delete(e.pointerId);
    if (this.stroke) {
      this.stroke = null;
      return;
    }
    if (this.pointers.size > 0) {
      this.regroup();
      return;
    }
    this.startView = null;
    if (this.moved) {
      this.host.commit();
      this.setGesturing(false);
    } else if (released && inside(p, this.host.rect())) this.host.pick(p[0], p[1]);
  }

  /** Adds a start where the stroke has gone BRUSH_SPACING past the last one, inside the plot and up to the limit. */
  private brush([x, y]: Point): void {
    const s = this.stroke!;
    const n = s.length;
    if (n >= 2 * this.maxStroke || Math.hypot(x - s[n - 2], y - s[n - 1]) < BRUSH_SPACING || !inside([x, y], this.host.rect())) return;
    s.push(x, y);
    this.host.paint(s);
  }

  private wheel(e: WheelEvent): void {
    e.preventDefault();
    this.setGesturing(true);
    const p = this.local(e);
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    // One notch of a mouse wheel (~100 px) zooms by about 16 %.
    const zoom = Math.exp((-e.deltaY * unit) / 650);
    this.host.preview(transformView(this.host.view(), this.host.rect(), p, p, zoom, this.host.limits()));
    if (this.startView) this.regroup();
    clearTimeout(this.wheelTimer);
    this.wheelTimer = setTimeout(() => {
      this.wheelTimer = undefined;
      if (this.startView) return;
      this.host.commit();
      this.setGesturing(false);
    }, WHEEL_SETTLE_MS);
  }
}

function inside([x, y]: Point, r: Rect): boolean {
  return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
}
