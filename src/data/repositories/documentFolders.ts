import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { isValidOn } from '../../domain/bodies/assignments';
import { swedishDate } from '../../domain/time/swedishTime';
import { assignmentRole } from '../mapping';
import { toDataError } from '../errors';
import { DataError } from '../services';
import { clerkIdsOf, validOnFilter, type RawBody } from './raw';
import { setExactGrants, type Grant } from './itemGrants';
import { listUrl, type RepoContext } from './site';

/** SharePoint's built-in role types (SP.RoleType). */
const ROLE = { Reader: 2, Administrator: 5 } as const;

/** The folder of a meeting's confidential documents, inside the meeting's folder. */
export const CONFIDENTIAL_FOLDER = 'Sekretess';

/**
 * Where a meeting's documents go: `MeetingDocuments/<meetingId>` (so names never collide with
 * other meetings'), confidential ones in its `Sekretess` folder. Server-relative URLs.
 */
export function meetingFolderUrl(ctx: RepoContext, meetingId: number, confidential: boolean): string {
  const own = `${listUrl(ctx, 'MeetingDocuments')}/${meetingId}`;
  return confidential ? `${own}/${CONFIDENTIAL_FOLDER}` : own;
}

const parentOf = (url: string): string => url.slice(0, url.lastIndexOf('/'));

/** Creates the folder at `url` (in an existing parent) unless it is there; another clerk creating it first is fine. */
async function ensureFolder(ctx: RepoContext, url: string): Promise<void> {
  try {
    await ctx.sp.web.getFolderByServerRelativePath(url).select('ServerRelativeUrl')();
    return;
  } catch (e) {
    if ((await toDataError(e)).code !== 'notFound') throw e;
  }
  try {
    await ctx.sp.web.getFolderByServerRelativePath(parentOf(url)).folders.addUsingPath(url.slice(url.lastIndexOf('/') + 1));
  } catch (e) {
    if ((await toDataError(e)).code !== 'fileExists') throw e;
  }
}

/** Who gets what on a meeting's `Sekretess` folder, read before anything is changed. */
interface ConfidentialAccess {
  /** The site's owners group and the body's clerks (site user ids): Full Control. */
  ownersGroupId: number;
  clerkIds: number[];
  /** The body's ordinary members on the meeting's date: Read. */
  readerIds: number[];
  roles: { full: number; read: number };
}

/**
 * Who may open a meeting's confidential documents (the checkbox's help text says the same):
 * the site's owners and the body's own clerks as set on the body (Full Control, as on the
 * library: they manage the documents and these permissions), and the body's ordinary members
 * (ledamöter — its chair and vice chairs are among them) with an assignment on the meeting's
 * date. Substitutes are not readers, not even when called in: there is no grant at call-in yet.
 * Everyone else — clerks, members and the presidium of other bodies, substitutes — is out. A body
 * with no clerks set has only the owners managing them. Refused (before anything is created)
 * for anyone but those who will manage the folder: they would lock themselves out half-way.
 */
