// Sums vitest's JSON reports and the checks' outcomes (typecheck, builds, …) into the one line CI reads.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
const files = readdirSync(dir);

for (const name of files.filter((f) => f.endsWith('.check'))) {
  if (readFileSync(join(dir, name), 'utf8').trim() === 'ok') passed++;
  else failed++;
}

const required = ['unit.json'];
if (existsSync('test/e2e/vitest.config.ts')) required.push('e2e.json');
for (const name of required.filter((r) => !files.includes(r))) {
  console.log(`missing report: ${name}`);
  failed++;
}
for (const name of files.filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  if (!('numPassedTests' in report)) continue;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load runs no test yet must count as a failure.
  failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  if (report.numTotalTests === 0) failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
