import type { View } from '../core/surfaces/Surface.ts';
import { sameView, shownView, zoomLimits, type Rect, type ZoomLimits } from './viewMath.ts';

/**
 * Which region the map shows: the state's view fitted to the plot (letterboxed to equal scale
 * unless stretched), or a gesture's view until the state takes it; and which resting view was last
 * announced, so contours are asked for once per view.
 */
export class ViewKeeper {
  private requested: View = { x: [0, 1], y: [0, 1] };
  /** The view of a gesture not yet reported, or reported but not yet back from the state. */
  private live: View | null = null;
  private stretch = false;
  private announced: View | null = null;
  limits: ZoomLimits = zoomLimits(this.requested);

  shown(rect: Rect): View {
    return this.live ?? shownView(this.requested, rect, this.stretch);
  }

  get gesturing(): boolean {
    return this.live !== null;
  }

  /** A gesture shows this view until the state's view replaces it. */
  preview(view: View): void {
    this.live = view;
  }

  /**
   * The state's view. Returns whether anything shown may change, and whether a gesture in progress
   * must be dropped (the state moved somewhere else under it).
   */
  request(view: View): { changed: boolean; dropGesture: boolean } {
    if (sameView(view, this.requested)) return { changed: false, dropGesture: false };
    const dropGesture = this.live !== null && !sameView(view, this.live);
    this.requested = { x: [view.x[0], view.x[1]], y: [view.y[0], view.y[1]] };
    this.live = null;
    return { changed: true, dropGesture };
  }

  /** A gesture was reported; if the state already had its view (and so will not send it back), it is over. */
  settle(view: View): void {
    if (this.live && sameView(view, this.requested)) this.live = null;
  }

  /** Returns whether the setting changed. */
  setStretch(stretch: boolean): boolean {
    if (stretch === this.stretch) return false;
    this.stretch = stretch;
    return true;
  }

  /** The resting view, if it is not the one last announced (it then counts as announced); null otherwise. */
  toAnnounce(rect: Rect): View | null {
    if (this.live) return null;
    const view = this.shown(rect);
    if (this.announced && sameView(view, this.announced)) return null;
    this.announced = view;
    return view;
  }

  /** The next toAnnounce gives the resting view even if it was announced already. */
  forget(): void {
    this.announced = null;
  }
}
