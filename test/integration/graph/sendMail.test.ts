import { toDataError } from '../../../src/data/errors';
import { startTestTenant, type TestTenant } from '../../support/tenant';

/** POST /me/sendMail as Graph answers it: 202, Exchange's validation errors, delivery to inboxes and Sent Items. */
describe('Graph sendMail on the local tenant', () => {
  let t: TestTenant;
  beforeAll(async () => {
    t = await startTestTenant();
  });
  afterAll(() => t.close());

  const to = (...addresses: string[]) => addresses.map((address) => ({ emailAddress: { address } }));
  const inbox = async (upn: string) =>
    (await t.graph(upn).api('/me/mailFolders/inbox/messages').top(50).get()).value as Record<string, any>[];
  const sent = async (upn: string) =>
    (await t.graph(upn).api('/me/mailFolders/sentitems/messages').top(50).get()).value as Record<string, any>[];
  /** The raw answer, to see status and Graph's error body as a browser would. */
  const post = (upn: string, path: string, body: unknown) =>
    fetch(`${t.tenant.url}/graph/v1.0${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token(upn)}`, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('answers 202 with no body, delivers to To, Cc and Bcc and keeps a copy in Sent Items', async () => {
    const res = await post('alice@test.local', '/me/sendMail', {
      message: {
        subject: 'Förhinder 1 december',
        body: { contentType: 'HTML', content: '<p>Jag är <b>sjuk</b>.</p>' },
        toRecipients: to('carol@test.local'),
        ccRecipients: to('owner@test.local'),
        bccRecipients: to('bob@test.local'),
      },
    });
    expect(res.status).toBe(202);
    expect(await res.text()).toBe('');

    const [carol] = (await inbox('carol@test.local')).filter((m) => m.subject === 'Förhinder 1 december');
    expect(carol).toMatchObject({
      isRead: false,
      body: { contentType: 'html', content: '<p>Jag är <b>sjuk</b>.</p>' },
      from: { emailAddress: { address: 'alice@test.local', name: 'Alice Ledamot' } },
      toRecipients: [{ emailAddress: { address: 'carol@test.local' } }],
      ccRecipients: [{ emailAddress: { address: 'owner@test.local' } }],
      bccRecipients: [],
    });
    expect(carol.bodyPreview).toBe('Jag är sjuk .');
    // the blind copy arrives without showing who was blind-copied
    const [bob] = (await inbox('bob@test.local')).filter((m) => m.subject === 'Förhinder 1 december');
    expect(bob.bccRecipients).toEqual([]);
    expect((await inbox('owner@test.local')).map((m) => m.subject)).toContain('Förhinder 1 december');

    const [copy] = (await sent('alice@test.local')).filter((m) => m.subject === 'Förhinder 1 december');
    expect(copy).toMatchObject({ isRead: true, bccRecipients: [{ emailAddress: { address: 'bob@test.local' } }] });
    expect(copy.conversationId).toBe(carol.conversationId);
    expect(copy.internetMessageId).toBe(carol.internetMessageId);
  });

  it('keeps no copy when saveToSentItems is false, and sends through the graph client and /users/{own id}', async () => {
    const alice = t.graph('alice@test.local');
    await alice.api('/me/sendMail').post({
      message: { subject: 'Utan kopia', body: { contentType: 'Text', content: 'x' }, toRecipients: to('carol@test.local') },
      saveToSentItems: false,
    });
    expect((await sent('alice@test.local')).map((m) => m.subject)).not.toContain('Utan kopia');
    expect((await inbox('carol@test.local')).map((m) => m.subject)).toContain('Utan kopia');

    await alice
      .api(`/users/${t.users.alice.id}/sendMail`)
      .post({ message: { subject: 'Via users', toRecipients: to('CAROL@test.local') } });
    const [viaUsers] = (await inbox('carol@test.local')).filter((m) => m.subject === 'Via users');
    expect(viaUsers.body).toEqual({ contentType: 'text', content: '' });
    // an address outside the tenant is accepted and leaves it: nobody here receives it
    expect((await post('alice@test.local', '/me/sendMail', { message: { subject: 'Ut', toRecipients: to('x@example.org') } })).status).toBe(
      202,
    );
  });

  it.each([
    ['no recipients', { message: { subject: 'x', toRecipients: [] } }, 'ErrorInvalidRecipients', /contains no recipients/],
    ['a recipient that is no address', { message: { toRecipients: to('inte en adress') } }, 'ErrorInvalidRecipients', /is not resolved/],
    [
      'a recipient without an address',
      { message: { toRecipients: [{ emailAddress: { name: 'Carol' } }] } },
      'ErrorInvalidRecipients',
      /Carol/,
    ],
    ['no message', { saveToSentItems: true }, 'ErrorInvalidParameter', /Message/],
    [
      'an unknown body type',
      { message: { body: { contentType: 'rtf', content: 'x' }, toRecipients: to('carol@test.local') } },
      'RequestBodyRead',
      /rtf/,
    ],
    ['a subject that is no string', { message: { subject: 7, toRecipients: to('carol@test.local') } }, 'RequestBodyRead', /subject/],
    [
      'content that is no string',
      { message: { body: { content: { x: 1 } }, toRecipients: to('carol@test.local') } },
      'RequestBodyRead',
      /content/,
    ],
    [
      'recipients that are no list',
      { message: { toRecipients: { emailAddress: { address: 'carol@test.local' } } } },
      'RequestBodyRead',
      /toRecipients/,
    ],
  ])('refuses %s with 400 in Graph’s error shape, and sends nothing', async (_what, body, code, message) => {
    const before = (await inbox('carol@test.local')).length;
    const res = await post('alice@test.local', '/me/sendMail', body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string; innerError: Record<string, string> } };
    expect(json.error.code).toBe(code);
    expect(json.error.message).toMatch(message);
    expect(json.error.innerError['request-id']).toBeTruthy();
    expect((await inbox('carol@test.local')).length).toBe(before);
  });

  it('refuses an empty body and invalid JSON', async () => {
    expect((await post('alice@test.local', '/me/sendMail', '')).status).toBe(400);
    const res = await post('alice@test.local', '/me/sendMail', '{"message":');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BadRequest');
  });

  it("refuses sending as someone else (Send As) with 403, and other methods with 405; the portal's error code is recognised", async () => {
    const res = await post('alice@test.local', `/users/${t.users.carol.id}/sendMail`, {
      message: { subject: 'Som Carol', toRecipients: to('bob@test.local') },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('ErrorSendAsDenied');
    expect((await inbox('bob@test.local')).map((m) => m.subject)).not.toContain('Som Carol');

    const get = await fetch(`${t.tenant.url}/graph/v1.0/me/sendMail`, {
      headers: { authorization: `Bearer ${t.token('alice@test.local')}` },
    });
    expect(get.status).toBe(405);

    // through the graph client, as the data layer sees it
    const failure = await t
      .graph('alice@test.local')
      .api('/me/sendMail')
      .post({ message: { toRecipients: [] } })
      .catch((e: unknown) => e);
    expect(await toDataError(failure)).toMatchObject({ kind: 'invalid', code: 'requestInvalid', status: 400 });
  });
});
