import { type Application, Container, Graphics } from 'pixi.js';
import type { ContourSet } from '../core/contours.ts';
import { MAX_BRUSH_POINTS } from '../sim/layout.ts';
import type { Minimum, Surface, View } from '../core/surfaces/Surface.ts';
import type { Track } from '../sim/Simulation.ts';
import type { TimeCursor } from '../sim/TimeCursor.ts';
import { AxesLayer } from './AxesLayer.ts';
import { BallLayer } from './BallLayer.ts';
import { ContourLayer } from './ContourLayer.ts';
import { EdgeLayer } from './EdgeLayer.ts';
import { GuessLayer, type GuessMark } from './GuessLayer.ts';
import { createMapApp } from './createMapApp.ts';
import { MapInteraction } from './MapInteraction.ts';
import { MinimaLayer } from './MinimaLayer.ts';
import { createMarkerAtlas, type MarkerAtlas } from './markerAtlas.ts';
import { StartLayer } from './StartLayer.ts';
import { TiltLayer } from './TiltLayer.ts';
import { TrailLayer } from './TrailLayer.ts';
import { VectorLayer } from './VectorLayer.ts';
import { plotAffine, roundView, transformView, zoomLimits, type Affine, type Rect } from './viewMath.ts';
import { ViewKeeper } from './ViewKeeper.ts';

export interface MapCallbacks {
  /** A pan or zoom finished: the state should take this view (MapView never keeps one of its own). */
  onViewChange(view: View): void;
  /** A click without a drag, in world coordinates. */
  onPick(x: number, y: number): void;
  /** A brush stroke's starts so far, world xy pairs. */
  onPaint?(points: number[]): void;
  /** The region shown at rest changed (a new view, a resize, stretch on or off): it needs contours. */
  onShownView(view: View): void;
  /** A pan or zoom gesture began (true) or ended (false): what the map says waits for its end. */
  onGesture?(active: boolean): void;
  /** The WebGL context was lost (the map is blank until it returns) or restored (the map is drawn again). */
  onContext?(event: 'lost' | 'restored'): void;
}

/** Room around the plot for tick labels and axis titles, in CSS pixels. */
const MARGIN = { left: 66, right: 14, top: 12, bottom: 46 };
const RESIZE_SETTLE_MS = 150;

/**
 * The map: contour bands and lines, minima, trails, vectors, balls and axes on one Pixi canvas.
 * It draws the state's view; a pan or zoom in progress is previewed locally and reported through
 * onViewChange when it ends. Per frame, draw() copies positions from the simulation's buffers.
 */
/** A layer of the map's world: its container, drawn under the map's affine each frame. */
export interface MapLayer {
  readonly view: Container;
  /** Drawn at the time cursor's step too, which it reads from the cursor; the others show the live step only. */
  readonly followsCursor?: boolean;
  draw(a: Affine, plotSize: number, rect: Rect, cursor: TimeCursor | null): void;
  destroy(): void;
}

export class MapView {
  readonly app: Application;
  readonly canvas: HTMLCanvasElement;
  private readonly atlas: MarkerAtlas;
  /**
   * White bands over the canvas outside the plot, hiding what of the world spills past its edges. A
   * stencil mask would do the same with two extra passes over the whole plot each frame, which is
   * most of a frame's cost when WebGL runs in software.
   */
  private readonly margins = new Graphics();
  private readonly world = new Container();
  private readonly contours: ContourLayer;
  private readonly minima = new MinimaLayer();
  private readonly trails: TrailLayer;
  private readonly vectors: VectorLayer;
  /** Layers the app adds over the trails (instruments), drawn with the rest each frame. */
  private readonly extra: MapLayer[] = [];
  private readonly balls: BallLayer;
  private readonly edges: EdgeLayer;
  private readonly start = new StartLayer();
  private readonly guesses = new GuessLayer();
  private readonly axes = new AxesLayer();
  /** The 2.5-D view of the surface, shown instead of the flat map while it has a surface to draw. */
  private readonly tilt = new TiltLayer();
  private tiltSurface: Surface | null = null;
  private tracks: readonly Track[] = [];
  private readonly interaction: MapInteraction;
  private readonly resizeObserver: ResizeObserver;
  private readonly affine: Affine = { ax: 1, bx: 0, ay: -1, by: 0 };
  private rect: Rect = { x: 0, y: 0, width: 1, height: 1 };
  private readonly views = new ViewKeeper();
  private trackSignature: unknown[] = [];
  /** Whether anything drawn changed since the last render: an idle map costs no GPU time. */
  private dirty = true;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;
  private announcing = false;
  private destroyed = false;
  /** The instance's time cursor: while it holds a step, balls and trails are drawn at that step. */
  private cursor: TimeCursor | null = null;

