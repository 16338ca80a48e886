import { describe, expect, it } from 'vitest';
import { fullPageUrl } from '../../src/app/fullPageUrl.ts';

describe('fullPageUrl', () => {
  it('drops the page options and the fragment, keeping the rest of the query', () => {
    expect(fullPageUrl('https://example.org/slopes/?embed=1&controls=speed&x=2#preset=a')).toBe('https://example.org/slopes/?x=2');
    expect(fullPageUrl('file:///tmp/slopes.html?embed=1')).toBe('file:///tmp/slopes.html');
  });
});
