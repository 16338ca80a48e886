import type GUI from 'lil-gui';
import type { Controller } from 'lil-gui';
import type { HyperParam } from '../core/optimizers/Optimizer.ts';
import { optimizers } from '../core/optimizers/registry.ts';
import { optimizerStyle } from '../render/palette.ts';
import type { Words } from '../i18n/words.ts';
import type { OptimizerSetting } from '../state/AppState.ts';
import { describeControl, speakValue } from './describeControl.ts';
import { addScheduleControls, type ScheduleSetting } from './scheduleControls.ts';

type Settings = Record<string, OptimizerSetting<ScheduleSetting>>;

/** A lil-gui-bindable copy of the settings; refreshed from the state, never the source of truth. */
export interface OptimizerProxies {
  refresh(settings: Settings): void;
}

/**
 * One control per hyperparameter, chosen by its declared kind; pairs become two sliders. Labels are
 * PyTorch's names in every language; the meaning is the reader's.
 */
function addParam(
  folder: GUI,
  proxy: Record<string, number | boolean>,
  p: HyperParam,
  meaning: string,
  say: (v: number) => string,
  commit: (name: string) => void,
): void {
  if (p.kind === 'boolean') {
    describeControl(folder.add(proxy, p.name), meaning).onChange(() => commit(p.name));
    return;
  }
  const number = (c: Controller) => speakValue(describeControl(c, meaning), say).onFinishChange(() => commit(p.name));
  if (p.kind === 'pair') {
    for (const k of [0, 1]) number(folder.add(proxy, `${p.name}[${k}]`, p.slider[0], p.slider[1], 0.001).decimals(4));
    return;
  }
  // A log-scaled quantity (learning rate, eps) spans decades, which a linear slider cannot show:
  // it gets a number field instead, still checked against the declared range.
  const control = number(p.log ? folder.add(proxy, p.name).min(p.min) : folder.add(proxy, p.name, p.slider[0], p.slider[1]).decimals(3));
  // Named, so an instrument can mark a value on it (the lr's stability limit).
  control.domElement.dataset.param = p.name;
}

/**
 * A folder per optimizer (on/off switch, every hyperparameter of its declaration, and its lr schedule),
 * shared by the balls' controls and the experiment panel's (whose schedules also say when they step:
 * `intervals`); `patch` turns an edit into a store update.
 */
export function addOptimizerFolders(
  parent: GUI,
  initial: Settings,
  patch: (id: string, change: Partial<OptimizerSetting<ScheduleSetting>>) => void,
  words: Words,
  intervals = false,
): OptimizerProxies {
  const { optimizerNames, optimizerSentences, paramMeanings } = words.declarations;
  const schedules = new Map<string, ReturnType<typeof addScheduleControls>>();
  const proxies = new Map<string, Record<string, number | boolean>>();
  const folders = new Map<string, GUI>();
  const fill = (settings: Settings) => {
    for (const o of optimizers) {
      const proxy = proxies.get(o.id)!;
      const s = settings[o.id];
      proxy.enabled = s.enabled;
      for (const p of o.hyperparameters) {
        const v = s.params[p.name];
        if (typeof v === 'object') {
          proxy[`${p.name}[0]`] = v[0];
          proxy[`${p.name}[1]`] = v[1];
        } else {
          proxy[p.name] = v;
        }
      }
    }
  };
  for (const o of optimizers) {
    const proxy: Record<string, number | boolean> = {};
    proxies.set(o.id, proxy);
  }
  fill(initial);
  for (const o of optimizers) {
    const proxy = proxies.get(o.id)!;
    const folder = parent.addFolder(optimizerNames[o.id]);
    folder.domElement.classList.add('optimizer-folder');
    if (!intervals) folder.domElement.dataset.optimizer = o.id;
    folder.$title.setAttribute('style', `border-left: 4px solid ${optimizerStyle(o.id).css}`);
    // What the optimizer does, first in its folder, so a student reads it next to its settings.
    const sentence = document.createElement('p');
    sentence.className = 'control-hint';
    sentence.textContent = optimizerSentences[o.id];
    folder.$children.prepend(sentence);
    describeControl(folder.add(proxy, 'enabled').name(words.controls.labels.enabled), `${optimizerSentences[o.id]} (${o.torch})`).onChange((v: boolean) =>
      patch(o.id, { enabled: v }),
    );
    const commit = (name: string) => {
      const p = o.hyperparameters.find((h) => h.name === name)!;
      const value = p.kind === 'pair' ? [proxy[`${name}[0]`] as number, proxy[`${name}[1]`] as number] : proxy[name];
      patch(o.id, { params: { [name]: value } as OptimizerSetting['params'] });
    };
    for (const p of o.hyperparameters) addParam(folder, proxy, p, paramMeanings[o.id][p.name], words.controls.values.plain, commit);
    schedules.set(
      o.id,
      addScheduleControls(folder, o, initial[o.id].schedule, (schedule) => patch(o.id, { schedule }), words, intervals),
    );
    folder.close();
    folders.set(o.id, folder);
  }
  return {
    refresh(settings) {
      fill(settings);
      for (const f of folders.values()) for (const c of f.controllers) c.updateDisplay();
      for (const [id, s] of schedules) s.refresh(settings[id].schedule);
    },
  };
}
