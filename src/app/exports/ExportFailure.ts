import { en } from '../../i18n/en/index.ts';

export type ExportFailureReason = keyof typeof en.exports.failure;

/**
 * A failure of the browser's own machinery during an export (no image made, the recorder failed),
 * named by its reason so the page says it in its language; the message is the English one, as
 * the controller's other errors are.
 */
export class ExportFailure extends Error {
  readonly reason: ExportFailureReason;
  constructor(reason: ExportFailureReason) {
    super(en.exports.failure[reason]);
    this.name = 'ExportFailure';
    this.reason = reason;
  }
}
