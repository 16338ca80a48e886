import type { Words } from '../words.ts';

export const declarations: Words['declarations'] = {
  surfaceNames: {
    rosenbrock: 'Rosenbrock 函数',
    saddle: '鞍面',
    quadratic: '病态二次碗',
    beale: 'Beale 函数',
    himmelblau: 'Himmelblau 函数',
    rastrigin: 'Rastrigin 函数',
    ackley: 'Ackley 函数',
    booth: 'Booth 函数',
    monkey_saddle: '猴鞍面',
    six_hump_camel: '六峰驼背函数',
    goldstein_price: 'Goldstein–Price 函数',
    'mlp-slice': '网络损失：两个权重的切面',
    'mlp-directions': '网络损失：随机平面',
    custom: '你的函数',
  },
  optimizerNames: {
    sgd: 'SGD',
    momentum: 'Momentum（动量）',
    nag: 'Nesterov（NAG）',
    adagrad: 'Adagrad',
    adadelta: 'Adadelta',
    rmsprop: 'RMSprop',
    adam: 'Adam',
    adamw: 'AdamW',
    nadam: 'NAdam',
    radam: 'RAdam',
    adamax: 'Adamax',
  },
};
