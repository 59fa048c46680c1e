import { startTestTenant, type TestTenant } from '../../support/tenant';

/** Issue 9: an event write is read against microsoft.graph.event as Graph reads it. */
let t: TestTenant;
beforeAll(async () => {
  t = await startTestTenant();
});
afterAll(() => t.close());

type Ev = { id: string; subject: string; webLink: string; onlineMeeting: { joinUrl: string } | null };

describe('PATCH and POST of events', () => {
  it('answers 400 RequestBodyRead for a property the event type does not have, changing nothing', async () => {
    const g = t.graph('bob@test.local');
    const ev = (await g.api('/me/events').post({
      subject: 'Möte',
      start: { dateTime: '2026-12-01T13:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-12-01T14:00:00', timeZone: 'UTC' },
    })) as Ev;
    const err = await g
      .api(`/me/events/${ev.id}`)
      .patch({ subject: 'Ändrat', votingResult: 'yes' })
      .catch((e: { statusCode: number; code: string }) => e);
    expect(err).toMatchObject({ statusCode: 400, code: 'RequestBodyRead' });
    expect(((await g.api(`/me/events/${ev.id}`).get()) as Ev).subject).toBe('Möte');
    await expect(
      g.api('/me/events').post({
        subject: 'x',
        start: { dateTime: '2026-12-01T13:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-12-01T14:00:00', timeZone: 'UTC' },
        colour: 'red',
      }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });

  it('ignores read-only properties (webLink, onlineMeeting.joinUrl) as Exchange does', async () => {
    const g = t.graph('bob@test.local');
    const ev = (await g.api('/me/events').post({
      subject: 'Online',
      isOnlineMeeting: true,
      start: { dateTime: '2026-12-02T13:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-12-02T14:00:00', timeZone: 'UTC' },
      webLink: 'https://evil.example/a',
    })) as Ev;
    expect(ev.webLink).toContain('https://outlook.office365.com/owa/?itemid=');
    const joinUrl = ev.onlineMeeting!.joinUrl;
    const patched = (await g
      .api(`/me/events/${ev.id}`)
      .patch({ subject: 'Online 2', webLink: 'https://evil.example/b', onlineMeeting: { joinUrl: 'https://evil.example/join' } })) as Ev;
    expect(patched.subject).toBe('Online 2');
    expect(patched.webLink).toBe(ev.webLink);
    expect(patched.onlineMeeting?.joinUrl).toBe(joinUrl);
  });
});
