import './scenes.css';
import type { Words } from '../i18n/words.ts';
import { MAX_NAME, type SceneLibrary } from '../state/sceneLibrary.ts';

/** What the dialog's buttons ask for; each answers with the lines to show in the dialog's status. */
export interface ScenesActions {
  save(name: string): string[];
  open(name: string): string[];
  rename(from: string, to: string): string[];
  remove(name: string): string[];
  makePlaylist(name: string, scenes: string[]): string[];
  play(playlist: string): string[];
  removePlaylist(name: string): string[];
  exportFile(): string[];
  importFile(file: File): Promise<string[]>;
}

const uniqueId = (stem: string) => `${stem}-${Math.random().toString(36).slice(2)}`;

/**
 * "My scenes": a modal dialog to save the scene under a name, and to open, rename, delete, tick into
 * a playlist, export and import saved scenes. Every name a teacher typed is shown as text. The status
 * line is a live region, so what a button did is heard as well as seen.
 */
export class ScenesDialog {
  readonly button = document.createElement('button');
  readonly element = document.createElement('dialog');
  private readonly name = document.createElement('input');
  private readonly list = document.createElement('ul');
  private readonly playlistName = document.createElement('input');
  private readonly playlists = document.createElement('ul');
  private readonly file = document.createElement('input');
  private readonly status = document.createElement('div');

  constructor(
    private readonly words: Words,
    private readonly actions: ScenesActions,
  ) {
    const w = words.scenes;
    this.button.type = 'button';
    this.button.className = 'scenes-button';
    this.button.dataset.role = 'scenes';
    this.button.textContent = w.button;
    this.button.title = w.buttonHint;
    this.button.setAttribute('aria-haspopup', 'dialog');
    this.button.addEventListener('click', () => this.open());

    const heading = this.heading('h2', w.heading);
    this.element.className = 'scenes-dialog';
    this.element.dataset.role = 'scenes-dialog';
    this.element.setAttribute('aria-labelledby', heading.id);
    this.status.className = 'scenes-status';
    this.status.dataset.role = 'scenes-status';
    this.status.setAttribute('role', 'status');

    this.name.dataset.role = 'scene-name';
    this.name.maxLength = MAX_NAME;
    this.name.autofocus = true;
    const save = this.action(w.save, 'save-scene', () => this.actions.save(this.name.value));
    this.name.addEventListener('keydown', (e) => e.key === 'Enter' && save.click());
    const saveRow = this.labelled(this.name, w.nameLabel, save);

    this.list.className = 'scenes-list';
    this.list.dataset.role = 'scenes-list';
    this.playlists.className = 'scenes-list';
    this.playlists.dataset.role = 'playlists-list';
    this.playlistName.dataset.role = 'playlist-name';
    this.playlistName.maxLength = MAX_NAME;
    const make = this.action(w.makePlaylist, 'make-playlist', () => this.actions.makePlaylist(this.playlistName.value, this.ticked()));
    const playlistRow = this.labelled(this.playlistName, w.playlistName, make);

    this.file.type = 'file';
    this.file.accept = '.json,application/json';
    this.file.hidden = true;
    this.file.dataset.role = 'scenes-file';
    this.file.addEventListener('change', () => {
      const chosen = this.file.files?.[0];
      this.file.value = '';
      if (chosen) void this.actions.importFile(chosen).then((lines) => this.say(lines));
    });
    const fileRow = document.createElement('div');
    fileRow.className = 'scenes-row';
    const importButton = this.plainButton(w.importFile, 'import-scenes', () => this.file.click());
    fileRow.append(
      this.action(w.exportFile, 'export-scenes', () => this.actions.exportFile()),
      importButton,
      this.file,
    );

    const close = this.plainButton(w.close, 'close-scenes', () => this.element.close());
    close.className = 'scenes-close';
    this.element.append(
      heading,
      saveRow,
      this.status,
      this.heading('h3', w.savedHeading),
      this.list,
      playlistRow,
      this.heading('h3', w.playlistsHeading),
      this.playlists,
      this.heading('h3', w.fileHeading),
      fileRow,
      close,
    );
    // Keys typed in the dialog are its own: the page's shortcuts stay out (and Escape still closes it).
    this.element.addEventListener('keydown', (e) => e.stopPropagation());
    this.element.addEventListener('close', () => this.button.focus());
  }

