import { rosenbrock } from '../../core/surfaces/rosenbrock.ts';
import type { Surface } from '../../core/surfaces/Surface.ts';
import { rosenbrockLanes } from './rosenbrockLanes.ts';
import type { WasmSurface } from './WasmSurface.ts';

/** The surface written for the wasm step, recognised by the very object (a typed formula never is one). */
export function wasmSurfaceFor(surface: Surface): WasmSurface | null {
  return surface === rosenbrock ? rosenbrockLanes : null;
}
