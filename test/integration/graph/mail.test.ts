import type { GraphError } from '@microsoft/microsoft-graph-client';
import { startTestTenant, type TestTenant } from '../../support/tenant';

/** Own and shared mailboxes: lists, unread counts, filters, paging, marking read, access. */
let t: TestTenant;
let sharedId: string;
let firstId: string;

beforeAll(async () => {
  t = await startTestTenant();
  const shared = t.tenant.context.directory.addUser({
    userPrincipalName: 'kansliet@test.local',
    displayName: 'Kansliet',
    givenName: '',
    surname: '',
    mail: 'kansliet@test.local',
    jobTitle: null,
    mobilePhone: null,
    businessPhones: [],
    officeLocation: null,
    persona: null,
    mfa: false,
    accountEnabled: false,
  });
  sharedId = shared.id;
  t.tenant.graph.grantMailboxAccess(shared.id, t.users.carol.id);
  for (let i = 0; i < 12; i++) {
    const id = t.tenant.graph.addMessage(t.users.alice.id, {
      subject: `Meddelande ${i}`,
      body: { contentType: 'text', content: `Text ${i}` },
      from: { emailAddress: { name: 'Carol Sekreterare', address: 'carol@test.local' } },
      receivedDateTime: new Date(Date.UTC(2026, 10, 1 + i, 8)).toISOString(),
      isRead: i % 3 === 0,
    });
    if (i === 11) firstId = id;
  }
  t.tenant.graph.addMessage(t.users.alice.id, { subject: 'Skickat', receivedDateTime: '2026-11-20T08:00:00Z' }, 'sentitems');
  t.tenant.graph.addMessage(shared.id, { subject: 'Medborgarförslag', receivedDateTime: '2026-11-20T08:00:00Z' });
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

it('counts unread and total mail in the inbox', async () => {
  const inbox = await t.graph('alice@test.local').api('/me/mailFolders/inbox').get();
  expect(inbox).toMatchObject({ displayName: 'Inkorgen', totalItemCount: 12, unreadItemCount: 8 });
});

it('lists the newest first, narrowed by $select, in pages of $top', async () => {
  const page = await t
    .graph('alice@test.local')
    .api('/me/mailFolders/inbox/messages')
    .select(['subject', 'isRead'])
    .orderby('receivedDateTime desc')
    .top(5)
    .get();
  expect(page.value.map((m: { subject: string }) => m.subject)).toEqual([
    'Meddelande 11',
    'Meddelande 10',
    'Meddelande 9',
    'Meddelande 8',
    'Meddelande 7',
  ]);
  expect(Object.keys(page.value[0]).sort()).toEqual(['@odata.etag', 'id', 'isRead', 'subject']);
  expect(page['@odata.nextLink']).toContain('$skip=5');
  // /me/messages spans all folders.
  const all = await t.graph('alice@test.local').api('/me/messages').top(50).get();
  expect(all.value).toHaveLength(13);
});

it('filters unread mail and counts it', async () => {
  const unread = await t
    .graph('alice@test.local')
    .api('/me/messages')
    .filter('isRead eq false')
    .count(true)
    .header('ConsistencyLevel', 'eventual')
    .top(3)
    .get();
  expect(unread['@odata.count']).toBe(8);
  expect(unread.value.every((m: { isRead: boolean }) => !m.isRead)).toBe(true);
});

it('marks a message read, which the unread count shows', async () => {
  const updated = await t.graph('alice@test.local').api(`/me/messages/${firstId}`).patch({ isRead: true });
  expect(updated.isRead).toBe(true);
  expect((await t.graph('alice@test.local').api('/me/mailFolders/inbox').get()).unreadItemCount).toBe(7);
});

it('opens a shared mailbox only for people granted access', async () => {
  const msgs = await t.graph('carol@test.local').api(`/users/${sharedId}/mailFolders/inbox/messages`).get();
  expect(msgs.value.map((m: { subject: string }) => m.subject)).toEqual(['Medborgarförslag']);
  expect((await t.graph('carol@test.local').api('/users/kansliet@test.local/mailFolders/inbox').get()).unreadItemCount).toBe(1);
  const err = await failure(t.graph('bob@test.local').api(`/users/${sharedId}/messages`).get());
  expect(err.statusCode).toBe(403);
  expect(err.code).toBe('ErrorAccessDenied');
  expect(err.message).toBe('Access is denied. Check credentials and try again.');
  // Nor may one read another person's own mailbox.
  expect((await failure(t.graph('bob@test.local').api(`/users/${t.users.alice.id}/messages`).get())).statusCode).toBe(403);
});
