import './embed.css';
import page from '../../index.html?raw';

/**
 * A root for a mounted instance with the page's own markup (index.html's #app), so the page and an
 * embedding are built from one source. Nothing in it runs: it is parsed, not written as HTML.
 */
export function createInstanceShell(doc: Document): HTMLElement {
  const source = new DOMParser().parseFromString(page, 'text/html').getElementById('app')!;
  const root = doc.createElement('div');
  root.className = `${source.className} mounted`;
  root.append(...[...source.childNodes].map((node) => doc.importNode(node, true)));
  // Landmarks belong to the host page: an instance's header and main are plain blocks in its region.
  for (const landmark of root.querySelectorAll('header, main')) {
    const block = doc.createElement('div');
    block.className = landmark.className;
    block.append(...landmark.childNodes);
    landmark.replaceWith(block);
  }
  return root;
}
