import './embed.css';
import type { Words } from '../i18n/words.ts';
import type { AppState } from '../state/AppState.ts';
import { commands, type CommandTarget } from '../ui/commands.ts';
import { ICONS } from '../ui/Toolbar.ts';
import type { PageOptions } from './pageOptions.ts';

export interface EmbedHost {
  target: CommandTarget;
  words: Words;
  page: PageOptions;
  /** The full page's address, without fragment. */
  fullPage: string;
  /** The current scene as a link fragment. */
  fragment(): string;
}

/** The transport an embed keeps: commands of the list, so keys and buttons do the same. */
const TRANSPORT = ['play-pause', 'step', 'reset'] as const;

/**
 * Embed mode on an instance's root: the layout classes that hide the header, story and panels (but
 * the controls the link keeps), and a small overlay with the transport and a link to the full page.
 */
export function createEmbedOverlay(root: HTMLElement, host: EmbedHost): { update(state: AppState): void } {
  const { words, page } = host;
  root.classList.add('embed', `embed-${page.panel}`);
  for (const name of page.controls) root.classList.add(`keep-${name}`);
  const overlay = document.createElement('div');
  overlay.className = 'embed-overlay';
  overlay.dataset.role = 'embed-overlay';
  const transport = document.createElement('div');
  transport.className = 'embed-transport';
  transport.setAttribute('role', 'group');
  transport.setAttribute('aria-label', words.embed.transport);
  const label = { 'play-pause': words.embed.play, step: words.embed.step, reset: words.embed.reset };
  const icon = { 'play-pause': ICONS.play, step: ICONS.step, reset: ICONS.reset };
  const buttons = TRANSPORT.map((id) => {
    const command = commands.find((c) => c.id === id)!;
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.command = id;
    // Constant markup: the icons are the toolbar's own SVG.
    b.innerHTML = icon[id];
    b.title = label[id];
    b.setAttribute('aria-label', label[id]);
    b.onclick = () => command.run(host.target);
    transport.append(b);
    return b;
  });
  const open = document.createElement('a');
  open.className = 'embed-open';
  open.dataset.role = 'open-in-slopes';
  open.target = '_blank';
  open.rel = 'noopener';
  open.textContent = words.embed.openInSlopes;
  open.title = words.embed.openInSlopesTitle;
  overlay.append(transport, open);
  // First in the root, so Tab reaches the transport before the legend's rows.
  root.prepend(overlay);
  const play = buttons[0];
  return {
    update(state) {
      const name = state.running ? words.embed.pause : words.embed.play;
      play.innerHTML = state.running ? ICONS.pause : ICONS.play;
      play.setAttribute('aria-label', name);
      play.title = name;
      const fragment = host.fragment();
      open.href = fragment ? `${host.fullPage}#${fragment}` : host.fullPage;
    },
  };
}