  static async create(container: HTMLElement, callbacks: MapCallbacks): Promise<MapView> {
    return new MapView(await createMapApp(container), container, callbacks);
  }

  /**
   * Whether the map can be drawn: Pixi falls back to its canvas renderer where WebGL is missing, and
   * that renderer draws none of the map's meshes and particles, so the map is left undrawn there.
   */
  get drawable(): boolean {
    return this.app.renderer.name === 'webgl';
  }

  /** Renders the stage if anything changed since the last frame; the host calls it once per frame. */
  renderIfNeeded(): void {
    if (!this.dirty || !this.drawable) return;
    this.dirty = false;
    this.app.render();
  }

  private constructor(
    app: Application,
    private readonly container: HTMLElement,
    private readonly callbacks: MapCallbacks,
  ) {
    this.app = app;
    this.canvas = app.canvas;
    this.canvas.style.display = 'block';
    container.appendChild(this.canvas);
    this.contours = new ContourLayer(app.renderer.view.antialias);
    this.atlas = createMarkerAtlas();
    this.trails = new TrailLayer();
    this.vectors = new VectorLayer(this.atlas);
    this.balls = new BallLayer(this.atlas);
    this.edges = new EdgeLayer(this.atlas);
    this.world.addChild(this.contours.view, this.minima.view, this.trails.view, this.vectors.view, this.balls.view, this.guesses.view, this.start.view);
    app.stage.addChild(this.world, this.margins, this.tilt.view, this.axes.view, this.edges.view);
    this.interaction = new MapInteraction(
      this.canvas,
      {
        rect: () => this.rect,
        view: () => this.shownView,
        limits: () => this.views.limits,
        preview: (view) => {
          this.views.preview(view);
          this.relayout();
        },
        commit: () => this.commitView(),
        // The tilted view has no flat point under the pointer: a click or a stroke there would start the balls elsewhere.
        pick: (px, py) => this.tiltSurface === null && this.callbacks.onPick(...this.toWorld(px, py)),
        paint: (points) => {
          if (this.tiltSurface) return;
          const world: number[] = [];
          for (let k = 0; k < points.length; k += 2) world.push(...this.toWorld(points[k], points[k + 1]));
          this.callbacks.onPaint?.(world);
        },
        gesture: (active) => this.callbacks.onGesture?.(active),
      },
      MAX_BRUSH_POINTS,
    );
    // Pixi keeps the context restorable and re-creates its buffers and uploads when it returns; what
    // was rendered into a texture (the cached bands) must be rendered again, and the frame redrawn.
    this.canvas.addEventListener('webglcontextlost', this.contextLost);
    this.canvas.addEventListener('webglcontextrestored', this.contextRestored);
    this.resizeObserver = new ResizeObserver(() => this.resize(container));
    this.resizeObserver.observe(container);
    this.resize(container);
  }

  private readonly contextLost = () => this.callbacks.onContext?.('lost');
  private readonly contextRestored = () => {
    this.contours.redraw();
    this.dirty = true;
    this.callbacks.onContext?.('restored');
  };

  /** What the plot shows: a gesture's view, or the state's view fitted to the plot (letterboxed unless stretched). */
  get shownView(): View {
    return this.views.shown(this.rect);
  }

  /** The plot rectangle inside the canvas, in CSS pixels. */
  get plotRect(): Rect {
    return { ...this.rect };
  }

  /** Equal scale on both axes (false) or the requested view stretched over the plot (true). */
  setStretch(stretch: boolean): void {
    if (!this.views.setStretch(stretch)) return;
    this.relayout();
    this.announce();
  }

