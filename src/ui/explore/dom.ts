/** A new element of `tag`, appended to `parent`. */
export function node<K extends keyof HTMLElementTagNameMap>(tag: K, parent: HTMLElement, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  parent.append(e);
  return e;
}

/** A control inside its label (no id needed: two instances may share a page), found by tests through its role. */
export function field<K extends 'select' | 'input'>(parent: HTMLElement, text: string, tag: K, role: string): HTMLElementTagNameMap[K] {
  const label = node('label', parent, 'instrument-field');
  node('span', label).textContent = text;
  const control = node(tag, label);
  control.dataset.role = role;
  return control;
}

/** One tool of Explore: a closed section named `title`, found by tests through `role`, with its one-line introduction. */
export function exploreTool(parent: HTMLElement, role: string, title: string, intro: string): HTMLDetailsElement {
  const root = node('details', parent, 'instrument explore-tool');
  root.dataset.role = role;
  node('summary', root).textContent = title;
  node('p', root, 'instrument-note').textContent = intro;
  return root;
}
