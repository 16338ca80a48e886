import { axeSuite } from './axeChecks.ts';
import { sceneEnglish } from './chineseWords.ts';

// In Chinese each preset's scene also shows no English word beyond code names.
axeSuite('zh', async (page, preset) => (await sceneEnglish(page)).map((w) => `${preset}: English word "${w}"`));
