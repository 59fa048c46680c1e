/**
 * Where the meeting views lead. Each host has its own addresses (hash routes in the standalone
 * host, SitePages with a query string in SharePoint); the views only ask.
 */
export interface MeetingNav {
  meeting(meetingId: number): string;
  rollCall(meetingId: number): string;
  /** "Debatt och votering": the live meeting. */
  live(meetingId: number): string;
  /** "Protokoll": the minutes, their signing and notice. */
  minutes(meetingId: number): string;
  newMeeting(): string;
  overview(): string | null;
  /** Goes to an address from this object (after creating a meeting). */
  go(href: string): void;
}

export type MeetingView =
  | { kind: 'meeting'; meetingId: number }
  | { kind: 'rollCall'; meetingId: number }
  | { kind: 'minutes'; meetingId: number }
  | { kind: 'new' };