  /** The surface's own view, from which the zoom limits are measured. */
  setHome(view: View): void {
    this.views.limits = zoomLimits(view);
  }

  /** The state's view. A view the map is previewing is not replaced by the state's old one. */
  setView(view: View): void {
    const { changed, dropGesture } = this.views.request(view);
    if (dropGesture) this.interaction.cancel();
    if (changed) this.relayout();
    this.announce();
  }

  /** The next setView announces its view even if it is the one shown (a new surface needs new contours there). */
  forgetShownView(): void {
    this.views.forget();
  }

  /**
   * Zooms the region shown about a world point, which stays where it is on the plot (factor > 1 zooms
   * in), within the zoom limits, as a finished gesture.
   */
  zoomAbout([x, y]: readonly [number, number], factor: number): void {
    const a = plotAffine(this.shownView, this.rect);
    const at: [number, number] = [a.ax * x + a.bx, a.ay * y + a.by];
    this.showView(transformView(this.shownView, this.rect, at, at, factor, this.views.limits));
  }

  /** Shows a view as a finished gesture: reported as a drag's is, so the state and the link take it. */
  showView(view: View): void {
    this.views.preview(view);
    this.commitView();
  }

  /** The keyboard's start marker at a world point; null hides it. */
  setStartMarker(point: readonly [number, number] | null): void {
    this.start.set(point);
    this.start.layout(this.affine);
    this.dirty = true;
  }

  private commitView(): void {
    const view = roundView(this.shownView);
    this.views.preview(view);
    this.relayout();
    this.callbacks.onViewChange(view);
    this.views.settle(view);
    this.announce();
  }

  /** Balls and trails `scale` times their usual size (presentation mode: readable from the back of a hall). */
  setScale(scale: number): void {
    this.balls.setScale(scale);
    this.trails.scale = scale;
    this.draw();
  }

  /** Picks out one optimizer's balls and trail by fading the others; null shows all alike. */
  highlight(id: string | null): void {
    this.balls.highlight(id);
    this.trails.highlight(id);
    this.draw();
  }

  /**
   * Tells the host what the plot shows, once the change in hand is complete. A change of scene also
   * changes the page around the map (a preset's story, the panel), so the map takes the size it has
   * then, rather than asking for contours of the old size and again after the resize settles.
   */
  private announce(): void {
    if (this.announcing) return;
    this.announcing = true;
    queueMicrotask(() => {
      this.announcing = false;
      if (this.destroyed) return;
      const { width, height } = this.app.screen;
      if (Math.max(1, this.container.clientWidth) !== width || Math.max(1, this.container.clientHeight) !== height) this.resize(this.container);
      const view = this.views.toAnnounce(this.rect);
      if (view) this.callbacks.onShownView(view);
    });
  }

  /** Draws a result of requestContours; null clears the bands (e.g. while another surface's are computed). */
  setContours(data: ContourSet | null): void {
    if (data) this.contours.build(data, this.rect);
    else this.contours.clear();
    this.contours.place(this.affine);
    this.dirty = true;
  }

  setMinima(minima: readonly Minimum[]): void {
    this.minima.setMinima(minima);
    this.minima.layout(this.affine);
    this.dirty = true;
  }

  setAxisLabels(x: string, y: string): void {
    this.axes.setTitles(x, y);
    this.axes.layout(this.shownView, this.rect);
    this.dirty = true;
  }

  setOverlays(o: { gradient: boolean; update: boolean }): void {
    this.vectors.setOverlays(o.gradient, o.update);
    this.draw();
  }

  /** Rebuilds balls, trails and arrows only when the groups (or their sizes) changed. */
  setTracks(tracks: readonly Track[]): void {
    const signature = tracks.flatMap((t) => [t.group, t.trail]);
    if (signature.length === this.trackSignature.length && signature.every((s, k) => s === this.trackSignature[k])) return;
    this.trackSignature = signature;
    this.tracks = tracks;
    this.balls.setTracks(tracks);
    this.trails.setTracks(tracks);
    this.vectors.setTracks(tracks);
    this.edges.setTracks(tracks);
    this.draw();
  }

  /** The class's guesses (Predict, then reveal); an empty list clears them. */
  setGuesses(marks: readonly GuessMark[]): void {
    this.guesses.set(marks);
    this.guesses.layout(this.affine);
    this.dirty = true;
  }

