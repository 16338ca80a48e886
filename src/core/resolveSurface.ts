import { InputError } from './InputError.ts';
import { createNetworkSurface, DEFAULT_NETWORK, isNetworkSurface, NETWORK_SURFACE_IDS } from './mlp/networkSurface.ts';
import { surfaceById, surfaceIds } from './surfaces/registry.ts';
import type { Surface } from './surfaces/Surface.ts';

/** Every surface id a file or a command line may name: the analytic ones and the network's two. */
export const ALL_SURFACE_IDS: readonly string[] = [...surfaceIds, ...NETWORK_SURFACE_IDS];

/** A surface by id; the network surfaces take the default slice (the experiment's initial weights). */
export function resolveSurface(id: string, field: string): Surface {
  const surface = surfaceById(id) ?? (isNetworkSurface(id) ? createNetworkSurface(id, DEFAULT_NETWORK) : undefined);
  if (!surface) throw new InputError(`${field}: unknown surface "${id}" (allowed: ${ALL_SURFACE_IDS.join(', ')})`);
  return surface;
}
