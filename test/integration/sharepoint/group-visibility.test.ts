import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spfi, SPBrowser } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import { SITE_PATH } from '../../../tools/local-tenant/src/context';
import { startTenant } from '../../../tools/local-tenant/src/server';
import { startTestTenant, type TestTenant } from '../../support/tenant';

/**
 * "Who can view the membership of the group" (SP.Group.OnlyAllowMembersViewMembership): a group
 * created through REST hides its members from non-members, as SharePoint Online's SiteGroups.Add
 * does; the team site's own groups do not. A hidden group's users are 403 Access denied to
 * anyone but its members, its owner, site admins and those who manage permissions.
 */
let t: TestTenant;
const login = (upn: string) => `i:0#.f|membership|${upn}`;
const ACCESS_DENIED = '-2147024891, System.UnauthorizedAccessException';

beforeAll(async () => {
  t = await startTestTenant();
  const owner = t.sp('owner@test.local');
  // alice and bob may enter the site as visitors; carol manages it as a member of the owners' group (not a site admin)
  const visitors = await owner.web.associatedVisitorGroup.select('Id')<{ Id: number }>();
  await owner.web.siteGroups.getById(visitors.Id).users.add(login('alice@test.local'));
  await owner.web.siteGroups.getById(visitors.Id).users.add(login('bob@test.local'));
  const owners = await owner.web.associatedOwnerGroup.select('Id')<{ Id: number }>();
  await owner.web.siteGroups.getById(owners.Id).users.add(login('carol@test.local'));
});
afterAll(async () => {
  await t.close();
});

type Group = { Id: number; OnlyAllowMembersViewMembership: boolean };

async function refusal(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { status: number; message: string };
  }
  throw new Error('expected SharePoint to refuse');
}

describe('group membership visibility', () => {
  it("leaves the team site's own groups visible to every site user", async () => {
    const alice = t.sp('alice@test.local');
    const owners = await alice.web.associatedOwnerGroup.select('OnlyAllowMembersViewMembership')<Group>();
    expect(owners.OnlyAllowMembersViewMembership).toBe(false);
    const ownerIds = (await alice.web.associatedOwnerGroup.users.select('Id')<{ Id: number }[]>()).map((u) => u.Id);
    expect(ownerIds).toContain((await t.sp('carol@test.local').web.currentUser.select('Id')<{ Id: number }>()).Id);
  });

  it('hides the members of a group created through REST from non-members: 403 Access denied', async () => {
    const owner = t.sp('owner@test.local');
    const g = (await owner.web.siteGroups.add({ Title: 'Hemliga gruppen', Description: 'default visibility' })) as unknown as Group;
    expect(g.OnlyAllowMembersViewMembership).toBe(true);
    await owner.web.siteGroups.getById(g.Id).users.add(login('bob@test.local'));

    const err = await refusal(t.sp('alice@test.local').web.siteGroups.getByName('Hemliga gruppen').users());
    expect(err.status).toBe(403);
    expect(err.message).toContain(ACCESS_DENIED);
    expect(err.message).toContain('Access denied. You do not have permission to perform this action or access this resource.');
    // the same through $expand, by id, and for one user of the group
    await expect(t.sp('alice@test.local').web.siteGroups.getById(g.Id).expand('Users')()).rejects.toMatchObject({ status: 403 });
    await expect(t.sp('alice@test.local').web.siteGroups.getById(g.Id).users.getById(1)()).rejects.toMatchObject({ status: 403 });
    // the group itself stays readable, and says the reader cannot see its members
    const seen = await t.sp('alice@test.local').web.siteGroups.getById(g.Id).select('Title', 'CanCurrentUserViewMembership')<{
      Title: string;
      CanCurrentUserViewMembership: boolean;
    }>();
    expect(seen).toMatchObject({ Title: 'Hemliga gruppen', CanCurrentUserViewMembership: false });

    const bobId = (await t.sp('bob@test.local').web.currentUser.select('Id')<{ Id: number }>()).Id;
    // a member, a site admin and someone who manages permissions all see the members
    for (const upn of ['bob@test.local', 'owner@test.local', 'carol@test.local']) {
      const ids = (await t.sp(upn).web.siteGroups.getById(g.Id).users.select('Id')<{ Id: number }[]>()).map((u) => u.Id);
      expect(ids).toEqual([bobId]);
    }
  });

  it('creates a group visible to everyone when asked to, and changes visibility through update', async () => {
    const owner = t.sp('owner@test.local');
    const open = (await owner.web.siteGroups.add({ Title: 'Öppna gruppen', OnlyAllowMembersViewMembership: false })) as unknown as Group;
    expect(open.OnlyAllowMembersViewMembership).toBe(false);
    expect(await t.sp('alice@test.local').web.siteGroups.getById(open.Id).users()).toEqual([]);

    const hidden = (await owner.web.siteGroups.add({ Title: 'Ändrade gruppen' })) as unknown as Group;
    await expect(t.sp('alice@test.local').web.siteGroups.getById(hidden.Id).users()).rejects.toMatchObject({ status: 403 });
    // only those who manage permissions may change it
    await expect(
      t.sp('alice@test.local').web.siteGroups.getById(hidden.Id).update({ OnlyAllowMembersViewMembership: false }),
    ).rejects.toMatchObject({ status: 403 });
    await owner.web.siteGroups.getById(hidden.Id).update({ OnlyAllowMembersViewMembership: false });
    expect(
      (await owner.web.siteGroups.getById(hidden.Id).select('OnlyAllowMembersViewMembership')<Group>()).OnlyAllowMembersViewMembership,
    ).toBe(false);
    expect(await t.sp('alice@test.local').web.siteGroups.getById(hidden.Id).users()).toEqual([]);

    // an update that does not mention it leaves it as it is
    await owner.web.siteGroups.getById(open.Id).update({ Description: 'ny beskrivning' });
    expect(
      (await owner.web.siteGroups.getById(open.Id).select('OnlyAllowMembersViewMembership')<Group>()).OnlyAllowMembersViewMembership,
    ).toBe(false);
  });
});

