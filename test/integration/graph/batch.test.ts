import { BatchRequestContent, BatchResponseContent, type GraphError } from '@microsoft/microsoft-graph-client';
import { startTestTenant, type TestTenant } from '../../support/tenant';

/** JSON $batch through the client's own BatchRequestContent/BatchResponseContent. */
let t: TestTenant;
let sharedId: string;

beforeAll(async () => {
  t = await startTestTenant();
  const shared = t.tenant.context.directory.addUser({
    userPrincipalName: 'presidiet@test.local',
    displayName: 'Presidiet',
    givenName: '',
    surname: '',
    mail: 'presidiet@test.local',
    jobTitle: null,
    mobilePhone: null,
    businessPhones: [],
    officeLocation: null,
    persona: null,
    mfa: false,
    accountEnabled: false,
  });
  sharedId = shared.id;
  t.tenant.graph.addMessage(t.users.alice.id, { subject: 'Kallelse', receivedDateTime: '2026-11-20T08:00:00Z' });
});
afterAll(() => t.close());

const base = (): string => `${t.tenant.url}/graph/v1.0`;

it('answers each request on its own; one 403 does not fail the others', async () => {
  const content = new BatchRequestContent([
    { id: '1', request: new Request(`${base()}/me?$select=displayName`) },
    { id: '2', request: new Request(`${base()}/me/mailFolders/inbox`) },
    { id: '3', request: new Request(`${base()}/users/${sharedId}/messages`) },
    { id: '4', request: new Request(`${base()}/me/calendarView`) },
  ]);
  const since = t.tenant.requests.last();
  const raw = await t
    .graph('alice@test.local')
    .api('/$batch')
    .post(await content.getContent());
  const res = new BatchResponseContent(raw);
  const me = res.getResponseById('1');
  expect(me.status).toBe(200);
  expect(await me.json()).toMatchObject({ displayName: 'Alice Ledamot' });
  expect(((await res.getResponseById('2').json()) as { unreadItemCount: number }).unreadItemCount).toBe(1);
  const denied = res.getResponseById('3');
  expect(denied.status).toBe(403);
  expect(((await denied.json()) as { error: { code: string } }).error.code).toBe('ErrorAccessDenied');
  expect(res.getResponseById('4').status).toBe(400);
  // One request on the wire, carrying four.
  expect(t.tenant.requests.since(since).map((r) => [r.path, r.parts])).toEqual([['/graph/v1.0/$batch', 4]]);
});

it('runs dependent requests in order and fails dependents of a failure with 424', async () => {
  const event = {
    subject: 'Beredning',
    start: { dateTime: '2026-12-01T09:00:00', timeZone: 'UTC' },
    end: { dateTime: '2026-12-01T10:00:00', timeZone: 'UTC' },
  };
  const raw = await t
    .graph('bob@test.local')
    .api('/$batch')
    .post({
      requests: [
        { id: 'a', method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body: event },
        { id: 'b', method: 'GET', url: '/me/events', dependsOn: ['a'] },
        { id: 'c', method: 'GET', url: '/groups/00000000-0000-0000-0000-000000000000' },
        { id: 'd', method: 'GET', url: '/me', dependsOn: ['c'] },
      ],
    });
  const byId = Object.fromEntries((raw.responses as { id: string; status: number; body: { value?: unknown[] } }[]).map((r) => [r.id, r]));
  expect(byId.a.status).toBe(201);
  expect(byId.b.body.value).toHaveLength(1);
  expect(byId.c.status).toBe(404);
  expect(byId.d.status).toBe(424);
});

it('refuses more than 20 requests', async () => {
  const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
  let err: GraphError | undefined;
  try {
    await t.graph('alice@test.local').api('/$batch').post({ requests });
  } catch (e) {
    err = e as GraphError;
  }
  expect(err?.statusCode).toBe(400);
  expect(err?.code).toBe('BadRequest');
  expect(err?.message).toBe('Number of requests in the batch exceeds the maximum of 20');
});
