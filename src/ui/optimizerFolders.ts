import type GUI from 'lil-gui';
import type { Controller } from 'lil-gui';
import type { HyperParam } from '../core/optimizers/Optimizer.ts';
import { optimizers } from '../core/optimizers/registry.ts';
import { optimizerStyle } from '../render/palette.ts';
import type { OptimizerSetting } from '../state/AppState.ts';
import { addScheduleControls, type ScheduleSetting } from './scheduleControls.ts';

type Settings = Record<string, OptimizerSetting<ScheduleSetting>>;

/** A lil-gui-bindable copy of the settings; refreshed from the state, never the source of truth. */
export interface OptimizerProxies {
  refresh(settings: Settings): void;
}

function tooltip(c: Controller, text: string): Controller {
  c.domElement.title = text;
  return c;
}

/** One control per hyperparameter, chosen by its declared kind; pairs become two sliders. */
function addParam(folder: GUI, proxy: Record<string, number | boolean>, p: HyperParam, commit: (name: string) => void): void {
  if (p.kind === 'boolean') {
    tooltip(folder.add(proxy, p.name), p.help).onChange(() => commit(p.name));
    return;
  }
  if (p.kind === 'pair') {
    for (const k of [0, 1]) {
      const key = `${p.name}[${k}]`;
      const c = folder.add(proxy, key, p.slider[0], p.slider[1], 0.001).decimals(4);
      tooltip(c, p.help).onFinishChange(() => commit(p.name));
    }
    return;
  }
  // A log-scaled quantity (learning rate, eps) spans decades, which a linear slider cannot show:
  // it gets a number field instead, still checked against the declared range.
  const c = p.log ? folder.add(proxy, p.name).min(p.min) : folder.add(proxy, p.name, p.slider[0], p.slider[1]).decimals(3);
  tooltip(c, p.help).onFinishChange(() => commit(p.name));
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
  intervals = false,
): OptimizerProxies {
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
        if (Array.isArray(v)) {
          proxy[`${p.name}[0]`] = v[0];
          proxy[`${p.name}[1]`] = v[1];
        } else {
          proxy[p.name] = v as number | boolean;
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
    const folder = parent.addFolder(o.name);
    folder.domElement.style.setProperty('--title-background-color', '#f0f2f6');
    folder.domElement.querySelector('.lil-title, .title')?.setAttribute('style', `border-left: 4px solid ${optimizerStyle(o.id).css}`);
    tooltip(folder.add(proxy, 'enabled').name('on'), `${o.summary} (${o.torch})`).onChange((v: boolean) => patch(o.id, { enabled: v }));
    const commit = (name: string) => {
      const p = o.hyperparameters.find((h) => h.name === name)!;
      const value = p.kind === 'pair' ? [proxy[`${name}[0]`] as number, proxy[`${name}[1]`] as number] : proxy[name];
      patch(o.id, { params: { [name]: value } as OptimizerSetting['params'] });
    };
    for (const p of o.hyperparameters) addParam(folder, proxy, p, commit);
    schedules.set(o.id, addScheduleControls(folder, o, initial[o.id].schedule, (schedule) => patch(o.id, { schedule }), intervals));
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
