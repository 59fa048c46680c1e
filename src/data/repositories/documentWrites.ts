import '@pnp/sp/files';
import '@pnp/sp/folders';
import { documentKind } from '../mapping';
import { DataError, type ClerkRepository, type DocumentKind, type MeetingDocument, type SameName } from '../services';
import { guarded } from '../errors';
import { prepareFolder } from './documentFolders';
import { DOCUMENT_FIELDS, toDocument, type RawDocument } from './raw';
import { listUrl, type RepoContext } from './site';

/** "Tjänsteskrivelse.pdf" → "Tjänsteskrivelse (2).pdf", the first number the folder does not have (as SharePoint's own "keep both"). */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** OData string literal: a quote doubled. */
const quoted = (s: string): string => `'${s.replace(/'/g, "''")}'`;

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

  /** The names (lower case) of the files in a folder; `FileDirRef` is indexed by SharePoint. */
  const namesIn = async (folderUrl: string): Promise<Set<string>> => {
    const rows = await library()
      .items.filter(`FileDirRef eq ${quoted(folderUrl)}`)
      .select('FileLeafRef')
      .top(5000)<{ FileLeafRef: string }[]>();
    return new Set(rows.map((r) => r.FileLeafRef.toLowerCase()));
  };

  return {
    uploadDocument: (meetingId, itemId, file, meta: { title: string; kind: DocumentKind; confidential: boolean; sameName?: SameName }) =>
      guarded(async (): Promise<MeetingDocument> => {
        if (!file.name.trim()) throw new DataError('invalid', 'The file needs a name.', undefined, 'fileNameMissing');
        await checkItem(meetingId, itemId);
        // the folder (and for a confidential file its permissions) is ready before the file exists
        const folderUrl = await prepareFolder(ctx, meetingId, meta.confidential);
        const sameName = meta.sameName ?? 'refuse';
        const taken = sameName === 'refuse' ? new Set<string>() : await namesIn(folderUrl);
        const replacing = sameName === 'replace' && taken.has(file.name.toLowerCase());
        const name = sameName === 'keepBoth' && taken.has(file.name.toLowerCase()) ? freeName(file.name, taken) : file.name;
        // Overwrite only when replacing: SharePoint then keeps the earlier bytes as a version; otherwise a taken name is 'fileExists'
        const added = (await ctx.sp.web
          .getFolderByServerRelativePath(folderUrl)
          .files.addUsingPath(name, file.content, { Overwrite: replacing })) as { ServerRelativeUrl: string };
        const stored = ctx.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl);
        try {
          const { Id } = (await stored.getItem('Id')) as unknown as { Id: number };
          await library()
            .items.getById(Id)
            .update({
              Title: meta.title.trim() || name,
              MeetingId: meetingId,
              AgendaItemId: itemId,
              DocumentKind: documentKind.toChoice(meta.kind),
              Confidential: meta.confidential,
            });
          return toDocument(
            await library()
              .items.getById(Id)
              .select(...DOCUMENT_FIELDS)<RawDocument>(),
          );
        } catch (e) {
          // a new file without its metadata must not stay; a replaced one keeps its earlier version and metadata
          if (!replacing) await stored.delete().catch(() => undefined);
          throw e;
        }
      }),

    deleteDocument: (documentId) =>
      guarded(async () => {
        await library().items.getById(documentId).delete();
      }),
  };
}
