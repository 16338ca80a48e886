const number = new Intl.NumberFormat('en');
const plural = new Intl.PluralRules('en');
const count = (n: number, one: string, other: string) => `${number.format(n)} ${plural.select(n) === 'one' ? one : other}`;

/** Words of "My scenes": the teacher's own saved scenes and playlists, kept in the browser and in files. */
export const scenes = {
  button: 'My scenes',
  buttonHint: 'Save this scene under a name, open your saved scenes, make playlists, export or import them',
  heading: 'My scenes',
  close: 'Close',
  nameLabel: 'Name of this scene',
  save: 'Save this scene',
  savedHeading: 'Saved scenes',
  none: 'No saved scenes yet.',
  /** The name field of one saved scene's row. */
  rowName: (name: string) => `Name of “${name}”`,
  open: 'Open',
  rename: 'Rename',
  remove: 'Delete',
  inPlaylist: 'In the new playlist',
  playlistsHeading: 'Playlists',
  playlistName: 'Name of the new playlist',
  makePlaylist: 'Make a playlist of the ticked scenes',
  noPlaylists: 'No playlists yet.',
  play: 'Play',
  /** A playlist's row: its name and how many scenes. */
  playlistRow: (name: string, n: number) => `${name} (${count(n, 'scene', 'scenes')})`,
  fileHeading: 'File',
  exportFile: 'Export to a file',
  importFile: 'Import a file',
  saved: (name: string) => `Saved “${name}”.`,
  opened: (name: string) => `Opened “${name}”.`,
  renamed: (from: string, to: string) => `Renamed “${from}” to “${to}”.`,
  removed: (name: string) => `Deleted “${name}”.`,
  playlistSaved: (name: string) => `Made the playlist “${name}”.`,
  playlistRemoved: (name: string) => `Deleted the playlist “${name}”.`,
  exported: (n: number) => `Exported ${count(n, 'scene', 'scenes')}.`,
  imported: (n: number, lists: number) => `Imported ${count(n, 'scene', 'scenes')} and ${count(lists, 'playlist', 'playlists')}.`,
  /** Before the list of fields an imported or stored library had wrong (each note names its field). */
  refused: (n: number) => `${count(n, 'field was', 'fields were')} refused and left at their defaults; the rest was kept:`,
  notJson: (message: string) => `The file is not JSON: ${message}`,
  tooLarge: (megabytes: number) => `The file is larger than ${number.format(megabytes)} MB; a scenes file is far smaller.`,
  tooMany: (n: number, max: number) => `${count(n, 'scene was', 'scenes were')} left out: at most ${number.format(max)} scenes are kept.`,
  /** Why a name or playlist was refused. */
  badName: (max: number) => `A name needs 1 to ${number.format(max)} characters.`,
  nameTaken: (name: string) => `“${name}” is already the name of a saved scene.`,
  emptyPlaylist: 'Tick at least one scene for the playlist.',
  /** Which scene of a playlist is missing (deleted or renamed since). */
  missingScene: (name: string) => `The playlist's scene “${name}” is neither a saved scene nor a preset; it is skipped.`,
  storage: {
    blocked: 'This browser does not allow local storage here: scenes last until the page closes, so export them to a file to keep them.',
    damaged: 'The saved scenes in this browser were damaged; they were set aside (not deleted) and the list starts empty.',
    damagedKept:
      'The saved scenes in this browser are damaged and could not be set aside; they are left untouched, and new scenes are not written over them (export them to a file).',
    full: 'The browser’s storage is full: the change is kept on this page only. Export your scenes to a file, or delete some.',
    unreadable: (detail: string) => `The saved scenes could not be read (${detail}).`,
    unwritable: (detail: string) => `The saved scenes could not be written (${detail}); the change is kept on this page only.`,
  },
};
