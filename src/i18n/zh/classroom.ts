import type { Words } from '../words.ts';

export const classroom: Words['classroom'] = {};
