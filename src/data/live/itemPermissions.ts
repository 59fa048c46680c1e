import '@pnp/sp/security';
import { staffIds, type MeetingStaff } from '../../domain/live/staff';
import { groups } from '../schema/groups';
import { levelName } from '../schema/permissions';
import type { ListKey } from '../schema/types';
import { setExactGrants, type Grant } from '../repositories/itemGrants';
import { listUrl, type RepoContext } from '../repositories/site';

/** SharePoint's built-in role types (SP.RoleType). */
const ROLE = { Reader: 2, Contributor: 3, Administrator: 5 } as const;

interface Principals {
  owners: number;
  readers: number[];
  full: number;
  contribute: number;
  recordKeeping: number;
  read: number;
}

/** The site's groups and role ids do not change during a meeting: looked up once per console. */
const principals = new WeakMap<RepoContext, Promise<Principals>>();

function lookUp(ctx: RepoContext): Promise<Principals> {
  let p = principals.get(ctx);
  if (!p) {
    p = (async () => {
      const [b, run] = ctx.sp.batched();
      const owners = b.web.associatedOwnerGroup.select('Id')<{ Id: number }>();
      const readers = (['Members', 'Clerks', 'Presidium', 'Payroll'] as const).map((g) =>
        b.web.siteGroups.getByName(groups[g].title).select('Id')<{ Id: number }>(),
      );
      const full = b.web.roleDefinitions.getByType(ROLE.Administrator).select('Id')<{ Id: number }>();
      const contribute = b.web.roleDefinitions.getByType(ROLE.Contributor).select('Id')<{ Id: number }>();
      const read = b.web.roleDefinitions.getByType(ROLE.Reader).select('Id')<{ Id: number }>();
      const recordKeeping = b.web.roleDefinitions.getByName(levelName('RecordKeeping')).select('Id')<{ Id: number }>();
      await run();
      return {
        owners: (await owners).Id,
        readers: (await Promise.all(readers)).map((g) => g.Id),
        full: (await full).Id,
        contribute: (await contribute).Id,
        recordKeeping: (await recordKeeping).Id,
        read: (await read).Id,
      };
    })();
    p.catch(() => principals.delete(ctx));
    principals.set(ctx, p);
  }
  return p;
}

/**
 * Gives one item of a console-written list (the live state, a decision step) its own permissions,
 * before anyone relies on it: the site's owners full control; the meeting's chair, vice chairs and
 * the body's clerks contribute (on a decision step without delete); every portal group reads. A chair or clerk of another body can then
 * not change it (DESIGN §4 "staff are staff of a body"). The creator's personal full control
 * (SharePoint grants it on breaking inheritance) goes last.
 */
export async function restrictToStaff(ctx: RepoContext, key: ListKey, itemId: number, staff: MeetingStaff): Promise<void> {
  // the ids first: a break made before them could leave the item with nobody but its creator
  const ids = await lookUp(ctx);
  const grants: Grant[] = [
    [ids.owners, ids.full],
    ...ids.readers.map((g): Grant => [g, ids.read]),
    // the live state may be removed by its console (a lost race at the start); a decision step never is
    ...staffIds(staff).map((id): Grant => [id, key === 'Votes' ? ids.recordKeeping : ids.contribute]),
  ];
  await setExactGrants(ctx, listUrl(ctx, key), itemId, grants, false);
}
