import type { Words } from '../words.ts';

export const presets: Words['presets'] = {
  teacherNote: '教师提示',
  asLoaded: (title) => `${title}（载入时）`,
  modified: (changes) => `已修改：${changes.join('、')}`,
  modifiedTitle: (changes) => `载入预设后改动了：${changes.join('、')}。标题下的文字描述的是预设载入时的样子。`,
  restore: '恢复',
  restoreTitle: '重新载入预设，恢复原样',
};
