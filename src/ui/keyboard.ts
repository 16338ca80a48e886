import type { Words } from '../i18n/words.ts';
import { mapKeyRows } from './mapKeys.ts';
import { toolKeyRows } from './toolKeys.ts';
import { commandForKey, commands, keyLabel, type CommandTarget } from './commands.ts';

/**
 * Runs the command bound to a key, unless the user is typing in a field. The page listens on the
 * document; a mounted instance on its root, so only keys pressed while focus is inside it reach it.
 */
export function bindKeyboard(target: CommandTarget, root: Document | HTMLElement = document): () => void {
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
  const listener = onKey as EventListener;
  root.addEventListener('keydown', listener);
  return () => root.removeEventListener('keydown', listener);
}

const kbd = (text: string) => Object.assign(document.createElement('kbd'), { textContent: text });

/** A table of keys and what they do; a chord such as Shift+ArrowLeft, Alt+ArrowLeft or Ctrl+Enter shows as its two keys. */
function keyTable(rows: readonly { keys: readonly string[]; presentingKeys?: readonly string[]; label: string }[], words: Words): HTMLTableElement {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const text of [words.shell.helpKeys, words.shell.helpAction]) head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: text }));
  const body = table.createTBody();
  for (const { keys, presentingKeys, label } of rows) {
    const row = body.insertRow();
    const cell = row.insertCell();
    keys.forEach((k, i) => {
      if (i) cell.append(' ');
      const chord = /^(Shift|Alt|Ctrl)\+(.+)$/.exec(k);
      cell.append(...(chord ? [kbd(chord[1]), '+', kbd(keyLabel(chord[2], words))] : [kbd(keyLabel(k, words))]));
    });
    if (presentingKeys) cell.append(` · ${words.classroom.presentingKeys}: `, ...presentingKeys.map((k) => kbd(keyLabel(k, words))));
    row.insertCell().textContent = label;
  }
  return table;
}

/**
 * The help overlay: a dialog listing the command list, so it always matches the keys that work.
 * Opening moves focus into it and closing gives focus back to where it was; nothing else is
 * trapped, so Tab can leave it. Returns the function that opens (true) or closes (false) it.
 */
export function renderHelp(overlay: HTMLElement, words: Words): (open: boolean) => void {
  const w = words.shell;
  const card = document.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', w.help);
  card.tabIndex = -1;
  const heading = document.createElement('h2');
  heading.textContent = w.help;
  const mapHeading = document.createElement('h3');
  mapHeading.textContent = w.helpMapKeys;
  const mouse = document.createElement('p');
  mouse.textContent = w.helpMouse;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = w.close;
  const pageKeys = keyTable(
    commands.map((c) => ({ keys: c.keys, presentingKeys: c.presentingKeys, label: c.label(words) })),
    words,
  );
  card.append(heading, pageKeys, mapHeading, keyTable(mapKeyRows(words), words), mouse, close);
  // The step chart is a time cursor with keys of its own while it has focus.
  const cursorHeading = Object.assign(document.createElement('h3'), { textContent: words.cursor.helpHeading });
  const cursorHint = Object.assign(document.createElement('p'), { textContent: words.cursor.keysHint });
  const toolHeading = Object.assign(document.createElement('h3'), { textContent: w.helpToolKeys });
  mouse.after(cursorHeading, cursorHint, toolHeading, keyTable(toolKeyRows(words), words));
  overlay.replaceChildren(card);

  let returnTo: HTMLElement | null = null;
  const setOpen = (open: boolean, giveFocusBack = true) => {
    if (open === !overlay.hidden) return;
    overlay.hidden = !open;
    if (open) {
      returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      card.focus();
    } else if (giveFocusBack && returnTo?.isConnected) {
      returnTo.focus();
    }
  };
  // Tab may leave the dialog (nothing is trapped); the overlay then goes, so it never hides the control that has focus.
  // Checked once focus has landed (it may leave the page); a window losing focus keeps it inside.
  overlay.addEventListener('focusout', () => {
    setTimeout(() => !overlay.contains(document.activeElement) && setOpen(false, false));
  });
  // A click on the backdrop or the close button closes; a click inside the card (to select text) does not.
  overlay.addEventListener('click', (e) => (e.target === overlay || e.target === close) && setOpen(false));
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
    } else if (e.target !== close || (e.key !== ' ' && e.key !== 'Enter')) {
      return;
    }
    // The key belongs to the dialog (Escape, or pressing its button), not to the page's shortcuts.
    e.stopPropagation();
  });
  return (open) => setOpen(open);
}
