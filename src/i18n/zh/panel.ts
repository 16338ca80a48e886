import type { Words } from '../words.ts';

export const panel: Words['panel'] = {};
