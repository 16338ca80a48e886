import { describe, expect, it } from 'vitest';
import { suggest } from '../../../src/core/expr/suggest.ts';

describe('suggest', () => {
  const names = ['lr', 'beta1', 'beta2', 'eps', 'm', 'v'];

  it('offers the closest known name within two edits', () => {
    expect(suggest('bta1', names)).toBe(" — did you mean 'beta1'?");
    expect(suggest('beat2', names)).toBe(" — did you mean 'beta2'?");
    expect(suggest('esp', names)).toBe(" — did you mean 'eps'?");
    expect(suggest('LR', names)).toBe(" — did you mean 'lr'?");
  });

  it('offers nothing when no name is close, or when the name is a single letter', () => {
    expect(suggest('gamma', names)).toBe('');
    expect(suggest('w', names)).toBe('');
  });
});
