import { Application } from 'pixi.js';
// Pixi's shaders and uniforms are synced without new Function, so the map runs under a CSP without unsafe-eval.
import 'pixi.js/unsafe-eval';

/** The map's Pixi application, sized to its container, drawing only when asked. */
export async function createMapApp(container: HTMLElement): Promise<Application> {
  const app = new Application();
  await app.init({
    width: Math.max(1, container.clientWidth),
    height: Math.max(1, container.clientHeight),
    background: 0xffffff,
    antialias: true,
    autoDensity: true,
    resolution: Math.min(2, globalThis.devicePixelRatio || 1),
    preference: 'webgl',
    // The map handles its own pointer events; Pixi's hit testing would only cost time.
    eventFeatures: { move: false, globalMove: false, click: false, wheel: false },
  });
  // Rendering happens on demand (MapView.renderIfNeeded), not on every tick of Pixi's ticker.
  app.ticker.remove(app.render, app);
  return app;
}
