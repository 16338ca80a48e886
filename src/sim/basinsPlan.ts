import { optimizers } from '../core/optimizers/registry.ts';
import { surfaceById } from '../core/surfaces/registry.ts';
import type { AppState } from '../state/AppState.ts';
import type { BasinsRequest } from './basinsTask.ts';

/** Sides of a basin map the app offers: 256 by default, as the command line's. */
export const BASIN_SIZES: readonly number[] = [64, 128, 256, 512];
export const DEFAULT_BASIN_SIZE = 256;
export const DEFAULT_BASIN_STEPS = 300;
export const BASIN_STEP_LIMITS: readonly [number, number] = [1, 5000];

export interface BasinsSettings {
  readonly size: number;
  readonly steps: number;
}

export type BasinsPlan =
  | { readonly ok: true; readonly requests: readonly BasinsRequest[]; readonly surface: string }
  /** `surface`: the surface is typed or a network's slice, which the pool's workers cannot rebuild from an id; `none`: no optimizer is on. */
  | { readonly ok: false; readonly reason: 'surface' | 'none' };

/**
 * The maps the app shows for a state: one per enabled built-in optimizer, in the registry's order,
 * over the view the state asks for, with its hyperparameters. Every start runs with exact gradients
 * and a constant lr (noise and schedules belong to the race, and would make a start's fate a draw).
 */
export function basinsPlan(state: AppState, settings: BasinsSettings): BasinsPlan {
  if (!surfaceById(state.surface)) return { ok: false, reason: 'surface' };
  const view = { x: [...state.view.x] as [number, number], y: [...state.view.y] as [number, number] };
  const requests = optimizers
    .filter((o) => state.optimizers[o.id]?.enabled)
    .map((o) => ({ surface: state.surface, optimizer: o.id, params: state.optimizers[o.id].params, view, size: settings.size, steps: settings.steps }));
  return requests.length === 0 ? { ok: false, reason: 'none' } : { ok: true, requests, surface: state.surface };
}

/** Two plans that compute the same maps have the same key: a state change that keeps it keeps the job. */
export function basinsPlanKey(plan: BasinsPlan): string {
  return JSON.stringify(plan);
}
