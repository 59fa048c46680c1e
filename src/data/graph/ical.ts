import { stockholmOffsetMinutes } from '../../domain/time/swedishTime';
import type { SiteMeeting } from './site';
import { contentLines, escapeText } from './textLines';

/**
 * Europe/Stockholm as a VTIMEZONE (EU rule since 1996: last Sunday of March 02:00 → 03:00,
 * last Sunday of October 03:00 → 02:00), so calendar apps keep meetings at their Swedish
 * wall-clock time across the change of the clocks.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const compact = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');

/** A UTC instant as Stockholm local DATE-TIME: `20261201T090000`. */
export function stockholmLocal(instant: string): string {
  const d = new Date(instant);
  return compact(new Date(d.getTime() + stockholmOffsetMinutes(d) * 60000).toISOString().slice(0, 19));
}

const STATUS: Record<SiteMeeting['status'], string> = {
  Planned: 'TENTATIVE',
  Notified: 'CONFIRMED',
  InProgress: 'CONFIRMED',
  Closed: 'CONFIRMED',
  Cancelled: 'CANCELLED',
};

export interface MeetingPlanInput {
  calendarName: string;
  meetings: readonly SiteMeeting[];
  /** DTSTAMP of every event: when the file was made. */
  now: Date;
  /** Makes UIDs globally unique and stable, so re-importing updates rather than duplicates. */
  uidDomain: string;
  /** The meeting's agenda page; only absolute web addresses go into the file. */
  link(meetingId: number): string;
}

/** A body's meeting plan as an iCalendar (RFC 5545) file. */
export function meetingPlanIcs(input: MeetingPlanInput): string {
  const stamp = compact(input.now.toISOString().slice(0, 19)) + 'Z';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Region Norrbotten//Politikerportal//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (input.calendarName) lines.push(`X-WR-CALNAME:${escapeText(input.calendarName)}`);
  lines.push('X-WR-TIMEZONE:Europe/Stockholm', ...VTIMEZONE);
  for (const m of input.meetings) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:meeting-${m.id}@${input.uidDomain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=Europe/Stockholm:${stockholmLocal(m.start)}`,
    );
    // Without an end the event is a point in time (RFC 5545 §3.6.1); nothing is guessed.
    if (m.end && m.end > m.start) lines.push(`DTEND;TZID=Europe/Stockholm:${stockholmLocal(m.end)}`);
    lines.push(`SUMMARY:${escapeText(m.title)}`);
    if (m.location) lines.push(`LOCATION:${escapeText(m.location)}`);
    const url = input.link(m.id);
    if (/^https?:\/\//i.test(url)) lines.push(`URL:${url}`);
    if (m.teamsJoinUrl && /^https:\/\//i.test(m.teamsJoinUrl)) lines.push(`DESCRIPTION:${escapeText(m.teamsJoinUrl)}`);
    lines.push(`STATUS:${STATUS[m.status]}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}
