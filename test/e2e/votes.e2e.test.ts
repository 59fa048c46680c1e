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

/** A text as a person reads it: one line, single spaces, icon glyphs left out. */
const flat = (s: string) =>
  s
    .replace(/[\uE000-\uF8FF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** Swedish genitive as the console writes it ("Anna Linds", but "Lars" as it is). */
const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);

/**
 * A vote in "Beslutsgång" with five browser sessions: the chair runs the console, three members
 * (one in a 400 px phone, one in Teams' 280 px side panel, one who reloads mid-vote) vote, and a
 * chamber screen shows each result. Three proposals, so the counter-proposal chain (DOMAIN §5):
 * the main proposal declared, the propositionsordning reordered and approved, one elimination
 * vote, then the main vote and the decision in words.
 */
describe('end to end: a counter-proposal vote from the console, three members and the chamber screen', () => {
  let tenant: Awaited<ReturnType<typeof startLocalTenantProcess>>;
  let browser: Browser;
  const anchor = swedishDate(new Date());
  const region = buildRegion(anchor);
  const persona = (p: string) => region.people.find((x) => x.persona === p)!;
  let meeting: { Id: number; Title: string };
  /** The chair and 39 other members, all at the roll call: 40 of 71. */
  let present: { chair: Member; others: Member[] };
  /** The item decided. */
  let matter: { ItemNumber: number; Title: string };

  const tokenOf = async (upn: string): Promise<string> =>
    ((await (await fetch(`${tenant.url}/_local/token?user=${encodeURIComponent(upn)}`)).json()) as { access_token: string }).access_token;
  let clerkToken: string;

  const rest = async <T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<T> => {
    const res = await fetch(`${tenant.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${init.token ?? clerkToken}`,
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
    clerkToken = await tokenOf(persona('clerk').upn);
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
    // members outside the presidium (a vice chair would get the console)
    const others = rf.filter((m) => m.position === null).slice(0, 39);
    present = { chair, others };
    // the first matter to decide (item 1 is the election of co-signers): a decision item with a case number
    const items = (
      await rest<{ value: { ItemNumber: number; Title: string; ItemKind: string; CaseNumber: string | null }[] }>(
        `${list('AgendaItems')}?$filter=${encodeURIComponent(`MeetingId eq ${meeting.Id}`)}&$select=ItemNumber,Title,ItemKind,CaseNumber&$orderby=ItemNumber&$top=100`,
      )
    ).value;
    matter = items.find((i) => i.ItemKind === 'Beslutsärende' && i.CaseNumber)!;
    if (!matter) throw new Error('The RF meeting has no decision item with a case number');
    // the roll call through the lists, as the clerk records it (meetings.e2e covers the page): 40 of 71, quorum holds
    for (const m of [chair, ...others])
      await rest(list('Attendance'), {
        method: 'POST',
        body: { MeetingId: meeting.Id, PersonId: m.personId, AttendanceEvent: 'Närvarande' },
      });
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });

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

  const open = (page: Page, suffix: string) => page.goto(`${tenant.portalUrl}/#/sammantrade/${meeting.Id}${suffix}`);

  /** Presses Tab (nothing else) until focus is on what `where` describes; fails after 80 presses. */
  async function tabTo(page: Page, what: string, where: (el: Element) => boolean): Promise<void> {
    const test = `(${where.toString()})(document.activeElement)`;
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(test)) return;
    }
    throw new Error(`Tab never reached ${what}`);
  }
  /** The focused element as a screen reader names it, roughly: its label, or its text. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
      return (label ?? el.innerText ?? '').replace(/\s+/g, ' ').trim();
    });

  /** Nothing wider than the window: no sideways scrolling in a phone or Teams' side panel. */
  async function fitsWidth(page: Page): Promise<void> {
    const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(scroll).toBeLessThanOrEqual(inner);
  }

  it('runs three proposals through the counter-proposal chain and the main vote to the result on the stage', async () => {
    const started = Date.now();
    const [a, b, c] = present.others;
    const gen = (m: Member) => `${genitive(m.name)} (${m.party})`;
    // how the console names each proposal
    const aName = `${gen(a)} yrkande om bifall`;
    const bName = `${gen(b)} yrkande om avslag`;
    const cName = `${gen(c)} yrkande`;
    const cText = 'Regionfullmäktige ger regionstyrelsen i uppdrag att utreda frågan på nytt och återkomma före årets slut.';

    const [chair, memberA, memberB, memberC, stage] = await Promise.all([
      signIn(persona('chair').upn, { width: 1366, height: 900 }),
      signIn(a.upn, { width: 400, height: 900 }),
      signIn(b.upn, { width: 280, height: 800 }),
      signIn(c.upn, { width: 400, height: 900 }),
      signIn(persona('clerk').upn, { width: 1366, height: 768 }),
    ]);
    const members = [memberA, memberB, memberC];
    const decision = chair.page.getByRole('region', { name: 'Beslutsgång', exact: true });
    const button = (name: string) => decision.getByRole('button', { name, exact: true });

    // 1. the chair starts the meeting and goes to the first matter to decide; the members and the stage (the clerk's screen) follow
    await open(chair.page, '/live');
    await chair.page.getByRole('button', { name: 'Starta sammanträdet' }).click();
    await chair.page.getByRole('heading', { name: 'Ordförandens konsol · Upprop' }).waitFor();
    await chair.page.getByRole('button', { name: 'Nästa ärende' }).click();
    await chair.page.getByRole('heading', { name: 'Ordförandens konsol · Överläggning' }).waitFor();
    await chair.page.getByLabel('Ärende', { exact: true }).selectOption({ label: `${matter.ItemNumber}. ${matter.Title}` });
    await chair.page.getByRole('button', { name: 'Gå till ärendet' }).click();
    await chair.page
      .getByRole('region', { name: 'Aktuellt ärende', exact: true })
      .getByText(new RegExp(`^Ärende ${matter.ItemNumber} av \\d+$`))
      .waitFor();
    await Promise.all([...members.map((m) => open(m.page, '/live')), open(stage.page, '/stage')]);
    for (const m of members) await m.page.getByText('Överläggning', { exact: true }).waitFor();

    // three proposals, each member writing their own to the list with their own token (live.e2e covers the form)
    const item = (
      await rest<{ value: { CurrentItem: number | null }[] }>(
        `${list('LiveState')}?$filter=${encodeURIComponent(`MeetingId eq ${meeting.Id}`)}&$select=CurrentItem&$orderby=Id&$top=1`,
      )
    ).value[0].CurrentItem!;
    const propose = async (m: Member, kind: string, text: string | null) =>
      rest(list('Proposals'), {
        method: 'POST',
        token: await tokenOf(m.upn),
        body: { MeetingId: meeting.Id, AgendaItemId: item, ProposalEvent: 'Yrkat', ProposalKind: kind, ProposalText: text },
      });
    await propose(a, 'Bifall', null);
    await propose(b, 'Avslag', null);
    await propose(c, 'Eget yrkande', cText);
    const proposals = chair.page.getByRole('region', { name: 'Yrkanden', exact: true });
    await eventually(async () => expect(await proposals.getByRole('listitem').count()).toBe(3));
    await decision.getByText(/^Yrkandena är inte låsta\./).waitFor();
    await chair.page.getByRole('button', { name: 'Lås yrkandena' }).click();
    await proposals.getByText(/^Yrkandena låstes \d\d:\d\d\.$/).waitFor();

    // 2. the main proposal: A's approval has the majority, and a vote is asked for
    await decision.getByRole('heading', { name: 'Huvudförslag' }).waitFor();
    await button(`${aName} har majoritet`).click();
    await decision.getByText(`Huvudförslag: ${aName}. Fråga om votering begärs.`).waitFor();
    await button('Votering begärs').click();

    // the propositionsordning: B's rejection before C's own proposal; the chair moves C's up, and the assembly approves
    await decision.getByRole('heading', { name: 'Propositionsordning' }).waitFor();
    const order = decision.getByRole('list', { name: 'Propositionsordning för motförslaget' });
    const orderRows = async () => (await order.getByRole('listitem').allInnerTexts()).map(flat);
    expect(await orderRows()).toEqual([`1. ${bName}`, `2. ${cName}: ${cText}`]);
    await button(`Flytta upp: ${cName}`).focus();
    await chair.page.keyboard.press('Enter');
    expect(await orderRows()).toEqual([`1. ${cName}: ${cText}`, `2. ${bName}`]);
    await decision.getByRole('status').getByText(`${cName}: 1 av 2`).waitFor();
    // focus stays on the proposal moved: now at the top it can only go down
    expect(await focused(chair.page)).toBe(`Flytta ned: ${cName}`);
    await button('Församlingen godkänner ordningen').click();

    /** Asks for a vote on the acclamation shown (if any), presents, approves and opens the question; returns it. */
    async function putAndOpen(title: string, acclamation: boolean): Promise<string> {
      await decision.getByRole('heading', { name: title, exact: true }).waitFor();
      if (acclamation) await button('Votering begärs').click();
      await decision.getByRole('heading', { name: 'Voteringsproposition' }).waitFor();
      const question = await decision.getByRole('textbox', { name: 'Proposition' }).inputValue();
      await button('Lägg fram propositionen').click();
      await decision.getByRole('heading', { name: 'Propositionen att godkänna' }).waitFor();
      await button('Propositionen godkänd av församlingen').click();
      await decision.getByText('Propositionen är godkänd av församlingen.').waitFor();
      await button('Öppna voteringen').click();
      await decision.getByRole('heading', { name: 'Votering pågår' }).waitFor();
      return question;
    }
    const form = (p: Page) => p.getByRole('radiogroup', { name: 'Din röst' });
    const receipt = (p: Page) => p.getByRole('heading', { name: 'Kvitto', exact: true });
    /** A member votes with the mouse: choose, continue, confirm; the receipt says what was stored. */
    async function voteByMouse(p: Page, choice: 'Ja' | 'Nej' | 'Avstår'): Promise<void> {
      // the label is what one clicks (Fluent draws the radio over the input)
      const option = new RegExp(`^${choice}( – |$)`);
      await form(p).getByText(option).click();
      expect(await form(p).getByRole('radio', { name: option }).isChecked()).toBe(true);
      await p.getByRole('button', { name: 'Fortsätt' }).click();
      await p.getByRole('heading', { name: `${choice === 'Avstår' ? 'Avstå från att rösta' : `Rösta ${choice}`}?` }).waitFor();
      await p.getByRole('button', { name: 'Bekräfta' }).click();
      await receipt(p).waitFor();
      await p.getByText('Din röst är registrerad.').waitFor();
    }
    /** Member B votes with Tab, the arrow keys, Space and Enter only: no click anywhere. */
    async function voteByKeyboard(p: Page, downs: number): Promise<void> {
      await tabTo(p, 'the ballot', (el) => el.matches('input[type=radio]') && el.closest('[role=radiogroup]') !== null);
      // the first radio of the group (none chosen yet); Space chooses it, each arrow moves the choice down
      expect(await focused(p)).toMatch(/^Ja – /);
      await p.keyboard.press('Space');
      for (let i = 0; i < downs; i++) await p.keyboard.press('ArrowDown');
      await p.keyboard.press('Tab');
      expect(await focused(p)).toBe('Fortsätt');
      await p.keyboard.press('Enter');
      // focus moves to the confirm step's question
      const asked = downs === 0 ? 'Rösta Ja?' : downs === 1 ? 'Rösta Nej?' : 'Avstå från att rösta?';
      await p.getByRole('heading', { name: asked }).waitFor();
      expect(await focused(p)).toBe(asked);
      await p.keyboard.press('Tab');
      expect(await focused(p)).toBe('Bekräfta');
      await p.keyboard.press('Space');
      await receipt(p).waitFor();
      // and focus to the receipt, so a screen reader reads it next
      await eventually(async () => expect(await focused(p)).toBe('Kvitto'), 5_000);
    }
    /** The counts table read as a screen reader pairs it: each column header with its cell. */
    const countsIn = async (where: Locator) => {
      const table = where.getByRole('table', { name: 'Röstsiffror' });
      const heads = await table.getByRole('columnheader').allInnerTexts();
      const cells = await table.getByRole('cell').allInnerTexts();
      return heads.map((h, i) => `${flat(h)} ${flat(cells[i] ?? '')}`).join(' ');
    };
    const stageFigures = async () => flat(await stage.page.getByLabel('Resultat', { exact: true }).innerText());
    /** The stored step and its ballots, read as the clerk: each voter's ballot once, the counts as stored. */
    async function stored(question: string) {
      const votes = (
        await rest<{ value: { Id: number; Title: string; VoteStatus: string; Result: string | null }[] }>(
          `${list('Votes')}?$filter=${encodeURIComponent(`AgendaItemId eq ${item}`)}&$select=Id,Title,VoteStatus,Result&$top=100`,
        )
      ).value.filter((v) => v.Title === question);
      expect(votes).toHaveLength(1);
      const ballots = (
        await rest<{ value: { AuthorId: number; BallotChoice: string }[] }>(
          `${list('Ballots')}?$filter=${encodeURIComponent(`VoteId eq ${votes[0].Id}`)}&$select=AuthorId,BallotChoice&$top=5000`,
        )
      ).value;
      return { vote: votes[0], result: JSON.parse(votes[0].Result ?? 'null') as Record<string, unknown> | null, ballots };
    }

    // 3. the elimination: C's own proposal against B's rejection; Ja = C's becomes the counter-proposal
    const elimination = await putAndOpen('Motförslag, omgång 1', true);
    expect(elimination).toContain(cName);
    await decision.getByText('0 av 40 har röstat').waitFor();
    expect(await axeViolations(chair.page)).toEqual([]);
    await screenshot(chair.page, 'votes-console-open-1366');
    for (const m of members) await form(m.page).waitFor();
    await memberA.page.getByText(elimination, { exact: true }).waitFor();
    // a screen reader is told at once (assertive) that the vote opened
    expect(await memberA.page.locator('[aria-live="assertive"]').getByText(`Votering öppnad: ${elimination}`).count()).toBe(1);
    await memberA.page.getByText('Votering om motförslag · Öppen votering', { exact: true }).waitFor();
    expect(await axeViolations(memberA.page)).toEqual([]);
    await fitsWidth(memberA.page);
    await screenshot(memberA.page, 'votes-member-ballot-400');
    expect(await axeViolations(memberB.page)).toEqual([]);
    await fitsWidth(memberB.page);
    await screenshot(memberB.page, 'votes-member-ballot-280');
    await stage.page.getByText('Votering pågår · Votering om motförslag').waitFor();
    await stage.page.getByText('0 av 40 har röstat').waitFor();
    expect(await axeViolations(stage.page)).toEqual([]);
    // C reloads before voting: the form again, and one vote
    await memberC.page.reload();
    await form(memberC.page).waitFor();
    await voteByMouse(memberA.page, 'Nej');
    await voteByKeyboard(memberB.page, 0);
    await voteByMouse(memberC.page, 'Ja');
    expect(await axeViolations(memberA.page)).toEqual([]);
    await fitsWidth(memberA.page);
    await screenshot(memberA.page, 'votes-member-receipt-400');
    await fitsWidth(memberB.page);
    await screenshot(memberB.page, 'votes-member-receipt-280');
    await decision.getByText('3 av 40 har röstat').waitFor();
    await eventually(async () => expect(await stage.page.getByText('3 av 40 har röstat').count()).toBe(1));
    await button('Stäng voteringen').click();
    await decision.getByRole('heading', { name: 'Voteringens resultat' }).waitFor();
    await eventually(async () => expect(await countsIn(decision)).toBe('Ja 2 Nej 1 Avstår 0 Deltar ej 68'));
    await decision.getByText('Kontrollerat: resultatet har räknats om ur röstsedlarna.').waitFor();
    await decision.getByText(`${cName} blir motförslag i huvudvoteringen.`, { exact: false }).first().waitFor();
    await eventually(async () => expect(await stageFigures()).toBe('Ja 2 Nej 1 Avstår 0 Deltar ej 68'));
    for (const m of members) {
      await m.page.getByText('Kontrollerat: min klient har räknat om resultatet').waitFor();
      expect(await countsIn(m.page.getByRole('region', { name: 'Voteringen är avslutad' }))).toBe('Ja 2 Nej 1 Avstår 0 Deltar ej 68');
    }
    const first = await stored(elimination);
    expect(first.vote.VoteStatus).toBe('Stängd');
    expect(first.ballots.map((x) => x.AuthorId).sort()).toEqual([a, b, c].map((m) => m.personId).sort());
    expect(first.result).toMatchObject({ yes: 2, no: 1, abstain: 0, absent: 68, rejected: [] });
    expect(first.result!.counted).toHaveLength(3);
    expect(first.result!.choices).toEqual(
      expect.arrayContaining([
        [a.personId, 'N'],
        [b.personId, 'J'],
        [c.personId, 'J'],
      ]),
    );

    // 4. the main vote: A's approval (Ja) against C's own proposal (Nej), drafted at once
    const main = await putAndOpen('Huvudvotering', false);
    expect(main).toBe(`Den som bifaller ${aName} röstar ja. Den som bifaller ${cName} röstar nej.`);
    for (const m of members) await m.page.getByText(main, { exact: true }).waitFor();
    await form(memberC.page).waitFor();
    await voteByMouse(memberC.page, 'Nej');
    // C reloads after voting: the receipt, never a second form
    await memberC.page.reload();
    await receipt(memberC.page).waitFor();
    await memberC.page.getByText(/^Nej – /).waitFor();
    expect(await form(memberC.page).count()).toBe(0);
    expect(await axeViolations(memberC.page)).toEqual([]);
    await voteByKeyboard(memberB.page, 1);
    await voteByMouse(memberA.page, 'Ja');
    await decision.getByText('3 av 40 har röstat').waitFor();
    expect(await axeViolations(chair.page)).toEqual([]);
    await screenshot(chair.page, 'votes-console-main-1366');
    await button('Stäng voteringen').click();
    // the result: Nej 2 – C's proposal wins, and the item is decided
    await eventually(async () => expect(await countsIn(decision)).toBe('Ja 1 Nej 2 Avstår 0 Deltar ej 68'));
    await decision.getByText(`Regionfullmäktige beslutar enligt ${cName}.`).waitFor();
    await eventually(async () => expect(await stageFigures()).toBe('Ja 1 Nej 2 Avstår 0 Deltar ej 68'));
    await stage.page.getByText(`Regionfullmäktige bifaller ${cName}.`).waitFor();
    expect(await axeViolations(stage.page)).toEqual([]);
    await screenshot(stage.page, 'votes-stage-result-1366');
    for (const m of members) {
      await m.page.getByText('Kontrollerat: min klient har räknat om resultatet').waitFor();
      await m.page.getByText(`Regionfullmäktige bifaller ${cName}.`, { exact: true }).waitFor();
    }
    expect(await axeViolations(memberB.page)).toEqual([]);
    await fitsWidth(memberB.page);
    await screenshot(memberB.page, 'votes-member-result-280');
    await screenshot(chair.page, 'votes-console-result-1366');
    const second = await stored(main);
    expect(second.ballots.map((x) => x.AuthorId).sort()).toEqual([a, b, c].map((m) => m.personId).sort());
    expect(second.result).toMatchObject({ yes: 1, no: 2, abstain: 0, absent: 68, rejected: [] });
    expect(second.result!.counted).toHaveLength(3);
    expect(second.result!.choices).toEqual(
      expect.arrayContaining([
        [a.personId, 'J'],
        [b.personId, 'N'],
        [c.personId, 'N'],
      ]),
    );

    console.log(`votes.e2e scenario: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await Promise.all([chair, ...members, stage].map((s) => s.context.close()));
  });
});
