import type { ErrorCode } from '../errorCodes';

/**
 * Why someone an absence notice concerns was not told by e-mail. The notice is stored whatever
 * these say: a mail is sent only after the write, and its failure never undoes it.
 */
export type NotifyWarningCode =
  /** The body names no clerk with an e-mail address (Organ → Sekreterare), so nobody was mailed. */
  | 'noClerks'
  /** The mail to the body's clerks failed. */
  | 'clerkMailFailed'
  /** The mail telling a substitute that their call-in is withdrawn failed. */
  | 'substituteMailFailed';

export interface NotifyWarning {
  code: NotifyWarningCode;
  /** Who was not told (display names); empty for 'noClerks'. */
  names: string[];
  /** What Graph or SharePoint refused, when a request failed. */
  cause: ErrorCode | null;
}

/** What an absence notice (or its withdrawal) told whom, after it was stored. */
export interface AbsenceOutcome {
  mailed: {
    /** The body's clerks who were sent the notice. */
    clerks: string[];
    /** Substitutes told that their call-in is withdrawn (wholly or for some items). */
    substitutes: string[];
  };
  warnings: NotifyWarning[];
}
