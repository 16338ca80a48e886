import { InputError } from '../core/InputError.ts';
import type { Note } from './Note.ts';
import { noteText } from './noteText.ts';

/** Bad input thrown as a note, so whoever catches it can word it in the reader's language. */
export class NoteError extends InputError {
  constructor(readonly note: Note) {
    super(noteText(note));
  }
}
