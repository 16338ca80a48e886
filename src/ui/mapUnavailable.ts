import './mapUnavailable.css';
import type { Words } from '../i18n/words.ts';

/** Says, over the map's box, that the map cannot be drawn here and what still works. */
export function mapUnavailable(host: HTMLElement, words: Words): void {
  const message = document.createElement('p');
  message.className = 'map-unavailable';
  message.dataset.role = 'map-unavailable';
  message.textContent = words.shell.noWebGl;
  host.append(message);
}
