import type { Words } from '../i18n/words.ts';
import type { ShareLinks } from '../state/shareLinks.ts';

/**
 * The header's Share button and its dialog: the link to the scene and an iframe snippet that embeds
 * it, each in a read-only field with a copy button. A modal <dialog> moves focus in, closes on
 * Escape and gives focus back to the button; when the clipboard is refused the field's text is
 * selected, so Ctrl+C still copies it.
 */
export class ShareDialog {
  readonly button = document.createElement('button');
  private readonly dialog = document.createElement('dialog');
  private readonly link = document.createElement('input');
  private readonly iframe = document.createElement('textarea');
  private readonly status = document.createElement('p');

  constructor(
    private readonly words: Words,
    private readonly links: () => ShareLinks,
  ) {
    const w = words.classroom;
    this.button.type = 'button';
    this.button.className = 'share-button';
    this.button.dataset.role = 'share';
    this.button.textContent = w.share;
    this.button.title = w.shareHint;
    this.button.setAttribute('aria-haspopup', 'dialog');
    this.button.addEventListener('click', () => this.open());

    const heading = document.createElement('h2');
    heading.id = `share-heading-${Math.random().toString(36).slice(2)}`;
    heading.textContent = w.shareHeading;
    this.dialog.className = 'share-dialog';
    this.dialog.dataset.role = 'share-dialog';
    this.dialog.setAttribute('aria-labelledby', heading.id);
    this.status.className = 'share-status';
    this.status.setAttribute('role', 'status');
    this.link.type = 'text';
    this.link.dataset.role = 'share-link';
    this.iframe.rows = 4;
    this.iframe.dataset.role = 'share-iframe';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'share-close';
    close.textContent = w.close;
    close.addEventListener('click', () => this.dialog.close());
    const copyLink = this.field(this.link, w.linkLabel, w.copyLink);
    copyLink.autofocus = true;
    this.field(this.iframe, w.iframeLabel, w.copyIframe);
    this.dialog.prepend(heading);
    this.dialog.append(this.status, close);
    // Keys typed in the dialog are its own: the page's shortcuts (and their preventDefault, which
    // would keep Escape from closing it) stay out.
    this.dialog.addEventListener('keydown', (e) => e.stopPropagation());
    this.dialog.addEventListener('close', () => this.button.focus());
  }

  /** The dialog element, for the host to place in the page. */
  get element(): HTMLDialogElement {
    return this.dialog;
  }

  open(): void {
    const { link, iframe } = this.links();
    this.link.value = link;
    this.iframe.value = iframe;
    this.status.textContent = '';
    this.dialog.showModal();
  }

  /** A labelled read-only field with its copy button; returns the button. */
  private field(input: HTMLInputElement | HTMLTextAreaElement, label: string, copy: string): HTMLButtonElement {
    const id = `share-field-${Math.random().toString(36).slice(2)}`;
    const name = document.createElement('label');
    name.htmlFor = id;
    name.textContent = label;
    input.id = id;
    input.readOnly = true;
    input.spellcheck = false;
    input.addEventListener('focus', () => input.select());
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = copy;
    button.addEventListener('click', () => void this.copy(input));
    const row = document.createElement('div');
    row.className = 'share-field';
    row.append(input, button);
    this.dialog.append(name, row);
    return button;
  }

  private async copy(input: HTMLInputElement | HTMLTextAreaElement): Promise<void> {
    const w = this.words.classroom;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(input.value);
      this.status.textContent = w.copied;
    } catch {
      input.focus();
      input.select();
      this.status.textContent = w.copyByHand;
    }
  }
}
