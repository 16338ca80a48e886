import type { Words } from '../i18n/words.ts';

/**
 * The keys of the tools beside the map, each handled where the tool is (legend rows, basin maps,
 * the hyperparameter map, the rule editor, the export menu, the fit's epoch slider); declared here
 * so the help lists them all.
 */
export const TOOL_KEYS: readonly { readonly id: keyof Words['shell']['toolKeys']; readonly keys: readonly string[] }[] = [
  { id: 'legendRow', keys: ['Enter', ' '] },
  { id: 'basinMove', keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Shift+ArrowLeft'] },
  { id: 'basinStart', keys: ['Enter', ' '] },
  { id: 'hypermapMove', keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] },
  { id: 'hypermapApply', keys: ['Enter', ' '] },
  { id: 'ruleApply', keys: ['Ctrl+Enter'] },
  { id: 'exportMenu', keys: ['ArrowDown', 'ArrowUp', 'Home', 'End', 'Escape'] },
  { id: 'fitLive', keys: ['Escape'] },
];

export const toolKeyRows = (words: Words) => TOOL_KEYS.map((k) => ({ keys: k.keys, label: words.shell.toolKeys[k.id] }));
