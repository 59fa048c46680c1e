import { type GraphError, PageIterator, type Client } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../../../src/data/clients/graphClient';
import { startTestTenant, type TestTenant } from '../../support/tenant';

/** Users, groups, photos, auth and Graph's error shapes, through the portal's graph client. */
let t: TestTenant;
let boardId: string;
let formerId: string;

beforeAll(async () => {
  t = await startTestTenant();
  const dir = t.tenant.context.directory;
  const board = dir.addGroup({
    displayName: 'Regionstyrelsen',
    description: 'Styrelsen',
    mail: 'rs@test.local',
    mailNickname: 'rs',
    groupTypes: ['Unified'],
    visibility: 'Private',
  });
  boardId = board.id;
  dir.addGroupMember(board.id, t.users.alice.id);
  dir.addGroupMember(board.id, t.users.bob.id);
  dir.addGroupMember(board.id, t.users.carol.id, true);
  const former = dir.addGroup({
    displayName: 'Nedlagd nämnd',
    description: '',
    mail: 'old@test.local',
    mailNickname: 'old',
    groupTypes: ['Unified'],
    visibility: 'Private',
  });
  formerId = former.id;
  dir.deleteGroup(former.id);
  // Enough people for paging.
  for (let i = 0; i < 12; i++) {
    dir.addUser({
      userPrincipalName: `p${i}@test.local`,
      displayName: `Person ${String(i).padStart(2, '0')}`,
      givenName: 'Person',
      surname: String(i),
      mail: `p${i}@test.local`,
      jobTitle: null,
      mobilePhone: null,
      businessPhones: [],
      officeLocation: null,
      persona: null,
      mfa: true,
      accountEnabled: true,
    });
  }
  dir.addUser({
    userPrincipalName: 'kansli@test.local',
    displayName: 'Kansliet',
    givenName: '',
    surname: '',
    mail: 'kansli@test.local',
    jobTitle: null,
    mobilePhone: null,
    businessPhones: [],
    officeLocation: null,
    persona: null,
    mfa: false,
    accountEnabled: false,
  });
});
afterAll(() => t.close());

const graph = (who: 'alice' | 'bob' | 'carol' | 'owner'): Client => t.graph(`${who}@test.local`);

async function failure(p: Promise<unknown>): Promise<GraphError> {
  try {
    await p;
  } catch (e) {
    return e as GraphError;
  }
  throw new Error('expected the request to fail');
}

