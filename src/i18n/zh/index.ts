import type { Words } from '../words.ts';
import { shell } from './shell.ts';

export const zh: Words = { shell };
