import { Rectangle, type Application } from 'pixi.js';
import { canvasFont } from '../../i18n/fontStack.ts';
import type { Marker } from '../../render/palette.ts';
import { ExportFailure } from './ExportFailure.ts';

/** A legend row as the PNG draws it: the optimizer's marker in its colour, its name and its loss. */
export interface PngLegendRow {
  name: string;
  css: string;
  marker: Marker;
  loss: string;
}

export interface PngLegend {
  /** The scene's name (the preset's title or the surface's name). */
  title: string;
  /** The race's step, in the reader's words. */
  step: string;
  rows: readonly PngLegendRow[];
}

/** The export is twice the map's CSS size, sharp on a slide or a retina screen whatever the screen it came from. */
export const PNG_SCALE = 2;
const LEGEND_WIDTH = 230;
const ROW = 20;
const PAD = 12;

/** Corners of a regular polygon (or a star, alternating two radii) around (x, y), first corner up. */
function polygon(g: CanvasRenderingContext2D, x: number, y: number, corners: number, radii: readonly number[]): void {
  for (let k = 0; k < corners; k++) {
    const r = radii[k % radii.length];
    const a = -Math.PI / 2 + (2 * Math.PI * k) / corners;
    g.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
  }
  g.closePath();
}

/** The map's marker shapes, so the PNG's legend does not rely on colour alone. */
function drawMarker(g: CanvasRenderingContext2D, marker: Marker, x: number, y: number): void {
  const r = 5.5;
  g.beginPath();
  if (marker === 'circle') g.arc(x, y, r, 0, 2 * Math.PI);
  else if (marker === 'square') g.rect(x - r, y - r, 2 * r, 2 * r);
  else if (marker === 'triangle') polygon(g, x, y + 1, 3, [r * 1.2]);
  else if (marker === 'diamond') polygon(g, x, y, 4, [r * 1.25]);
  else if (marker === 'hexagon') polygon(g, x, y, 6, [r * 1.1]);
  else if (marker === 'star') polygon(g, x, y, 10, [r * 1.3, r * 0.55]);
  else polygon(g, x, y, 12, [r * 1.2, r * 0.45, r * 0.45]);
  g.fill();
}

/** The words of `text` in lines no wider than `width`. */
function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  // Chinese has no spaces: it may break between any two characters.
  const pieces = /\s/.test(text) ? text.split(/(?<=\s)/) : [...text];
  let line = '';
  for (const piece of pieces) {
    if (line && g.measureText(line + piece).width > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  return [...lines, line.trimEnd()];
}

/**
 * What the reader sees of the map (contours, trails, balls, axes), rendered again by pixi at twice
 * its CSS size (so it needs no preserved drawing buffer), with the legend drawn beside it.
 */
export async function mapPng(app: Application, legend: PngLegend): Promise<Blob> {
  const width = app.canvas.clientWidth;
  const height = app.canvas.clientHeight;
  const picture = app.renderer.extract.canvas({ target: app.stage, frame: new Rectangle(0, 0, width, height), resolution: PNG_SCALE }) as HTMLCanvasElement;
  const out = document.createElement('canvas');
  const titleFont = canvasFont(14, 'bold');
  const measure = out.getContext('2d')!;
  measure.font = titleFont;
  const title = wrap(measure, legend.title, LEGEND_WIDTH - 2 * PAD);
  const legendHeight = PAD * 2 + ROW * (legend.rows.length + 1 + title.length);
  out.width = (width + LEGEND_WIDTH) * PNG_SCALE;
  out.height = Math.max(height, legendHeight) * PNG_SCALE;
  const g = out.getContext('2d')!;
  g.scale(PNG_SCALE, PNG_SCALE);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width + LEGEND_WIDTH, Math.max(height, legendHeight));
  g.drawImage(picture, 0, 0, width, height);
  g.strokeStyle = '#d9dde5';
  g.beginPath();
  g.moveTo(width + 0.5, 0);
  g.lineTo(width + 0.5, Math.max(height, legendHeight));
  g.stroke();
  const left = width + PAD;
  const right = width + LEGEND_WIDTH - PAD;
  g.textBaseline = 'middle';
  g.fillStyle = '#1d2230';
  g.font = titleFont;
  title.forEach((line, i) => g.fillText(line, left, PAD + ROW * (i + 0.5)));
  g.font = canvasFont(12);
  g.fillStyle = '#5b6475';
  g.fillText(legend.step, left, PAD + ROW * (title.length + 0.5));
  legend.rows.forEach((row, i) => {
    const y = PAD + ROW * (title.length + i + 1.5);
    g.fillStyle = row.css;
    drawMarker(g, row.marker, left + 6, y);
    g.fillStyle = '#1d2230';
    g.textAlign = 'left';
    g.fillText(row.name, left + 18, y, 120);
    g.textAlign = 'right';
    g.fillText(row.loss, right, y);
  });
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new ExportFailure('png'))), 'image/png'));
}
