import { seededRegion } from '../../support/region';
import { repositoriesFor, traffic } from './support';

const NOW = new Date('2026-11-24T09:00:00Z');
const t = seededRegion('2026-11-24');

const KANSLIET = 'kansliet@norrbotten.se';
const PRESIDIET = 'rf-presidiet@norrbotten.se';

describe('mailbox through Graph', () => {
  it("reads the chair's own and shared mailboxes in one $batch", async () => {
    const r = await repositoriesFor(t, 'chair', NOW);
    const since = t.tenant.requests.last();
    const boxes = await r.mail.mailboxes([KANSLIET, PRESIDIET], 5);
    const sent = traffic(t, since).graph;
    expect(sent.map((x) => [x.path, x.parts])).toEqual([['/graph/v1.0/$batch', 8]]);
    expect(boxes.map((b) => [b.mailbox, b.ok])).toEqual([
      ['me', true],
      [KANSLIET, true],
      [PRESIDIET, true],
    ]);
    const own = boxes[0];
    if (!own.ok) throw new Error('own mailbox failed');
    expect(own.unread).toBe(2);
    expect(own.messages[0]).toMatchObject({
      subject: 'Kallelse till regionfullmäktige',
      importance: 'high',
      hasAttachments: true,
      isRead: false,
    });
    expect(own.messages[0].webLink).toMatch(/^https:\/\//);
    const shared = boxes[1];
    expect(shared.name).toBe('Kansliet – regionfullmäktige');
    if (!shared.ok) throw new Error('shared mailbox failed');
    expect(shared.messages).toHaveLength(5);
    expect(shared.total).toBe(6);
  });

  it('re-sends the parts Graph throttled inside a $batch after their Retry-After, and keeps the rest', async () => {
    const r = await repositoriesFor(t, 'chair', NOW);
    // one part of the batch (the shared mailbox's messages) answers 429 once
    t.tenant.faults.add({
      pathContains: `/users/${encodeURIComponent(PRESIDIET)}/mailFolders/inbox/messages`,
      status: 429,
      retryAfterSeconds: 1,
      count: 1,
    });
    const since = t.tenant.requests.last();
    const boxes = await r.mail.mailboxes([PRESIDIET], 5);
    const sent = traffic(t, since).graph;
    expect(sent.map((x) => [x.path, x.parts])).toEqual([
      ['/graph/v1.0/$batch', 5],
      ['/graph/v1.0/$batch', 1],
    ]);
    expect(boxes.map((b) => [b.mailbox, b.ok])).toEqual([
      ['me', true],
      [PRESIDIET, true],
    ]);
  }, 20_000);

  it('shows the other mailboxes when one refuses access or does not exist', async () => {
    const r = await repositoriesFor(t, 'member', NOW);
    const boxes = await r.mail.mailboxes([KANSLIET, 'finns-inte@norrbotten.se'], 3);
    expect(boxes[0].ok).toBe(true);
    expect(boxes.slice(1).map((b) => (b.ok ? 'ok' : [b.error.kind, b.error.code]))).toEqual([
      ['forbidden', 'accessDenied'],
      ['notFound', 'notFound'],
    ]);
  });

  it('keeps ≤ 4 requests per mailbox and ≤ 20 per batch with many shared mailboxes', async () => {
    const r = await repositoriesFor(t, 'chair', NOW);
    const many = Array.from({ length: 9 }, (_, i) => `box${i}@norrbotten.se`);
    const since = t.tenant.requests.last();
    const boxes = await r.mail.mailboxes(many, 3);
    const sent = traffic(t, since).graph;
    // 1 own (2 requests) + 9 shared (3 each) = 29 → two batches.
    expect(sent.map((x) => x.parts)).toEqual([20, 9]);
    expect(boxes).toHaveLength(10);
  });

  it('marks a message as read', async () => {
    const r = await repositoriesFor(t, 'substitute', NOW);
    const [own] = await r.mail.mailboxes([], 5);
    if (!own.ok) throw new Error('failed');
    const unread = own.messages.find((m) => !m.isRead)!;
    await r.mail.markRead('me', unread.id);
    const [again] = await r.mail.mailboxes([], 5);
    if (!again.ok) throw new Error('failed');
    expect(again.unread).toBe(own.unread - 1);
    expect(again.messages.find((m) => m.id === unread.id)!.isRead).toBe(true);
  });

  it('refuses to mark a message in a mailbox the person cannot reach', async () => {
    const r = await repositoriesFor(t, 'member', NOW);
    await expect(r.mail.markRead(KANSLIET, 'AAMkAnything')).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
  });
});
