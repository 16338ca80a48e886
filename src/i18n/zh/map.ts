import type { Words } from '../words.ts';

export const map: Words['map'] = {};
