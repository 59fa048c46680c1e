import type { Browser } from 'playwright-core';
import { swedishDate } from '../../src/domain/time/swedishTime';
import { buildMeetings } from '../../tools/local-tenant/src/seed/meetings';
import { buildRegion } from '../../tools/local-tenant/src/seed/region';
import { axeViolations, launchBrowser, screenshot } from '../support/browser';
import { startLocalTenantProcess } from '../support/localTenantProcess';

jest.setTimeout(180_000);

describe('end to end: a member signs in and sees their next meeting', () => {
  let tenant: Awaited<ReturnType<typeof startLocalTenantProcess>>;
  let browser: Browser;
  const anchor = swedishDate(new Date());

  beforeAll(async () => {
    tenant = await startLocalTenantProcess({ SEED_DATE: anchor });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await tenant?.stop();
  });

  const region = buildRegion(anchor);
  const person = (persona: string) => region.people.find((p) => p.persona === persona)!;

  it('prints the URL and the personas when it starts', () => {
    expect(tenant.output()).toContain(`Politikerportalen runs at ${tenant.portalUrl}/`);
    expect(tenant.output()).toContain(person('member').upn);
  });

  it('signs in through /_local/login and lists the next meeting first', async () => {
    const page = await browser.newPage();
    await page.goto(`${tenant.portalUrl}/`);
    await page.waitForURL(/\/_local\/login/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: new RegExp(person('member').displayName) }).click();

    await page.getByRole('heading', { name: 'Mina sammanträden' }).waitFor();
    const bodies = new Set(
      region.assignments.filter((a) => a.personKey === person('member').key && a.validTo === null).map((a) => a.bodyCode),
    );
    const next = buildMeetings(region.bodies, anchor).find(
      (m) => bodies.has(m.bodyCode) && m.status !== 'Inställt' && m.end.getTime() >= Date.now(),
    )!;
    const first = page.getByRole('listitem').filter({ hasText: next.title }).first();
    await first.waitFor();
    await screenshot(page, 'overview-member');
    expect(await page.getByText(person('member').displayName).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await first
      .getByRole('link', { name: /dagordning|föredragningslista|agenda/i })
      .first()
      .click();
    await page.waitForURL(/#\/sammantrade\/\d+/);
    await page.close();
  });

  it('refuses a sign-in without two-factor authentication, with a clear message', async () => {
    const page = await browser.newPage();
    await page.goto(`${tenant.portalUrl}/_local/login?returnUrl=/`);
    await page.getByRole('link', { name: new RegExp(person('nomfa').displayName) }).click();
    await page
      .getByText(/tvåfaktor/i)
      .first()
      .waitFor();
    expect(await page.getByRole('heading', { name: 'Mina sammanträden' }).count()).toBe(0);
    await screenshot(page, 'refused-no-mfa');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
