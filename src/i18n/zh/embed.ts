import type { Words } from '../words.ts';

export const embed: Words['embed'] = {};
