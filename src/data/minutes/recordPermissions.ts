import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { groups } from '../schema/groups';
import { levelName } from '../schema/permissions';
import { setExactGrants, type Grant } from '../repositories/itemGrants';
import { listUrl, type RepoContext } from '../repositories/site';

/** SharePoint's built-in role types (SP.RoleType). */
const ROLE = { Reader: 2, Administrator: 5 } as const;

interface Principals {
  owners: number;
  /** Every portal group: they read the minutes and the notice board. */
  readers: number[];
  full: number;
  read: number;
  /** The level the body's clerks hold on a document's folder: add, edit and set permissions of what they add. */
  control: number;
}

/** The site's groups and role ids do not change while a page is open: looked up once per services. */
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
      const read = b.web.roleDefinitions.getByType(ROLE.Reader).select('Id')<{ Id: number }>();
      const control = b.web.roleDefinitions.getByName(levelName('MeetingControl')).select('Id')<{ Id: number }>();
      await run();
      return {
        owners: (await owners).Id,
        readers: (await Promise.all(readers)).map((g) => g.Id),
        full: (await full).Id,
        read: (await read).Id,
        control: (await control).Id,
      };
    })();
    p.catch(() => principals.delete(ctx));
    principals.set(ctx, p);
  }
  return p;
}

type RecordList = 'Minutes' | 'NoticeBoard';

/**
 * Who reads a record: every portal group (the notice board), or only these site users (a minutes
 * document before it is public: it may hold confidential sections, DOMAIN §8).
 */
export type Readers = 'portal' | readonly number[];

/**
 * Gives one item its own permissions: the site's owners full control, `readers` read, and
 * `writers` (site user ids) the clerks' level. The writer's personal full control, which
 * SharePoint grants on breaking inheritance, goes last, so nobody is locked out half-way.
 */
async function restrict(
  ctx: RepoContext,
  key: RecordList,
  itemId: number,
  writers: readonly number[],
  alreadyUnique: boolean,
  readers: Readers,
): Promise<void> {
  // the ids first: a break made before them could leave the item with nobody but its writer
  const ids = await lookUp(ctx);
  const grants: Grant[] = [
    [ids.owners, ids.full],
    ...(readers === 'portal' ? ids.readers : readers.filter((id) => !writers.includes(id))).map((p): Grant => [p, ids.read]),
    ...writers.map((id): Grant => [id, ids.control]),
  ];
  // exactly these: a former clerk's grant or one added by hand goes, the writer's own last
  await setExactGrants(ctx, listUrl(ctx, key), itemId, grants, alreadyUnique);
}

/**
 * A record nobody but the owners may change or delete from now on: a frozen version file, a
 * notice event. `readers` read it (for a version: the body's clerks, signers and ledamöter).
 */
export function makeReadOnly(ctx: RepoContext, key: RecordList, itemId: number, readers: Readers): Promise<void> {
  return restrict(ctx, key, itemId, [], false, readers);
}

/**
 * A minutes document's folder: only the body's clerks (as set on the body now) add versions to
 * it, and only `readers` see it — a version is never readable by others, not even while it is
 * being frozen. Run again on every freeze, so that a clerk set on the body since gets it too.
 */
export function restrictDocumentFolder(
  ctx: RepoContext,
  folderId: number,
  clerkIds: readonly number[],
  alreadyUnique: boolean,
  readers: readonly number[],
): Promise<void> {
  return restrict(ctx, 'Minutes', folderId, clerkIds, alreadyUnique, readers);
}
