import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import type { MyMeeting, Services } from '../../../src/data/services';
import { seededRegion } from '../../support/region';

const ANCHOR = '2026-11-24';
const NOW = new Date('2026-11-24T06:00:00Z');
const WEB = '/sites/politikerportal';

interface Message {
  id: string;
  subject: string;
  body: { contentType: string; content: string };
  from: { emailAddress: { address: string; name: string } };
  toRecipients: { emailAddress: { address: string } }[];
}

/**
 * Issue 8: an absence notice tells the body's clerks by e-mail (from the member, delegated Graph
 * `sendMail`), and a substitute whose call-in it withdraws is told too. The notice is stored first;
 * a mail that fails is a warning beside it, never a failed notice.
 */
describe('absence notices by e-mail', () => {
  const t = seededRegion(ANCHOR, { now: () => NOW });
  const servicesFor = (persona: string): Promise<Services> => t.servicesFor(persona, () => NOW);
  const ownerSp = () => standaloneSp(t.siteUrl, () => t.token(t.upn('owner')));

  /** The persona's inbox (or another folder) as they read it through Graph, newest first. */
  const folder = async (persona: string, name = 'inbox'): Promise<Message[]> =>
    (
      await t
        .graphAs(persona)
        .api(`/me/mailFolders/${name}/messages`)
        .select('id,subject,body,from,toRecipients')
        .orderby('receivedDateTime desc')
        .top(100)
        .get()
    ).value;
  const upcoming = async (s: Services): Promise<MyMeeting[]> => (await s.meetings.myUpcoming(20)).filter((m) => m.status !== 'Cancelled');
  const text = (m: Message) => m.body.content.replace(/<[^>]+>/g, ' ');

  it("mails the body's clerk who reported absence, for which meeting and items, why, who is called in, with a link", async () => {
    const member = await servicesFor('member');
    const clerk = await servicesFor('clerk');
    const substitute = await servicesFor('substitute');
    const rf = (await upcoming(member)).find((m) => m.bodyCode === 'RF')!;
    const d = await member.meeting.get(rf.id);

    const outcome = await member.meeting.reportAbsence(rf.id, [1, 2], 'Tandläkare');
    expect(outcome).toEqual({ mailed: { clerks: [clerk.user.displayName], substitutes: [] }, warnings: [] });

    const [mail] = (await folder('clerk')).filter((m) => m.subject.startsWith(`Förhinder: ${member.user.displayName}`));
    expect(mail).toBeDefined();
    expect(mail.subject).toBe(`Förhinder: ${member.user.displayName}, ${d.bodyName} tisdag 24 november 2026 kl. 09:00`);
    // from the member, as Graph's /me/sendMail sends it
    expect(mail.from.emailAddress.address).toBe(member.user.email);
    expect(mail.toRecipients.map((r) => r.emailAddress.address)).toEqual([clerk.user.email]);
    expect(mail.body.contentType).toBe('html');
    const body = text(mail);
    expect(body).toContain(
      `${member.user.displayName} har anmält förhinder till ${d.bodyName}s sammanträde tisdag 24 november 2026 kl. 09:00 (${d.title}).`,
    );
    expect(body).toContain(`1. ${d.items[0].title}`);
    expect(body).toContain(`2. ${d.items[1].title}`);
    expect(body).not.toContain(`3. ${d.items[2].title}`);
    expect(body).toContain('Anledning: Tandläkare');
    expect(body).toContain(`${substitute.user.displayName} för ${member.user.displayName} (ärendena 1 och 2)`);
    expect(mail.body.content).toContain(`href="#/sammantrade/${rf.id}"`);
    expect(body).toContain('Öppna sammanträdet i Politikerportalen');

    // the member's own copy in Sent Items
    expect((await folder('member', 'sentitems')).map((m) => m.subject)).toContain(mail.subject);
    // and the notice is what it was before mail existed
    const after = await member.meeting.get(rf.id);
    expect(member.meeting.answers(after).find((a) => a.person.personId === member.user.siteUserId)?.answer).toEqual({
      kind: 'absent',
      items: [1, 2],
    });
  });

  it('tells the substitute when part of the call-in is withdrawn, then when all of it is', async () => {
    const member = await servicesFor('member');
    const clerk = await servicesFor('clerk');
    const substitute = await servicesFor('substitute');
    const rf = (await upcoming(member)).find((m) => m.bodyCode === 'RF')!;
    const d = await member.meeting.get(rf.id);

    const partly = await member.meeting.withdrawAbsence(rf.id, [2]);
    expect(partly).toEqual({ mailed: { clerks: [clerk.user.displayName], substitutes: [substitute.user.displayName] }, warnings: [] });
    const withdrawn = (await folder('substitute')).filter((m) => m.subject.startsWith('Inkallelsen återkallad'));
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0].subject).toBe(`Inkallelsen återkallad: ${d.bodyName} tisdag 24 november 2026 kl. 09:00`);
    expect(withdrawn[0].from.emailAddress.address).toBe(member.user.email);
    expect(text(withdrawn[0])).toContain(
      `Du tjänstgör inte längre för ${member.user.displayName} i ärende 2 vid ${d.bodyName}s sammanträde tisdag 24 november 2026 kl. 09:00 (${d.title}). Du är fortfarande inkallad för ärende 1.`,
    );
    expect(withdrawn[0].body.content).toContain(`href="#/sammantrade/${rf.id}"`);
    const [clerkMail] = (await folder('clerk')).filter((m) => m.subject.startsWith('Förhinder återkallat'));
    expect(text(clerkMail)).toContain(`${substitute.user.displayName} för ${member.user.displayName} (ärende 2)`);

    const all = await member.meeting.withdrawAbsence(rf.id, null);
    expect(all.mailed.substitutes).toEqual([substitute.user.displayName]);
    // the server's clock is pinned, so both mails have the same time: find the second by its text
    const both = (await folder('substitute')).filter((m) => m.subject.startsWith('Inkallelsen återkallad'));
    expect(both).toHaveLength(2);
    expect(
      both
        .map(text)
        .filter((x) =>
          x.includes(`Du är inte längre inkallad att tjänstgöra för ${member.user.displayName} vid ${d.bodyName}s sammanträde`),
        ),
    ).toHaveLength(1);
    // the substitute is no longer called in, as the overview derives it
    expect((await substitute.meetings.myUpcoming(20)).find((m) => m.id === rf.id)?.calledIn).toBeNull();
  });

  it('keeps the notice when sendMail fails, and says so as a warning with the code', async () => {
    const member = await servicesFor('member');
    const clerk = await servicesFor('clerk');
    const meeting = (await upcoming(member)).filter((m) => m.bodyCode === 'RF')[1];
    const before = (await folder('clerk')).length;
    // Graph refuses every try, the graph client's retries included
    t.tenant.faults.add({ pathContains: '/sendMail', method: 'POST', status: 503, retryAfterSeconds: 0, count: 20 });
    let outcome;
    try {
      outcome = await member.meeting.reportAbsence(meeting.id, null, '');
    } finally {
      t.tenant.faults.clear();
    }
    expect(outcome).toEqual({
      mailed: { clerks: [], substitutes: [] },
      warnings: [{ code: 'clerkMailFailed', names: [clerk.user.displayName], cause: 'throttled' }],
    });
    const d = await member.meeting.get(meeting.id);
    expect(member.meeting.answers(d).find((a) => a.person.personId === member.user.siteUserId)?.answer).toEqual({
      kind: 'absent',
      items: 'all',
    });
    expect((await folder('clerk')).length).toBe(before);
  });

  it('stores the notice and mails nobody when the body has no clerk set (no fallback to every clerk)', async () => {
    const member = await servicesFor('member');
    const meeting = (await upcoming(member)).filter((m) => m.bodyCode === 'RF')[2];
    const bodies = ownerSp().web.getList(`${WEB}/Lists/Bodies`);
    const [rf] = await bodies.items.filter("BodyCode eq 'RF'").select('Id', 'ClerksId')<{ Id: number; ClerksId: number[] }[]>();
    const before = (await folder('clerk')).length;
    await bodies.items.getById(rf.Id).update({ ClerksId: [] });
    try {
      const outcome = await member.meeting.reportAbsence(meeting.id, [1], '');
      expect(outcome).toEqual({ mailed: { clerks: [], substitutes: [] }, warnings: [{ code: 'noClerks', names: [], cause: null }] });
    } finally {
      await bodies.items.getById(rf.Id).update({ ClerksId: rf.ClerksId });
    }
    expect((await folder('clerk')).length).toBe(before);
    const d = await member.meeting.get(meeting.id);
    expect(member.meeting.answers(d).find((a) => a.person.personId === member.user.siteUserId)?.answer).toEqual({
      kind: 'absent',
      items: [1],
    });
  });
});
