/**
 * The region's public notice board (anslagstavla, KL 8:9–12; DOMAIN §6) as plain data: the notices
 * the public reads, and the board's rows and what decides whose rows count, as the reader hands
 * them over. Dates are Swedish dates `yyyy-MM-dd`, instants ISO strings from the server.
 */
import type { Position } from '../bodies/types';
import type { NoticeEventKind } from '../minutes/types';

/** What a notice is about: signed minutes (tillkännagivande om justerat protokoll), RF's announcement of a meeting (kungörelse, KL 5:11), or anything else. */
export type PublicNoticeKind = 'minutes' | 'meetingAnnouncement' | 'other';

/** One notice as the board shows it and the feeds carry it. */
export interface PublicNotice {
  /** Stable for the notice: `anslag-<row id>` of the row that posted it (a notice put up again is a new notice). */
  id: string;
  kind: PublicNoticeKind;
  /** The body the notice is from (Regionfullmäktige, Regionstyrelsen …). */
  bodyName: string;
  /** The meeting's (first) day; null for a notice without a meeting. */
  meetingDate: string | null;
  title: string;
  /** The notice's text as posted (for minutes: the body, meeting, sections, dates and how to appeal). */
  text: string;
  postedOn: string;
  /** The day it comes down; null when the notice names none. */
  removeOn: string | null;
  /** Minutes only: the last day an appeal (laglighetsprövning) must have reached the court. */
  appealEnds: string | null;
  /** The section (§) numbers of the minutes; empty for other notices. */
  sections: number[];
  /** Where the minutes are kept, as the notice says. */
  minutesLocation: string | null;
  /** The public version of the minutes (PDF); the reader gives SharePoint's URL, the publisher its own. */
  publicUrl: string | null;
  /** Server time the notice went up, and of its last change. */
  published: string;
  updated: string;
}

/** One row of `Lists/NoticeBoard` as stored, trusted or not. */
export interface BoardRow {
  id: number;
  kind: PublicNoticeKind;
  /** Minutes rows are events: the posting or the taking down of a document's notice. */
  event: NoticeEventKind | null;
  minutesId: number | null;
  meetingId: number | null;
  bodyId: number | null;
  /** Server-stamped who and when (DESIGN §4). */
  authorId: number;
  editorId: number;
  created: string;
  modified: string;
  title: string;
  text: string | null;
  /** The `PostedOn` column: an announcement's first day up (minutes count from `created`). */
  postedOn: string | null;
  removeOn: string | null;
  minutesLocation: string | null;
  /** The `PublicVersion` column: the public PDF's URL, written with the notice's text. */
  publicVersion: string | null;
  sections: number[];
}

export interface BoardMeeting {
  id: number;
  bodyId: number;
  start: string;
  end: string | null;
}

export interface BoardBody {
  id: number;
  name: string;
  /** `Bodies.Clerks`: with the owners and the body's presidium, whose rows count for the body. */
  clerkIds: number[];
}

export interface BoardAssignment {
  bodyId: number;
  personId: number;
  position: Position | null;
  validFrom: string;
  validTo: string | null;
}

/** Everything the board is made from: its rows, and what decides who is staff of which body (bodies/trust). */
export interface BoardInput {
  rows: readonly BoardRow[];
  meetings: readonly BoardMeeting[];
  bodies: readonly BoardBody[];
  ownerIds: readonly number[];
  assignments: readonly BoardAssignment[];
}

/** Where the board and its feeds live, for the links and ids the feeds carry. */
export interface BoardSite {
  /** "Anslagstavla – Region Norrbotten". */
  title: string;
  description: string;
  /** The board's page, absolute, ending in `/`. */
  boardUrl: string;
  jsonFeedUrl: string;
  atomFeedUrl: string;
  /** The publisher's name in the feeds. */
  authorName: string;
  /** Tag URI authority and date (RFC 4151): `tag:norrbotten.se,2026:…`. Never changes once published. */
  tagAuthority: string;
  tagDate: string;
  /** The feed's `updated` when it has no entries (the time the feed was made). */
  asOf: string;
}
