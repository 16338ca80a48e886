import type { RuleFailure, RuleNameKind, RuleProblem } from '../../core/rules/RuleError.ts';
import { hint, reason } from './controls.ts';

const KINDS: Record<RuleNameKind, string> = { param: '参数', state: '状态量', temporary: '临时变量' };
const BUILT_INS: Readonly<Record<string, string>> = { x: '坐标', g: '本步开始时的梯度', t: '步数' };
const builtIn = (name: string) => BUILT_INS[name] ?? '内置名称';

function ruleReason(p: RuleProblem): string {
  switch (p.code) {
    case 'reserved': {
      const what = p.as === 'assigned' ? `不能给 '${p.name}' 赋值` : `${KINDS[p.as]}不能命名为 '${p.name}'`;
      const is = p.is === 'builtIn' ? builtIn(p.name) : p.is === 'function' ? '函数' : '关键字';
      return `${what}，'${p.name}' 是${is}`;
    }
    case 'redeclared':
      return `'${p.name}' 已经是${KINDS[p.earlier]}（第 ${p.line} 行）`;
    case 'assignBuiltIn':
      return `不能给 ${p.name} 赋值，它是${builtIn(p.name)}`;
    case 'xTwice':
      return `每一步最多给 x 赋值一次（第 ${p.line} 行已经赋值）`;
    case 'assignParam':
      return `'${p.name}' 是参数，不能赋值；请改用临时变量，例如 ${p.name}_t = …`;
    case 'nameAfter':
      return `'${p.keyword}' 后面应是一个名称`;
    case 'paramDefault':
      return `参数的默认值必须是数字，例如 param ${p.name} = 0.01`;
    case 'expectedEquals':
      return `${reason({ code: 'unexpected', token: p.token })}——这里应是 '='`;
    case 'expectedValue':
      return `${reason({ code: 'unexpected', token: p.token })}——'=' 后面应写一个值`;
    case 'expectedLine':
      return "每行应形如 'param lr = 0.01'、'state m = 0' 或 'm = beta1*m + (1 - beta1)*g'";
    case 'ruleTooLong':
      return `一条规则最多 ${p.limit} 个字符`;
    case 'tooManyLines':
      return `一条规则最多 ${p.limit} 行`;
    case 'lineTooLong':
      return `一行最多 ${p.limit} 个字符`;
    case 'needsLr':
      return `规则需要 'param lr = …'，即学习率调度器设置的学习率（${p.lrIs ? `这里的 'lr' 是${KINDS[p.lrIs]}` : '还没有声明'}）`;
    case 'neverAssignsX':
      return '规则从未给 x 赋值，小球不会移动';
    case 'usedBefore':
      return `'${p.name}' 在得到值之前就被使用了（第 ${p.line} 行才赋值）`;
    case 'stateInit':
      return `状态量的初值只能由数字、参数和 x 构成；'${p.name}' 在第一步之前还没有值`;
  }
}

/** A rule's mistake in Chinese: where it is, then the rule's own reason or the formula language's. */
export function ruleError(e: RuleFailure): string {
  const at = `第 ${e.line} 行第 ${e.column} 列：`;
  if (e.rule) return `${at}${ruleReason(e.rule)}`;
  if (e.problem) return `${at}${reason(e.problem)}${hint(e.advice)}`;
  return `${at}写法有误`;
}
