import '@pnp/sp/site-groups/web';
import { portalPrincipals, setExactGrants, type Grant } from '../repositories/itemGrants';
import { groups } from '../schema/groups';
import { listUrl, type RepoContext } from '../repositories/site';

type RecordList = 'Minutes' | 'NoticeBoard';

/**
 * Who reads a record: every portal group; every portal group and the public notice board's
 * publisher (`public`: a notice event, the public version of minutes); or only these site users
 * (a minutes document before it is public: it may hold confidential sections, DOMAIN §8).
 */
export type Readers = 'portal' | 'public' | readonly number[];

/** The publisher's group (`Politikerportal Anslagstavlan`), looked up once per services. */
const publisherGroups = new WeakMap<RepoContext, Promise<number>>();

function publisherGroup(ctx: RepoContext): Promise<number> {
  let p = publisherGroups.get(ctx);
  if (!p) {
    p = ctx.sp.web.siteGroups
      .getByName(groups.Publisher.title)
      .select('Id')<{ Id: number }>()
      .then((g) => g.Id);
    p.catch(() => publisherGroups.delete(ctx));
    publisherGroups.set(ctx, p);
  }
  return p;
}

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
  const ids = await portalPrincipals(ctx);
  const readerIds =
    readers === 'portal'
      ? ids.readers
      : readers === 'public'
        ? [...ids.readers, await publisherGroup(ctx)]
        : readers.filter((id) => !writers.includes(id));
  const grants: Grant[] = [
    [ids.owners, ids.full],
    ...readerIds.map((p): Grant => [p, ids.read]),
    ...writers.map((id): Grant => [id, ids.meetingControl]),
  ];
  // exactly these: a former clerk's grant or one added by hand goes, the writer's own last
  await setExactGrants(ctx, listUrl(ctx, key), itemId, grants, alreadyUnique);
}

/**
 * A record nobody but the owners may change or delete from now on: a frozen version file, a
 * notice event, a public version. `readers` read it (for a version: the body's clerks, signers and ledamöter).
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
