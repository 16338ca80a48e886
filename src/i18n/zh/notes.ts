import type { ParamAllowed, ParamProblem } from '../../core/optimizers/resolveParams.ts';
import { chainableSchedules } from '../../core/schedules/chainableSchedules.ts';
import type { ScheduleCheck, ScheduleParam } from '../../core/schedules/Schedule.ts';
import type { ScheduleFailure } from '../../core/schedules/ScheduleError.ts';
import type { Choice, Expected, Note, Shape } from '../../state/Note.ts';
import type { Words } from '../words.ts';
import { controls } from './controls.ts';
import { ruleError } from './ruleError.ts';

const SHAPES: Record<Shape, string> = {
  optimizerMap: '以优化器 id 为键的对象',
  optimizerSetting: '{ enabled, params }',
  hyperparameters: '超参数的对象',
  object: '对象',
  ruleSetting: '{ text, params, schedule? }',
  ruleText: '更新规则的文本',
  ruleParams: '规则超参数的对象',
  run: '{ optimizer, params, batchSize? }',
  scheduleSpec: '{type, params, interval}',
  sceneEntry: '{ name, state }',
  playlistEntry: '{ name, scenes }',
  list: '列表',
  sceneNames: '场景名称的列表',
  keyValue: 'key=value',
};

const CHOICES: Record<Choice, string> = { preset: '预设', control: '控件', panel: '面板' };

/** zod's type names as a Chinese tutorial says them. */
const TYPES: Readonly<Record<string, string>> = { number: '数', boolean: '布尔值（true 或 false）', object: '对象', array: '列表', string: '文本', tuple: '列表' };

const list = (items: readonly string[]) => items.join('、');
const quoted = (items: readonly string[]) => list(items.map((v) => `"${v}"`));
const got = (value: string | undefined) => (value === undefined ? '' : `，实际为 ${value}`);

/** `[a, b]`, `(a, b]`, or `> a` when unbounded above: the same marks the English line uses. */
function interval(lo: number, hi: number, openLo: boolean, openHi: boolean): string {
  if (hi === Infinity) return `${openLo ? '>' : '>='} ${lo} 的数`;
  return `${openLo ? '(' : '['}${lo}, ${hi}${openHi ? ')' : ']'} 内的数`;
}

function expected(e: Expected): string {
  switch (e.is) {
    case 'minMax':
      return '应为 [min, max]，且 min < max';
    case 'axisRange':
      return `应为有限的 from < to${e.log ? '，对数轴上两者都须 > 0' : ''}`;
    case 'atLeast':
      return `应为 >= ${e.lo} 的${e.integer ? '整数' : '数'}`;
    case 'numberIn':
      return `应为 [${e.lo}, ${e.hi}] 内的数`;
    case 'integerIn':
      return `应为 [${e.lo}, ${e.hi}] 内的整数`;
    case 'networkParam':
      return '应为网络参数：w1[i]、b1[i]、w2[i]（i = 0..19）或 b2[0]';
    case 'snapshot':
      return `应为 "init" 或 "<优化器 id>@<轮次>"，轮次取 0..${e.epochs}`;
    case 'oneOf':
      return `应为以下之一：${list(e.values)}`;
    case 'either':
      return `应为 ${e.values.map((v) => `"${v}"`).join(' 或 ')}`;
    case 'functionText':
      return '应为 x 和 y 的函数（文本）';
    case 'point':
      return '应为 [x, y]：两个有限的数';
    case 'brush':
      return `应为至多 ${e.max} 个点，依次给出每个涂出的起点的 x 和 y`;
    case 'flag':
      return '应为 1 或 0';
    case 'distinctParams':
      return '应为两个不同的参数';
    case 'formula':
      return e.error.problem ? controls.formula.error(e.error.problem, e.error.advice, e.error.column) : `第 ${e.error.column} 列：函数写法有误`;
    case 'shape':
      return `应为${SHAPES[e.shape]}`;
    case 'runs':
      return `应为最多 ${e.max} 次训练的列表 { optimizer, params, batchSize? }`;
    case 'rules':
      return `应为最多 ${e.max} 条规则的列表 { text, params }`;
    case 'name':
      return `应为 1 到 ${e.max} 个字符的名称`;
    case 'type':
      return `应为${TYPES[e.type] ?? e.type}`;
    case 'unknownKeys':
      return `未知字段 ${quoted(e.keys)}`;
    case 'zod':
      return '格式不符合要求';
  }
}

function allowed(a: ParamAllowed): string {
  switch (a.kind) {
    case 'number':
      return interval(a.min, a.max, a.openMin, false);
    case 'boolean':
      return 'true 或 false';
    case 'pair':
      return `一对 ${interval(a.min, a.max, false, true)}`;
  }
}

