import { packBatches, relativeFromLink, runBatch, type GraphCall } from '../../../src/data/graph/batch';
import { toEntry } from '../../../src/data/graph/events';

describe('packing Graph calls into $batch requests', () => {
  it('puts at most 20 in a batch and at most 4 for one mailbox', () => {
    const calls: GraphCall[] = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, url: '/x', mailbox: 'A' })),
      ...Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, url: '/y' })),
    ];
    const batches = packBatches(calls);
    expect(batches.every((b) => b.length <= 20)).toBe(true);
    expect(batches.every((b) => b.filter((c) => c.mailbox === 'A').length <= 4)).toBe(true);
    expect(batches.flat()).toHaveLength(36);
  });

  it('turns next links into relative URLs', () => {
    expect(relativeFromLink('https://graph.microsoft.com/v1.0/me/calendarView?$skip=10')).toBe('/me/calendarView?$skip=10');
    expect(relativeFromLink('http://localhost:1/graph/v1.0/users?$skiptoken=x')).toBe('/users?$skiptoken=x');
  });

  it('re-sends only the parts Graph throttled, after their Retry-After', async () => {
    const waits: number[] = [];
    let round = 0;
    const client = {
      api: () => ({
        patch: jest.fn(),
        post: jest.fn(async (body: { requests: { id: string }[] }) => {
          round++;
          return {
            responses: body.requests.map((r) =>
              round === 1 && r.id === 'b'
                ? { id: r.id, status: 429, headers: { 'Retry-After': '3' }, body: {} }
                : { id: r.id, status: 200, headers: {}, body: { ok: r.id } },
            ),
          };
        }),
      }),
    };
    const results = await runBatch(
      client,
      [
        { id: 'a', url: '/a' },
        { id: 'b', url: '/b' },
      ],
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([3000]);
    expect(round).toBe(2);
    expect(results.get('b')).toMatchObject({ status: 200, body: { ok: 'b' } });
  });
});

describe('Graph events as calendar entries', () => {
  it('reads Stockholm wall-clock times across the change of the clocks', () => {
    const e = toEntry(
      {
        id: '1',
        subject: 'Natt',
        start: { dateTime: '2026-10-24T22:00:00.0000000', timeZone: 'Europe/Stockholm' },
        end: { dateTime: '2026-10-25T06:00:00.0000000', timeZone: 'Europe/Stockholm' },
      },
      'own',
      null,
    )!;
    expect([e.start, e.end]).toEqual(['2026-10-24T20:00:00.000Z', '2026-10-25T05:00:00.000Z']);
  });

  it('keeps all-day events as dates and a missing or broken end as none', () => {
    expect(
      toEntry(
        {
          id: '2',
          isAllDay: true,
          start: { dateTime: '2026-12-24T00:00:00', timeZone: 'Europe/Stockholm' },
          end: { dateTime: '2026-12-27T00:00:00', timeZone: 'Europe/Stockholm' },
        },
        'group',
        'G',
      ),
    ).toMatchObject({ allDay: true, start: '2026-12-24', end: '2026-12-27' });
    expect(toEntry({ id: '3', start: { dateTime: '2026-12-01T10:00:00', timeZone: 'UTC' }, end: null }, 'own', null)!.end).toBeNull();
    expect(
      toEntry(
        { id: '4', start: { dateTime: '2026-12-01T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-12-01T09:00:00', timeZone: 'UTC' } },
        'own',
        null,
      )!.end,
    ).toBeNull();
  });
});
