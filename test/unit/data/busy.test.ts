import { busyTracker } from '../../../src/data/busy';
import { runBatch } from '../../../src/data/graph/batch';

describe('the service-busy tracker', () => {
  afterEach(() => jest.useRealTimers());

  it('tells only of waits over two seconds, the soonest first, until each request is done', () => {
    jest.useFakeTimers({ now: new Date('2026-11-24T09:00:00Z') });
    const busy = busyTracker();
    const changes: (string | null)[] = [];
    busy.subscribe(() => changes.push(busy.retryAt()?.toISOString() ?? null));
    const a = {};
    const b = {};
    busy.waiting(a, 2000);
    expect(busy.retryAt()).toBeNull();
    busy.waiting(a, 10_000);
    busy.waiting(b, 5000);
    busy.done(b);
    busy.done(a);
    busy.done(a);
    expect(changes).toEqual(['2026-11-24T09:00:10.000Z', '2026-11-24T09:00:05.000Z', '2026-11-24T09:00:10.000Z', null]);
  });

  it('is told of the wait for throttled parts of a Graph $batch, and clears after the re-send', async () => {
    const busy = busyTracker();
    const during: (Date | null)[] = [];
    let round = 0;
    const client = {
      api: () => ({
        patch: jest.fn(),
        post: jest.fn(async (body: { requests: { id: string }[] }) => {
          round++;
          return {
            responses: body.requests.map((r) =>
              round === 1
                ? { id: r.id, status: 429, headers: { 'Retry-After': '5' }, body: {} }
                : { id: r.id, status: 200, headers: {}, body: {} },
            ),
          };
        }),
      }),
    };
    const before = Date.now();
    await runBatch(client, [{ id: 'a', url: '/a' }], { busy, sleep: async () => void during.push(busy.retryAt()) });
    expect(during).toHaveLength(1);
    expect(during[0]!.getTime() - before).toBeGreaterThanOrEqual(5000);
    expect(during[0]!.getTime() - Date.now()).toBeLessThanOrEqual(5000);
    expect(busy.retryAt()).toBeNull();
  });
});