  open(): void {
    this.status.replaceChildren();
    this.element.showModal();
  }

  /** Shows the library as it is now. */
  show(library: SceneLibrary): void {
    const ticked = new Set(this.ticked());
    const w = this.words.scenes;
    this.list.replaceChildren(...library.scenes.map((scene) => this.sceneRow(scene.name, ticked.has(scene.name))));
    if (library.scenes.length === 0) this.list.append(this.empty(w.none));
    this.playlists.replaceChildren(
      ...library.playlists.map((p) => {
        const item = document.createElement('li');
        const group = this.group(p.name);
        const label = document.createElement('span');
        label.className = 'scenes-label';
        label.textContent = w.playlistRow(p.name, p.scenes.length);
        group.append(
          label,
          this.action(w.play, 'play-playlist', () => this.actions.play(p.name)),
          this.action(w.remove, 'remove-playlist', () => this.actions.removePlaylist(p.name)),
        );
        item.append(group);
        return item;
      }),
    );
    if (library.playlists.length === 0) this.playlists.append(this.empty(w.noPlaylists));
  }

  /** Lines in the status: what was done, or what went wrong and why. */
  say(lines: readonly string[]): void {
    this.status.replaceChildren(
      ...lines.map((line) => {
        const p = document.createElement('p');
        p.textContent = line;
        return p;
      }),
    );
  }

  private sceneRow(name: string, ticked: boolean): HTMLLIElement {
    const w = this.words.scenes;
    const item = document.createElement('li');
    item.dataset.scene = name;
    const group = this.group(name);
    const field = document.createElement('input');
    field.value = name;
    field.maxLength = MAX_NAME;
    field.dataset.role = 'row-name';
    field.setAttribute('aria-label', w.rowName(name));
    const rename = this.action(w.rename, 'rename-scene', () => this.actions.rename(name, field.value));
    field.addEventListener('keydown', (e) => e.key === 'Enter' && rename.click());
    const tick = document.createElement('input');
    tick.type = 'checkbox';
    tick.checked = ticked;
    tick.value = name;
    tick.dataset.role = 'tick-scene';
    const tickLabel = document.createElement('label');
    tickLabel.append(tick, ` ${w.inPlaylist}`);
    group.append(
      field,
      this.action(w.open, 'open-scene', () => this.actions.open(name)),
      rename,
      this.action(w.remove, 'remove-scene', () => this.actions.remove(name)),
      tickLabel,
    );
    item.append(group);
    return item;
  }

  private ticked(): string[] {
    return [...this.list.querySelectorAll<HTMLInputElement>('[data-role=tick-scene]')].filter((t) => t.checked).map((t) => t.value);
  }

  /** A row's controls, named after the scene or playlist, so "Open" and "Delete" say what they act on. */
  private group(name: string): HTMLDivElement {
    const group = document.createElement('div');
    group.className = 'scenes-row';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', name);
    return group;
  }

  private empty(text: string): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'scenes-empty';
    item.textContent = text;
    return item;
  }

  private heading(tag: 'h2' | 'h3', text: string): HTMLElement {
    const heading = document.createElement(tag);
    heading.id = uniqueId('scenes-heading');
    heading.textContent = text;
    return heading;
  }

  private labelled(input: HTMLInputElement, text: string, button: HTMLButtonElement): HTMLDivElement {
    input.type = 'text';
    input.id = uniqueId('scenes-field');
    input.spellcheck = false;
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = text;
    const row = document.createElement('div');
    row.className = 'scenes-row';
    row.append(input, button);
    const box = document.createElement('div');
    box.append(label, row);
    return box;
  }

  private plainButton(text: string, role: string, click: () => void): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.dataset.role = role;
    b.addEventListener('click', click);
    return b;
  }

  /** A button whose action's answer is said in the status. */
  private action(text: string, role: string, act: () => string[]): HTMLButtonElement {
    return this.plainButton(text, role, () => this.say(act()));
  }
}
