// Why an update folder or feed was refused: a reason code for tests and logs, and a message a clerk understands.

export type RefusalReason =
  | 'NO_FOLDER'
  | 'NO_MANIFEST'
  | 'MALFORMED'
  | 'BAD_SIGNATURE'
  | 'NO_TRUSTED_KEY'
  | 'FILE_MISSING'
  | 'FILE_CHANGED'
  | 'NO_CHANNEL_FILE'
  | 'VERSION_MISMATCH'
  | 'NOT_NEWER'
  | 'UNSUPPORTED'
  | 'BUSY'
  | 'NO_URL'
  | 'NOTHING_DOWNLOADED';

export class UpdateRefused extends Error {
  readonly reason: RefusalReason;

  constructor(reason: RefusalReason, message: string) {
    super(message);
    this.name = 'UpdateRefused';
    this.reason = reason;
  }
}
