import type { BasinsMap } from '../sim/basins.ts';
import { writeBasinPixels } from '../sim/basinsColors.ts';
import { bindGridKeys } from './gridKeys.ts';

/** What a basin map's pointer and keys ask of the panel that owns it. */
export interface BasinMapHost {
  /** Start the balls from pixel `index` (row-major from the top-left). */
  pick(index: number): void;
  /** Start the balls from the keyboard cursor's pixel. */
  pickCursor(): void;
  /** Move the shared keyboard cursor by whole pixels; `fine` moves one pixel, else a coarser step. */
  move(di: number, dj: number, fine: boolean): void;
  /** The map got keyboard focus: show the cursor on it and say where it is. */
  focused(map: BasinMap): void;
}

const SVG = 'http://www.w3.org/2000/svg';
/**
 * One optimizer's basin map: the pixels on a canvas (exactly the colours the command line's PNG
 * has, so the two can be compared byte for byte), the surface's contour lines on an SVG above it,
 * and a cursor for the keyboard. The canvas keeps one pixel per start; CSS scales it up unsmoothed.
 */
export class BasinMap {
  readonly root: HTMLElement;
  readonly optimizer: string;
  readonly size: number;
  readonly frame: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly image: ImageData;
  private readonly lines: SVGPathElement;
  private readonly cursor: HTMLDivElement;
  private readonly summary: HTMLParagraphElement;

  constructor(parent: HTMLElement, optimizer: string, name: string, label: string, size: number, aspect: number, host: BasinMapHost) {
    this.optimizer = optimizer;
    this.size = size;
    this.root = document.createElement('figure');
    this.root.className = 'basin-map';
    this.root.dataset.optimizer = optimizer;
    const caption = document.createElement('figcaption');
    caption.textContent = name;
    this.frame = document.createElement('div');
    this.frame.className = 'basin-frame';
    this.frame.tabIndex = 0;
    this.frame.setAttribute('role', 'application');
    this.frame.setAttribute('aria-label', label);
    this.frame.style.aspectRatio = String(aspect);
    this.canvas = document.createElement('canvas');
    this.canvas.width = size;
    this.canvas.height = size;
    this.canvas.dataset.role = 'basin-canvas';
    this.context = this.canvas.getContext('2d')!;
    this.image = this.context.createImageData(size, size);
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('aria-hidden', 'true');
    this.lines = document.createElementNS(SVG, 'path');
    svg.append(this.lines);
    this.cursor = document.createElement('div');
    this.cursor.className = 'basin-cursor';
    this.cursor.hidden = true;
    this.summary = document.createElement('p');
    this.summary.className = 'basin-summary';
    this.frame.append(this.canvas, svg, this.cursor);
    this.root.append(caption, this.frame, this.summary);
    parent.append(this.root);

    this.frame.addEventListener('click', (e) => {
      const rect = this.canvas.getBoundingClientRect();
      const i = Math.floor(((e.clientX - rect.left) / rect.width) * size);
      const j = Math.floor(((e.clientY - rect.top) / rect.height) * size);
      if (i >= 0 && i < size && j >= 0 && j < size) host.pick(j * size + i);
    });
    this.frame.addEventListener('focus', () => this.frame.matches(':focus-visible') && host.focused(this));
    this.frame.addEventListener('blur', () => this.showCursor(null));
    // Rows run down the map: a step up is a row back.
    bindGridKeys(this.frame, { move: (right, up, fine) => host.move(right, -up, fine), pick: () => host.pickCursor() });
  }

  /** Colours pixels first … first + count − 1 of `map` and draws the rows they lie on. */
  paint(map: BasinsMap, steps: number, first: number, count: number): void {
    writeBasinPixels(map.basin, map.stepsTaken, steps, this.image.data, 4, first, count);
    const top = Math.floor(first / this.size);
    const bottom = Math.ceil((first + count) / this.size);
    this.context.putImageData(this.image, 0, 0, 0, top, this.size, bottom - top);
  }

  /** Contour lines as an SVG path in pixel units (x right, y down over size × size). */
  setLines(path: string): void {
    this.lines.setAttribute('d', path);
  }

  setSummary(text: string): void {
    this.summary.textContent = text;
  }

  /** Shows the cursor on pixel `index`, or hides it. */
  showCursor(index: number | null): void {
    this.cursor.hidden = index === null;
    if (index === null) return;
    const i = index % this.size;
    const j = (index - i) / this.size;
    this.cursor.style.left = `${((i + 0.5) / this.size) * 100}%`;
    this.cursor.style.top = `${((j + 0.5) / this.size) * 100}%`;
  }
}
