/**
 * The instruments' sections beside the map, by id: the state says which are open, so a link, a
 * preset, a key or a switch in the controls opens them, and folding one by its heading is kept too.
 */
export const SECTION_IDS = ['update', 'limits', 'hypermap', 'noise', 'slice', 'predict'] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export type Sections = Record<SectionId, boolean>;

/** Every section folded: how the page opens, so the experiment panel's charts stay on the first screen. */
export const foldedSections = (): Sections => Object.fromEntries(SECTION_IDS.map((id) => [id, false])) as Sections;
