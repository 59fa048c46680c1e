import { utf8ToBytes } from '@noble/hashes/utils';
import { trustFromStaff } from '../../../../src/domain/bodies/trust';
import { documentSha256 } from '../../../../src/domain/minutes/hash';
import type { DesignatedSigners, MinutesVersion, NoticeEvent, SignatureEvent, SignerRole } from '../../../../src/domain/minutes/types';
import { stockholmToUtc } from '../../../../src/domain/time/swedishTime';

/**
 * The minutes of meeting 10 of body 1 (Tuesday 24 November 2026), document 1. 101 chaired, 102 and
 * 103 are the co-signers, clerk 900 is the secretary and the body's only staff; 104 is a member who
 * signs nothing.
 */
export const BODY = 1;
export const MEETING = 10;
export const MINUTES = 1;
export const CHAIR = 101;
export const CO1 = 102;
export const CO2 = 103;
export const MEMBER = 104;
export const CLERK = 900;

export const signers: DesignatedSigners = { chairId: CHAIR, coSignerIds: [CO1, CO2], secretaryId: CLERK };
export const trust = trustFromStaff([CLERK]);

/** A server instant from Stockholm wall-clock time. */
export const sv = (date: string, time: string): string => stockholmToUtc(date, time).toISOString();

export const hashOf = (text: string): string => documentSha256(utf8ToBytes(text));

export function version(n: number, o: Partial<MinutesVersion> = {}): MinutesVersion {
  return {
    minutesId: MINUTES,
    meetingId: MEETING,
    bodyId: BODY,
    version: n,
    sha256: hashOf(`protokoll ${o.minutesId ?? MINUTES} version ${n}`),
    sections: [1, 2, 3, 4, 5, 6],
    immediate: false,
    ...o,
  };
}

let nextId = 1;

/** A signature of `v` (default: version 1 of document 1) with the bytes of that version unless told otherwise. */
export function sig(
  authorId: number,
  role: SignerRole,
  created: string,
  o: { v?: MinutesVersion; version?: number; sha256?: string; id?: number } = {},
): SignatureEvent {
  const v = o.v ?? version(1);
  return {
    id: o.id ?? nextId++,
    minutesId: v.minutesId,
    authorId,
    created,
    role,
    version: o.version ?? v.version,
    sha256: o.sha256 ?? v.sha256,
  };
}

/** All four designated signatures of `v`, an hour apart from `firstHour` on `date` (Stockholm time), the secretary last. */
export function everyone(date: string, v: MinutesVersion = version(1), firstHour = 8): SignatureEvent[] {
  const at = (i: number): string => sv(date, `${String(firstHour + i).padStart(2, '0')}:00`);
  return [
    sig(CHAIR, 'chair', at(0), { v }),
    sig(CO1, 'coSigner', at(1), { v }),
    sig(CO2, 'coSigner', at(2), { v }),
    sig(CLERK, 'secretary', at(3), { v }),
  ];
}

export function notice(kind: NoticeEvent['kind'], at: string, o: { authorId?: number; minutesId?: number } = {}): NoticeEvent {
  return { id: nextId++, minutesId: o.minutesId ?? MINUTES, kind, at, authorId: o.authorId ?? CLERK };
}
