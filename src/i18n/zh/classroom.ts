import { LANG_TAGS } from '../Lang.ts';
import type { Words } from '../words.ts';

const count = new Intl.NumberFormat(LANG_TAGS.zh);

export const classroom: Words['classroom'] = {
  commandPresent: '演示模式（按 P 或 Esc 退出）',
  commandNext: '播放列表的下一个场景',
  commandPrevious: '播放列表的上一个场景',
  presentingKeys: '演示时',
  present: '演示',
  presentHint: '演示模式：为投影仪放大文字、加粗线条、放大小球（P）',
  leave: '退出演示',
  leaveHint: '回到带控件的完整页面（P 或 Esc）',
  scenes: '场景',
  sceneOf: (n, total) => `第 ${count.format(n)} 个场景，共 ${count.format(total)} 个`,
  notInList: (total) => `不在这 ${count.format(total)} 个场景之中`,
  previous: '上一个场景',
  next: '下一个场景',
  asLoaded: '（载入时的样子）',
  unknownScenes: (ids, allowed) => `playlist：未知的预设 ${ids}，已略过（可用：${allowed}）`,
  share: '分享',
  shareHint: '复制这个场景的链接，或把它嵌入课程网页的 iframe 代码',
  shareHeading: '分享这个场景',
  linkLabel: '这个场景的链接',
  iframeLabel: '嵌入网页（HTML）',
  copyLink: '复制链接',
  copyIframe: '复制 HTML',
  copied: '已复制。',
  copyByHand: '浏览器不允许复制：文字已选中，请按 Ctrl+C（Mac 上按 ⌘C）。',
  close: '关闭',
  frameTitle: (scene) => `Slopes：${scene}`,
  frameTitlePlain: 'Slopes：优化器沿损失曲面滚动',
};
