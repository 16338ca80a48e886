import { commandForKey, commands, type CommandTarget } from './commands.ts';

/** Runs the command bound to a key, unless the user is typing in a field. */
export function bindKeyboard(target: CommandTarget, root: Document = document): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const el = e.target as HTMLElement | null;
    // A focused button takes Space and Enter itself, as every button does.
    if (el?.tagName === 'BUTTON' && (e.key === ' ' || e.key === 'Enter')) return;
    if (el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable)) return;
    const command = commandForKey(e.key, target.presenting());
    if (!command) return;
    e.preventDefault();
    command.run(target);
  };
  root.addEventListener('keydown', onKey);
  return () => root.removeEventListener('keydown', onKey);
}

const KEY_NAMES: Record<string, string> = { ' ': 'Space', ArrowRight: '→', ArrowLeft: '←', Escape: 'Esc', PageDown: 'PgDn', PageUp: 'PgUp' };
const keyName = (k: string) => KEY_NAMES[k] ?? k;
const kbd = (keys: readonly string[]) => keys.map((k) => `<kbd>${keyName(k)}</kbd>`).join(' ');

/** The help overlay: the command list, so it always matches the keys that work. */
export function renderHelp(overlay: HTMLElement, close: () => void): void {
  const rows = commands
    .map((c) => `<tr><td>${kbd(c.keys)}${c.presentingKeys ? ` · presenting: ${kbd(c.presentingKeys)}` : ''}</td><td>${c.label}</td></tr>`)
    .join('');
  overlay.innerHTML = `<div class="card" role="dialog" aria-label="Keyboard shortcuts"><h2>Keyboard shortcuts</h2>
    <table>${rows}</table><p>Click the map to start every ball from that point; drag to pan, scroll to zoom. Hover a row of the legend to pick out its optimizer, click it to switch the optimizer on or off.</p></div>`;
  overlay.onclick = close;
}
