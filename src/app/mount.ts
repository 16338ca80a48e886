import { LANG_TAGS, LANGS, preferredLang, type Lang } from '../i18n/Lang.ts';
import { wordsFor } from '../i18n/words.ts';
import type { AppState } from '../state/AppState.ts';
import { shown, type Note } from '../state/Note.ts';
import { unknownPreset } from '../state/presets.ts';
import type { NoticeLine } from '../ui/Notice.ts';
import { createApp, type App } from './createApp.ts';
import { createInstanceShell } from './instanceShell.ts';
import { FULL_PAGE, type EmbedControl, type EmbedPanel } from './pageOptions.ts';
import { loadPresets } from './presetFiles.ts';
import { sceneFrom } from './sceneFrom.ts';
import type { SlopesController } from './SlopesController.ts';
import { prefersReducedMotion } from './reducedMotion.ts';

export interface MountOptions {
  /** A preset id: its scene, with `state` on top. */
  preset?: string;
  /** A partial state (an object, or its JSON text), checked field by field like a link. */
  state?: unknown;
  /** The map alone, with a compact legend and transport; false (the default): the whole interface. */
  embed?: boolean;
  /** Start rolling at once (unless the reader asks for reduced motion); else paused until play. */
  autoplay?: boolean;
  /** In embed mode: controls to keep visible. */
  controls?: EmbedControl[];
  /** In embed mode: the experiment panel instead of the map. */
  panel?: EmbedPanel;
  /** The language; else the state's, else the host element's `lang`, else the browser's. */
  lang?: Lang;
  /** The full page "Open in Slopes" leads to; else the one this library sits beside (`../`). */
  page?: string;
}

/** A mounted instance's controller: window.slopes's verbs, plus destroy(). */
export interface MountedController extends SlopesController {
  /** Removes the instance: its canvas, workers, listeners and DOM. The controller is dead afterwards. */
  destroy(): void;
}

/** Where the full page is when this library sits in `lib/` beside the built app. */
const here = import.meta.url;
const DEFAULT_PAGE = new URL('../', here).href;

const isLang = (tag: unknown): tag is Lang => (LANGS as readonly unknown[]).includes(tag);

/** Text that is no JSON object is refused as a note the notice words in the instance's language. */
function readState(state: unknown): { patch: unknown; notes: Note[] } {
  if (typeof state !== 'string') return { patch: state ?? {}, notes: [] };
  try {
    return { patch: JSON.parse(state), notes: [] };
  } catch {
    return { patch: {}, notes: [{ kind: 'invalid', field: 'state', expected: { is: 'shape', shape: 'object' }, got: shown(state) }] };
  }
}

/**
 * Builds an instance inside `element` and returns its controller. The instance owns everything it
 * uses and never touches the URL; keys reach it only while focus is inside it. Choosing another
 * language builds it again in place, with the same scene.
 */
export async function mount(element: HTMLElement, options: MountOptions = {}): Promise<MountedController> {
  const { presets, errors } = loadPresets();
  const preset = options.preset === undefined ? undefined : presets.find((p) => p.id === options.preset);
  const unknown = options.preset !== undefined && !preset ? [unknownPreset(options.preset, presets)] : [];
  const given = readState(options.state);
  const { state, notes } = sceneFrom(preset, given.patch);
  const hostLang = element.closest<HTMLElement>('[lang]')?.lang;
  const asked = (given.patch as { lang?: unknown } | null)?.lang;
  const lang = options.lang ?? (isLang(asked) ? asked : preferredLang(hostLang ? [hostLang, ...navigator.languages] : navigator.languages));
  const initial: AppState = { ...state, lang, running: options.autoplay === true && !prefersReducedMotion() };
  const page = { ...FULL_PAGE, embed: options.embed === true, controls: options.controls ?? [], panel: options.panel ?? FULL_PAGE.panel };

  const handle = {} as MountedController;
  let shell: HTMLElement | null = null;
  let app: App | null = null;
  let destroyed = false;
  const release = () => {
    app?.destroy();
    shell?.remove();
    app = shell = null;
  };
  const build = async (scene: AppState, presetId: string | undefined, startNotes: NoticeLine[]) => {
    shell = createInstanceShell(element.ownerDocument);
    shell.lang = LANG_TAGS[scene.lang];
    shell.tabIndex = -1;
    shell.setAttribute('role', 'region');
    shell.setAttribute('aria-label', wordsFor(scene.lang).embed.demo);
    element.append(shell);
    app = await createApp(shell, {
      initial: scene,
      presets,
      notes: startNotes,
      presetId,
      page,
      fullPage: options.page ?? DEFAULT_PAGE,
      scopedKeys: true,
      onLanguage: (next) => {
        const current = app!;
        const again = { ...current.store.get(), lang: next };
        const origin = current.origin()?.id;
        // Later, so the store's update that asked for it finishes before the instance goes.
        queueMicrotask(() => {
          release();
          void build(again, origin, []);
        });
      },
    });
    if (destroyed) return release();
    // The same object across rebuilds, so a host's reference keeps working.
    Object.assign(handle, app.controller, {
      destroy: () => {
        destroyed = true;
        release();
      },
    });
  };
  await build(initial, preset?.id, [...errors, ...unknown, ...given.notes, ...notes]);
  return handle;
}
