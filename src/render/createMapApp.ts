import { Application } from 'pixi.js';
import { NO_DATA } from './palette.ts';
// Pixi's shaders and uniforms are synced without new Function, so the map runs under a CSP without unsafe-eval.
import 'pixi.js/unsafe-eval';

/**
 * Whether WebGL runs in software (no GPU: SwiftShader, llvmpipe). Multisampling there costs about half
 * the frame rate, so the map leaves it off and stays smooth on a school laptop without a graphics chip.
 */
function softwareWebGl(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

/** The map's Pixi application, sized to its container, drawing only when asked. */
export async function createMapApp(container: HTMLElement): Promise<Application> {
  const software = softwareWebGl();
  const app = new Application();
  await app.init({
    width: Math.max(1, container.clientWidth),
    height: Math.max(1, container.clientHeight),
    // Where the surface has no finite value the plot shows the cleared canvas, which costs no drawing.
    background: NO_DATA,
    antialias: !software,
    autoDensity: true,
    resolution: Math.min(2, globalThis.devicePixelRatio || 1),
    preference: 'webgl',
    // The map handles its own pointer events; Pixi's hit testing would only cost time.
    eventFeatures: { move: false, globalMove: false, click: false, wheel: false },
  });
  // Rendering happens on demand (MapView.renderIfNeeded), not on every tick of Pixi's ticker.
  app.ticker.remove(app.render, app);
  // A batch shader that picks among 16 textures per pixel makes software WebGL shade every pixel 16
  // times: with one texture per batch the plot's full-size quads cost a fifth of the time, at the
  // price of a few more draw calls, which are cheap there.
  if (software) app.renderer.limits.maxBatchableTextures = 1;
  return app;
}
