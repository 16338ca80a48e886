import { isNetworkSurface } from '../core/mlp/networkSurface.ts';
import type { Minimum, View } from '../core/surfaces/Surface.ts';
import type { Words } from '../i18n/words.ts';
import type { AppState } from '../state/AppState.ts';
import { surfaceOf, type SurfaceCache } from '../state/surfaceOf.ts';
import { SurfaceNote } from '../ui/SurfaceNote.ts';

export interface SurfaceHeadingParts {
  words: Words;
  surfaces: SurfaceCache;
  /** The header's "· name" after the app's name. */
  name: HTMLElement;
  /** The lesson under the legend: the surface's note goes in it, the batch note before it. */
  lesson: HTMLElement;
  /** The map, and its text alternative, told the surface's minima; the map also its home view and axis titles. */
  map: { setMinima(minima: readonly Minimum[]): void; setHome(view: View): void; setAxisLabels(x: string, y: string): void };
  access: { setMinima(minima: readonly Minimum[]): void };
}

/**
 * The words and marks that say which surface the balls roll on: its name in the header, its formula
 * and lesson under the legend, and on the network surfaces how much data each ball's gradient sees;
 * the map learns its minima, home view and axis titles (the two weights a slice spans).
 */
export function mountSurfaceHeading(d: SurfaceHeadingParts): { surface(state: AppState): void; batch(state: AppState): void } {
  const { words } = d;
  const batchNote = document.createElement('p');
  batchNote.className = 'legend-batch';
  batchNote.dataset.role = 'legend-batch';
  d.lesson.before(batchNote);
  const note = new SurfaceNote(d.lesson, words);
  return {
    surface: (state) => {
      const surface = surfaceOf(state, d.surfaces);
      const name = words.declarations.surfaceNames[state.surface] ?? surface.name;
      d.name.textContent = `· ${name}`;
      d.name.title = name;
      note.show(surface);
      d.map.setMinima(surface.minima);
      d.access.setMinima(surface.minima);
      d.map.setHome(surface.view);
      const labels = state.surface === 'mlp-slice' ? state.network.params : state.surface === 'mlp-directions' ? words.shell.directionAxes : ['x', 'y'];
      d.map.setAxisLabels(labels[0], labels[1]);
    },
    batch: ({ surface, network }) => {
      batchNote.hidden = !isNetworkSurface(surface);
      batchNote.textContent = network.batch === 0 ? words.shell.fullBatch : words.shell.miniBatch(network.batch);
    },
  };
}