describe('authentication', () => {
  it('refuses a request without a token with 401 InvalidAuthenticationToken', async () => {
    // The graph client always sends a token, so this one goes by hand.
    const res = await fetch(`${t.tenant.url}/graph/v1.0/me`);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { code: string; message: string; innerError: Record<string, string> } };
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.message).toBe('Access token is empty.');
    expect(body.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('refuses a forged token and says why', async () => {
    const forged = createGraphClient({
      baseUrl: `${t.tenant.url}/graph/`,
      getToken: () => t.token('alice@test.local').slice(0, -4) + 'AAAA',
    });
    const err = await failure(forged.api('/me').get());
    expect(err.statusCode).toBe(401);
    expect(err.code).toBe('InvalidAuthenticationToken');
    expect(err.message).toBe('Invalid signature.');
    expect(err.requestId).toBeTruthy();
  });
});

describe('/me and /users', () => {
  it('returns the signed-in person with the default properties', async () => {
    const me = await graph('alice').api('/me').get();
    expect(me['@odata.context']).toBe(`${t.tenant.url}/graph/v1.0/$metadata#users/$entity`);
    expect(me).toMatchObject({
      id: t.users.alice.id,
      displayName: 'Alice Ledamot',
      userPrincipalName: 'alice@test.local',
      mail: 'alice@test.local',
      businessPhones: [],
    });
    expect(me.accountEnabled).toBeUndefined();
  });

  it('narrows properties with $select', async () => {
    const me = await graph('bob').api('/me').select(['displayName', 'accountEnabled']).get();
    expect(Object.keys(me).sort()).toEqual(['@odata.context', 'accountEnabled', 'displayName', 'id']);
    expect(me.accountEnabled).toBe(true);
  });

  it('finds a user by UPN or id, and 404s an unknown one in Graph shape', async () => {
    expect((await graph('alice').api('/users/carol@test.local').get()).id).toBe(t.users.carol.id);
    expect((await graph('alice').api(`/users/${t.users.carol.id}`).get()).displayName).toBe('Carol Sekreterare');
    const err = await failure(graph('alice').api('/users/nobody@test.local').get());
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('Request_ResourceNotFound');
  });

  it('filters with startswith and eq, orders and pages with @odata.nextLink', async () => {
    const filtered = await graph('alice')
      .api('/users')
      .filter("startswith(displayName,'Person')")
      .orderby('displayName desc')
      .top(5)
      .select(['displayName'])
      .get();
    expect(filtered.value.map((u: { displayName: string }) => u.displayName)).toEqual([
      'Person 11',
      'Person 10',
      'Person 09',
      'Person 08',
      'Person 07',
    ]);
    expect(filtered['@odata.nextLink']).toContain('$skiptoken=');
    const eq = await graph('alice').api('/users').filter("mail eq 'BOB@test.local'").get();
    expect(eq.value.map((u: { id: string }) => u.id)).toEqual([t.users.bob.id]);

    // The library's PageIterator follows the next links to the end.
    const names: string[] = [];
    const first = await graph('alice').api('/users').filter("startswith(displayName,'Person')").top(5).get();
    await new PageIterator(graph('alice'), first, (u: { displayName: string }) => {
      names.push(u.displayName);
      return true;
    }).iterate();
    expect(names).toHaveLength(12);
    expect(new Set(names).size).toBe(12);
  });

  it('needs ConsistencyLevel: eventual for $search and $count, as Entra ID does', async () => {
    const err = await failure(graph('alice').api('/users').search('"displayName:carol"').get());
    expect(err.statusCode).toBe(400);
    expect(err.code).toBe('Request_UnsupportedQuery');
    const found = await graph('alice').api('/users').header('ConsistencyLevel', 'eventual').search('"displayName:carol"').count(true).get();
    expect(found['@odata.count']).toBe(1);
    expect(found.value[0].id).toBe(t.users.carol.id);
  });

  it('serves a generated photo, and ImageNotFound for a shared mailbox', async () => {
    const res = await fetch(`${t.tenant.url}/graph/v1.0/users/alice@test.local/photo/$value`, {
      headers: { authorization: `Bearer ${t.token('bob@test.local')}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await res.text();
    expect(svg).toContain('>AL</text>');
    const again = await (
      await fetch(`${t.tenant.url}/graph/v1.0/users/alice@test.local/photo/$value`, {
        headers: { authorization: `Bearer ${t.token('carol@test.local')}` },
      })
    ).text();
    expect(again).toBe(svg);
    const err = await failure(graph('alice').api('/users/kansli@test.local/photo/$value').get());
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('ImageNotFound');
  });
});

describe('groups', () => {
  it('lists my groups through memberOf and transitiveMemberOf', async () => {
    const direct = await graph('alice').api('/me/memberOf').get();
    expect(direct.value).toEqual([
      expect.objectContaining({ '@odata.type': '#microsoft.graph.group', id: boardId, displayName: 'Regionstyrelsen' }),
    ]);
    const cast = await graph('alice').api('/me/transitiveMemberOf/microsoft.graph.group').select(['id', 'displayName']).get();
    expect(cast['@odata.context']).toMatch(/#groups$/);
    expect(cast.value.map((g: { id: string }) => g.id)).toEqual([boardId]);
    const none = await graph('owner').api('/me/memberOf').get();
    expect(none.value).toEqual([]);
  });

  it('reads a group and its members', async () => {
    const g = await graph('bob').api(`/groups/${boardId}`).get();
    expect(g).toMatchObject({ id: boardId, displayName: 'Regionstyrelsen', groupTypes: ['Unified'], mail: 'rs@test.local' });
    const members = await graph('bob').api(`/groups/${boardId}/members`).select(['displayName']).get();
    expect(members.value.map((m: { displayName: string }) => m.displayName)).toEqual([
      'Alice Ledamot',
      'Bob Ersättare',
      'Carol Sekreterare',
    ]);
    const list = await graph('bob').api('/groups').filter("displayName eq 'regionstyrelsen'").get();
    expect(list.value).toHaveLength(1);
  });

  it('answers 404 Request_ResourceNotFound for a deleted group', async () => {
    const err = await failure(graph('alice').api(`/groups/${formerId}`).get());
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('Request_ResourceNotFound');
    expect(err.message).toContain(formerId);
  });
});

describe('errors and resilience', () => {
  it('answers an unknown segment with 400 BadRequest', async () => {
    const err = await failure(graph('alice').api('/me/planets').get());
    expect(err.statusCode).toBe(400);
    expect(err.code).toBe('BadRequest');
    expect(err.message).toBe("Resource not found for the segment 'planets'.");
    const root = await failure(graph('alice').api('/sites/root').get());
    expect(root.message).toBe("Resource not found for the segment 'sites'.");
  });

  it('answers malformed JSON with 400 BadRequest instead of failing', async () => {
    const res = await fetch(`${t.tenant.url}/graph/v1.0/me/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token('alice@test.local')}`, 'content-type': 'application/json' },
      body: '{"subject": "Trasig',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BadRequest');
  });

  it('is retried by the client after 429 with Retry-After and then succeeds', async () => {
    t.tenant.faults.add({ pathContains: '/graph/v1.0/me', status: 429, retryAfterSeconds: 1, count: 2 });
    const since = t.tenant.requests.last();
    const started = Date.now();
    const me = await graph('carol').api('/me').get();
    expect(me.id).toBe(t.users.carol.id);
    const calls = t.tenant.requests.since(since).filter((r) => r.path === '/graph/v1.0/me');
    expect(calls.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  }, 15000);
});
