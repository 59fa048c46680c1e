import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { isValidOn } from '../../domain/bodies/assignments';
import { swedishDate } from '../../domain/time/swedishTime';
import { groups } from '../schema/permissions';
import { documentKind } from '../mapping';
import { DataError, type ClerkRepository, type DocumentKind, type MeetingDocument } from '../services';
import { guarded, toDataError } from '../errors';
import { DOCUMENT_FIELDS, toDocument, validOnFilter, type RawDocument } from './raw';
import { listUrl, type RepoContext } from './site';

/** SharePoint's built-in role types (SP.RoleType). */
const ROLE = { Reader: 2, Contributor: 3, Administrator: 5 } as const;

/**
 * Gives a confidential document its own permissions: inheritance broken without copying, so the
 * library's Read for all members does not reach it; owners, clerks and the presidium keep access,
 * and each person with an assignment in the body on the meeting's date may read it.
 */
async function restrictToBody(ctx: RepoContext, documentId: number, meetingId: number): Promise<void> {
  const [batched, execute] = ctx.sp.batched();
  const meetingP = batched.web.getList(listUrl(ctx, 'Meetings')).items.getById(meetingId).select('BodyId', 'StartTime')<{
    BodyId: number;
    StartTime: string;
  }>();
  const ownersP = batched.web.associatedOwnerGroup.select('Id')<{ Id: number }>();
  const clerksP = batched.web.siteGroups.getByName(groups.Clerks.title).select('Id')<{ Id: number }>();
  const presidiumP = batched.web.siteGroups.getByName(groups.Presidium.title).select('Id')<{ Id: number }>();
  const fullP = batched.web.roleDefinitions.getByType(ROLE.Administrator).select('Id')<{ Id: number }>();
  const contributeP = batched.web.roleDefinitions.getByType(ROLE.Contributor).select('Id')<{ Id: number }>();
  const readP = batched.web.roleDefinitions.getByType(ROLE.Reader).select('Id')<{ Id: number }>();
  await execute();
  const meeting = await meetingP;
  const date = swedishDate(new Date(meeting.StartTime));
  const rows = await ctx.sp.web
    .getList(listUrl(ctx, 'Assignments'))
    .items.filter(`BodyId eq ${meeting.BodyId} and ${validOnFilter(date)}`)
    .select('PersonId', 'ValidFrom', 'ValidTo')
    .top(2000)<{ PersonId: number; ValidFrom: string; ValidTo: string | null }[]>();
  const readers = [...new Set(rows.filter((r) => isValidOn({ validFrom: r.ValidFrom, validTo: r.ValidTo }, date)).map((r) => r.PersonId))];

  const item = ctx.sp.web.getList(listUrl(ctx, 'MeetingDocuments')).items.getById(documentId);
  await item.breakRoleInheritance(false, false);
  const [full, contribute, read] = [(await fullP).Id, (await contributeP).Id, (await readP).Id];
  const grants: [number, number][] = [
    [(await ownersP).Id, full],
    [(await clerksP).Id, contribute],
    [(await presidiumP).Id, read],
    ...readers.map((id): [number, number] => [id, read]),
  ];
  const [b, run] = ctx.sp.batched();
  const bItem = b.web.getList(listUrl(ctx, 'MeetingDocuments')).items.getById(documentId);
  const done = grants.map(([principal, role]) => bItem.roleAssignments.add(principal, role));
  await run();
  await Promise.all(done);
  // Breaking without copying leaves the uploader with Full Control of their own; their group's grant is what counts.
  try {
    await item.roleAssignments.remove(ctx.user.siteUserId, full);
  } catch (e) {
    // SharePoint answers 404 when the uploader got no personal grant (e.g. a site collection admin)
    if ((await toDataError(e)).code !== 'notFound') throw e;
  }
}

export function createDocumentWrites(ctx: RepoContext): Pick<ClerkRepository, 'uploadDocument' | 'deleteDocument'> {
  const library = () => ctx.sp.web.getList(listUrl(ctx, 'MeetingDocuments'));

  const checkItem = async (meetingId: number, itemId: number | null): Promise<void> => {
    if (itemId === null) return;
    const rows = await ctx.sp.web
      .getList(listUrl(ctx, 'AgendaItems'))
      .items.filter(`Id eq ${itemId} and MeetingId eq ${meetingId}`)
      .select('Id')<{ Id: number }[]>();
    if (!rows.length) throw new DataError('notFound', `Item ${itemId} is not on the agenda of this meeting.`, 404, 'unknownItem');
  };

  return {
    uploadDocument: (meetingId, itemId, file, meta: { title: string; kind: DocumentKind; confidential: boolean }) =>
      guarded(async (): Promise<MeetingDocument> => {
        if (!file.name.trim()) throw new DataError('invalid', 'The file needs a name.', undefined, 'fileNameMissing');
        await checkItem(meetingId, itemId);
        // A confidential file arrives empty and gets its content only once its permissions are
        // restricted: the library's Read for all members never reaches the content.
        const first = meta.confidential ? new ArrayBuffer(0) : file.content;
        const added = (await ctx.sp.web
          .getFolderByServerRelativePath(listUrl(ctx, 'MeetingDocuments'))
          .files.addUsingPath(file.name, first, { Overwrite: false })) as { ServerRelativeUrl: string };
        const stored = ctx.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl);
        try {
          const { Id } = (await stored.getItem('Id')) as unknown as { Id: number };
          await library()
            .items.getById(Id)
            .update({
              Title: meta.title.trim() || file.name,
              MeetingId: meetingId,
              AgendaItemId: itemId,
              DocumentKind: documentKind.toChoice(meta.kind),
              Confidential: meta.confidential,
            });
          if (meta.confidential) {
            await restrictToBody(ctx, Id, meetingId);
            await stored.setContent(file.content);
          }
          return toDocument(
            await library()
              .items.getById(Id)
              .select(...DOCUMENT_FIELDS)<RawDocument>(),
          );
        } catch (e) {
          // no half-written state: a document without its metadata or its protection must not stay
          await stored.delete().catch(() => undefined);
          throw e;
        }
      }),

    deleteDocument: (documentId) =>
      guarded(async () => {
        await library().items.getById(documentId).delete();
      }),
  };
}
