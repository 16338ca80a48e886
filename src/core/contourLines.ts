import type { ContourSet } from './contours.ts';

/**
 * The contour lines of a set as polylines of world xy pairs. A band's rings also run along the view's
 * edges where its region meets them; those stretches are no contour, so each ring is cut there into
 * the pieces that are.
 */
export function contourLines(set: ContourSet): Float64Array[] {
  const [ex0, ex1] = set.view.x;
  const [ey0, ey1] = set.view.y;
  const onEdge = (x0: number, y0: number, x1: number, y1: number) => (x0 === x1 && (x0 === ex0 || x0 === ex1)) || (y0 === y1 && (y0 === ey0 || y0 === ey1));
  const out: Float64Array[] = [];
  const piece: number[] = [];
  const flush = () => {
    if (piece.length >= 4) out.push(Float64Array.from(piece));
    piece.length = 0;
  };
  for (const level of set.levels) {
    for (const polygon of level.polygons) {
      for (const ring of polygon) {
        const n = ring.length / 2;
        for (let k = 1; k <= n; k++) {
          const i = 2 * (k - 1);
          const j = 2 * (k % n);
          if (onEdge(ring[i], ring[i + 1], ring[j], ring[j + 1])) {
            flush();
            continue;
          }
          if (piece.length === 0) piece.push(ring[i], ring[i + 1]);
          piece.push(ring[j], ring[j + 1]);
        }
        flush();
      }
    }
  }
  return out;
}
