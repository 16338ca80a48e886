// A worker_threads worker starts without its parent's TypeScript loader, so it registers tsx itself
// before loading the TypeScript side: this works whether the parent ran under tsx, the bin or vitest.
import { register } from 'tsx/esm/api';

register();
await import('./poolThread.ts');
