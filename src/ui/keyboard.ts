import { commandForKey, commands, type CommandTarget } from './commands.ts';

/**
 * Runs the command bound to a key, unless the user is typing in a field. The page listens on the
 * document; a mounted instance on its root, so only keys pressed while focus is inside it reach it.
 */
export function bindKeyboard(target: CommandTarget, root: Document | HTMLElement = document): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const el = e.target as HTMLElement | null;
    if (el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable)) return;
    const command = commandForKey(e.key);
    if (!command) return;
    e.preventDefault();
    command.run(target);
  };
  const listener = onKey as EventListener;
  root.addEventListener('keydown', listener);
  return () => root.removeEventListener('keydown', listener);
}

const keyName = (k: string) => (k === ' ' ? 'Space' : k === 'ArrowRight' ? '→' : k === 'Escape' ? 'Esc' : k);

/** The help overlay: the command list, so it always matches the keys that work. */
export function renderHelp(overlay: HTMLElement, close: () => void): void {
  const rows = commands
    .map((c) => `<tr><td>${c.keys.map((k) => `<kbd>${keyName(k)}</kbd>`).join(' ')}</td><td>${c.label}</td></tr>`)
    .join('');
  overlay.innerHTML = `<div class="card" role="dialog" aria-label="Keyboard shortcuts"><h2>Keyboard shortcuts</h2>
    <table>${rows}</table><p>Click the map to start every ball from that point; drag to pan, scroll to zoom. Hover a row of the legend to pick out its optimizer, click it to switch the optimizer on or off.</p></div>`;
  overlay.onclick = close;
}
