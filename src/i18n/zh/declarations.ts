import { declarations as en } from '../en/declarations.ts';
import type { Words } from '../words.ts';

// Meanings several optimizers share, written once.
const LR = '步长：缩放每一次更新。';
const LR_SGD = '步长；PyTorch 1.13 要求必须给出，0.001 是 PyTorch 2.x 的默认值。';
const WEIGHT_DECAY = 'L2 惩罚：更新前把 weight_decay * theta 加到梯度上。';
const BETAS = '梯度的滑动平均及其平方的滑动平均各自的衰减率。';
const EPS_ADAM = '加在经过偏差校正的 sqrt(v) 上，使梯度消失处的步长仍保持有限。';
const AMSGRAD = '除以迄今见过的最大二阶矩，使步长永远不会再变大。';
const CYCLE_MOMENTUM = '让动量（或 Adam 的 beta1）与 lr 反向循环，在 base_momentum 与 max_momentum 之间变化。';
const BASE_MOMENTUM = 'lr 达到峰值时的动量（周期内的最小值）。';
const MAX_MOMENTUM = 'lr 最低时的动量（第一步时的值）。';

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
  // PyTorch's names, as in English, with a gloss where Chinese tutorials give one.
  optimizerNames: { ...en.optimizerNames, momentum: 'Momentum（动量）', nag: 'Nesterov（NAG）' },
  networkFormula: (id: string, _core: string) =>
    id === 'mlp-slice'
      ? 'L(a, b) = 全部数据点上 (net(x) − y)² 的平均值，两个自由权重取 a、b，其余 59 个权重固定'
      : 'L(α, β) = 全部数据点上 (net(x) − y)² 在 θ0 + α d1 + β d2 处的平均值，d1、d2 为按滤波器归一化的随机方向',
  surfaceLessons: {
    rosenbrock: '一条弯曲细长的香蕉形山谷：找到谷底容易，沿谷底前进却很慢；SGD 缓慢爬行，动量法冲过谷壁，自适应方法则分别缩放陡峭与平坦的方向。',
    saddle: '梯度为零并不等于极小值：从鞍脊附近出发，普通梯度下降会停滞很久才逃离，而对梯度做归一化的方法早得多就能离开。',
    quadratic: '病态的二次碗（曲率为 1 和 10）：SGD 在陡峭的轴上来回震荡，沿平缓的轴缓慢挪动，这正是动量法和 NAG 要解决的问题。',
    beale: '平坦高原四周是巨大的陡壁，中间还有一条弯曲的窄峡谷：一个学习率无法适合所有区域。',
    himmelblau: '四个同样好的极小值：最终落在哪里，取决于从哪里出发以及怎样移动。',
    rastrigin: '一个在每个整数点附近都布满局部极小值的碗：小心翼翼的小步会被困在最近的小坑里。',
    ackley: '一片几乎平坦、带波纹的平原，中央有一个又深又窄的洞：远离中心时，梯度几乎说不出极小值在哪里。',
    booth: '坐标相互耦合的普通凸二次函数（一个倾斜的椭圆）：每种方法都应该能到达，所以它是基本的检验。',
    monkey_saddle: '有三条下坡山谷、梯度以二阶速度消失的鞍面：逃离它比逃离普通鞍点要久得多。',
    six_hump_camel: '六个局部极小值，其中两个是全局极小值：体会局部与全局极小值之别，以及起点的作用。',
    goldstein_price: '函数值跨越六个数量级，梯度大小相差悬殊：说明为什么归一化的更新有帮助，而普通 SGD 需要极小的学习率。',
    'mlp-slice': '透过 61 个权重中的两个看一个真实的网络：ReLU 单元时开时关，把损失折成山脊、折痕和平坦的台地。',
    'mlp-directions': '全部 61 个权重沿两个按神经元缩放的随机方向一起移动，这就是 Li 等人（2018）描绘网络损失地形的方法。',
    custom: '你输入的函数：小球沿着它的精确梯度滚动。',
  },
  optimizerSentences: {
    sgd: '每次都沿下坡方向直接迈一步：坡陡步子大，坡平步子小。',
    momentum: '保留一个不断累积的速度：沿着稳定的斜坡越走越快，在峡谷两壁之间的来回振荡则相互抵消。',
    nag: '与动量法相似，但它在速度将要带它去的位置测量坡度，因此能在冲过头之前提前减速。',
    adagrad: '为每个方向各设一个步长：过去一直陡峭的方向步长被缩小，而且步长只会越来越小。',
    adadelta: '与 RMSprop 相似，但用自己最近的步长来决定步长，因此几乎不需要学习率。',
    rmsprop: '用梯度最近的大小去除每一步，使陡峭和平坦的方向以相近的速度前进；旧的梯度会被逐渐遗忘。',
    adam: '动量加上 RMSprop 的逐方向缩放，两者都校正了从零开始的偏差：最常用的默认选择。',
    adamw: '把权重衰减直接作用在权重上的 Adam，自适应缩放不会削弱正则化。',
    nadam: '带 Nesterov“向前看”的 Adam：提前用上即将得到的动量，反应更快一点。',
    radam: '起步谨慎的 Adam：在见到足够多的梯度、可以信任逐方向缩放之前，只走普通的动量步。',
    adamax: '用最近最大的梯度而不是平均值来缩放步长的 Adam，使每一步都有上界。',
  },
  paramMeanings: {
    sgd: { lr: LR_SGD, weight_decay: WEIGHT_DECAY },
    momentum: {
      lr: LR_SGD,
      momentum: '每一步保留上一步速度的比例；为 0 时就是普通的 SGD。',
      dampening: '进入速度缓冲区的梯度乘以 1 - dampening（第一步除外）。',
      weight_decay: WEIGHT_DECAY,
    },
    nag: {
      lr: LR_SGD,
      momentum: '每一步保留上一步速度的比例；Nesterov 要求它大于 0。',
      dampening: '必须为 0：PyTorch 不允许 Nesterov 带 dampening。',
      weight_decay: WEIGHT_DECAY,
    },
    adagrad: {
      lr: LR,
      lr_decay: '第 t 步的学习率为 lr / (1 + (t - 1) * lr_decay)。',
      weight_decay: WEIGHT_DECAY,
      initial_accumulator_value: '梯度平方和的初始值；让最初几步变小。',
      eps: '加在 sqrt(sum) 上，使梯度消失处的步长仍保持有限。',
    },
    adadelta: {
      lr: '缩放最终的更新量；原始方法没有学习率（lr = 1）。',
      rho: '梯度平方与步长平方两个滑动平均的衰减率。',
      eps: '位于两个平方根之内：决定最初几步的大小。',
      weight_decay: WEIGHT_DECAY,
    },
    rmsprop: {
      lr: LR,
      alpha: '梯度平方滑动平均的衰减率（没有偏差校正：第一步约为 lr / sqrt(1 - alpha)）。',
      eps: '加在滑动平均的平方根上，使步长保持有限。',
      weight_decay: WEIGHT_DECAY,
      momentum: '作用在缩放后步长上的动量；它的缓冲区从 0 开始，这一点与 SGD 不同。',
      centered: '除以梯度方差的估计，而不是原始的二阶矩。',
    },
    adam: { lr: LR, betas: BETAS, eps: EPS_ADAM, weight_decay: WEIGHT_DECAY, amsgrad: AMSGRAD },
    adamw: {
      lr: LR,
      betas: BETAS,
      eps: EPS_ADAM,
      weight_decay: '解耦的权重衰减：每一步 theta 乘以 1 - lr * weight_decay。',
      amsgrad: AMSGRAD,
    },
    nadam: {
      lr: LR,
      betas: BETAS,
      eps: EPS_ADAM,
      weight_decay: WEIGHT_DECAY,
      momentum_decay: '动量系数 mu_t = beta1 (1 - 0.5 * 0.96^(t * momentum_decay)) 升温的快慢。',
    },
    radam: {
      lr: LR,
      betas: BETAS,
      eps: '在偏差校正之前加到 sqrt(v) 上（依照 PyTorch 的代码，而非其文档）。',
      weight_decay: WEIGHT_DECAY,
    },
    adamax: {
      lr: LR,
      betas: BETAS,
      eps: '在取最大值时加到 |g| 上，使除数永远不为 0。',
      weight_decay: WEIGHT_DECAY,
    },
  },
  scheduleMeanings: {
    StepLR: '每隔 step_size 步把 lr 乘以 gamma：阶梯状下降。',
    MultiStepLR: '在每个里程碑步把 lr 乘以 gamma。',
    ExponentialLR: '每一步都把 lr 乘以 gamma。',
    CosineAnnealingLR: '在 T_max 步内沿半个余弦把 lr 从初始值降到 eta_min，然后再升回去（周期为 2 T_max）。',
    LinearLR: '在 total_iters 步内把 lr 从初始值的 start_factor 倍沿直线变到 end_factor 倍（start_factor < 1 时就是预热）。',
    PolynomialLR: '在 total_iters 步内沿 (1 - k / total_iters)^power 把 lr 降到恰好为 0，之后小球停住。',
    CosineAnnealingWarmRestarts: '一段段余弦下降，每段结束后从完整的 lr 重新开始：各段依次为 T_0、T_0 T_mult、T_0 T_mult²……步。',
    OneCycleLR: '在 total_steps 内走完一个周期：lr 从 max_lr / div_factor 升到 max_lr，再退火到远低于起点的值；动量反向变化。',
    CyclicLR: '让 lr 在 base_lr 与 max_lr 之间按三角波反复升降；动量反向变化。',
    SequentialLR: '依次运行多个调度，在里程碑处切换；每个调度都从优化器的 lr 重新开始（例如先预热、再余弦）。',
    ReduceLROnPlateau: '监视损失，一旦超过 patience 步没有改进，就把 lr 乘以 factor。',
  },
  scheduleParamMeanings: {
    StepLR: { step_size: '两次降低 lr 之间的步数。', gamma: '每次降低时 lr 所乘的因子。' },
    MultiStepLR: {
      milestones: '降低 lr 的那些步；同一步列两次就降两次。',
      gamma: '每个里程碑处 lr 所乘的因子。',
    },
    ExponentialLR: { gamma: '每一步 lr 所乘的因子。' },
    CosineAnnealingLR: { T_max: '从初始 lr 降到 eta_min 所用的步数。', eta_min: '余弦能达到的最低 lr。' },
    LinearLR: {
      start_factor: '第一步所用 lr 占初始 lr 的比例。',
      end_factor: 'total_iters 步之后达到并保持的 lr 比例。',
      total_iters: '直线所用的步数；为 0 时一直保持第一步的 lr。',
    },
    PolynomialLR: {
      total_iters: 'lr 降到 0 之前的步数；为 0 时 lr 永不改变。',
      power: '衰减的形状：1 是直线，2 先快后慢。',
    },
    CosineAnnealingWarmRestarts: {
      T_0: '第一个周期的步数。',
      T_mult: '每个周期比前一个长 T_mult 倍。',
      eta_min: '每个周期重启前趋近的 lr。',
    },
    OneCycleLR: {
      max_lr: '峰值 lr；优化器自己的 lr 会被忽略。',
      total_steps: '周期的长度（以调度步计）；一次运行不能超过它。',
      pct_start: '周期中用于提升 lr 的比例。',
      anneal_strategy: '每次上升和下降的形状。',
      cycle_momentum: CYCLE_MOMENTUM,
      base_momentum: BASE_MOMENTUM,
      max_momentum: MAX_MOMENTUM,
      div_factor: '第一个 lr 为 max_lr / div_factor。',
      final_div_factor: '最后的 lr 为第一个 lr / final_div_factor。',
      three_phase: '在最后退火之前先对称地降回第一个 lr，而不是从峰值直接退火。',
    },
    CyclicLR: {
      base_lr: '一个周期中最低的 lr；优化器自己的 lr 会被忽略。',
      max_lr: '第一个周期中最高的 lr。',
      step_size_up: '从 base_lr 升到峰值的步数。',
      step_size_down: '从峰值降回 base_lr 的步数（PyTorch 默认等于 step_size_up）。',
      mode: 'triangular：每个周期相同；triangular2：每个周期高度减半；exp_range：高度每步乘以 gamma。',
      gamma: '仅用于 exp_range：高度乘以 gamma^k。',
      cycle_momentum: CYCLE_MOMENTUM,
      base_momentum: BASE_MOMENTUM,
      max_momentum: MAX_MOMENTUM,
    },
    SequentialLR: {
      schedulers: '按顺序排列的各个调度，每个写成 {type, params}；每个都在自己的里程碑处从优化器的 lr 重新开始。',
      milestones: '由下一个调度接手的那些步：比 schedulers 的个数少一个。',
    },
    ReduceLROnPlateau: {
      mode: 'min：损失应当下降；max：被监视的值应当上升。',
      factor: '每次降低时 lr 乘以 factor。',
      patience: '在降低 lr 之前可以容忍多少步没有改进。',
      threshold: '一个值要比迄今最好的值好多少才算改进。',
      threshold_mode: 'rel：比最好值好出 threshold 的比例；abs：好出 threshold 本身。',
      cooldown: '降低 lr 之后的若干步内不统计变差的步。',
      min_lr: 'lr 永远不会降到这个值以下。',
      eps: '小于 eps 的降低会被跳过。',
    },
  },
};
