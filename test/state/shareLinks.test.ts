import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/AppState.ts';
import { decodeHash } from '../../src/state/hash.ts';
import { FRAME, sceneFragment, shareLinks } from '../../src/state/shareLinks.ts';

describe('shareLinks', () => {
  it('links the page with the fragment, and embeds the same fragment with embed=1 in the query', () => {
    const links = shareLinks('https://example.org/slopes/', 'preset=beale&start=1,2', 'Slopes: Beale');
    expect(links.link).toBe('https://example.org/slopes/#preset=beale&start=1,2');
    expect(links.embed).toBe('https://example.org/slopes/?embed=1#preset=beale&start=1,2');
    expect(links.iframe).toBe(
      `<iframe src="https://example.org/slopes/?embed=1#preset=beale&amp;start=1,2" width="${FRAME.width}" height="${FRAME.height}" title="Slopes: Beale" style="border:0" loading="lazy"></iframe>`,
    );
  });

  it('keeps the page’s own query and replaces an embed flag already there', () => {
    const { embed } = shareLinks('http://127.0.0.1:4173/?x=1&embed=0', 'surface=saddle', 't');
    expect(new URL(embed).searchParams.getAll('embed')).toEqual(['1']);
    expect(new URL(embed).searchParams.get('x')).toBe('1');
    expect(new URL(embed).hash).toBe('#surface=saddle');
  });

  it('escapes a title so the snippet stays one element', () => {
    const { iframe } = shareLinks('https://a.b/', '', 'a "quoted" <b> & c');
    expect(iframe).toContain('title="a &quot;quoted&quot; &lt;b&gt; &amp; c"');
    expect(iframe.match(/</g)).toHaveLength(2);
  });

  it('a default state has an empty fragment and gives the bare page', () => {
    const fragment = sceneFragment(defaultState(), undefined, '');
    expect(fragment).toBe('');
    expect(shareLinks('https://a.b/p', fragment, 't').link).toBe('https://a.b/p');
  });

  it('the fragment carries the state, playing, then the presenting fields', () => {
    const state = { ...defaultState(), running: false, surface: 'saddle', start: [0.5, 0.25] as [number, number] };
    const fragment = sceneFragment(state, undefined, 'playlist=beale,noisy-sgd');
    const { patch } = decodeHash(fragment);
    expect(patch.surface).toBe('saddle');
    expect(patch.start).toEqual([0.5, 0.25]);
    expect('running' in patch).toBe(false);
    expect(patch.playlist).toBe('beale,noisy-sgd');
    expect(fragment.endsWith('&playlist=beale,noisy-sgd')).toBe(true);
  });
});
