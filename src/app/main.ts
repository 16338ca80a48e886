import { LANG_TAGS, LANGS, preferredLang, type Lang } from '../i18n/Lang.ts';
import { wordsFor } from '../i18n/words.ts';
import { encodeHash } from '../state/hash.ts';
import { createApp } from './createApp.ts';
import { fullPageUrl } from './fullPageUrl.ts';
import { readLink, syncLocation } from './location.ts';
import { pageOptionsFragment, readPageOptions } from './pageOptions.ts';
import { loadPresets } from './presetFiles.ts';
import { parsePlaylist } from '../state/playlist.ts';
import { sceneFrom } from './sceneFrom.ts';
import type { SlopesController } from './SlopesController.ts';
import { prefersReducedMotion } from './reducedMotion.ts';

declare global {
  interface Window {
    slopes: SlopesController;
  }
}

/** The race on Rosenbrock is what a newcomer sees first, rolling, unless a link says otherwise. */
const FIRST_PRESET = 'rosenbrock-race';

async function main(): Promise<void> {
  const { presets, errors } = loadPresets();
  const link = readLink(location.hash, presets);
  const query = Object.fromEntries(new URLSearchParams(location.search));
  const page = readPageOptions(query, link.page);
  // The language says how to show a scene, not which: `#lang=zh` alone still opens on the first preset.
  const hasLink = Object.keys(link.patch).some((k) => k !== 'lang') || link.preset !== undefined;
  // A playlist link that names no preset opens at the list's first scene.
  const firstScene = parsePlaylist(
    link.classroom.playlist,
    presets.map((p) => p.id),
  ).ids[0];
  // A link names its preset (and overrides it) or lists what differs from the defaults.
  const preset = link.preset ?? presets.find((p) => p.id === firstScene) ?? (hasLink ? undefined : presets.find((p) => p.id === FIRST_PRESET));
  const { state, notes: more } = sceneFrom(preset, link.patch);
  const moving = prefersReducedMotion() && !('running' in link.patch) ? { ...state, running: false } : state;
  // The language from the fragment, else the query (`?lang=zh`, as `?embed=1` is read), else the browser's.
  const queryLang = LANGS.find((l) => l === query.lang);
  const lang: Lang = queryLang ?? preferredLang(navigator.languages ?? [navigator.language]);
  const initial = 'lang' in link.patch ? moving : { ...moving, lang };
  document.documentElement.lang = LANG_TAGS[initial.lang];
  // Set once the link is synced; until then there is no link to write again.
  let relink = () => {};
  const app = await createApp(document.getElementById('app')!, {
    initial,
    presets,
    notes: [...errors, ...link.notes, ...page.notes, ...more],
    presetId: preset?.id,
    page: page.options,
    fullPage: fullPageUrl(location.href),
    classroom: link.classroom,
    shareBase: location.href.replace(/#.*$/, ''),
    onLinkChange: () => relink(),
    // The page is built in one language: it reloads in the chosen one, its scene, layout, playlist and presentation mode kept in the link.
    onLanguage: (lang) => {
      const scene = encodeHash({ ...app.store.get(), lang }, app.origin() ?? undefined);
      location.hash = [scene, pageOptionsFragment(page.options), app.classroomFragment()].filter(Boolean).join('&');
      location.reload();
    },
  });
  // An embedded page shows the scene its link names; the "Open in Slopes" link carries what it became.
  if (!page.options.embed) {
    relink = syncLocation({
      store: app.store,
      presets,
      origin: app.origin,
      loadPreset: app.controller.loadPreset,
      report: app.report,
      classroomFragment: app.classroomFragment,
      openClassroom: app.openClassroom,
    });
  }
  window.slopes = app.controller;
}

main().catch((e: Error) => {
  const root = document.getElementById('app')!;
  const message = document.createElement('p');
  message.className = 'notice';
  message.textContent = wordsFor(preferredLang(navigator.languages ?? [navigator.language])).embed.couldNotStart(e.message);
  root.replaceChildren(message);
  console.error(e);
});
