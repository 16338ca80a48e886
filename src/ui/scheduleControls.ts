import type GUI from 'lil-gui';
import type { Controller } from 'lil-gui';
import { InputError } from '../core/InputError.ts';
import type { Optimizer } from '../core/optimizers/Optimizer.ts';
import { defaultScheduleParams } from '../core/schedules/defaultScheduleParams.ts';
import { scheduleByType, scheduleTypes } from '../core/schedules/registry.ts';
import { resolveSchedule } from '../core/schedules/resolveSchedule.ts';
import type { ScheduleParam, ScheduleSpec, ScheduleType, ScheduleValue } from '../core/schedules/Schedule.ts';

/** A schedule as the controls edit it; the experiment's also carry when they step. */
export type ScheduleSetting = ScheduleSpec & { readonly interval?: 'epoch' | 'batch' };

const NONE = 'none';

/** The help of the type menu: what the schedule does, and what the endless race does with a finite one. */
const MAP_HELP =
  'A learning-rate schedule (torch.optim.lr_scheduler), stepped after every update; the race restarts. ' +
  'The race never ends: OneCycleLR keeps its last lr (and momentum) after total_steps.';
const EXPERIMENT_HELP = 'A learning-rate schedule (torch.optim.lr_scheduler), stepped after every minibatch or every epoch.';

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
    const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
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
  withInterval: boolean,
): { refresh(schedule: ScheduleSetting | null): void } {
  let current = initial;
  const menu = { type: initial?.type ?? NONE, interval: initial?.interval ?? 'epoch' };
  const typeControl = folder.add(menu, 'type', [NONE, ...scheduleTypes]).name('lr schedule');
  typeControl.domElement.title = withInterval ? EXPERIMENT_HELP : MAP_HELP;
  const args = folder.addFolder('schedule arguments');
  let controls: Controller[] = [];
  let proxy: Record<string, ScheduleValue> = {};
  let built = '';

  const send = (type: string, params: Record<string, ScheduleValue>) =>
    commit({ type, params, ...(withInterval ? { interval: menu.interval } : {}) });

  function build(schedule: ScheduleSetting | null): void {
    for (const c of controls) c.destroy();
    controls = [];
    proxy = {};
    built = schedule?.type ?? NONE;
    const type = schedule && scheduleByType(schedule.type);
    args.show(!!type);
    if (!type || !schedule) return;
    args.domElement.title = `${type.summary} (${type.torch})`;
    if (withInterval) {
      const c = args.add(menu, 'interval', ['epoch', 'batch']).name('steps every');
      c.domElement.title = 'epoch: scheduler.step() once per epoch (fed the epoch loss); batch: after every minibatch';
      c.onChange(() => current && send(current.type, { ...current.params }));
      controls.push(c);
    }
    for (const p of type.parameters) {
      const value = schedule.params[p.name];
      const edited = () => current && send(current.type, { ...current.params, [p.name]: p.kind === 'integers' || p.kind === 'schedules' ? fromText(p, proxy[p.name] as string) : proxy[p.name] });
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
        c = args.add(proxy, p.name, Math.min(p.slider[0], v), Math.max(p.slider[1], v), 1);
      } else {
        proxy[p.name] = value;
        // Decades (max_lr, final_div_factor, eps) need a number field; a slider cannot show them.
        c = p.log ? args.add(proxy, p.name).min(p.min) : args.add(proxy, p.name, p.slider[0], p.slider[1]).decimals(4);
      }
      c.domElement.title = p.help;
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
