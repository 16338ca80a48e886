/**
 * Bad input from a user (a file, a preset, a URL, a command line). Its message is one line that names
 * the field and what is allowed; hosts show it as it is, never with a stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
