/**
 * Minutes (protokoll), their signing (justering) and the notice of signed minutes (anslag) as plain
 * data (DOMAIN §6, DESIGN §3–4). Who and when always come from the server: a signature's signer is
 * its row's `Author`, its time the row's `Created`; nothing a client wrote decides validity.
 *
 * A meeting has one minutes document, and one more for each immediate signing (omedelbar justering)
 * of chosen sections: each document has its own versions, signatures, tJ and notice, so a new version
 * of the full minutes never voids an extract already signed.
 *
 * Person ids are site user ids, the ids SharePoint stamps as `Author`.
 */
import type { AgendaItemRef } from '../meetings/types';

export type SignerRole = 'chair' | 'coSigner' | 'secretary';

/** Who signs one meeting's minutes: whoever chaired it, the co-signers (justerare) it chose, its secretary. */
export interface DesignatedSigners {
  chairId: number;
  coSignerIds: readonly number[];
  secretaryId: number;
}

/** One frozen version of a minutes document: exactly the bytes the signers are shown and sign. */
export interface MinutesVersion {
  /** The minutes document (a row of the `Minutes` library): the full minutes, or an extract signed immediately. */
  minutesId: number;
  meetingId: number;
  bodyId: number;
  /** 1, 2, …: every change to the frozen document makes a new version. */
  version: number;
  /** SHA-256 of the exact bytes of the frozen document, lowercase hex (`documentSha256`). */
  sha256: string;
  /** The section (§) numbers the document covers; an immediate signing covers only its own. */
  sections: readonly number[];
  /** Omedelbar justering: these sections get their own tJ and notice ahead of the full minutes. */
  immediate: boolean;
}

/** A row of `Lists/Signatures` (append-only; no unique key another member could write first). */
export interface SignatureEvent {
  id: number;
  minutesId: number;
  /** The row's `Author`: the signer, as stamped by the server. */
  authorId: number;
  /** The row's `Created`: the server's time of signing (ISO). */
  created: string;
  /** The role the row claims; it counts only if its author is designated for that role. */
  role: SignerRole;
  version: number;
  /** SHA-256 of the bytes the signer was shown. */
  sha256: string;
}

export type NoticeEventKind = 'Posted' | 'TakenDown';

/** Posting or taking down the notice of a signed minutes document on the notice board (KL 8:9–12). */
export interface NoticeEvent {
  id: number;
  minutesId: number;
  kind: NoticeEventKind;
  /** Server time of the write (ISO): the posting date is its Swedish date, never a date a client wrote. */
  at: string;
  authorId: number;
  /**
   * A posting whose text and public version were written (the repository writes them right after
   * the row, before closing it): false for a row a failed step left bare, which the board does not
   * show, so neither may the portal count it. Absent: complete (taking down, or a caller that cannot tell).
   */
  complete?: boolean;
}

/** An agenda item as numbering and the minutes see it: an item withdrawn from the agenda gets no section. */
export interface MinutesItem extends AgendaItemRef {
  withdrawn: boolean;
}