function param(p: ParamProblem): string {
  switch (p.code) {
    case 'notObject':
      return `超参数应为“名称: 值”的对象，实际为 ${p.got}`;
    case 'unknownParam':
      return `未知的超参数 "${p.name}"（可用：${list(p.allowed)}）`;
    case 'outOfRange':
      return `"${p.name}" 应为${allowed(p.allowed)}，实际为 ${p.got}`;
    case 'nesterov':
      return `Nesterov 需要 "momentum" > 0 且 "dampening" = 0，实际 momentum 为 ${p.momentum}，dampening 为 ${p.dampening}`;
  }
}

/** What a schedule's argument allows, as describeParam says it in English. */
function describe(p: ScheduleParam): string {
  switch (p.kind) {
    case 'number':
      return p.max === Infinity ? interval(p.min, Infinity, p.exclusiveMin === true, false) : interval(p.min, p.max, p.exclusiveMin === true, p.exclusiveMax === true);
    case 'integer':
      return `>= ${p.min} 的整数`;
    case 'boolean':
      return 'true 或 false';
    case 'choice':
      return `以下之一：${quoted(p.options)}`;
    case 'integers':
      return `${p.increasing ? '递增的' : ''}整数列表（每个 >= ${p.min}）`;
    case 'schedules':
      return `{type, params} 的列表，type 取 ${list(chainableSchedules.map((s) => s.type))} 之一`;
  }
}

function check(c: ScheduleCheck): string {
  switch (c.code) {
    case 'gammaCyclesMomentum':
      return `exp_range 循环 ${c.optimizer} 的动量时必须 <= 1`;
    case 'noMomentum':
      return `${c.optimizer} ${c.betasToo ? '既没有 momentum 也没有 betas' : '没有 momentum（PyTorch 1.13 只循环 momentum，不循环 betas）'}，PyTorch 会报错；请把 cycle_momentum 设为 false`;
    case 'zeroMomentum':
      return `循环 ${c.optimizer} 的动量时必须 > 0：动量为 0 时 PyTorch 会关掉动量缓冲`;
    case 'totalSteps':
      return `为 ${c.total}，但这次训练要走 ${c.steps} 个调度步：超过 total_steps 后 PyTorch 会报错`;
    case 'firstPhaseEmpty':
      return '乘以 total_steps 等于 1：第一阶段长度为零（PyTorch 会除以零）';
    case 'lastPhaseEmpty':
      return '使最后一个阶段长度为零：PyTorch 在最后一个调度步会除以零';
    case 'milestones':
      return `${c.schedulers} 个调度器需要 ${c.schedulers - 1} 个分界点，实际给了 ${c.got} 个`;
  }
}

function schedule(f: ScheduleFailure): string {
  switch (f.code) {
    case 'notSpec':
      return `应为 {type, params}，实际为 ${f.got}`;
    case 'unknownField':
      return '未知字段（只能是 type 和 params）';
    case 'unknownSchedule':
      return `未知的调度器 ${f.got}（可用：${list(f.allowed)}）`;
    case 'paramsNotObject':
      return `应为“名称: 值”的对象，实际为 ${f.got}`;
    case 'noSuchArgument':
      return `${f.type} 没有这个参数（可用：${list(f.allowed)}）`;
    case 'required':
      return `${f.type} 必须给出它（PyTorch 没有默认值）：${describe(f.param)}`;
    case 'outOfRange':
      return `应为${describe(f.param)}，实际为 ${f.got}`;
    case 'check':
      return check(f.reason);
  }
}

function line(n: Note): string {
  switch (n.kind) {
    case 'invalid':
      return `${n.field}：${expected(n.expected)}${got(n.got)}`;
    case 'unknownField':
      return `${n.field}：未知字段（可用：${list(n.allowed)}）`;
    case 'unknownOptimizer':
      return `${n.field}：未知的优化器${n.got === undefined ? '' : ` ${n.got}`}（可用：${list(n.allowed)}）`;
    case 'unknownChoice':
      return `${n.field}：未知的${CHOICES[n.what]} ${n.got}（可用：${list(n.allowed)}）`;
    case 'params':
      return `${n.field}：${n.optimizer}：${param(n.problem)}`;
    case 'schedule':
      return `${n.field}：${schedule(n.failure)}`;
    case 'rule':
      return `${n.field}：${ruleError(n.error)}`;
    case 'undecodable':
      return `${n.field}：无法解码`;
    case 'notLibrary':
      return `场景文件：应为 "${n.format}" 文档${got(n.got)}`;
    case 'libraryFormat':
      return `${n.field}：应为 "${n.format}"${got(n.got)}；仍然尝试读取`;
    case 'tooManyScenes':
      return `${n.field}：共 ${n.count} 个，只保留前 ${n.max} 个`;
    case 'sceneTaken':
      return `${n.field}："${n.name}" 已被前面的场景使用；这个场景被舍弃`;
    case 'droppedNames':
      return `${n.field}：舍弃了 ${n.count} 个不是场景名称的条目`;
    case 'nameLength':
      return `${n.field}：应为 1 到 ${n.max} 个字符，实际为 ${n.length} 个`;
    case 'libraryFull':
      return `${n.field}：最多保存 ${n.max} 个；请先删除一个`;
  }
}

export const notes: Words['notes'] = { line };
