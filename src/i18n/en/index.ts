import { shell } from './shell.ts';

/** Every word of the English interface; the Chinese catalogue must have the same keys. */
export const en = { shell };
