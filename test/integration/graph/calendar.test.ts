import type { GraphError } from '@microsoft/microsoft-graph-client';
import { startTestTenant, type TestTenant } from '../../support/tenant';

/** Calendars of people and groups: calendarView, recurrence across DST, time zones, CRUD, cancel. */
let t: TestTenant;
let groupId: string;
const STHLM = 'Prefer';
const tz = 'outlook.timezone="W. Europe Standard Time"';

beforeAll(async () => {
  t = await startTestTenant();
  const dir = t.tenant.context.directory;
  const g = dir.addGroup({
    displayName: 'Hälso- och sjukvårdsnämnden',
    description: '',
    mail: 'hsn@test.local',
    mailNickname: 'hsn',
    groupTypes: ['Unified'],
    visibility: 'Private',
  });
  groupId = g.id;
  dir.addGroupMember(g.id, t.users.alice.id);
  dir.addGroupMember(g.id, t.users.carol.id, true);
  // Weekly at 09:00 Stockholm time, across the end of DST (2026-10-25).
  t.tenant.graph.addEvent(
    { kind: 'user', id: t.users.alice.id },
    {
      subject: 'Gruppledarträff',
      start: { dateTime: '2026-10-13T09:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2026-10-13T10:00:00', timeZone: 'W. Europe Standard Time' },
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
        range: { type: 'numbered', startDate: '2026-10-13', numberOfOccurrences: 4 },
      },
    },
  );
  t.tenant.graph.addEvent(
    { kind: 'user', id: t.users.alice.id },
    {
      subject: 'Semester',
      isAllDay: true,
      start: { dateTime: '2026-11-02T00:00:00', timeZone: 'Europe/Stockholm' },
      end: { dateTime: '2026-11-04T00:00:00', timeZone: 'Europe/Stockholm' },
    },
  );
});
afterAll(() => t.close());

async function failure(p: Promise<unknown>): Promise<GraphError> {
  try {
    await p;
  } catch (e) {
    return e as GraphError;
  }
  throw new Error('expected the request to fail');
}

type Ev = {
  id: string;
  subject: string;
  type: string;
  seriesMasterId: string | null;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  isCancelled: boolean;
  webLink: string;
  iCalUId: string;
  onlineMeeting: { joinUrl: string } | null;
};

describe('calendarView', () => {
  it('requires a time window', async () => {
    const err = await failure(t.graph('alice@test.local').api('/me/calendarView').get());
    expect(err.statusCode).toBe(400);
    expect(err.code).toBe('ErrorInvalidParameter');
    expect(err.message).toBe('This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.');
  });

  it('expands a weekly series that stays at 09:00 Stockholm time across the end of DST', async () => {
    const res = await t
      .graph('alice@test.local')
      .api('/me/calendarView')
      .query({ startDateTime: '2026-10-01T00:00:00Z', endDateTime: '2026-11-01T00:00:00Z' })
      .header(STHLM, tz)
      .orderby('start/dateTime')
      .get();
    const occ = res.value as Ev[];
    expect(occ.map((e) => e.start.dateTime)).toEqual([
      '2026-10-13T09:00:00.0000000',
      '2026-10-20T09:00:00.0000000',
      '2026-10-27T09:00:00.0000000',
    ]);
    expect(occ.every((e) => e.type === 'occurrence' && e.seriesMasterId && e.start.timeZone === 'W. Europe Standard Time')).toBe(true);
    // In UTC, the hour moves when DST ends.
    const utc = await t
      .graph('alice@test.local')
      .api('/me/calendarView')
      .query({ startDateTime: '2026-10-01T00:00:00Z', endDateTime: '2026-11-30T00:00:00Z' })
      .top(10)
      .get();
    const series = (utc.value as Ev[]).filter((e) => e.subject === 'Gruppledarträff');
    expect(series.map((e) => e.start.dateTime)).toEqual([
      '2026-10-13T07:00:00.0000000',
      '2026-10-20T07:00:00.0000000',
      '2026-10-27T08:00:00.0000000',
      '2026-11-03T08:00:00.0000000',
    ]);
    expect(series[0].start.timeZone).toBe('UTC');
  });

  it('says which time zone it applied, and accepts IANA names', async () => {
    const res = await t
      .graph('alice@test.local')
      .api('/me/calendarView')
      .query({ startDateTime: '2026-11-02T00:00:00Z', endDateTime: '2026-11-03T00:00:00Z' })
      .header(STHLM, 'outlook.timezone="Europe/Stockholm"')
      .responseType('raw' as never)
      .get();
    expect(res.headers.get('preference-applied')).toBe('outlook.timezone="Europe/Stockholm"');
    const body = (await res.json()) as { value: Ev[] };
    const allDay = body.value.find((e) => e.subject === 'Semester')!;
    expect(allDay.start).toEqual({ dateTime: '2026-11-02T00:00:00.0000000', timeZone: 'Europe/Stockholm' });
    expect(allDay.end.dateTime).toBe('2026-11-04T00:00:00.0000000');
  });

  it('pages with $top and a next link', async () => {
    const first = await t
      .graph('alice@test.local')
      .api('/me/calendarView')
      .query({ startDateTime: '2026-10-01T00:00:00Z', endDateTime: '2026-12-01T00:00:00Z' })
      .top(2)
      .select(['subject', 'start'])
      .get();
    expect(first.value).toHaveLength(2);
    expect(Object.keys(first.value[0]).sort()).toEqual(['@odata.etag', 'id', 'start', 'subject']);
    const second = await t.graph('alice@test.local').api(first['@odata.nextLink']).get();
    // $top is the page size on every page: 4 occurrences + 1 all-day event = 2 + 2 + 1.
    expect(second.value).toHaveLength(2);
    const third = await t.graph('alice@test.local').api(second['@odata.nextLink']).get();
    expect(third.value).toHaveLength(1);
    expect(third['@odata.nextLink']).toBeUndefined();
  });
});

