import { NesterovLayer } from '../render/NesterovLayer.ts';
import type { MapView } from '../render/MapView.ts';
import type { Simulation } from '../sim/Simulation.ts';
import { SutskeverTwin } from '../sim/SutskeverTwin.ts';
import type { AppState } from '../state/AppState.ts';

/** NAG against Momentum on the map: the layer, and Sutskever's run that it draws beside the NAG ball. */
export function mountNesterov(map: MapView, sim: () => Simulation) {
  const twin = new SutskeverTwin();
  const layer = new NesterovLayer(twin);
  map.addLayer(layer);
  let following = false;
  return {
    setTracks: () => layer.setTracks(sim().tracks),
    shown: () => layer.shown(),
    setOverlays(o: AppState['overlays']) {
      following = o.sutskever;
      layer.setOverlays(o.lookAhead, o.sutskever);
    },
    /** Before a frame is drawn: Sutskever's run catches up with the NAG ball (only while it is shown). */
    follow() {
      const nag = following ? sim().track('nag') : undefined;
      if (nag) twin.follow(sim().currentSurface, nag);
    },
  };
}