async function readAccess(ctx: RepoContext, meetingId: number): Promise<ConfidentialAccess> {
  const [batched, execute] = ctx.sp.batched();
  const meetingP = batched.web.getList(listUrl(ctx, 'Meetings')).items.getById(meetingId).select('BodyId', 'StartTime')<{
    BodyId: number;
    StartTime: string;
  }>();
  const ownersP = batched.web.associatedOwnerGroup.select('Id')<{ Id: number }>();
  const ownerUsersP = batched.web.associatedOwnerGroup.users.select('Id')<{ Id: number }[]>();
  const meP = batched.web.currentUser.select('IsSiteAdmin')<{ IsSiteAdmin: boolean }>();
  const fullP = batched.web.roleDefinitions.getByType(ROLE.Administrator).select('Id')<{ Id: number }>();
  const readP = batched.web.roleDefinitions.getByType(ROLE.Reader).select('Id')<{ Id: number }>();
  await execute();
  const meeting = await meetingP;
  const date = swedishDate(new Date(meeting.StartTime));
  const [b, run] = ctx.sp.batched();
  const rowsP = b.web
    .getList(listUrl(ctx, 'Assignments'))
    .items.filter(`BodyId eq ${meeting.BodyId} and Role eq '${assignmentRole.toChoice('Member')}' and ${validOnFilter(date)}`)
    .select('PersonId', 'ValidFrom', 'ValidTo')
    .top(2000)<{ PersonId: number; ValidFrom: string; ValidTo: string | null }[]>();
  const bodyP = b.web.getList(listUrl(ctx, 'Bodies')).items.getById(meeting.BodyId).select('ClerksId')<Pick<RawBody, 'ClerksId'>>();
  await run();
  const clerkIds = clerkIdsOf(await bodyP);
  const me = ctx.user.siteUserId;
  const manages = (await meP).IsSiteAdmin || (await ownerUsersP).some((u) => u.Id === me) || clerkIds.includes(me);
  if (!manages)
    throw new DataError(
      'forbidden',
      `Only the body's clerks and the site owners add confidential documents (meeting ${meetingId}).`,
      403,
      clerkIds.length ? 'notBodyClerk' : 'bodyHasNoClerks',
    );
  const rows = await rowsP;
  return {
    ownersGroupId: (await ownersP).Id,
    clerkIds,
    readerIds: [...new Set(rows.filter((r) => isValidOn({ validFrom: r.ValidFrom, validTo: r.ValidTo }, date)).map((r) => r.PersonId))],
    roles: { full: (await fullP).Id, read: (await readP).Id },
  };
}

/**
 * The folder's grants, exactly: whatever else it has goes — the uploader's own Full Control that
 * breaking left (unless they are the body's clerk), a former clerk or member, and whatever someone
 * granted on a folder they made first (a clerk of another body can create the path first).
 */
async function grantBody(ctx: RepoContext, folderId: number, access: ConfidentialAccess, unique: boolean): Promise<void> {
  const { full, read } = access.roles;
  const grants: Grant[] = [
    [access.ownersGroupId, full],
    ...access.clerkIds.map((id): Grant => [id, full]),
    ...access.readerIds.filter((id) => !access.clerkIds.includes(id)).map((id): Grant => [id, read]),
  ];
  await setExactGrants(ctx, listUrl(ctx, 'MeetingDocuments'), folderId, grants, unique);
}

/**
 * The folder a meeting's document goes into, ready before any file does: the meeting's folder,
 * and for a confidential document its `Sekretess` folder with its own permissions (inheritance
 * broken, then the body's readers granted), so a file there is never readable by anyone else,
 * not for a moment. A step that fails stops the upload before the file exists; the next upload
 * finishes the restriction (an unrestricted `Sekretess` folder is restricted before it is used).
 */
export async function prepareFolder(ctx: RepoContext, meetingId: number, confidential: boolean): Promise<string> {
  // who manages a confidential folder is known (and checked) before anything is created
  const access = confidential ? await readAccess(ctx, meetingId) : null;
  const own = meetingFolderUrl(ctx, meetingId, false);
  await ensureFolder(ctx, own);
  if (!access) return own;
  const url = meetingFolderUrl(ctx, meetingId, true);
  await ensureFolder(ctx, url);
  // a folder is a list item: its permissions are the item's
  const { Id, HasUniqueRoleAssignments } = await ctx.sp.web
    .getFolderByServerRelativePath(url)
    .listItemAllFields.select('Id', 'HasUniqueRoleAssignments')<{ Id: number; HasUniqueRoleAssignments: boolean }>();
  // set on every upload: the body's clerks and its members on this meeting's date, whoever joined or left since
  await grantBody(ctx, Id, access, HasUniqueRoleAssignments);
  return url;
}
