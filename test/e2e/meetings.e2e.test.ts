import type { Browser, BrowserContext, Page } from 'playwright-core';
import { swedishDate } from '../../src/domain/time/swedishTime';
import { buildRegion } from '../../tools/local-tenant/src/seed/region';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startLocalTenantProcess } from '../support/localTenantProcess';

jest.setTimeout(240_000);

/**
 * Three people at once, each in their own browser session: the clerk publishes the notice of the
 * next RF meeting, a member reports absence, the first substitute of the member's party signs in
 * and sees they are called in, and the clerk sees it all in the attendance picture.
 */
describe('end to end: notice, absence and the called-in substitute', () => {
  let tenant: Awaited<ReturnType<typeof startLocalTenantProcess>>;
  let browser: Browser;
  const anchor = swedishDate(new Date());
  const region = buildRegion(anchor);
  const person = (persona: string) => region.people.find((p) => p.persona === persona)!;
  let meeting: { Id: number; Title: string };

  beforeAll(async () => {
    tenant = await startLocalTenantProcess({ SEED_DATE: anchor });
    browser = await launchBrowser();
    // the next RF meeting not yet notified, as the clerk would find it in the Meetings list
    const { access_token: token } = (await (
      await fetch(`${tenant.url}/_local/token?user=${encodeURIComponent(person('clerk').upn)}`)
    ).json()) as { access_token: string };
    const filter = encodeURIComponent(
      `MeetingStatus eq 'Planerat' and StartTime ge datetime'${new Date().toISOString().slice(0, 19)}Z' and Body/BodyCode eq 'RF'`,
    );
    const res = await fetch(
      `${tenant.url}/sites/politikerportal/_api/web/lists/getByTitle('Sammanträden')/items?$select=Id,Title,Body/BodyCode&$expand=Body&$filter=${filter}&$orderby=StartTime&$top=1`,
      {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata' },
      },
    );
    const found = ((await res.json()) as { value: { Id: number; Title: string }[] }).value;
    if (!found.length) throw new Error(`No planned RF meeting after ${anchor}: ${JSON.stringify(found)}`);
    meeting = found[0];
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });

  async function signIn(persona: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${tenant.portalUrl}/`);
    await page.waitForURL(/\/_local\/login/);
    await page.getByRole('link', { name: new RegExp(person(persona).displayName) }).click();
    await page.getByRole('heading', { name: 'Mina sammanträden' }).waitFor();
    return { context, page };
  }

  const openMeeting = async (page: Page, suffix = '') => {
    const url = `${tenant.portalUrl}/#/sammantrade/${meeting.Id}${suffix}`;
    // a hash route already shown is not reloaded by goto; read the meeting afresh as a person would
    if (page.url() === url) await page.reload();
    else await page.goto(url);
    await page.getByRole('heading', { name: meeting.Title }).first().waitFor();
  };

  it('carries the meeting from notice to called-in substitute across three sessions', async () => {
    const [clerk, member, substitute] = await Promise.all([signIn('clerk'), signIn('member'), signIn('substitute')]);

    // the clerk publishes the notice
    await openMeeting(clerk.page);
    await clerk.page.getByRole('button', { name: 'Publicera kallelse' }).click();
    // the clerk first sees who gets it
    await clerk.page.getByRole('alertdialog').getByRole('button', { name: 'Skicka kallelsen' }).click();
    await clerk.page.getByText(/Kallelsen är publicerad i organets gruppkalender/).waitFor();
    expect(await axeViolations(clerk.page)).toEqual([]);
    await screenshot(clerk.page, 'meeting-clerk-published');

    // the member reports absence for the whole meeting, with the keyboard only
    await openMeeting(member.page);
    expect(await axeViolations(member.page)).toEqual([]);
    const report = member.page.getByRole('button', { name: 'Anmäl förhinder' });
    await member.page.getByLabel('Anledning (frivilligt)').fill('Sjukdom');
    await report.focus();
    await member.page.keyboard.press('Enter');
    await member.page.getByText('Nämndsekreteraren kallar in ersättare.').waitFor();
    await member.page.getByText('Du har anmält förhinder för hela sammanträdet.').waitFor();
    // the body's clerk is mailed through Graph, and the member is told so
    await member.page.getByText('Mattias Wikström har fått e-post om det.').waitFor();
    // a second notice for the same meeting is refused with the reason
    await member.page.getByRole('button', { name: 'Anmäl förhinder' }).click();
    await member.page.getByText('Du har redan anmält förhinder för hela sammanträdet.').waitFor();
    // the first notice's mail report is not left beside the refusal of the second
    expect(await member.page.getByText('har fått e-post om det').count()).toBe(0);
    await screenshot(member.page, 'meeting-member-absent');

    // the first S substitute in RF sees the call-in on the overview and on the meeting page
    await substitute.page.reload();
    const card = substitute.page.getByRole('listitem').filter({ hasText: meeting.Title }).first();
    await card.getByText(`Du är inkallad att tjänstgöra för ${person('member').displayName}.`).waitFor();
    expect(await axeViolations(substitute.page)).toEqual([]);
    await openMeeting(substitute.page);
    await substitute.page.getByText(`Du är inkallad att tjänstgöra för ${person('member').displayName}.`).waitFor();
    await screenshot(substitute.page, 'meeting-substitute-called-in');

    // the clerk sees the absence and the called-in substitute in the attendance picture
    await openMeeting(clerk.page);
    const picture = clerk.page.getByRole('table', { name: 'Svar och inkallade ersättare per plats' });
    const row = picture.getByRole('row').filter({ hasText: person('member').displayName });
    await row.getByText('Förhinder').waitFor();
    await row.getByText(person('substitute').displayName).waitFor();
    // re-publishing sends the called-in substitute an invitation of their own
    await clerk.page.getByRole('button', { name: 'Publicera kallelsen igen' }).click();
    // the clerk first sees who gets it
    await clerk.page.getByRole('alertdialog').getByRole('button', { name: 'Skicka kallelsen' }).click();
    await clerk.page.getByText(/1 inkallad ersättare har fått en egen inbjudan/).waitFor();
    await screenshot(clerk.page, 'meeting-clerk-picture');

    // the roll call view is clean too
    await openMeeting(clerk.page, '/upprop');
    expect(await axeViolations(clerk.page)).toEqual([]);
    // and usable at 400 px (a Teams side panel, a phone): its rows stack instead of running off the side
    await clerk.page.setViewportSize({ width: 400, height: 800 });
    await clerk.page
      .getByRole('heading', { name: /Upprop/ })
      .first()
      .waitFor();
    await screenshot(clerk.page, 'meeting-roll-call-400');
    expect(await clerk.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    expect(await axeViolations(clerk.page)).toEqual([]);

    await Promise.all([clerk, member, substitute].map((s) => s.context.close()));
  });

  it("refuses a member who tries the clerk's tools: the site answers 403 and nothing changes", async () => {
    const { context, page } = await signIn('member');
    // the member's own SharePoint token, as the portal sends it (MSAL keeps it encrypted in its cache)
    const sent = page.waitForRequest((r) => r.url().includes('/sites/politikerportal/_api/') && !!r.headers()['authorization']);
    await openMeeting(page);
    const authorization = (await sent).headers()['authorization'];
    // the tools are not offered…
    expect(await page.getByRole('button', { name: 'Publicera kallelse' }).count()).toBe(0);
    // …and SharePoint refuses the write even when sent by hand with the member's own token
    const status = await page.evaluate(
      async ({ id, authorization }) => {
        const r = await fetch(`/sites/politikerportal/_api/web/lists/getByTitle('Sammanträden')/items(${id})`, {
          method: 'POST',
          headers: { Authorization: authorization, 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
          body: JSON.stringify({ Location: 'Hemma' }),
        });
        return r.status;
      },
      { id: meeting.Id, authorization },
    );
    expect(status).toBe(403);
    await context.close();
  });
});
