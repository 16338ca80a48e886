import { noteText } from '../../state/noteText.ts';

/** Notes on refused input (a link, a file, a control): the same English line the CLI and the controller give. */
export const notes = {
  line: noteText,
};
