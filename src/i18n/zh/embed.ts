import type { Words } from '../words.ts';

export const embed: Words['embed'] = {
  demo: 'Slopes 演示',
  transport: '播放控制',
  play: '播放',
  pause: '暂停',
  step: '暂停并前进一步',
  reset: '回到起点',
  openInSlopes: '在 Slopes 中打开',
  openInSlopesTitle: '在新标签页中用完整的 Slopes 页面打开这个场景',
  couldNotStart: (message: string) => `Slopes 无法启动：${message}`,
};
