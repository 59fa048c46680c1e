import type { Browser, BrowserContext, Page } from 'playwright-core';
import { swedishDate } from '../../src/domain/time/swedishTime';
import { noticePeriod } from '../../src/domain/minutes/deadlines';
import type { JsonFeed } from '../../src/domain/noticeBoard/feed';
import { buildRegion } from '../../tools/local-tenant/src/seed/region';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startLocalTenantProcess } from '../support/localTenantProcess';

jest.setTimeout(300_000);

const site = '/sites/politikerportal';
const list = (name: string) => `${site}/_api/web/getList('${site}/Lists/${name}')/items`;

/**
 * Justering end to end (issue #12): the clerk makes the minutes of the last RF meeting from its
 * record and sends them for signing; the chair signs with a fresh second factor; the clerk sends a
 * corrected version, which voids that signature; the chair and both co-signers sign it in their own
 * browsers, the clerk (the secretary) last; the clerk posts the notice, which the public board and
 * its feeds show with the law's dates.
 */
describe('end to end: minutes generated, signed by the chair and two co-signers, posted', () => {
  let tenant: Awaited<ReturnType<typeof startLocalTenantProcess>>;
  let browser: Browser;
  const anchor = swedishDate(new Date());
  const region = buildRegion(anchor);
  const persona = (p: string) => region.people.find((x) => x.persona === p)!;
  let meeting: { Id: number; Title: string };
  let coSignerB: { upn: string; name: string };

  const tokenOf = async (upn: string): Promise<string> =>
    ((await (await fetch(`${tenant.url}/_local/token?user=${encodeURIComponent(upn)}`)).json()) as { access_token: string }).access_token;
  let clerkToken: string;
  const rest = async <T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> => {
    const res = await fetch(`${tenant.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${clerkToken}`,
        Accept: 'application/json;odata=nometadata',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...init.headers,
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };

  beforeAll(async () => {
    tenant = await startLocalTenantProcess({ SEED_DATE: anchor });
    browser = await launchBrowser();
    clerkToken = await tokenOf(persona('clerk').upn);
    const filter = encodeURIComponent(
      `MeetingStatus ne 'Inställt' and StartTime lt datetime'${new Date().toISOString().slice(0, 19)}Z' and Body/BodyCode eq 'RF'`,
    );
    const [found] = (
      await rest<{ value: { Id: number; Title: string; BodyId: number }[] }>(
        `${site}/_api/web/lists/getByTitle('Sammanträden')/items?$select=Id,Title,BodyId,Body/BodyCode&$expand=Body&$filter=${filter}&$orderby=StartTime desc&$top=1`,
      )
    ).value;
    if (!found) throw new Error(`No RF meeting before ${anchor}`);
    meeting = found;
    const members = (
      await rest<{
        value: { PersonId: number; Position: string | null; ValidTo: string | null; Person: { EMail: string; Title: string } }[];
      }>(
        `${list('Assignments')}?$filter=${encodeURIComponent(`BodyId eq ${found.BodyId} and Role eq 'Ledamot'`)}&$select=PersonId,Position,ValidTo,Person/EMail,Person/Title&$expand=Person&$top=500`,
      )
    ).value.filter((a) => a.ValidTo === null);
    const idOf = (upn: string) => members.find((m) => m.Person.EMail === upn)!.PersonId;
    const other = members.find((m) => !m.Position && ![persona('member').upn, persona('nomfa').upn].includes(m.Person.EMail))!;
    coSignerB = { upn: other.Person.EMail, name: other.Person.Title };
    // the clerk names who signs, as on the meeting form
    await rest(`${list('Meetings')}(${found.Id})`, {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: { ChairId: idOf(persona('chair').upn), CoSignersId: [idOf(persona('member').upn), other.PersonId] },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });

  async function signIn(upn: string, viewport = { width: 1366, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(`${tenant.portalUrl}/_local/login/complete?user=${encodeURIComponent(upn)}&returnUrl=%2F`);
    await page.getByRole('heading', { name: 'Mina sammanträden' }).waitFor();
    return { context, page };
  }
  /** The minutes page as it is stored now: read afresh, also when the page is on it already. */
  const openMinutes = async (page: Page) => {
    const url = `${tenant.portalUrl}/#/sammantrade/${meeting.Id}/protokoll`;
    if (page.url() === url) await page.reload();
    else await page.goto(url);
  };

  /** The clerk makes the draft and sends it; returns when the version is frozen. */
  async function sendVersion(page: Page, version: number): Promise<void> {
    await page.getByRole('button', { name: /Skapa (protokollsutkast|utkastet igen)/ }).click();
    await page.getByText(/^Utkastet har \d+ paragrafer/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: version === 1 ? 'Skicka för justering' : 'Skicka en ny version för justering' }).click();
    if (version > 1) await page.getByRole('alertdialog').getByRole('button', { name: 'Skicka ny version' }).click();
    await page.getByText(`Version ${version} är skickad för justering.`, { exact: false }).waitFor({ timeout: 30_000 });
  }

  /** A signer reads the version and signs it, confirming with the step-up sign-in in its popup. */
  async function signAs(page: Page, upn: string, version: number): Promise<void> {
    await openMinutes(page);
    const panel = page.getByRole('region', { name: 'Justera protokollet' });
    const [pdfTab] = await Promise.all([
      page.waitForEvent('popup'),
      panel.getByRole('button', { name: `Öppna version ${version} (PDF)` }).click(),
    ]);
    await pdfTab.close();
    await panel.getByText(/Du har fått version med kontrollsumman [0-9a-f]{64}/).waitFor();
    // Fluent's checkbox is its label: a person clicks the text
    await panel.getByText(`Jag har läst version ${version} och justerar den`).click();
    expect(await panel.getByRole('checkbox', { name: `Jag har läst version ${version} och justerar den` }).isChecked()).toBe(true);
    const [stepUp] = await Promise.all([page.waitForEvent('popup'), panel.getByRole('button', { name: 'Justera', exact: true }).click()]);
    await stepUp.waitForURL(/\/_local\/login/);
    await stepUp.getByRole('heading', { name: 'Bekräfta att det är du' }).waitFor();
    // the persona page lists the personas; anyone else completes the same flow by its address
    const login = new URL(stepUp.url());
    const flow = login.searchParams.get('flow')!;
    // from the page itself, as its links do (an address typed by the test would cut the popup off its opener)
    await stepUp.evaluate(
      (href) => location.assign(href),
      `/_local/login/complete?user=${encodeURIComponent(upn)}&flow=${encodeURIComponent(flow)}`,
    );
    await page.getByText(/^Du har justerat protokollet /).waitFor({ timeout: 30_000 });
  }

  it('goes from the record to a posted notice, and a new version voids the signature given', async () => {
    const clerk = await signIn(persona('clerk').upn);
    await openMinutes(clerk.page);
    await clerk.page.getByRole('heading', { name: `Protokoll: ${meeting.Title}` }).waitFor();
    await clerk.page.getByText('Inget protokoll har skickats för justering än.').waitFor();
    expect(await axeViolations(clerk.page)).toEqual([]);
    await sendVersion(clerk.page, 1);
    await screenshot(clerk.page, 'minutes-clerk-sent-1366');

    // the chair finds the minutes on the overview, under "Att justera"
    const chair = await signIn(persona('chair').upn);
    await chair.page.getByRole('heading', { name: 'Att justera' }).waitFor();
    const toSign = chair.page.getByRole('link', { name: /^Protokoll Regionfullmäktige .+ — justera senast / });
    expect(await axeViolations(chair.page)).toEqual([]);
    await screenshot(chair.page, 'overview-to-sign-1366');
    await toSign.click();
    await chair.page.getByRole('region', { name: 'Justera protokollet' }).waitFor();
    await signAs(chair.page, persona('chair').upn, 1);

    // a correction after the first signature: the chair's signature no longer counts
    await openMinutes(clerk.page);
    await sendVersion(clerk.page, 2);
    await openMinutes(chair.page);
    await chair.page.getByRole('region', { name: 'Justera protokollet' }).waitFor();
    await chair.page.getByText(/Underskrifter på en tidigare version gäller inte längre/).waitFor();

    await signAs(chair.page, persona('chair').upn, 2);
    const member = await signIn(persona('member').upn, { width: 400, height: 900 });
    await member.page.getByRole('heading', { name: 'Att justera' }).waitFor();
    await screenshot(member.page, 'overview-to-sign-400');
    await signAs(member.page, persona('member').upn, 2);
    expect(await axeViolations(member.page)).toEqual([]);
    await screenshot(member.page, 'minutes-signed-400');
    const other = await signIn(coSignerB.upn);
    await signAs(other.page, coSignerB.upn, 2);
    // the secretary (the clerk who froze the minutes) signs last
    await signAs(clerk.page, persona('clerk').upn, 2);
    await clerk.page.getByText(/^Alla har justerat\./).waitFor();

    await clerk.page.getByRole('button', { name: 'Anslå på anslagstavlan' }).click();
    await clerk.page.getByText('Anslaget – överklagandetiden löper').waitFor({ timeout: 60_000 });
    expect(await axeViolations(clerk.page)).toEqual([]);
    await screenshot(clerk.page, 'minutes-posted-1366');

    // the public board and its feeds, read without signing in, give the law's dates from today's posting
    const period = noticePeriod(swedishDate(new Date()));
    const feed = (await (await fetch(`${tenant.url}/anslagstavla/feed.json`)).json()) as JsonFeed;
    const item = feed.items.find((i) => i._anslagstavla.kind === 'minutes' && i._anslagstavla.body === 'Regionfullmäktige');
    expect(item?._anslagstavla).toMatchObject({ postedOn: period.postedOn, removeOn: period.removeOn, appealEnds: period.appealEnds });
    const publicPdf = await fetch(new URL(item!._anslagstavla.publicVersion!, tenant.url));
    expect(publicPdf.headers.get('content-type')).toContain('application/pdf');
    expect(
      Buffer.from(await publicPdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const atom = await (await fetch(`${tenant.url}/anslagstavla/feed.atom`)).text();
    expect(atom).toContain(`Sista dag att överklaga ${period.appealEnds}`);

    // the board's own policy allows no script at all: the test lifts it to run axe
    const anonymous = await browser.newContext({ viewport: { width: 400, height: 900 }, bypassCSP: true });
    const board = await anonymous.newPage();
    await board.goto(`${tenant.portalUrl}/anslagstavla/`);
    await board.getByRole('heading', { level: 1, name: /Anslagstavla/ }).waitFor();
    await board.getByText(`Sista dag att överklaga`).first().waitFor();
    expect(await axeViolations(board)).toEqual([]);
    await screenshot(board, 'notice-board-400');
    await anonymous.close();
  });
});
