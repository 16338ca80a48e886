import { bandColors } from './bandColors.ts';
import { NO_DATA } from './palette.ts';

/**
 * What a mark on the map can sit on: the band colours, sampled densely along their ramp (every band
 * count's colours lie on it), and the no-data grey.
 */
export const MAP_GROUNDS: readonly number[] = [...bandColors(64), NO_DATA];
