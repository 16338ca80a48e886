import type { ExprAdvice, ExprProblem, ShownToken } from '../../core/expr/ExprError.ts';
import { LANG_TAGS } from '../Lang.ts';
import { plainNumber } from '../plainNumber.ts';
import type { Words } from '../words.ts';

const n = plainNumber(LANG_TAGS.zh);

export const controls: Words['controls'] = {
  title: '控制面板：曲面、优化器、起点、视图',
  folders: {
    surface: '曲面',
    network: '网络切面',
    optimizers: '优化器',
    start: '起点与运动',
    view: '视图',
    experiment: '实验面板',
    scheduleArguments: '调度参数',
    instruments: '教学仪表与工具',
  },
  labels: {
    surface: '曲面',
    weightX: '权重 → x',
    weightY: '权重 → y',
    snapshot: '冻结于',
    directionsSeed: '方向随机种子',
    batch: '小批量（0 = 全部）',
    noise: '梯度噪声 σ',
    startX: '起点 x',
    startY: '起点 y',
    speed: '每帧步数',
    trail: '轨迹长度',
    particles: '每个优化器的小球数',
    spread: '球群散布',
    layout: '球群起点',
    gradient: '显示负梯度',
    update: '显示更新量',
    stretch: '拉伸填满',
    batchSize: '批量大小',
    anyBatchSize: '……任意批量大小',
    epochs: '训练轮数（epoch）',
    points: '数据点数',
    labelNoise: '标签噪声 σ',
    seed: '随机种子',
    enabled: '启用',
    schedule: '学习率调度',
    interval: '调度步进时机',
  },
  hints: {
    surface: '小球滚下的损失曲面。',
    weightX: '沿横轴画出的网络权重，其余权重保持冻结。',
    weightY: '沿纵轴画出的网络权重。',
    snapshot: '切面穿过的那个网络：未训练的，或某个优化器训练若干轮之后的。',
    directionsSeed: '张成该平面的两个随机方向的随机种子。',
    batch: '每次计算梯度所用小批量的数据点数；0 表示用全部数据点（全批量）。',
    noise: '加到每个梯度上的噪声的标准差，模拟小批量带来的噪声。',
    startX: '小球起点的横坐标。',
    startY: '小球起点的纵坐标。',
    speed: '每个动画帧执行的优化步数。',
    trail: '每个小球的轨迹显示最近多少步。',
    particles: '每个优化器放一群小球，而不是一个。',
    spread: '球群中的小球离起点有多远。',
    layout: '球群起点的排布方式。',
    gradient: '在每个小球处画出负梯度（最速下降方向）。',
    update: '画出每个小球实际的下一步。',
    stretch: '铺满地图区域，而不是让 x 和 y 保持相同比例。',
    batchSize: '每个小批量的样本数：1 即 SGD，全部样本即全批量梯度下降。',
    anyBatchSize: '其他任意批量大小。',
    epochs: '遍历整个数据集的次数。',
    points: '训练数据集的大小。',
    labelNoise: '训练标签上的噪声。',
    seed: '数据、初始权重和小批量顺序的随机种子。',
    enabled: '是否运行这个优化器。',
    interval: 'epoch：每轮调用一次 scheduler.step()（传入该轮的损失）；batch：每个小批量之后调用一次',
    scheduleMap:
      '学习率调度（torch.optim.lr_scheduler），每次更新之后步进一次；比赛会重新开始。' + '比赛不会结束：OneCycleLR 在 total_steps 之后保持最后的 lr（和动量）。',
    scheduleExperiment: '学习率调度（torch.optim.lr_scheduler），每个小批量或每轮之后步进一次。',
    resetView: '回到该曲面自己的视图。',
    section: '展开或折叠地图旁的这一栏，和点它自己的标题一样。',
    ownRuns: '放弃预设自带的运行，改为训练下面的优化器。',
    run: '在数据集上训练每个选中的优化器。',
  },
  options: {
    layouts: { cloud: '起点周围的一团', grid: '铺满视图的网格' },
    batchChoices: { 1: '1 = SGD', 32: '32 = 教程所用', 1000: '1000 = 全批量 GD' },
    snapshotInit: 'init：未训练',
    snapshot: (optimizer: string, epochs: number) => `${optimizer} 训练 ${n(epochs)} 轮后`,
    scheduleNone: '无',
    intervals: { epoch: '每轮（epoch）', batch: '每个小批量（batch）' },
  },
  buttons: {
    resetView: '重置视图（Z）',
    ownRuns: '改为训练下面的优化器，替代预设自带的运行',
    run: '▶ 运行实验',
  },
  values: {
    plain: (v: number) => n(v),
    speed: (v: number) => `每帧 ${n(v)} 步`,
    trail: (v: number) => `${n(v)} 步`,
    particles: (v: number) => `每个优化器 ${n(v)} 个小球`,
    batch: (v: number) => (v === 0 ? '全部数据点（全批量）' : `每个小批量 ${n(v)} 个数据点`),
    batchSize: (v: number) => `每个小批量 ${n(v)} 个样本`,
    epochs: (v: number) => `${n(v)} 轮`,
    points: (v: number) => `${n(v)} 个数据点`,
    steps: (v: number) => `${n(v)} 步`,
  },
  formula: {
    label: 'f(x, y) =',
    placeholder: '例如 x^2 + 3*sin(y)',
    help: '输入 x 和 y 的函数，然后按 Enter：可用 + − * / ^、sqrt exp log sin cos tan tanh abs min max、pi、e',
    keepsPrevious: '（地图仍显示之前的函数）',
    error: (problem: ExprProblem, advice: ExprAdvice | undefined, column: number) => `第 ${column} 列：${reason(problem)}${hint(advice)}`,
  },
};

function token(t: ShownToken): string {
  switch (t.kind) {
    case 'number':
      return `数字 '${t.text}'`;
    case 'name':
      return `名称 '${t.text}'`;
    case 'symbol':
      return `'${t.text}'`;
    case 'control':
      return `字符 ${t.text}`;
    case 'end':
      return '表达式结尾';
  }
}

export function reason(p: ExprProblem): string {
  switch (p.code) {
    case 'unexpected':
      return p.token.kind === 'end' ? '表达式意外结束' : `此处不应出现 ${token(p.token)}`;
    case 'nesting':
      return `嵌套超过 ${p.limit} 层`;
    case 'tooLong':
      return `超过 ${p.limit} 个字符`;
    case 'empty':
      return '函数为空：请输入 x 和 y 的函数，例如 x^2 + 3*sin(y)';
    case 'unknownName':
      return `未知的名称 '${p.name}'`;
    case 'unknownFunction':
      return `未知的函数 '${p.name}'`;
    case 'arity':
      return `${p.name} 需要 ${p.wanted} 个参数，实际给了 ${p.got} 个`;
    case 'functionAsName':
      return `'${p.name}' 是函数：请写成 ${p.name}(…)`;
  }
}

export function hint(a: ExprAdvice | undefined): string {
  switch (a?.code) {
    case undefined:
      return '';
    case 'multiply':
      return '——乘法请写 *';
    case 'close':
      return a.fn === null ? "——缺少 ')'" : `——缺少 ')' 来闭合 ${a.fn}(`;
    case 'operand':
      return '——这里应是数字、名称或 (';
    case 'didYouMean':
      return `——你是不是想写 '${a.name}'？`;
    case 'formulaNames':
      return '（公式中可用 x、y、pi 和 e）';
    case 'knownFunctions':
      return `（可用的函数：${a.names.join('、')}）`;
  }
}
