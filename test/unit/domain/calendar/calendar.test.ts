import {
  dayBounds,
  isoWeekNumber,
  layoutDay,
  mergeCalendar,
  monthGrid,
  occursOn,
  weekStart,
  type CalendarEntry,
} from '../../../../src/domain/calendar/calendar';

function entry(over: Partial<CalendarEntry> & Pick<CalendarEntry, 'key' | 'source'>): CalendarEntry {
  return {
    title: over.key,
    allDay: false,
    start: '2026-12-09T08:00:00.000Z',
    end: '2026-12-09T15:00:00.000Z',
    location: '',
    calendarName: null,
    iCalUId: null,
    eventId: null,
    webLink: null,
    joinUrl: null,
    meetingId: null,
    cancelled: false,
    ...over,
  };
}

describe('merging own, group and meeting calendars', () => {
  it('shows a council meeting once, with the Teams and Outlook links of its group event', () => {
    const group = entry({
      key: 'group:E1',
      source: 'group',
      eventId: 'E1',
      iCalUId: 'U1',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
      webLink: 'https://outlook.office.com/calendar/item/E1',
    });
    const ownCopy = entry({ key: 'own:E1b', source: 'own', eventId: 'E1b', iCalUId: 'U1' });
    const meeting = entry({ key: 'meeting:7', source: 'meeting', eventId: 'E1', meetingId: 7, title: 'Regionfullmäktige' });
    const merged = mergeCalendar([ownCopy], [group], [meeting]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ key: 'meeting:7', meetingId: 7, joinUrl: group.joinUrl, webLink: group.webLink });
  });

  it("collapses copies of one event in several calendars, keeping the person's own", () => {
    const own = entry({ key: 'own:A', source: 'own', iCalUId: 'U2', title: 'Gruppmöte S' });
    const group = entry({ key: 'group:B', source: 'group', iCalUId: 'U2', title: 'Gruppmöte S' });
    const other = entry({ key: 'group:C', source: 'group', iCalUId: 'U3', title: 'Annat' });
    expect(
      mergeCalendar([own], [group, other], [])
        .map((e) => e.key)
        .sort(),
    ).toEqual(['group:C', 'own:A']);
  });

  it('keeps a meeting without a calendar event, and events without iCalUId', () => {
    const merged = mergeCalendar(
      [entry({ key: 'own:1', source: 'own' })],
      [entry({ key: 'group:2', source: 'group' })],
      [entry({ key: 'meeting:3', source: 'meeting' })],
    );
    expect(merged).toHaveLength(3);
  });

  it('puts all-day entries first, then by start time', () => {
    const allDay = entry({ key: 'own:ad', source: 'own', allDay: true, start: '2026-12-09', end: '2026-12-10' });
    const late = entry({ key: 'own:late', source: 'own', start: '2026-12-09T12:00:00.000Z' });
    const early = entry({ key: 'own:early', source: 'own', start: '2026-12-09T07:00:00.000Z' });
    expect(mergeCalendar([late, early, allDay], [], []).map((e) => e.key)).toEqual(['own:ad', 'own:early', 'own:late']);
  });
});

describe('Swedish weeks', () => {
  it('starts weeks on Monday and numbers them as ISO 8601', () => {
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(isoWeekNumber('2026-11-29')).toBe(48);
    expect(isoWeekNumber('2027-01-01')).toBe(53);
    expect(isoWeekNumber('2027-01-04')).toBe(1);
  });

  it('lays a month out in whole Monday-first weeks', () => {
    const feb = monthGrid(2027, 2);
    expect(feb[0]).toBe('2027-02-01');
    expect(feb).toHaveLength(28);
    const nov = monthGrid(2026, 11);
    expect(nov[0]).toBe('2026-10-26');
    expect(nov[nov.length - 1]).toBe('2026-12-06');
    expect(nov.length % 7).toBe(0);
  });
});

