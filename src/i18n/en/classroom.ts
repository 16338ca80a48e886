import { LANG_TAGS } from '../Lang.ts';

const count = new Intl.NumberFormat(LANG_TAGS.en);

/** Words of the classroom area: presentation mode, the playlist of scenes and the Share dialog. */
export const classroom = {
  commandPresent: 'Presentation mode (P or Esc leaves it)',
  commandNext: 'Next scene of the playlist',
  commandPrevious: 'Previous scene of the playlist',
  presentingKeys: 'while presenting',
  present: 'Present',
  presentHint: 'Presentation mode: large text, thick lines and large balls for a projector (P)',
  leave: 'Leave presentation',
  leaveHint: 'Back to the whole page with its controls (P or Esc)',
  scenes: 'Scenes',
  sceneOf: (n: number, total: number) => `Scene ${count.format(n)} of ${count.format(total)}`,
  notInList: (total: number) => `Not one of the ${count.format(total)} scenes`,
  previous: 'Previous scene',
  next: 'Next scene',
  asLoaded: '(as loaded)',
  unknownScenes: (ids: string, allowed: string) => `playlist: unknown preset ${ids}, left out (allowed: ${allowed})`,
  share: 'Share',
  shareHint: 'Copy a link to this scene, or an iframe that embeds it in a course page',
  shareHeading: 'Share this scene',
  linkLabel: 'Link to this scene',
  iframeLabel: 'Embed it in a web page (HTML)',
  copyLink: 'Copy link',
  copyIframe: 'Copy HTML',
  copied: 'Copied.',
  copyByHand: 'The browser did not allow copying: the text is selected, press Ctrl+C (⌘C on a Mac).',
  close: 'Close',
  frameTitle: (scene: string) => `Slopes: ${scene}`,
  frameTitlePlain: 'Slopes: optimizers rolling down a loss surface',
};