describe('events', () => {
  it('creates, reads, updates and deletes my event', async () => {
    const g = t.graph('bob@test.local');
    const created = (await g.api('/me/events').post({
      subject: 'Inläsning',
      start: { dateTime: '2026-12-01T13:00:00', timeZone: 'Europe/Stockholm' },
      end: { dateTime: '2026-12-01T15:00:00', timeZone: 'Europe/Stockholm' },
      isOnlineMeeting: true,
    })) as Ev;
    expect(created.id).toMatch(/^AAMkA/);
    expect(created.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008/);
    expect(created.webLink).toContain('https://outlook.office365.com/owa/?itemid=');
    expect(created.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(created.start).toEqual({ dateTime: '2026-12-01T12:00:00.0000000', timeZone: 'UTC' });
    const patched = (await g.api(`/me/events/${created.id}`).patch({ subject: 'Inläsning inför RF' })) as Ev;
    expect(patched.subject).toBe('Inläsning inför RF');
    expect(((await g.api(`/me/events/${created.id}`).get()) as Ev).subject).toBe('Inläsning inför RF');
    await g.api(`/me/events/${created.id}`).delete();
    const err = await failure(g.api(`/me/events/${created.id}`).get());
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('ErrorItemNotFound');
  });

  it('shows a group event to members only, and to attendees in their own calendar', async () => {
    const created = (await t
      .graph('carol@test.local')
      .api(`/groups/${groupId}/events`)
      .post({
        subject: 'HSN sammanträde',
        start: { dateTime: '2026-12-10T09:00:00', timeZone: 'Europe/Stockholm' },
        end: { dateTime: '2026-12-10T12:00:00', timeZone: 'Europe/Stockholm' },
        attendees: [{ type: 'required', emailAddress: { address: 'alice@test.local', name: 'Alice Ledamot' } }],
      })) as Ev;
    const window = { startDateTime: '2026-12-10T00:00:00Z', endDateTime: '2026-12-11T00:00:00Z' };
    const inGroup = await t.graph('alice@test.local').api(`/groups/${groupId}/calendarView`).query(window).get();
    expect(inGroup.value.map((e: Ev) => e.subject)).toEqual(['HSN sammanträde']);
    const mine = await t.graph('alice@test.local').api('/me/calendarView').query(window).get();
    expect(mine.value.map((e: Ev) => e.id)).toEqual([created.id]);
    const err = await failure(t.graph('bob@test.local').api(`/groups/${groupId}/calendarView`).query(window).get());
    expect(err.statusCode).toBe(403);
    expect(err.code).toBe('ErrorAccessDenied');

    // Cancelling removes it from the group calendar; the attendee sees it cancelled.
    await t.graph('carol@test.local').api(`/groups/${groupId}/events/${created.id}/cancel`).post({ comment: 'Inställt' });
    expect((await t.graph('alice@test.local').api(`/groups/${groupId}/calendarView`).query(window).get()).value).toEqual([]);
    const after = await t.graph('alice@test.local').api('/me/calendarView').query(window).get();
    expect(after.value.map((e: Ev) => e.isCancelled)).toEqual([true]);
  });

  it('refuses an event that ends before it starts', async () => {
    const err = await failure(
      t
        .graph('bob@test.local')
        .api('/me/events')
        .post({
          subject: 'x',
          start: { dateTime: '2026-12-01T15:00:00', timeZone: 'UTC' },
          end: { dateTime: '2026-12-01T13:00:00', timeZone: 'UTC' },
        }),
    );
    expect(err.statusCode).toBe(400);
  });
});
