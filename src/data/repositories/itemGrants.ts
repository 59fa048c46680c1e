import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { groups } from '../schema/groups';
import { levelName } from '../schema/permissions';
import type { RepoContext } from './site';

/** SharePoint's built-in role types (SP.RoleType). */
const ROLE = { Reader: 2, Contributor: 3, Administrator: 5 } as const;

/** The site's principals and role ids that item permissions are made of. */
export interface PortalPrincipals {
  owners: number;
  /** Every portal group (members, clerks, presidium, payroll): what "everyone in the portal reads" means. */
  readers: number[];
  full: number;
  contribute: number;
  read: number;
  /** The portal's own levels: a decision step's keepers, and the clerks' on records they lock. */
  recordKeeping: number;
  meetingControl: number;
}

/** The site's groups and role ids do not change while a page is open: looked up once per services, in one batch. */
const principals = new WeakMap<RepoContext, Promise<PortalPrincipals>>();

export function portalPrincipals(ctx: RepoContext): Promise<PortalPrincipals> {
  let p = principals.get(ctx);
  if (!p) {
    p = (async () => {
      const [b, run] = ctx.sp.batched();
      const id = (q: Promise<{ Id: number }>) => q.then((x) => x.Id);
      const owners = id(b.web.associatedOwnerGroup.select('Id')());
      const readers = (['Members', 'Clerks', 'Presidium', 'Payroll'] as const).map((g) =>
        id(b.web.siteGroups.getByName(groups[g].title).select('Id')()),
      );
      const byType = (t: (typeof ROLE)[keyof typeof ROLE]) => id(b.web.roleDefinitions.getByType(t).select('Id')());
      const byName = (n: string) => id(b.web.roleDefinitions.getByName(n).select('Id')());
      const [full, contribute, read] = [byType(ROLE.Administrator), byType(ROLE.Contributor), byType(ROLE.Reader)];
      const [recordKeeping, meetingControl] = [byName(levelName('RecordKeeping')), byName(levelName('MeetingControl'))];
      await run();
      return {
        owners: await owners,
        readers: await Promise.all(readers),
        full: await full,
        contribute: await contribute,
        read: await read,
        recordKeeping: await recordKeeping,
        meetingControl: await meetingControl,
      };
    })();
    p.catch(() => principals.delete(ctx));
    principals.set(ctx, p);
  }
  return p;
}

/** One role assignment: a principal (site user or group id) and a role definition id. */
export type Grant = readonly [principal: number, role: number];

/**
 * Sets one list item's permissions to exactly `grants`, whatever it had: its own permissions
 * (inheritance broken without copying, unless `unique` says it has them already), every wanted
 * grant added, then every other one removed — a former clerk's, one someone added by hand, and
 * last the signed-in person's own, which breaking leaves them, so nobody is locked out half-way.
 * Run again after a failed step, it finishes the job: nothing here is only added.
 */
export async function setExactGrants(
  ctx: RepoContext,
  listUrl: string,
  itemId: number,
  grants: readonly Grant[],
  unique: boolean,
): Promise<void> {
  const item = () => ctx.sp.web.getList(listUrl).items.getById(itemId);
  if (!unique) await item().breakRoleInheritance(false, false);
  const wanted = new Set(grants.map(([p, r]) => `${p}:${r}`));
  const present = await item().roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<
    { PrincipalId: number; RoleDefinitionBindings: { Id: number }[] }[]
  >();
  const has = new Set(present.flatMap((a) => a.RoleDefinitionBindings.map((r) => `${a.PrincipalId}:${r.Id}`)));
  const extra = present.flatMap((a) =>
    a.RoleDefinitionBindings.filter((r) => !wanted.has(`${a.PrincipalId}:${r.Id}`)).map((r): Grant => [a.PrincipalId, r.Id]),
  );
  const me = ctx.user.siteUserId;
  const changes = [
    ...grants.filter(([p, r]) => !has.has(`${p}:${r}`)).map((g) => ({ add: true, g })),
    ...extra.filter(([p]) => p !== me).map((g) => ({ add: false, g })),
  ];
  if (changes.length) {
    const [b, run] = ctx.sp.batched();
    const batched = b.web.getList(listUrl).items.getById(itemId).roleAssignments;
    const done = changes.map(({ add, g: [p, r] }) => (add ? batched.add(p, r) : batched.remove(p, r)));
    await run();
    await Promise.all(done);
  }
  // the signed-in person's own grants go last: until then they may still need them to set the rest
  for (const [p, r] of extra.filter(([p]) => p === me)) await item().roleAssignments.remove(p, r);
}
