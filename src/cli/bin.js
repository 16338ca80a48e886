#!/usr/bin/env node
// The `slopes` command: runs the TypeScript entry through tsx's loader, so the bin never goes stale.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
