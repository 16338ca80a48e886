import { axeSuite } from './axeChecks.ts';
import { pageEnglish, sceneEnglish } from './chineseWords.ts';

// In Chinese the page, presented and embedded, and each preset's scene also show no English word beyond code names.
axeSuite('zh', {
  page: async (page) => (await pageEnglish(page)).map((w) => `English word "${w}"`),
  scene: async (page, preset) => (await sceneEnglish(page)).map((w) => `${preset}: English word "${w}"`),
});
