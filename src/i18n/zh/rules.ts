import type { Words } from '../words.ts';
import { ruleError } from './ruleError.ts';

export const rules: Words['rules'] = {
  title: '我的优化器',
  intro: '写一条更新规则，它就会和内置优化器一起比赛。按 Ctrl+Enter 应用；按 Tab 离开输入框。',
  startFrom: '从这条开始',
  add: '添加规则',
  addHint: '把上面选中的规则添加为一个新的小球（最多四个）',
  full: (n: number) => `已有 ${n} 条规则在比赛：删除一条才能再添加`,
  rule: (n: number) => `规则 ${n}`,
  textLabel: (name: string) => `更新规则：${name}`,
  apply: '应用（Ctrl+Enter）',
  remove: '删除这条规则',
  params: '超参数',
  error: ruleError,
  keepsPrevious: '（上一版规则仍在比赛）',
  math: '规则的数学形式，每一步一行',
  becomes: (target: string, rhs: string) => `${target} 更新为 ${rhs}`,
  gallery: {
    sgd: 'SGD',
    momentum: 'Momentum',
    nag: 'Nesterov（PyTorch 的写法）',
    adagrad: 'Adagrad',
    adadelta: 'Adadelta',
    rmsprop: 'RMSprop',
    adam: 'Adam',
    lion: 'Lion',
    adabelief: 'AdaBelief',
    signum: 'Signum',
    'nesterov-sutskever': 'Nesterov（Sutskever 的写法）',
  },
};
