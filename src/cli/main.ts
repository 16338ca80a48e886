import { processIo } from './io.ts';
import { runCli } from './runCli.ts';

// `slopes trace … | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2), processIo);
