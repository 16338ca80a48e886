import { mount, type MountedController, type MountOptions } from './mount.ts';
import { EMBED_CONTROLS, type EmbedControl, type EmbedPanel } from './pageOptions.ts';

export { mount, type MountedController, type MountOptions };

/**
 * `<slopes-demo preset="…" state='{"…"}' embed autoplay>`: one instance per element, built when it
 * enters the page and destroyed when it leaves. `ready` resolves with its controller.
 */
export class SlopesDemo extends HTMLElement {
  ready: Promise<MountedController> | null = null;

  connectedCallback(): void {
    if (this.ready) return;
    const list = (name: string) =>
      (this.getAttribute(name) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const options: MountOptions = {
      preset: this.getAttribute('preset') ?? undefined,
      state: this.getAttribute('state') ?? undefined,
      embed: this.hasAttribute('embed'),
      autoplay: this.hasAttribute('autoplay'),
      controls: list('controls').filter((c): c is EmbedControl => (EMBED_CONTROLS as readonly string[]).includes(c)),
      panel: (this.getAttribute('panel') as EmbedPanel | null) === 'experiment' ? 'experiment' : 'map',
      page: this.getAttribute('page') ?? undefined,
    };
    this.ready = mount(this, options);
  }

  disconnectedCallback(): void {
    const ready = this.ready;
    this.ready = null;
    void ready?.then((instance) => instance.destroy());
  }
}

if (!customElements.get('slopes-demo')) customElements.define('slopes-demo', SlopesDemo);
