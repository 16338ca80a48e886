import { Container, Text, TextStyle } from 'pixi.js';
import { FONT_STACK } from '../i18n/fontStack.ts';
import type { Track } from '../sim/Simulation.ts';
import { DIVERGED } from '../sim/status.ts';
import { INK } from './palette.ts';
import type { Affine, Rect } from './viewMath.ts';

/** Right of and above the ball, clear of its marker. */
const OFFSET = 9;
const MARGIN = 4;

export interface DivergedLabel {
  optimizer: string;
  text: string;
  /** Its top-left corner in canvas pixels. */
  x: number;
  y: number;
}

/**
 * On the map, beside each diverged ball (a group's first particle): its optimizer, the step and the
 * reason, as the legend says them. A ball that ran away is labelled at the edge of the plot nearest
 * to it, so the label is always in view. Texts are made once per track and change only on divergence.
 */
export class DivergedLabels {
  readonly view = new Container();
  private readonly style = new TextStyle({ fontFamily: FONT_STACK, fontSize: 12, fill: INK, stroke: { color: 0xffffff, width: 3 } });
  private tracks: readonly Track[] = [];
  private texts: Text[] = [];

  constructor(private readonly words: (track: Track) => string) {}

  setTracks(tracks: readonly Track[]): void {
    for (const t of this.texts) t.destroy();
    this.tracks = tracks;
    this.texts = tracks.map(() => {
      const text = new Text({ text: '', style: this.style });
      text.visible = false;
      this.view.addChild(text);
      return text;
    });
  }

  draw(a: Affine, _plotSize: number, rect: Rect): void {
    this.tracks.forEach((track, k) => {
      const label = this.texts[k];
      const diverged = track.group.status[0] === DIVERGED;
      label.visible = diverged;
      if (!diverged) return;
      if (label.text === '') label.text = this.words(track);
      const pos = track.group.pos;
      const x = a.ax * pos[0] + a.bx + OFFSET;
      const y = a.ay * pos[1] + a.by - OFFSET - label.height;
      label.x = Math.max(rect.x + MARGIN, Math.min(rect.x + rect.width - MARGIN - label.width, x));
      label.y = Math.max(rect.y + MARGIN, Math.min(rect.y + rect.height - MARGIN - label.height, y));
      // Balls that ran off the same way are labelled at the same edge: each label goes below those it would cover.
      for (let j = 0; j < k; j++) {
        const other = this.texts[j];
        const covers =
          other.visible && label.x < other.x + other.width && other.x < label.x + label.width && label.y < other.y + other.height && other.y < label.y + label.height;
        if (covers) label.y = other.y + other.height;
      }
    });
    // A track that starts again (reset, new settings) is labelled afresh when it next diverges.
    this.texts.forEach((label, k) => {
      if (this.tracks[k].group.status[0] !== DIVERGED && label.text !== '') label.text = '';
    });
  }

  /** What the labels say and where, for the controller's map(). */
  shown(): DivergedLabel[] {
    return this.texts.flatMap((label, k) => (label.visible ? [{ optimizer: this.tracks[k].group.optimizer.id, text: label.text, x: label.x, y: label.y }] : []));
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}
