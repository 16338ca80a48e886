import { describe, expect, it } from 'vitest';
import { readLink } from '../../src/app/location.ts';
import { EMBED_CONTROLS, FULL_PAGE, pageOptionsFragment, readPageOptions } from '../../src/app/pageOptions.ts';
import { noteText } from '../../src/state/noteText.ts';

describe('readPageOptions', () => {
  it('is the full page when nothing is asked', () => {
    expect(readPageOptions({}, {})).toEqual({ options: FULL_PAGE, notes: [] });
  });

  it('reads embed from the query and lets the fragment override it', () => {
    expect(readPageOptions({ embed: '1' }).options.embed).toBe(true);
    expect(readPageOptions({ embed: '' }).options.embed).toBe(true);
    expect(readPageOptions({ embed: '1' }, { embed: 0 }).options.embed).toBe(false);
  });

  it('keeps the known controls in their order and reports the others', () => {
    const { options, notes } = readPageOptions({ controls: 'speed,bogus,preset' });
    expect(options.controls).toEqual(['speed', 'preset']);
    expect(notes.map(noteText)).toEqual([`controls: unknown control "bogus" (allowed: ${EMBED_CONTROLS.join(', ')})`]);
  });

  it('reports a bad embed flag or panel and keeps the defaults', () => {
    const { options, notes } = readPageOptions({ embed: 'perhaps', panel: 'chart' });
    expect(options).toEqual(FULL_PAGE);
    expect(notes).toHaveLength(2);
  });

  it('survives a round trip through a link fragment', () => {
    const asked = { embed: true, controls: ['speed' as const, 'lang' as const], panel: 'experiment' as const };
    const link = readLink(`#${pageOptionsFragment(asked)}`, []);
    expect(link.patch).toEqual({});
    expect(readPageOptions(link.page)).toEqual({ options: asked, notes: [] });
  });
});
