import type GUI from 'lil-gui';
import type { Controller } from 'lil-gui';
import { InputError } from '../core/InputError.ts';
import type { Optimizer } from '../core/optimizers/Optimizer.ts';
import { defaultScheduleParams } from '../core/schedules/defaultScheduleParams.ts';
import { scheduleByType, scheduleTypes } from '../core/schedules/registry.ts';
import { resolveSchedule } from '../core/schedules/resolveSchedule.ts';
import type { ScheduleParam, ScheduleSpec, ScheduleType, ScheduleValue } from '../core/schedules/Schedule.ts';
import type { Words } from '../i18n/words.ts';
import { describeControl, speakValue } from './describeControl.ts';

/** A schedule as the controls edit it; the experiment's also carry when they step. */
export type ScheduleSetting = ScheduleSpec & { readonly interval?: 'epoch' | 'batch' };

const NONE = 'none';

/** A newly chosen type at its defaults; momentum cycling is switched off where the optimizer has none to cycle. */
function startingParams(type: ScheduleType, optimizer: Optimizer): Record<string, ScheduleValue> {
  const params = defaultScheduleParams(type);
  if (!('cycle_momentum' in params)) return params;
  try {
    resolveSchedule({ type: type.type, params }, { optimizer }, 'schedule');
  } catch (e) {
    if (!(e instanceof InputError) || !e.message.includes('cycle_momentum')) throw e;
    params.cycle_momentum = false;
  }
  return params;
}

/** A list argument as text: milestones as "20, 40", child schedules as JSON. */
const asText = (p: ScheduleParam, v: ScheduleValue) => (p.kind === 'integers' ? (v as number[]).join(', ') : JSON.stringify(v));

/** Reads the text back; what does not parse is passed on as text, so the store's note names the field. */
function fromText(p: ScheduleParam, text: string): ScheduleValue {
  if (p.kind === 'integers') {
    const parts = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return parts.every((s) => /^-?\d+$/.test(s)) ? parts.map(Number) : text;
  }
  try {
    return JSON.parse(text) as ScheduleValue;
  } catch {
    return text;
  }
}

/**
 * A schedule menu in an optimizer's folder ("none" or one of PyTorch's schedules) and, below it, one
 * control per argument of the chosen type, generated from its declaration. `commit` sends a whole
 * schedule (or null) to the store; refresh copies the state's schedule back.
 */
export function addScheduleControls(
  folder: GUI,
  optimizer: Optimizer,
  initial: ScheduleSetting | null,
  commit: (schedule: ScheduleSetting | null) => void,
  words: Words,
  withInterval: boolean,
): { refresh(schedule: ScheduleSetting | null): void } {
  const { labels, hints, options } = words.controls;
  const { scheduleMeanings, scheduleParamMeanings } = words.declarations;
  let current = initial;
  const menu = { type: initial?.type ?? NONE, interval: initial?.interval ?? 'epoch' };
  // Class names stay PyTorch's in every language; only "none" is a word.
  const types = { [options.scheduleNone]: NONE, ...Object.fromEntries(scheduleTypes.map((t) => [t, t])) };
  const typeControl = describeControl(folder.add(menu, 'type', types).name(labels.schedule), withInterval ? hints.scheduleExperiment : hints.scheduleMap);
  const args = folder.addFolder(words.controls.folders.scheduleArguments);
  // What the chosen schedule does, first in its arguments' folder.
  const meaning = document.createElement('p');
  meaning.className = 'control-hint';
  args.$children.prepend(meaning);
  let controls: Controller[] = [];
  let proxy: Record<string, ScheduleValue> = {};
  let built = '';

  const send = (type: string, params: Record<string, ScheduleValue>) => commit({ type, params, ...(withInterval ? { interval: menu.interval } : {}) });

  function build(schedule: ScheduleSetting | null): void {
    for (const c of controls) c.destroy();
    controls = [];
    proxy = {};
    built = schedule?.type ?? NONE;
    const type = schedule && scheduleByType(schedule.type);
    args.show(!!type);
    if (!type || !schedule) return;
    meaning.textContent = `${scheduleMeanings[type.type]} (${type.torch})`;
    if (withInterval) {
      const intervals = { [options.intervals.epoch]: 'epoch', [options.intervals.batch]: 'batch' };
      const c = describeControl(args.add(menu, 'interval', intervals).name(labels.interval), hints.interval);
      c.onChange(() => current && send(current.type, { ...current.params }));
      controls.push(c);
    }
    for (const p of type.parameters) {
      const value = schedule.params[p.name];
      const edited = () =>
        current &&
        send(current.type, { ...current.params, [p.name]: p.kind === 'integers' || p.kind === 'schedules' ? fromText(p, proxy[p.name] as string) : proxy[p.name] });
      let c: Controller;
      if (p.kind === 'integers' || p.kind === 'schedules') {
        proxy[p.name] = asText(p, value);
        c = args.add(proxy, p.name);
      } else if (p.kind === 'choice') {
        proxy[p.name] = value;
        c = args.add(proxy, p.name, [...p.options]);
      } else if (p.kind === 'boolean') {
        proxy[p.name] = value;
        c = args.add(proxy, p.name);
      } else if (p.kind === 'integer') {
        proxy[p.name] = value;
        const v = value as number;
        c = speakValue(args.add(proxy, p.name, Math.min(p.slider[0], v), Math.max(p.slider[1], v), 1), words.controls.values.plain);
      } else {
        proxy[p.name] = value;
        // Decades (max_lr, final_div_factor, eps) need a number field; a slider cannot show them.
        c = speakValue(p.log ? args.add(proxy, p.name).min(p.min) : args.add(proxy, p.name, p.slider[0], p.slider[1]).decimals(4), words.controls.values.plain);
      }
      describeControl(c, scheduleParamMeanings[type.type][p.name]);
      if (p.kind === 'boolean' || p.kind === 'choice') c.onChange(edited);
      else c.onFinishChange(edited);
      controls.push(c);
    }
  }

  typeControl.onChange((type: string) => {
    const declared = scheduleByType(type);
    if (!declared) commit(null);
    else send(type, startingParams(declared, optimizer));
  });
  build(initial);
  args.close();

  return {
    refresh(schedule) {
      current = schedule;
      menu.type = schedule?.type ?? NONE;
      menu.interval = schedule?.interval ?? 'epoch';
      typeControl.updateDisplay();
      if ((schedule?.type ?? NONE) !== built) {
        build(schedule);
        if (schedule) args.open();
        return;
      }
      if (!schedule) return;
      const type = scheduleByType(schedule.type)!;
      for (const p of type.parameters) {
        const v = schedule.params[p.name];
        proxy[p.name] = p.kind === 'integers' || p.kind === 'schedules' ? asText(p, v) : v;
      }
      for (const c of controls) c.updateDisplay();
    },
  };
}
