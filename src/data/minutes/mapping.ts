import type { DissentEventKind, DissentKind } from '../../domain/minutes/dissents';
import type { NoticeEventKind, SignerRole } from '../../domain/minutes/types';
import type { choices } from '../schema/choices';
import { table } from '../mapping';

/** The minutes lists' Swedish choice values ↔ the domain's codes. */
export const signerRole = table<typeof choices.signerRole, SignerRole>({
  Ordförande: 'chair',
  Justerare: 'coSigner',
  Sekreterare: 'secretary',
});

export const noticeEvent = table<typeof choices.noticeEvent, NoticeEventKind>({
  Anslaget: 'Posted',
  Nedtaget: 'TakenDown',
});

/** `NoticeKind` of a notice of signed minutes (the board also holds the assembly's announcements). */
export const SIGNED_MINUTES: (typeof choices.noticeKind)[number] = 'Justerat protokoll';

export const dissentKind = table<typeof choices.dissentKind, DissentKind>({
  Reservation: 'Dissent',
  Protokollsanteckning: 'MinuteNote',
});

export const dissentEvent = table<typeof choices.dissentEvent, DissentEventKind>({
  Anmäld: 'Announced',
  'Skriftlig motivering': 'Reasons',
  Återkallad: 'Withdrawn',
});
