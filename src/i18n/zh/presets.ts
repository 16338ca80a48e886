import type { Words } from '../words.ts';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const FULL_WIDTH_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/;
/** Chinese words run together, with a space between them and Latin letters or digits, and none around full-width punctuation. */
const join = (parts: readonly string[]) =>
  parts.reduce((out, part) => {
    if (!out) return part;
    const a = out[out.length - 1];
    const b = part[0];
    const tight = (CJK.test(a) && CJK.test(b)) || FULL_WIDTH_PUNCTUATION.test(a) || FULL_WIDTH_PUNCTUATION.test(b);
    return out + (tight ? '' : ' ') + part;
  }, '');

export const presets: Words['presets'] = {
  teacherNote: '教师提示',
  asLoaded: (title) => `${title}（载入时）`,
  modified: (changes) => `已修改：${changes.join('、')}`,
  modifiedTitle: (changes) => `载入预设后改动了：${changes.join('、')}。标题下的文字描述的是预设载入时的样子。`,
  restore: '恢复',
  restoreTitle: '重新载入预设，恢复原样',
  formula: {
    equals: (rhs) => join(['f(x, y) 等于', rhs]),
    join,
    plus: '加',
    minus: '减',
    times: '乘',
    negative: '负',
    pi: 'π',
    group: (inner) => join(['左括号', inner, '右括号']),
    squared: (base) => join([base, '的平方']),
    cubed: (base) => join([base, '的立方']),
    power: (base, exponent) => join([base, '的', exponent, '次方']),
    // Chinese reads a fraction denominator first.
    over: (numerator, denominator) => join([denominator, '分之', numerator]),
    fraction: (numerator, denominator) => join(['分子为', numerator, '、分母为', denominator, '的分数']),
    sqrt: (arg) => join(['根号', arg]),
    abs: (arg) => join([arg, '的绝对值']),
    call: (name, args) => join([join(args.flatMap((a, i) => (i ? ['和', a] : [a]))), `的${name}`]),
    functions: {
      log: '自然对数',
      sin: '正弦',
      cos: '余弦',
      tan: '正切',
      tanh: '双曲正切',
      min: '最小值',
      max: '最大值',
    },
  },
};
