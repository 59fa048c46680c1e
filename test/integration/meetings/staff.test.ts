import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import { standaloneSp } from '../../../src/data/hosts/standalone';
import { createProvisioningService } from '../../../src/data/provisioning';
import { groups } from '../../../src/data/schema/permissions';
import type { Services } from '../../../src/data/services';
import { seededRegion } from '../../support/region';

const ANCHOR = '2026-11-24';
const NOW = new Date('2026-11-24T06:00:00Z');

/**
 * A plain member's client reads who the clerks and the presidium are, to know whose events count
 * for others (DESIGN §4). SharePoint refuses that read (403) when a group hides its members, so
 * provisioning must leave the portal's groups visible.
 */
describe('staff ids as a plain member reads them', () => {
  const t = seededRegion(ANCHOR, { now: () => NOW });

  const servicesFor = (persona: string): Promise<Services> => t.servicesFor(persona, () => NOW);

  it('reads the clerks and the presidium on the provisioned site; a hidden group would refuse the meeting page', async () => {
    const member = await servicesFor('member');
    const clerk = await servicesFor('clerk');
    const chair = await servicesFor('chair');
    const m = (await member.meetings.myUpcoming(10)).find((x) => x.bodyCode === 'RF')!;

    const d = await member.meeting.get(m.id);
    expect(d.staffIds).toContain(clerk.user.siteUserId);
    expect(d.staffIds).toContain(chair.user.siteUserId);
    expect(d.staffIds).not.toContain(member.user.siteUserId);

    // someone hides the clerks' membership by hand: the member's meeting page fails, as on SharePoint Online
    const owner = standaloneSp(t.siteUrl, () => t.token(t.persona('owner').userPrincipalName));
    const clerks = await owner.web.siteGroups.getByName(groups.Clerks.title).select('Id')<{ Id: number }>();
    await owner.web.siteGroups.getById(clerks.Id).update({ OnlyAllowMembersViewMembership: true });
    await expect(member.meeting.get(m.id)).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
    // the clerk is in the group and still reads it
    expect((await clerk.meeting.get(m.id)).staffIds).toContain(clerk.user.siteUserId);

    // the setup puts it back, and the member reads the staff again
    const setup = createProvisioningService(owner);
    const plan = await setup.inspect();
    expect(plan.steps.map((s) => s.kind)).toEqual(['updateGroup']);
    expect((await setup.apply(plan)).failed).toBeUndefined();
    expect((await member.meeting.get(m.id)).staffIds).toEqual(d.staffIds);
  });
});