describe('days when the clocks change', () => {
  it('has 23 hours in the spring and 25 in the autumn', () => {
    const hours = (d: string) => (dayBounds(d).end - dayBounds(d).start) / 3_600_000;
    expect(hours('2026-03-29')).toBe(23);
    expect(hours('2026-10-25')).toBe(25);
    expect(hours('2026-10-26')).toBe(24);
  });

  it('places a 09:00 meeting at 09:00 on the hour scale, the days the clocks change included', () => {
    const nine = (utc: string) =>
      entry({ key: `own:${utc}`, source: 'own', start: utc, end: new Date(Date.parse(utc) + 3_600_000).toISOString() });
    const [before] = layoutDay([nine('2026-10-24T07:00:00.000Z')], '2026-10-24');
    const [after] = layoutDay([nine('2026-10-26T08:00:00.000Z')], '2026-10-26');
    const [onChange] = layoutDay([nine('2026-10-25T08:00:00.000Z')], '2026-10-25');
    const [spring] = layoutDay([nine('2026-03-29T07:00:00.000Z')], '2026-03-29');
    for (const slot of [before, after, onChange, spring]) {
      expect(slot.top).toBeCloseTo(9 / 24);
      expect(slot.height).toBeCloseTo(1 / 24);
    }
  });

  it('shows a night event across the autumn change by the clock: 01:00–04:00 takes three hours of the scale', () => {
    // 01:00 summer time (23:00 UTC) to 04:00 winter time (03:00 UTC): four real hours, three on the clock
    const [slot] = layoutDay(
      [entry({ key: 'own:n', source: 'own', start: '2026-10-24T23:00:00.000Z', end: '2026-10-25T03:00:00.000Z' })],
      '2026-10-25',
    );
    expect(slot.top).toBeCloseTo(1 / 24);
    expect(slot.height).toBeCloseTo(3 / 24);
  });
});

describe('multi-day, all-day and open-ended entries', () => {
  it('shows a multi-day conference on each of its days, marked as continuing', () => {
    const conf = entry({ key: 'own:conf', source: 'own', start: '2026-12-08T13:00:00.000Z', end: '2026-12-10T11:00:00.000Z' });
    expect(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'].map((d) => occursOn(conf, d))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    const [mid] = layoutDay([conf], '2026-12-09');
    expect(mid).toMatchObject({ top: 0, height: 1, continuesBefore: true, continuesAfter: true });
  });

  it('treats an all-day end date as exclusive, as Graph gives it', () => {
    const xmas = entry({ key: 'own:x', source: 'own', allDay: true, start: '2026-12-24', end: '2026-12-27' });
    expect(['2026-12-23', '2026-12-24', '2026-12-26', '2026-12-27'].map((d) => occursOn(xmas, d))).toEqual([false, true, true, false]);
    expect(layoutDay([xmas], '2026-12-24')).toEqual([]);
  });

  it('does not spill an entry ending at midnight into the next day', () => {
    const evening = entry({ key: 'own:e', source: 'own', start: '2026-12-09T17:00:00.000Z', end: '2026-12-09T23:00:00.000Z' });
    expect(occursOn(evening, '2026-12-09')).toBe(true);
    expect(occursOn(evening, '2026-12-10')).toBe(false);
  });

  it('shows an entry without an end as a point in time on its day', () => {
    const point = entry({ key: 'own:p', source: 'own', start: '2026-12-09T09:00:00.000Z', end: null });
    expect(occursOn(point, '2026-12-09')).toBe(true);
    const [slot] = layoutDay([point], '2026-12-09');
    expect(slot.height).toBe(0);
  });
});

describe('overlapping entries', () => {
  const at = (key: string, from: string, to: string) =>
    entry({ key: `own:${key}`, source: 'own', start: `2026-12-09T${from}:00.000Z`, end: `2026-12-09T${to}:00.000Z` });

  it('puts overlapping entries side by side and lets the next free lane be reused', () => {
    const slots = layoutDay(
      [at('a', '16:00', '18:00'), at('b', '17:00', '19:00'), at('c', '18:00', '19:30'), at('d', '20:00', '21:00')],
      '2026-12-09',
    );
    const byKey = Object.fromEntries(slots.map((s) => [s.entry.key, [s.lane, s.lanes]]));
    expect(byKey).toEqual({ 'own:a': [0, 2], 'own:b': [1, 2], 'own:c': [0, 2], 'own:d': [0, 1] });
  });
});