  setCursor(cursor: TimeCursor): void {
    this.cursor = cursor;
    this.draw();
  }

  /** After the particles moved: positions from the tracks' buffers into the existing sprites and meshes. */
  draw(): void {
    this.dirty = true;
    const a = this.affine;
    const cursor = this.cursor;
    const size = Math.min(this.rect.width, this.rect.height);
    this.trails.draw(a, cursor);
    // The arrows and edge markers speak of the live step: at another step they would point wrongly.
    const live = cursor?.step == null;
    this.vectors.view.renderable = live;
    this.edges.view.renderable = live;
    if (live) this.vectors.draw(a, size);
    for (const layer of this.extra) {
      const shown = live || layer.followsCursor === true;
      layer.view.renderable = shown;
      if (shown) layer.draw(a, size, this.rect, cursor);
    }
    this.balls.draw(a, cursor);
    this.tilt.draw(this.tracks);
    if (live) this.edges.draw(a, this.rect);
  }

  /** Adds a layer between the arrows and the balls; the map draws and destroys it with its own. */
  addLayer(layer: MapLayer): void {
    this.extra.push(layer);
    this.world.addChildAt(layer.view, this.world.getChildIndex(this.balls.view));
    this.draw();
  }

  /** Shows the surface tilted in 2.5-D with the balls riding on it, or (null) the flat map again. */
  setTilt(surface: Surface | null): void {
    this.tiltSurface = surface;
    this.tilt.setVisible(surface !== null);
    // The flat map's layers stay built underneath, so switching back costs nothing.
    this.world.visible = this.axes.view.visible = this.edges.view.visible = surface === null;
    this.relayout();
  }

  toWorld(px: number, py: number): [number, number] {
    const a = this.affine;
    return [(px - a.bx) / a.ax, (py - a.by) / a.ay];
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.resizeTimer);
    this.canvas.removeEventListener('webglcontextlost', this.contextLost);
    this.canvas.removeEventListener('webglcontextrestored', this.contextRestored);
    this.resizeObserver.disconnect();
    this.interaction.destroy();
    this.balls.destroy();
    this.edges.destroy();
    this.guesses.destroy();
    this.trails.destroy();
    this.vectors.destroy();
    for (const layer of this.extra) layer.destroy();
    this.contours.destroy();
    this.tilt.destroy();
    this.axes.destroy();
    this.app.destroy({ removeView: true }, { children: true });
    this.atlas.destroy();
  }

  private resize(container: HTMLElement): void {
    const width = Math.max(1, container.clientWidth);
    const height = Math.max(1, container.clientHeight);
    this.app.renderer.resize(width, height);
    this.rect = {
      x: MARGIN.left,
      y: MARGIN.top,
      width: Math.max(10, width - MARGIN.left - MARGIN.right),
      height: Math.max(10, height - MARGIN.top - MARGIN.bottom),
    };
    const r = this.rect;
    this.margins
      .clear()
      .rect(0, 0, width, r.y)
      .rect(0, r.y + r.height, width, height - r.y - r.height)
      .rect(0, r.y, r.x, r.height)
      .rect(r.x + r.width, r.y, width - r.x - r.width, r.height)
      .fill(0xffffff);
    // A resized canvas is cleared by the browser, so it must be drawn again even if nothing else changed.
    this.app.render();
    this.relayout();
    // Stretched bands are fine for a moment; rebuild them at the new size once resizing settles,
    // and ask for the contours of what a letterboxed plot now shows.
    clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => {
      const data = this.contours.contours;
      if (data) this.setContours(data);
      this.announce();
    }, RESIZE_SETTLE_MS);
  }

  /** Everything that depends on the view or the plot size, except the per-frame positions. */
  private relayout(): void {
    plotAffine(this.shownView, this.rect, this.affine);
    this.contours.place(this.affine);
    this.minima.layout(this.affine);
    this.start.layout(this.affine);
    this.guesses.layout(this.affine);
    this.axes.layout(this.shownView, this.rect);
    if (this.tiltSurface) this.tilt.build(this.tiltSurface, this.shownView, this.rect);
    this.draw();
  }
}
