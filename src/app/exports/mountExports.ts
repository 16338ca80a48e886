import type { Words } from '../../i18n/words.ts';
import { optimizerStyle } from '../../render/palette.ts';
import type { MapView } from '../../render/MapView.ts';
import type { Simulation } from '../../sim/Simulation.ts';
import type { Preset } from '../../state/presets.ts';
import type { Store } from '../../state/store.ts';
import { surfaceOf, type SurfaceCache } from '../../state/surfaceOf.ts';
import { ExportMenu } from '../../ui/ExportMenu.ts';
import { formatLoss } from '../../ui/Legend.ts';
import { optimizerName } from '../../ui/optimizerName.ts';
import { RecordingIndicator } from '../../ui/RecordingIndicator.ts';
import { createExporter } from './createExporter.ts';
import type { ExportKind } from './exportKinds.ts';
import { ExportFailure } from './ExportFailure.ts';
import { mapPng } from './mapPng.ts';
import { MAX_RECORD_SECONDS, recordCanvas, recordingUnsupported } from './recordCanvas.ts';
import type { SceneSource } from './sceneExport.ts';

/** Steps a script or trace covers before the race has begun and no preset says how long its scene is (the CLI's default). */
const DEFAULT_STEPS = 100;

export interface ExportsDeps {
  words: Words;
  store: Store;
  surfaces: SurfaceCache;
  map: MapView;
  sim(): Simulation;
  /** The race's step: its furthest first ball. */
  leadStep(): number;
  origin(): Preset | null;
  report(notes: string[]): void;
  /** Where the Export button goes. */
  menuHost: HTMLElement;
  /** Where the recording indicator shows (over the map). */
  mapHost: HTMLElement;
}

export interface InstanceExports {
  export(kind: ExportKind): Promise<Blob>;
  record(seconds: number): Promise<Blob>;
}

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** A script shown for copying by hand, where the browser keeps the clipboard closed. */
function showText(words: Words, text: string): void {
  const dialog = document.createElement('dialog');
  dialog.className = 'export-dialog';
  const label = document.createElement('p');
  label.textContent = words.exports.copyFallback;
  const area = document.createElement('textarea');
  area.readOnly = true;
  area.value = text;
  area.setAttribute('aria-label', words.exports.copyFallback);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = words.exports.close;
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  dialog.append(label, area, close);
  document.body.append(dialog);
  dialog.showModal();
  area.select();
}

/** One instance's exports: the controller's export() and record(), the header's menu and the recording indicator. */
export function mountExports(d: ExportsDeps): InstanceExports {
  const { words } = d;
  const scene = (): SceneSource => {
    const state = d.store.get();
    const origin = d.origin();
    return {
      state,
      surfaces: d.surfaces,
      steps: d.leadStep() || origin?.steps || DEFAULT_STEPS,
      title: origin?.title[state.lang] ?? words.declarations.surfaceNames[state.surface] ?? surfaceOf(state, d.surfaces).name,
      name: origin?.id ?? state.surface,
    };
  };
  const exporter = createExporter({
    words,
    scene,
    png: () =>
      mapPng(d.map.app, {
        title: scene().title,
        step: words.exports.legendStep(d.leadStep()),
        rows: d.sim().tracks.map(({ group }) => {
          const { css, marker } = optimizerStyle(group.optimizer.id);
          return { name: optimizerName(group.optimizer, words), css, marker, loss: formatLoss(group.loss[0]) };
        }),
      }),
  });

  const indicator = new RecordingIndicator(d.mapHost, words);
  let recording = false;
  const record = (seconds: number): Promise<Blob> => {
    if (!(seconds > 0 && seconds <= MAX_RECORD_SECONDS)) return Promise.reject(new Error(words.exports.badLength(MAX_RECORD_SECONDS)));
    if (recordingUnsupported(d.map.canvas)) return Promise.reject(new Error(words.exports.noRecorder));
    if (recording) return Promise.reject(new Error(words.exports.busyRecording));
    recording = true;
    const session = recordCanvas(d.map.canvas, seconds, {
      tick: (left) => indicator.show(left, () => session.stop()),
      frame: () => d.map.app.render(),
      done: () => {
        recording = false;
        indicator.hide();
      },
    });
    return session.done;
  };

  const failed = (e: unknown) =>
    d.report([words.exports.failed(e instanceof ExportFailure ? words.exports.failure[e.reason] : e instanceof Error ? e.message : String(e))]);
  new ExportMenu(d.menuHost, words, {
    download: (kind) =>
      exporter.export(kind).then((blob) => {
        const name = exporter.fileName(kind);
        save(blob, name);
        d.report([words.exports.saved(name)]);
      }, failed),
    copy: async (kind) => {
      const text = exporter.text(kind);
      try {
        await navigator.clipboard.writeText(text);
        d.report([words.exports.copied]);
      } catch {
        showText(words, text);
      }
    },
    record: (seconds) => record(seconds).then((blob) => save(blob, `slopes-${scene().name}.webm`), failed),
  });
  return { export: (kind) => exporter.export(kind), record };
}
