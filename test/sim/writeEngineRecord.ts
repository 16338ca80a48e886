import { writeFileSync } from 'node:fs';
import { recordEngine } from './engineRecord.ts';

/**
 * Writes the engine's record to engineRecord.before.json: run it on the engine a rewrite starts
 * from (`npx tsx test/sim/writeEngineRecord.ts`), commit the file, then rewrite; engineRecord.test.ts
 * holds the new engine to every bit of it.
 */
writeFileSync(new URL('./engineRecord.before.json', import.meta.url), `${JSON.stringify(recordEngine(), null, 1)}\n`);
