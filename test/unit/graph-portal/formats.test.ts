import { meetingPlanIcs, stockholmLocal } from '../../../src/data/graph/ical';
import { toVCards } from '../../../src/data/graph/vcard';
import { escapeText, foldLine } from '../../../src/data/graph/textLines';
import type { SiteMeeting } from '../../../src/data/graph/site';

const meeting = (over: Partial<SiteMeeting>): SiteMeeting => ({
  id: 1,
  title: 'Regionfullmäktige',
  bodyId: 1,
  bodyName: 'Regionfullmäktige',
  start: '2026-11-24T08:00:00Z',
  end: '2026-11-24T16:00:00Z',
  location: 'Regionhuset, Luleå; fullmäktigesalen',
  status: 'Notified',
  teamsJoinUrl: null,
  eventId: null,
  groupId: null,
  ...over,
});

describe('iCalendar meeting plan', () => {
  const ics = (meetings: SiteMeeting[]) =>
    meetingPlanIcs({
      calendarName: 'Regionfullmäktige',
      meetings,
      now: new Date('2026-11-01T10:00:00Z'),
      uidDomain: 'sites.politikerportal',
      link: (id) => `https://x.sharepoint.com/sites/p/SitePages/Sammantrade.aspx?meetingId=${id}`,
    });

  it('writes Stockholm wall-clock times on both sides of the clock change', () => {
    expect(stockholmLocal('2026-03-28T08:00:00Z')).toBe('20260328T090000'); // winter, +01
    expect(stockholmLocal('2026-03-30T07:00:00Z')).toBe('20260330T090000'); // summer, +02
    const text = ics([meeting({ start: '2026-10-24T07:00:00Z', end: '2026-10-26T08:00:00Z' })]);
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20261024T090000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Stockholm:20261026T090000\r\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });

  it('escapes text, leaves out a missing end and marks cancelled and planned meetings', () => {
    const text = ics([meeting({ end: null, status: 'Cancelled' }), meeting({ id: 2, status: 'Planned' })]);
    expect(text).toContain('LOCATION:Regionhuset\\, Luleå\\; fullmäktigesalen');
    expect(text.split('BEGIN:VEVENT')[1]).not.toContain('DTEND');
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).toContain('STATUS:TENTATIVE');
    expect(text).toContain('UID:meeting-2@sites.politikerportal');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = 'SUMMARY:' + 'ö'.repeat(60);
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((p, i) => (i ? p.slice(1) : p))
        .join(''),
    ).toBe(line);
    expect(escapeText('a\\b\nc')).toBe('a\\\\b\\nc');
  });
});

describe('vCard', () => {
  it('writes vCard 3.0 with name parts, roles, party and phones', () => {
    const text = toVCards([
      {
        name: 'Anna Lind',
        givenName: null,
        surname: null,
        email: 'anna.lind@politiker.norrbotten.se',
        phone: null,
        mobile: '070-123 45 67',
        organization: 'Region Norrbotten',
        title: 'Ledamot, Regionfullmäktige',
        note: 'Parti: S',
      },
    ]);
    expect(text).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'N:Lind;Anna;;;',
        'FN:Anna Lind',
        'ORG:Region Norrbotten',
        'TITLE:Ledamot\\, Regionfullmäktige',
        'EMAIL;TYPE=INTERNET,WORK:anna.lind@politiker.norrbotten.se',
        'TEL;TYPE=CELL,VOICE:070-123 45 67',
        'NOTE:Parti: S',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });
});
