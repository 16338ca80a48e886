import type { ContourSet } from '../core/contours.ts';
import { isNetworkSurface } from '../core/mlp/networkSurface.ts';
import type { View } from '../core/surfaces/Surface.ts';
import type { ContourJobs } from '../render/contourJobs.ts';
import type { AppState } from '../state/AppState.ts';

/** Grid samples of a contour request, shaped like the view so cells stay square. */
function gridFor(view: View, samples: number): [number, number] {
  const aspect = (view.x[1] - view.x[0]) / (view.y[1] - view.y[0]);
  const side = Math.sqrt(samples);
  return [Math.max(32, Math.round(side * Math.sqrt(aspect))), Math.max(32, Math.round(side / Math.sqrt(aspect)))];
}

export interface ContourFeedHost {
  jobs: ContourJobs;
  /** The map's element: busy until the contours of the view it shows have come. */
  map: HTMLElement;
  state(): AppState;
  show(set: ContourSet): void;
  fail(message: string): void;
}

/**
 * Contours for each view the map comes to rest on, asked of the instance's jobs. Only the newest
 * request's contours are shown; a network surface, costly per sample, gets a coarser grid and no hill shading.
 */
export function contourFeed(host: ContourFeedHost): (view: View) => void {
  let ticket = 0;
  return (view) => {
    const state = host.state();
    const mine = ++ticket;
    const network = isNetworkSurface(state.surface);
    // Until its contours arrive the map is still being drawn: assistive technology (and a test) can wait for it.
    host.map.setAttribute('aria-busy', 'true');
    const settled = () => mine === ticket && host.map.removeAttribute('aria-busy');
    host.jobs
      .request({ state, view, size: gridFor(view, network ? 128 * 128 : 200 * 200), relief: state.relief && !network })
      .then((set) => {
        if (set && mine === ticket) host.show(set);
        settled();
      })
      .catch((e: Error) => {
        settled();
        host.fail(e.message);
      });
  };
}
