import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { swedishDate } from '../../src/domain/time/swedishTime';
import { buildRegion } from '../../tools/local-tenant/src/seed/region';
import * as fs from 'fs';
import * as path from 'path';
import { launchBrowser } from '../support/browser';
import { startLocalTenantProcess } from '../support/localTenantProcess';

jest.setTimeout(240_000);

const screenshots = path.resolve(__dirname, '..', '..', 'temp', 'screenshots');

/**
 * Document links as people follow them in the browser: a member clicks a document on the agenda
 * and gets the PDF from the meeting's folder (the sign-in's FedAuth cookie, no token); a document
 * the clerk uploads as confidential is neither offered to nor served to a substitute or payroll.
 */
describe('end to end: document links on the agenda', () => {
  let tenant: Awaited<ReturnType<typeof startLocalTenantProcess>>;
  let browser: Browser;
  const anchor = swedishDate(new Date());
  const region = buildRegion(anchor);
  const person = (persona: string) => region.people.find((p) => p.persona === persona)!;
  let meeting: { Id: number; Title: string };

  beforeAll(async () => {
    tenant = await startLocalTenantProcess({ SEED_DATE: anchor });
    browser = await launchBrowser();
    // the next RF meeting, where the member persona sits
    const { access_token: token } = (await (
      await fetch(`${tenant.url}/_local/token?user=${encodeURIComponent(person('clerk').upn)}`)
    ).json()) as { access_token: string };
    const filter = encodeURIComponent(`StartTime ge datetime'${new Date().toISOString().slice(0, 19)}Z' and Body/BodyCode eq 'RF'`);
    const res = await fetch(
      `${tenant.url}/sites/politikerportal/_api/web/lists/getByTitle('Sammanträden')/items?$select=Id,Title,Body/BodyCode&$expand=Body&$filter=${filter}&$orderby=StartTime&$top=1`,
      { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata' } },
    );
    const found = ((await res.json()) as { value: { Id: number; Title: string }[] }).value;
    if (!found.length) throw new Error(`No RF meeting after ${anchor}`);
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
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    return { context, page };
  }

  const openMeeting = async (page: Page) => {
    const url = `${tenant.portalUrl}/#/sammantrade/${meeting.Id}`;
    if (page.url() === url) await page.reload();
    else await page.goto(url);
    await page.getByRole('heading', { name: meeting.Title }).first().waitFor();
  };

  /** Clicks a document link (it opens a new tab) and returns the response the browser got for the file. */
  async function follow(context: BrowserContext, page: Page, name: RegExp): Promise<Response> {
    const link = page.getByRole('link', { name }).first();
    const href = (await link.getAttribute('href'))!;
    const filePath = new URL(href, page.url()).pathname;
    const response = context.waitForEvent('response', (r) => new URL(r.url()).pathname === filePath);
    await link.click();
    return response;
  }

  /** What the browser of a signed-in person gets for a URL of the site (its cookies, same origin). */
  const statusIn = (page: Page, url: string): Promise<{ status: number; body: string }> =>
    page.evaluate(async (u) => {
      const r = await fetch(u);
      return { status: r.status, body: await r.text() };
    }, url);

  it('a member clicks a document on the agenda and gets the PDF from the meeting folder', async () => {
    const { context, page } = await signIn('member');
    await openMeeting(page);
    // the agenda's first document link: an item's tjänsteskrivelse, or the meeting's notice
    const res = await follow(context, page, /\(öppnas i en ny flik\)$/);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['content-disposition']).toMatch(/^inline/);
    expect(decodeURIComponent(new URL(res.url()).pathname)).toMatch(
      new RegExp(`^/sites/politikerportal/MeetingDocuments/${meeting.Id}/[^/]+\\.pdf$`),
    );
    // the bytes, as the member's browser reads them (Chromium hands its PDF viewer the navigation's body)
    expect((await statusIn(page, res.url())).body.slice(0, 5)).toBe('%PDF-');
    await context.close();
  });

  it('a confidential document opens for a member, and is neither offered nor served to a substitute or payroll', async () => {
    const clerk = await signIn('clerk');
    await openMeeting(clerk.page);
    await clerk.page.getByRole('button', { name: 'Lägg till handling till ärende 1' }).click();
    await clerk.page.getByLabel('Fil').setInputFiles({
      name: 'Utredning.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\nHemlig utredning\n%%EOF\n'),
    });
    await clerk.page.getByRole('textbox', { name: /^Handlingens namn/ }).fill('Sekretessbelagd utredning');
    // with the keyboard: Fluent's tick and label lie over the (visually hidden) input
    const box = clerk.page.getByRole('checkbox', { name: 'Omfattas av sekretess' });
    await box.focus();
    await clerk.page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await clerk.page.getByRole('button', { name: 'Ladda upp' }).click();
    await clerk.page.getByText('Utredning.pdf är uppladdad.').waitFor();
    // the upload form only: the page of a whole RF meeting is too tall to look at
    fs.mkdirSync(screenshots, { recursive: true });
    await clerk.page
      .getByRole('button', { name: 'Ladda upp' })
      .locator('xpath=ancestor::div[.//input[@type="file"]][1]')
      .screenshot({ path: path.join(screenshots, 'documents-clerk-confidential-uploaded.png') });

    // the same file name again, in a narrow window: the form asks beside the file field, focus on the question
    await clerk.page.setViewportSize({ width: 400, height: 900 });
    await clerk.page.getByLabel('Fil').setInputFiles({
      name: 'Utredning.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\nHemlig utredning, ny lydelse\n%%EOF\n'),
    });
    // a stored upload clears the form: confidential again, into the same Sekretess folder
    await box.focus();
    await clerk.page.keyboard.press('Space');
    await clerk.page.getByRole('button', { name: 'Ladda upp' }).click();
    const question = clerk.page.getByText(/^Sammanträdet har redan en handling med filnamnet Utredning\.pdf\./);
    await question.waitFor();
    expect(await question.evaluate((el) => el === document.activeElement)).toBe(true);
    await clerk.page
      .getByRole('button', { name: 'Behåll båda' })
      .locator('xpath=ancestor::div[.//input[@type="file"]][1]')
      .screenshot({ path: path.join(screenshots, 'documents-clerk-same-name-400.png') });
    await clerk.page.getByRole('button', { name: 'Behåll båda' }).click();
    await clerk.page.getByText('Utredning (2).pdf är uppladdad.').waitFor();
    await clerk.context.close();

    // an RF ledamot sees the link and opens it: from the meeting's confidential folder
    const member = await signIn('member');
    await openMeeting(member.page);
    const name = /^Sekretessbelagd utredning, .*öppnas i en ny flik/;
    const res = await follow(member.context, member.page, name);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    const url = res.url();
    expect(decodeURIComponent(new URL(url).pathname)).toBe(`/sites/politikerportal/MeetingDocuments/${meeting.Id}/Sekretess/Utredning.pdf`);
    await member.context.close();

    // an RF substitute (not called in): the agenda does not offer it, and its URL is refused
    const substitute = await signIn('substitute');
    await openMeeting(substitute.page);
    // the agenda's other documents are there: the confidential one is left out, not the list
    expect(await substitute.page.getByRole('link', { name: /\(öppnas i en ny flik\)$/ }).count()).toBeGreaterThan(0);
    expect(await substitute.page.getByRole('link', { name }).count()).toBe(0);
    expect(await substitute.page.getByText('Sekretessbelagd utredning').count()).toBe(0);
    const bySubstitute = await statusIn(substitute.page, url);
    expect([403, 404]).toContain(bySubstitute.status);
    expect(bySubstitute.body).not.toContain('Hemlig utredning');
    await substitute.context.close();

    // payroll holds no assignment in RF: refused too
    const payroll = await signIn('payroll');
    const byPayroll = await statusIn(payroll.page, url);
    expect([403, 404]).toContain(byPayroll.status);
    expect(byPayroll.body).not.toContain('Hemlig utredning');
    await payroll.context.close();
  });
});
