import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createGraphClient } from '../../../src/data/clients/graphClient';
import { startTenant } from '../../../tools/local-tenant/src/server';

/** Calendar and mail live in SQLite: a restarted tenant still has them, and grants too. */
it('keeps events, messages and mailbox grants across a restart', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-persist-'));
  try {
    const first = await startTenant({ dataDir: dir, port: 0 });
    const user = (upn: string, enabled: boolean) =>
      first.context.directory.addUser({
        userPrincipalName: upn,
        displayName: upn,
        givenName: 'A',
        surname: 'B',
        mail: upn,
        jobTitle: null,
        mobilePhone: null,
        businessPhones: [],
        officeLocation: null,
        persona: null,
        mfa: true,
        accountEnabled: enabled,
      });
    const alice = user('alice@test.local', true);
    const box = user('box@test.local', false);
    first.graph.addEvent(
      { kind: 'user', id: alice.id },
      {
        subject: 'Kvar efter omstart',
        start: { dateTime: '2026-12-01T09:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-12-01T10:00:00', timeZone: 'UTC' },
      },
    );
    first.graph.addMessage(box.id, { subject: 'Till funktionsbrevlådan' });
    first.graph.grantMailboxAccess(box.id, alice.id);
    await first.close();

    const second = await startTenant({ dataDir: dir, port: 0 });
    try {
      const client = createGraphClient({
        baseUrl: `${second.url}/graph/`,
        getToken: () => second.context.tokens.issue(second.context.directory.userById(alice.id)!).token,
      });
      const events = await client
        .api('/me/calendarView')
        .query({ startDateTime: '2026-12-01T00:00:00Z', endDateTime: '2026-12-02T00:00:00Z' })
        .get();
      expect(events.value.map((e: { subject: string }) => e.subject)).toEqual(['Kvar efter omstart']);
      const mail = await client.api(`/users/${box.id}/messages`).get();
      expect(mail.value.map((m: { subject: string }) => m.subject)).toEqual(['Till funktionsbrevlådan']);
    } finally {
      await second.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
