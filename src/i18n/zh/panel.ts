import { LANG_TAGS } from '../Lang.ts';
import type { Words } from '../words.ts';

const int = new Intl.NumberFormat(LANG_TAGS.zh, { maximumFractionDigits: 0 });
const fixed = new Intl.NumberFormat(LANG_TAGS.zh, { maximumSignificantDigits: 4 });
const tiny = new Intl.NumberFormat(LANG_TAGS.zh, { notation: 'scientific', maximumSignificantDigits: 4 });
const value = (v: number) => (!Number.isFinite(v) ? '—' : v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6) ? tiny.format(v) : fixed.format(v));

export const panel: Words['panel'] = {
  value,
  integer: (n: number) => int.format(n),
  title: '1-20-1 网络实验',
  lede: '每次运行各自训练一份网络，使用同一份打乱后的数据。',
  noRuns: '请至少启用一个优化器来运行实验。',
  stopped: (error: string) => `实验中止：${error}`,
  progressLabel: '已完成的轮数',
  notRun: '尚未运行',
  epochOf: (epoch: number, epochs: number) => `第 ${int.format(epoch)} 轮，共 ${int.format(epochs)} 轮`,
  done: '完成',
  finished: (best: string, loss: string) => `完成；损失最低：${best} ${loss}`,
  seed: (seed: number) => `随机种子 ${seed}`,
  shape: (batch: number, points: number, noise: number) => `批大小 ${int.format(batch)} · ${int.format(points)} 个数据点 · 噪声 σ ${noise}`,
  shapeMixed: (points: number, noise: number) => `批大小见各条曲线 · ${int.format(points)} 个数据点 · 噪声 σ ${noise}`,
  runLabel: (name: string, batch: number) => `${name} · 批大小 ${int.format(batch)}`,
  runAgain: '换个随机种子再跑一次',
  lossAxis: '损失坐标轴',
  linear: '线性',
  log: '对数',
  lossCaptionStep: '每个小批量的损失（在它驱动的那一步之前计算）',
  lossCaptionEpoch: '每个小批量的损失随轮数变化：批越小，每轮的步数越多，也越嘈杂',
  fitCaption: '数据（y = x² + 噪声）与每个网络当前的拟合曲线',
  legendCaption: '最近一轮之后在全部数据上的损失（悬停可突出显示）',
  legendValueTitle: '最近一轮之后在全部数据上的均方误差',
  diverged: '发散',
  step: '步数',
  epoch: '轮数',
  lossTitle: '损失',
  data: '数据',
  lr: 'lr',
  lossLog: '损失（对数）',
  lossLogScale: '损失（对数坐标）',
  lossSymlog: '损失（对称对数）',
  lossSymlogScale: '损失（对称对数坐标）',
  stepChartName: '地图上各个小球的损失随步数的变化',
  lossChartName: '每次运行的小批量损失',
  fitChartName: '数据与每个网络的拟合曲线',
  lrChartName: '每个带调度的运行的学习率',
  noData: '尚无数据。',
  lossSummary: (curves: number, span: number, perEpoch: boolean, best: string, loss: string) =>
    `${int.format(curves)} 个优化器在 ${int.format(span)} ${perEpoch ? '轮' : '步'}内的损失；最低：${best} ${loss}。`,
  fitSummary: (points: number, curves: number, best: string, loss: string) =>
    `${int.format(points)} 个数据点和 ${int.format(curves)} 条拟合曲线；最贴近数据的是 ${best}（损失 ${loss}）。`,
  lrSummary: (runs: number, steps: number, lo: string, hi: string) =>
    `${int.format(runs)} 个带调度的运行在 ${int.format(steps)} 步内的学习率，介于 ${lo} 与 ${hi} 之间。`,
  dataTable: '数据表',
  tableCaption: (name: string, rows: number, total: number) => `${name}：从 ${int.format(total)} 行中抽取 ${int.format(rows)} 行`,
  listen: '听曲线',
  stop: '停止',
  curveToHear: '要听的曲线',
  playing: (name: string) => `正在播放 ${name}：音调越高，数值越大。`,
  noSound: '此浏览器无法播放声音。',
};
