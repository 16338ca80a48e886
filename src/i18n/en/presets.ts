/** Words of the presets area: the story under the header, its badge, and formulas read aloud. */
export const presets = {
  teacherNote: "Teacher's note",
  /** The title of a preset whose scene was changed since: its text describes it as loaded. */
  asLoaded: (title: string) => `${title} (as loaded)`,
  modified: (changes: readonly string[]) => `modified: ${changes.join(', ')}`,
  modifiedTitle: (changes: readonly string[]) =>
    `Changed since the preset was loaded: ${changes.join(', ')}. The text under the header describes the preset as it was.`,
  restore: 'restore',
  restoreTitle: 'Load the preset again as it was',
};
