import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what a public course page must meet. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's WCAG 2.2 A/AA violations on the page, or only inside `parts`, each as "rule: target (what to fix)", so a
 * failure says what is wrong and where.
 */
export async function axeViolations(page: Page, ...parts: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_AA);
  for (const part of parts) builder.include(part);
  const result = await builder.analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? v.help})`));
}
