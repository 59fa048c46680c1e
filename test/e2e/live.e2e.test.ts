import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { swedishDate } from '../../src/domain/time/swedishTime';
import { buildRegion } from '../../tools/local-tenant/src/seed/region';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startLocalTenantProcess } from '../support/localTenantProcess';

jest.setTimeout(240_000);

const site = '/sites/politikerportal';
const list = (name: string) => `${site}/_api/web/getList('${site}/Lists/${name}')/items`;

interface Member {
  personId: number;
  upn: string;
  name: string;
  party: string;
  /** Ordförande, vice ordförande; null for a plain member. */
  position: string | null;
}

/** Retries a check (jest's expect inside) until it passes: the member views follow the lists by polling every 2 s. */
async function eventually(check: () => Promise<void>, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** The rows of a list on the page as one line each, as a person reads them (icon glyphs left out). */
const rows = async (where: Locator): Promise<string[]> =>
  (await where.getByRole('listitem').allInnerTexts()).map((s) =>
    s
      .replace(/[\uE000-\uF8FF]/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Debatt och votering" with six people at once, each in their own browser session: the chair and
 * the clerk run the console, three members (one of them remote, in Teams' 280 px side panel) ask
 * for the floor, make and support proposals, and a chamber screen shows the stage view.
 */
describe('end to end: the live meeting from the chair, the members and the chamber screen', () => {
  let tenant: Awaited<ReturnType<typeof startLocalTenantProcess>>;
  let browser: Browser;
  const anchor = swedishDate(new Date());
  const region = buildRegion(anchor);
  const persona = (p: string) => region.people.find((x) => x.persona === p)!;
  let meeting: { Id: number; Title: string };
  let token: string;
  /** The chair, therese and 38 other members, all at the roll call. */
  let present: { chair: Member; therese: Member; others: Member[] };

  const rest = async <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    const res = await fetch(`${tenant.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/json;odata=nometadata',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    tenant = await startLocalTenantProcess({ SEED_DATE: anchor });
    browser = await launchBrowser();
    // the clerk's token: the lists as the clerk reads and writes them
    token = (
      (await (await fetch(`${tenant.url}/_local/token?user=${encodeURIComponent(persona('clerk').upn)}`)).json()) as {
        access_token: string;
      }
    ).access_token;
    // the next RF meeting after now, unless cancelled
    const filter = encodeURIComponent(
      `MeetingStatus ne 'Inställt' and StartTime ge datetime'${new Date().toISOString().slice(0, 19)}Z' and Body/BodyCode eq 'RF'`,
    );
    const found = (
      await rest<{ value: { Id: number; Title: string; BodyId: number }[] }>(
        `${site}/_api/web/lists/getByTitle('Sammanträden')/items?$select=Id,Title,BodyId,Body/BodyCode&$expand=Body&$filter=${filter}&$orderby=StartTime&$top=1`,
      )
    ).value;
    if (!found.length) throw new Error(`No RF meeting after ${anchor}`);
    meeting = found[0];
    // RF's members, as the assignments list has them
    const assignments = (
      await rest<{
        value: {
          PersonId: number;
          Party: string;
          Position: string | null;
          ValidTo: string | null;
          Person: { EMail: string; Title: string };
        }[];
      }>(
        `${list('Assignments')}?$filter=${encodeURIComponent(`BodyId eq ${found[0].BodyId} and Role eq 'Ledamot'`)}&$select=PersonId,Party,Position,ValidTo,Person/EMail,Person/Title&$expand=Person&$top=500`,
      )
    ).value.filter((a) => a.ValidTo === null);
    const rf: Member[] = assignments.map((a) => ({
      personId: a.PersonId,
      upn: a.Person.EMail,
      name: a.Person.Title,
      party: a.Party,
      position: a.Position,
    }));
    const chair = rf.find((m) => m.upn === persona('chair').upn)!;
    const therese = rf.find((m) => m.upn === persona('member').upn)!;
    // members outside the presidium (a vice chair would get the console)
    const others = rf.filter((m) => m.position === null && m !== therese).slice(0, 38);
    present = { chair, therese, others };
    // The roll call, recorded by the clerk through the lists (the roll call page itself is covered by
    // meetings.e2e): 40 of 71 present so quorum holds, therese in Teams.
    for (const m of [chair, ...others])
      await rest(list('Attendance'), {
        method: 'POST',
        body: { MeetingId: meeting.Id, PersonId: m.personId, AttendanceEvent: 'Närvarande' },
      });
    await rest(list('Attendance'), {
      method: 'POST',
      body: { MeetingId: meeting.Id, PersonId: therese.personId, AttendanceEvent: 'Närvarande på distans' },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });

  /** Personas choose themselves on the sign-in page; other directory users (not listed there) come back from the same sign-in URL. */
  async function signIn(upn: string, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const p = region.people.find((x) => x.upn === upn);
    if (p?.persona) {
      await page.goto(`${tenant.portalUrl}/`);
      await page.waitForURL(/\/_local\/login/);
      await page.getByRole('link', { name: new RegExp(p.displayName) }).click();
    } else {
      await page.goto(`${tenant.portalUrl}/_local/login/complete?user=${encodeURIComponent(upn)}&returnUrl=%2F`);
    }
    await page.getByRole('heading', { name: 'Mina sammanträden' }).waitFor();
    return { context, page };
  }

  /** Opens a live route; a change of the fragment's query alone (the theme) is read on a reload, as a person would do. */
  async function open(page: Page, suffix: string): Promise<void> {
    const url = `${tenant.portalUrl}/#/sammantrade/${meeting.Id}${suffix}`;
    const samePath = page.url().replace(/\?.*$/, '') === url.replace(/\?.*$/, '');
    await page.goto(url);
    if (samePath) await page.reload();
  }

  it('runs the debate: the floor, replies, a point of order, proposals, a broken remote link and the stage', async () => {
    const [a, b, c] = present.others;
    const t = present.therese;
    const thereseName = t.name;
    const [chair, clerk, therese, memberA, memberB, stage] = await Promise.all([
      signIn(persona('chair').upn, { width: 1366, height: 900 }),
      signIn(persona('clerk').upn, { width: 1366, height: 900 }),
      signIn(persona('member').upn, { width: 280, height: 800 }),
      signIn(a.upn, { width: 400, height: 900 }),
      signIn(b.upn, { width: 400, height: 900 }),
      signIn(c.upn, { width: 1920, height: 1080 }),
    ]);
    const floor = (page: Page) => page.getByRole('region', { name: 'Ordet', exact: true });
    const speakers = (page: Page) => page.getByRole('region', { name: 'Talarlista', exact: true });
    const proposals = (page: Page) => page.getByRole('region', { name: 'Yrkanden', exact: true });
    const giveFloor = (name: string) => chair.page.getByRole('button', { name: `Ge ordet till ${name}` }).first();

    // 1. the chair gets the console, starts the meeting and opens the first item; so does the clerk
    await open(chair.page, '/live');
    await chair.page.getByRole('heading', { name: 'Ordförandens konsol' }).waitFor();
    await chair.page.getByRole('button', { name: 'Starta sammanträdet' }).click();
    await chair.page.getByRole('heading', { name: 'Ordförandens konsol · Upprop' }).waitFor();
    await chair.page.getByRole('button', { name: 'Nästa ärende' }).click();
    await chair.page.getByRole('heading', { name: 'Ordförandens konsol · Överläggning' }).waitFor();
    await chair.page
      .getByRole('region', { name: 'Aktuellt ärende', exact: true })
      .getByText(/^Ärende 1 av \d+$/)
      .waitFor();
    await open(clerk.page, '/live');
    await clerk.page.getByRole('heading', { name: 'Ordförandens konsol · Överläggning' }).waitFor();
    await Promise.all([therese, memberA, memberB].map((s) => open(s.page, '/live')));
    for (const s of [therese, memberA, memberB]) {
      await s.page.getByText('Överläggning', { exact: true }).waitFor();
      expect(await s.page.getByRole('heading', { name: /^Ordförandens konsol/ }).count()).toBe(0);
    }
    await open(stage.page, '/stage');

    // 2. A asks for the floor and gets it; B replies, A answers, therese raises a point of order
    await memberA.page.getByRole('button', { name: 'Begär ordet' }).click();
    await memberA.page.getByText('Din begäran står på talarlistan.').waitFor();
    await giveFloor(a.name).click();
    await floor(chair.page).getByText(`${a.name} (${a.party})`).waitFor();
    await memberB.page.getByRole('button', { name: `Replik på ${a.name}` }).click();
    await memberB.page.getByText('Din begäran står på talarlistan.').waitFor();
    await memberA.page.getByRole('button', { name: `Genmäle till ${b.name}` }).click();
    await memberA.page.getByText('Din begäran står på talarlistan.').waitFor();
    await therese.page.getByRole('button', { name: 'Ordningsfråga' }).click();
    await therese.page.getByText('Din begäran står på talarlistan.').waitFor();
    // the point of order first, then the reply, then its answer
    await eventually(async () =>
      expect(await rows(speakers(chair.page))).toEqual([
        `1. ${thereseName} (${t.party}) Ordningsfråga`,
        `2. ${b.name} (${b.party}) Replik på ${a.name}`,
        `3. ${a.name} (${a.party}) Genmäle på ${b.name}`,
      ]),
    );
    // therese, in the side panel, sees who speaks and her own place
    await floor(therese.page).getByText(`${a.name} (${a.party})`).waitFor();
    await therese.page.getByText('Du är nummer 1 på talarlistan.').waitFor();
    await eventually(async () => expect((await rows(speakers(therese.page)))[0]).toBe(`1. ${thereseName} (${t.party}) – du Ordningsfråga`));
    await memberB.page.getByText('Du är nummer 2 på talarlistan.').waitFor();
    expect(await axeViolations(therese.page)).toEqual([]);
    await screenshot(therese.page, 'live-member-280');

    // the chamber screen: the item, who speaks with party and timer, the next three
    await stage.page.getByRole('heading', { level: 1, name: /^1\. / }).waitFor();
    const onStage = stage.page.getByRole('region', { name: 'Ordet', exact: true });
    await onStage.getByText(`${a.name} (${a.party})`).waitFor();
    expect(await onStage.getByText(/^\d+:\d\d \/ \d+:\d\d$/).count()).toBe(1);
    await eventually(async () =>
      expect(await rows(stage.page.getByRole('region', { name: 'Näst på tur', exact: true }))).toEqual([
        `${thereseName} (${t.party}) · Ordningsfråga`,
        `${b.name} (${b.party}) · Replik`,
        `${a.name} (${a.party}) · Genmäle`,
      ]),
    );

    // the chair ends A's speech and gives the floor down the list
    await chair.page.getByRole('button', { name: 'Avsluta anförandet' }).click();
    await floor(chair.page).getByText('Ingen har ordet just nu.').waitFor();
    await giveFloor(thereseName).click();
    await floor(chair.page).getByText(`${thereseName} (${t.party})`).waitFor();
    await floor(memberA.page).getByText(`${thereseName} (${t.party})`).waitFor();
    await chair.page.getByRole('button', { name: 'Avsluta anförandet' }).click();
    await giveFloor(b.name).click();
    await floor(chair.page).getByText(`Replik på ${a.name}`).waitFor();
    await floor(memberA.page).getByText(`${b.name} (${b.party})`).waitFor();
    await eventually(async () =>
      expect(await rows(speakers(memberA.page))).toEqual([`1. ${a.name} (${a.party}) – du Genmäle på ${b.name}`]),
    );

    // 3. proposals: A's own, B's rejection, B supports A's
    const ownText = 'Regionfullmäktige ger regionstyrelsen i uppdrag att återkomma med en plan före årets slut.';
    await memberA.page.getByLabel('Typ av yrkande').selectOption({ label: 'Eget yrkande' });
    await memberA.page.getByRole('textbox', { name: 'Yrkande' }).fill(ownText);
    await memberA.page.getByRole('button', { name: 'Lägg yrkandet' }).click();
    await memberA.page.getByText('Ditt yrkande är registrerat.').waitFor();
    await memberB.page.getByLabel('Typ av yrkande').selectOption({ label: 'Avslag' });
    await memberB.page.getByRole('button', { name: 'Lägg yrkandet' }).click();
    await memberB.page.getByText('Ditt yrkande är registrerat.').waitFor();
    await memberB.page.getByRole('button', { name: `Instäm i yrkandet av ${a.name}` }).click();
    await memberB.page.getByText('Ditt instämmande är registrerat.').waitFor();
    const expectedProposals = [
      `Eget yrkande ${ownText} Yrkat av ${a.name} (${a.party}) Instämmer: ${b.name}`,
      `Avslag Yrkat av ${b.name} (${b.party})`,
    ];
    const proposalRows = async (page: Page) => (await rows(proposals(page))).map((r) => r.replace(/ (Instäm|Återta mitt yrkande)$/, ''));
    await eventually(async () => expect(await proposalRows(chair.page)).toEqual(expectedProposals));

    // 4. B reloads mid-debate: the same speaker, list and proposals, read back from the lists
    await memberB.page.reload();
    await floor(memberB.page).getByText(`${b.name} (${b.party})`).waitFor();
    await floor(memberB.page).getByText(`Replik på ${a.name}`).waitFor();
    expect(await rows(speakers(memberB.page))).toEqual([`1. ${a.name} (${a.party}) Genmäle på ${b.name}`]);
    expect(await proposalRows(memberB.page)).toEqual(expectedProposals);

    // the chair gives the answer, reads the proposals back and locks them
    await chair.page.getByRole('button', { name: 'Avsluta anförandet' }).click();
    await giveFloor(a.name).click();
    await floor(chair.page).getByText(`Genmäle på ${b.name}`).waitFor();
    await chair.page.getByRole('button', { name: 'Läs upp yrkandena' }).click();
    expect(await rows(chair.page.getByRole('region', { name: 'Yrkanden att läsa upp', exact: true }))).toEqual([
      `${a.name}: Eget yrkande – ${ownText}`,
      `${b.name}: Avslag`,
    ]);
    await chair.page.getByRole('button', { name: 'Lås yrkandena' }).click();
    await proposals(chair.page)
      .getByText(/^Yrkandena låstes \d\d:\d\d\.$/)
      .waitFor();
    for (const s of [memberA, memberB]) {
      await proposals(s.page)
        .getByText(/^Yrkandena låstes \d\d:\d\d\.$/)
        .waitFor();
      expect(await s.page.getByRole('button', { name: 'Lägg yrkandet' }).count()).toBe(0);
      expect(await s.page.getByLabel('Typ av yrkande').count()).toBe(0);
    }

    // 5. therese's link breaks: decisions are blocked until the chair deals with it
    await therese.page.getByRole('button', { name: 'Jag ser och hör sammanträdet' }).click();
    await therese.page.getByText(/^Du bekräftade \d\d:\d\d att du ser och hör sammanträdet\.$/).waitFor();
    await therese.page.getByRole('button', { name: 'Jag ser eller hör inte mötet' }).click();
    await therese.page.getByText(/^Din förbindelse är anmäld som bruten sedan \d\d:\d\d\./).waitFor();
    const blocked = chair.page.getByRole('alert').filter({ hasText: 'Beslut kan inte fattas' });
    await blocked
      .getByText(new RegExp(`^Beslut kan inte fattas: förbindelsen är bruten för ${esc(thereseName)} \\(sedan \\d\\d:\\d\\d\\)\\.$`))
      .waitFor();
    // a broken link counts as absent at once: one seat fewer
    await chair.page.getByText('Beslutfört: 39 av 71 platser besatta (minst 36 krävs).').waitFor();
    expect(await axeViolations(chair.page)).toEqual([]);
    await screenshot(chair.page, 'live-console-1366');
    await chair.page.getByRole('button', { name: `Markera ${thereseName} som frånvarande` }).click();
    await blocked.waitFor({ state: 'detached' });
    const remoteRow = chair.page
      .getByRole('region', { name: 'Distansdeltagare', exact: true })
      .getByRole('row', { name: new RegExp(esc(thereseName)) });
    await remoteRow.getByText('Frånvarande (bruten)').waitFor();
    await therese.page.getByRole('button', { name: 'Förbindelsen fungerar igen' }).click();
    await therese.page.getByText(/^Din förbindelse är anmäld som bruten/).waitFor({ state: 'detached' });
    // present again
    await chair.page.getByText('Beslutfört: 40 av 71 platser besatta (minst 36 krävs).').waitFor();
    await remoteRow.getByText('Fungerar', { exact: true }).waitFor();

    // 6. the chamber screen: who speaks, the proposals, quorum
    await onStage.getByText(`${a.name} (${a.party})`).waitFor();
    await onStage.getByText(`Genmäle på ${b.name}`).waitFor();
    await eventually(async () =>
      expect(await rows(stage.page.getByRole('region', { name: 'Yrkanden', exact: true }))).toEqual([
        `${a.name}: Eget yrkande – ${ownText}`,
        `${b.name}: Avslag`,
      ]),
    );
    // nobody waits now: the proposals are their own list, not "next"
    expect(await rows(stage.page.getByRole('region', { name: 'Näst på tur', exact: true }))).toEqual([]);
    await stage.page.getByText('Beslutfört: 40 av 71 platser besatta (minst 36 krävs).').waitFor();
    expect(await axeViolations(stage.page)).toEqual([]);
    await screenshot(stage.page, 'live-stage-1920');
    // Teams' stage with the side panel open: the speaker and quorum fit without scrolling
    await stage.page.setViewportSize({ width: 918, height: 540 });
    for (const what of [onStage, stage.page.getByText(/^Beslutfört: /)]) {
      const box = (await what.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(540);
    }
    expect(await axeViolations(stage.page)).toEqual([]);

    // 7. the other themes: the member view dark (Teams), the console in high contrast
    await open(therese.page, '/live?tema=morkt');
    await floor(therese.page).getByText(`${a.name} (${a.party})`).waitFor();
    expect(await axeViolations(therese.page)).toEqual([]);
    await open(chair.page, '/live?tema=kontrast');
    await floor(chair.page).getByText(`${a.name} (${a.party})`).waitFor();
    expect(await axeViolations(chair.page)).toEqual([]);

    await Promise.all([chair, clerk, therese, memberA, memberB, stage].map((s) => s.context.close()));
  });
});
