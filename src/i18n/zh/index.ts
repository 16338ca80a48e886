import type { Words } from '../words.ts';
import { basins } from './basins.ts';
import { classroom } from './classroom.ts';
import { controls } from './controls.ts';
import { cursor } from './cursor.ts';
import { declarations } from './declarations.ts';
import { embed } from './embed.ts';
import { exports } from './exports.ts';
import { explore } from './explore.ts';
import { failures } from './failures.ts';
import { instruments } from './instruments.ts';
import { map } from './map.ts';
import { notes } from './notes.ts';
import { panel } from './panel.ts';
import { presets } from './presets.ts';
import { rules } from './rules.ts';
import { scenes } from './scenes.ts';
import { shell } from './shell.ts';

export const zh: Words = {
  shell,
  declarations,
  controls,
  panel,
  map,
  presets,
  embed,
  classroom,
  exports,
  rules,
  instruments,
  cursor,
  notes,
  basins,
  explore,
  scenes,
  failures,
};
