import type { Browser, Page } from 'playwright-core';
import { swedishDate } from '../../src/domain/time/swedishTime';
import { isoWeekNumber, weekStart } from '../../src/domain/calendar/calendar';
import { addDays } from '../../src/domain/time/swedishTime';
import { buildMeetings } from '../../tools/local-tenant/src/seed/meetings';
import { buildRegion } from '../../tools/local-tenant/src/seed/region';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startLocalTenantProcess } from '../support/localTenantProcess';

jest.setTimeout(180_000);

/** A font file build-host copied beside the host (any one: they are Fluent's own). */
async function firstFontFile(): Promise<string> {
  const { readdirSync } = await import('fs');
  const { join } = await import('path');
  return readdirSync(join(__dirname, '../../dist/host/fonts')).find((f) => f.endsWith('.woff'))!;
}

/**
 * A member's week in one calendar: their own Outlook event, the RF meeting (once, though it is
 * also an event in the body's group calendar) and their party group's meeting, read through
 * Graph and the Meetings list; the agenda opens from the meeting.
 */
describe('end to end: the calendar', () => {
  let tenant: Awaited<ReturnType<typeof startLocalTenantProcess>>;
  let browser: Browser;
  let page: Page;
  const anchor = swedishDate(new Date());
  const region = buildRegion(anchor);
  const member = region.people.find((p) => p.persona === 'member')!;
  // the seed gives the member an own event (the trip home) on every RF meeting's day, and each
  // party group meets the day before: take the next RF meeting from a week ago on
  const rf = buildMeetings(region.bodies, anchor).find((m) => {
    const day = swedishDate(m.start);
    return m.bodyCode === 'RF' && m.status !== 'Inställt' && day >= addDays(anchor, -7) && weekStart(addDays(day, -1)) === weekStart(day);
  });

  beforeAll(async () => {
    if (!rf) throw new Error(`The seed has no RF meeting after ${anchor}; the test needs one.`);
    tenant = await startLocalTenantProcess({ SEED_DATE: anchor });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${tenant.portalUrl}/`);
    await page.waitForURL(/\/_local\/login/);
    await page.getByRole('link', { name: new RegExp(member.displayName) }).click();
    await page.getByRole('heading', { name: 'Mina sammanträden' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });

  it('shows the own event, the RF meeting once and the party group meeting in one week, and opens the agenda', async () => {
    await page.getByRole('link', { name: 'Kalender' }).click();
    await page.getByText(/Kalendern visar \d+ händelse/).waitFor();
    // move from this week to the meeting's week with the view's own buttons
    const weeks = Math.round((Date.parse(weekStart(swedishDate(rf!.start))) - Date.parse(weekStart(anchor))) / (7 * 86_400_000));
    for (let i = 0; i < Math.abs(weeks); i++) {
      await page.getByRole('button', { name: weeks > 0 ? 'Nästa vecka' : 'Föregående vecka' }).click();
      await page.getByText(/Kalendern visar \d+ händelse/).waitFor();
    }

    const entry = (title: string | RegExp) => page.getByRole('button', { name: title });
    await entry(/Hemresa från regionfullmäktige/).waitFor();
    await entry(/Gruppmöte S inför regionfullmäktige/).waitFor();
    // the meeting from the Meetings list and its group event are one entry
    expect(await entry(new RegExp(rf!.title)).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'calendar-week');

    await entry(new RegExp(rf!.title)).click();
    const agenda = page.getByRole('link', { name: 'Öppna föredragningslistan' });
    await agenda.waitFor();
    // RF meets in the assembly hall: no Teams link is offered for it
    expect(await page.getByRole('link', { name: 'Anslut till Teams-mötet' }).count()).toBe(rf!.teamsJoinUrl ? 1 : 0);
    expect(await axeViolations(page)).toEqual([]);
    await agenda.click();
    await page.waitForURL(/#\/sammantrade\/\d+$/);
    await page.getByRole('heading', { name: rf!.title }).first().waitFor();
  });

  it("draws Fluent UI's icons from fonts the portal serves itself: the navigation arrows show a glyph", async () => {
    await page.goto(`${tenant.portalUrl}/#/kalender`);
    await page.getByText(/Kalendern visar \d+ händelse/).waitFor();
    const icon = page.getByRole('button', { name: 'Föregående vecka' }).locator('[data-icon-name="ChevronLeft"]');
    await icon.waitFor();
    // a registered icon renders its character from the icon font; an unregistered one is empty
    const glyph = await icon.evaluate((el) => el.textContent ?? '');
    expect(glyph.length).toBe(1);
    expect(glyph.charCodeAt(0)).toBeGreaterThanOrEqual(0xe000); // the font's private-use code points
    const family = await icon.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family).toMatch(/FabricMDL2Icons/);
    // and the font itself came from the portal, not a CDN
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes('FabricMDL2Icons') && f.status === 'loaded').length;
    });
    expect(fonts).toBeGreaterThan(0);
    const served = await page.request.get(`${tenant.url}/fonts/`.replace(/\/$/, '') + '/' + (await firstFontFile()));
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('font/woff');
  });

  it('is usable at 400 px, as in a Teams side panel or a phone: the week is a list of days with whole entries, nothing spills sideways', async () => {
    // a page of its own, opened on the meeting's week by its address (the sign-in is the context's)
    const narrow = await page.context().newPage();
    await narrow.setViewportSize({ width: 400, height: 800 });
    try {
      await narrow.goto(`${tenant.portalUrl}/#/kalender?vy=vecka&datum=${swedishDate(rf!.start)}`);
      await narrow.getByRole('heading', { name: new RegExp(`Vecka ${isoWeekNumber(swedishDate(rf!.start))} `) }).waitFor();
      await narrow.getByText(/Kalendern visar \d+ händelse/).waitFor();
      // seven day columns cannot fit: no grid of hours, a list of the days that have entries
      const day = narrow.getByRole('region', { name: new RegExp(new Date(rf!.start).getDate() + ' ') }).first();
      await day.waitFor();
      const meeting = day.getByRole('button', { name: new RegExp(rf!.title) });
      // the entry keeps its title on screen (it was shrunk to "1…" in a day column)
      expect(await meeting.innerText()).toContain(rf!.title);
      expect((await meeting.boundingBox())!.width).toBeGreaterThan(200);
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
      expect(await axeViolations(narrow)).toEqual([]);
      await screenshot(narrow, 'calendar-week-400');
    } catch (e) {
      await screenshot(narrow, 'calendar-week-400-failed');
      throw e;
    } finally {
      await narrow.close();
    }
  });

  it('moves between days with the arrow keys in the month view', async () => {
    await page.goto(`${tenant.portalUrl}/#/kalender`);
    await page.getByText(/Kalendern visar \d+ händelse/).waitFor();
    await page.getByRole('button', { name: 'Månad' }).click();
    await page.getByText(/Kalendern visar \d+ händelse/).waitFor();
    const current = page.locator('[aria-current="date"]');
    await current.focus();
    const before = await current.textContent();
    await page.keyboard.press('ArrowRight');
    const after = await page.evaluate(() => document.activeElement?.textContent);
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the mailbox and the directory, accessible, with a shared mailbox the member may not read explained', async () => {
    await page.goto(`${tenant.portalUrl}/#/e-post`);
    const unread = page.getByRole('button', { name: /^Markera som läst/ });
    await unread.first().waitFor();
    await page
      .getByText(/Du har inte behörighet till brevlådan/)
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const first = (await unread.first().getAttribute('aria-label'))!;
    await unread.first().click();
    // marked read on the server, the button goes and the unread count drops
    await page.getByRole('button', { name: first }).waitFor({ state: 'detached' });

    await page.goto(`${tenant.portalUrl}/#/fortroendevalda`);
    await page
      .getByText(/\d+ personer/)
      .first()
      .waitFor();
    await page.getByRole('searchbox').fill(member.surname);
    await page
      .getByRole('button', { name: new RegExp(member.displayName) })
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'directory');
  });
});
