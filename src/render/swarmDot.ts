import { MAP_GROUNDS } from './mapGrounds.ts';
import { CROWD_ALPHA, optimizerStyle, SWARM_ALPHA, swarmShade } from './palette.ts';

/** More balls than this on the map make a crowd, drawn fainter and smaller. */
export const CROWD_BALLS = 2000;

/**
 * How an optimizer's swarm dots (every particle but its first ball) are drawn: a crowd of swarms is
 * fainter, and a colour too light for 3:1 on every ground takes a darker shade of its own hue.
 */
export function swarmDot(optimizerId: string, crowd: boolean): { tint: number; alpha: number } {
  const alpha = crowd ? CROWD_ALPHA : SWARM_ALPHA;
  return { tint: swarmShade(optimizerStyle(optimizerId).color, alpha, MAP_GROUNDS), alpha };
}
