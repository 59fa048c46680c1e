import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import { createProvisioningService } from '../../../src/data/provisioning';
import { groups } from '../../../src/data/schema/permissions';
import type { Services } from '../../../src/data/services';
import { seededRegion } from '../../support/region';

const ANCHOR = '2026-11-24';
const NOW = new Date('2026-11-24T06:00:00Z');

/**
 * A plain member's client works out whose events count for others (DESIGN §4) from the body:
 * its clerks (Bodies.Clerks), its chair and vice chairs (assignments) and the site owners. It
 * does not read the Sekreterare or Presidium group, so hiding their membership changes nothing.
 */
describe('staff ids as a plain member reads them', () => {
  const t = seededRegion(ANCHOR, { now: () => NOW });

  const servicesFor = (persona: string): Promise<Services> => t.servicesFor(persona, () => NOW);

  it('the seed sets the clerk persona as the clerk of every body', async () => {
    const clerk = await servicesFor('clerk');
    const ownerSp = standaloneSp(t.siteUrl, () => t.token(t.persona('owner').userPrincipalName));
    const bodies = await ownerSp.web.getList('/sites/politikerportal/Lists/Bodies').items.select('BodyCode', 'ClerksId')<
      { BodyCode: string; ClerksId: number[] }[]
    >();
    expect(bodies.map((b) => b.BodyCode)).toEqual(['RF', 'RS', 'HSN', 'RUN', 'PN']);
    expect(bodies.every((b) => JSON.stringify(b.ClerksId) === JSON.stringify([clerk.user.siteUserId]))).toBe(true);
  });

  it("reads the body's clerks, its presidium and the owners; a hidden Sekreterare group does not matter", async () => {
    const member = await servicesFor('member');
    const clerk = await servicesFor('clerk');
    const chair = await servicesFor('chair');
    const owner = await servicesFor('owner');
    const m = (await member.meetings.myUpcoming(10)).find((x) => x.bodyCode === 'RF')!;

    const d = await member.meeting.get(m.id);
    expect(d.staffIds).toContain(clerk.user.siteUserId);
    expect(d.staffIds).toContain(chair.user.siteUserId);
    expect(d.staffIds).toContain(owner.user.siteUserId);
    expect(d.staffIds).not.toContain(member.user.siteUserId);
    // exactly the owners, the clerks set on RF and RF's chair and vice chairs
    const presidium = d.seatAssignments.filter((a) => a.position !== null).map((a) => a.personId);
    expect(d.staffIds).toEqual([...new Set([owner.user.siteUserId, clerk.user.siteUserId, ...presidium])].sort((a, b) => a - b));

    // someone hides the clerks' membership by hand: the member's meeting page reads the same staff
    const ownerSp = standaloneSp(t.siteUrl, () => t.token(t.persona('owner').userPrincipalName));
    const clerks = await ownerSp.web.siteGroups.getByName(groups.Clerks.title).select('Id')<{ Id: number }>();
    await ownerSp.web.siteGroups.getById(clerks.Id).update({ OnlyAllowMembersViewMembership: true });
    expect((await member.meeting.get(m.id)).staffIds).toEqual(d.staffIds);

    // the setup still puts the group's visibility back (who the clerks are is not secret)
    const setup = createProvisioningService(ownerSp);
    const plan = await setup.inspect();
    expect(plan.steps.map((s) => s.kind)).toEqual(['updateGroup']);
    expect((await setup.apply(plan)).failed).toBeUndefined();
    expect((await member.meeting.get(m.id)).staffIds).toEqual(d.staffIds);
  });
});