it('keeps the visibility of each group across a restart', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-groups-'));
  try {
    const first = await startTenant({ dataDir: dir, port: 0 });
    const user = (upn: string) =>
      first.context.directory.addUser({
        userPrincipalName: upn,
        displayName: upn,
        givenName: 'A',
        surname: 'B',
        mail: upn,
        jobTitle: null,
        mobilePhone: null,
        businessPhones: [],
        officeLocation: null,
        persona: null,
        mfa: true,
        accountEnabled: true,
      });
    const owner = user('owner@test.local');
    const alice = user('alice@test.local');
    first.sharepoint.bootstrap(owner);
    const spAs = (tenant: typeof first, upn: string) => {
      const site = `${tenant.url}${SITE_PATH}`;
      const token = tenant.context.tokens.issue(tenant.context.directory.userByUpn(upn)!).token;
      return spfi(site).using(SPBrowser({ baseUrl: site }), InjectHeaders({ Authorization: `Bearer ${token}` }));
    };
    const sp1 = spAs(first, 'owner@test.local');
    const visitors = await sp1.web.associatedVisitorGroup.select('Id')<{ Id: number }>();
    await sp1.web.siteGroups.getById(visitors.Id).users.add(login(alice.userPrincipalName));
    const hidden = (await sp1.web.siteGroups.add({ Title: 'Dold' })) as unknown as Group;
    const open = (await sp1.web.siteGroups.add({ Title: 'Synlig', OnlyAllowMembersViewMembership: false })) as unknown as Group;
    await first.close();

    const second = await startTenant({ dataDir: dir, port: 0 });
    try {
      const sp2 = spAs(second, 'alice@test.local');
      await expect(sp2.web.siteGroups.getById(hidden.Id).users()).rejects.toMatchObject({ status: 403 });
      expect(await sp2.web.siteGroups.getById(open.Id).users()).toEqual([]);
      expect((await sp2.web.associatedVisitorGroup.select('OnlyAllowMembersViewMembership')<Group>()).OnlyAllowMembersViewMembership).toBe(
        false,
      );
    } finally {
      await second.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
