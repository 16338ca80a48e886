import type { Words } from '../words.ts';

export const controls: Words['controls'] = {};
