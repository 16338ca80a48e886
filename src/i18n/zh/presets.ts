import type { Words } from '../words.ts';

export const presets: Words['presets'] = {};
