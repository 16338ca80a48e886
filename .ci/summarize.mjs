// Sums vitest's JSON reports (and the typecheck outcome) into the one line CI reads.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
const typecheck = readFileSync(join(dir, 'typecheck'), 'utf8').trim();
if (typecheck === 'ok') passed++;
else failed++;

const expected = ['unit.json'];
if (existsSync('test/e2e/vitest.config.ts')) expected.push('e2e.json');
for (const name of expected) {
  const path = join(dir, name);
  if (!existsSync(path)) {
    console.log(`missing report: ${name}`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load runs no test yet must count as a failure.
  failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  if (report.numTotalTests === 0) failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
