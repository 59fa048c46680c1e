/**
 * The public notice board read through PnPjs (DESIGN §3–4), by whoever publishes it — in practice a
 * read-only service account. One `$batch`: the board's rows (their public columns only), the
 * meetings they name (dates and bodies), the bodies with their clerks, the assignments with a
 * presidium post, and the site's owners — what decides whose rows count (domain/noticeBoard/current).
 * Nothing is read from the minutes' document folders: only rows and, for a public version asked
 * for, the one file in `Minutes/Offentliga` that a trusted posting names.
 */
import '@pnp/sp/files';
import { noticesOnBoard, publishedVersions } from '../../domain/noticeBoard/current';
import type { BoardInput, BoardRow, PublicNotice, PublicNoticeKind } from '../../domain/noticeBoard/types';
import { noticeEvent, SIGNED_MINUTES } from '../minutes/mapping';
import { parseSections } from '../minutes/raw';
import { position } from '../mapping';
import { clerkIdsOf } from '../repositories/raw';
import { listUrl, queueOwnerIds, type RepoContext } from '../repositories/site';
import { publicFileOf, publicFolderUrl, PUBLIC_FILE_NAME } from './publicFolder';

/** The newest rows of each list: years of notices and meetings (the board needs the recent ones only). */
const TOP = 5000;

interface RawBoardRow {
  Id: number;
  Title: string | null;
  NoticeKind: string | null;
  NoticeEvent: string | null;
  MinutesDocumentId: number | null;
  MeetingId: number | null;
  BodyId: number | null;
  PostedOn: string | null;
  RemoveOn: string | null;
  MinutesLocation: string | null;
  Content: string | null;
  Sections: string | null;
  PublicVersion: string | null;
  AuthorId: number;
  EditorId: number;
  Created: string;
  Modified: string;
}
/** The public columns of the board: what a notice says, and the server's who and when. */
const BOARD_FIELDS = [
  'Id',
  'Title',
  'NoticeKind',
  'NoticeEvent',
  'MinutesDocumentId',
  'MeetingId',
  'BodyId',
  'PostedOn',
  'RemoveOn',
  'MinutesLocation',
  'Content',
  'Sections',
  'PublicVersion',
  'AuthorId',
  'EditorId',
  'Created',
  'Modified',
];

const KIND: Record<string, PublicNoticeKind> = { [SIGNED_MINUTES]: 'minutes', Kungörelse: 'meetingAnnouncement' };

const day = (v: string | null): string | null => (v ? v.slice(0, 10) : null);

export function toBoardRow(r: RawBoardRow): BoardRow {
  const kind = KIND[r.NoticeKind ?? ''] ?? 'other';
  return {
    id: r.Id,
    kind,
    event: kind === 'minutes' ? noticeEvent.toCode(r.NoticeEvent) : null,
    minutesId: r.MinutesDocumentId ?? null,
    meetingId: r.MeetingId ?? null,
    bodyId: r.BodyId ?? null,
    authorId: r.AuthorId,
    editorId: r.EditorId,
    created: r.Created,
    modified: r.Modified,
    title: r.Title ?? '',
    text: r.Content ?? null,
    postedOn: day(r.PostedOn),
    removeOn: day(r.RemoveOn),
    minutesLocation: r.MinutesLocation || null,
    publicVersion: r.PublicVersion || null,
    sections: parseSections(r.Sections),
  };
}

/** Everything the board is made of, in one `$batch`. */
export async function readBoard(ctx: RepoContext): Promise<BoardInput> {
  const [b, execute] = ctx.sp.batched();
  const rowsP = b.web
    .getList(listUrl(ctx, 'NoticeBoard'))
    .items.select(...BOARD_FIELDS)
    .orderBy('Id', false)
    .top(TOP)<RawBoardRow[]>();
  const meetingsP = b.web
    .getList(listUrl(ctx, 'Meetings'))
    .items.select('Id', 'BodyId', 'StartTime', 'EndTime')
    .orderBy('Id', false)
    .top(TOP)<{ Id: number; BodyId: number; StartTime: string; EndTime: string | null }[]>();
  const bodiesP = b.web.getList(listUrl(ctx, 'Bodies')).items.select('Id', 'Title', 'ClerksId').top(TOP)<
    { Id: number; Title: string; ClerksId: number[] | null }[]
  >();
  const assignmentsP = b.web
    .getList(listUrl(ctx, 'Assignments'))
    .items.select('BodyId', 'PersonId', 'Position', 'ValidFrom', 'ValidTo')
    .orderBy('Id', false)
    .top(TOP)<{ BodyId: number; PersonId: number; Position: string | null; ValidFrom: string; ValidTo: string | null }[]>();
  const ownersP = queueOwnerIds(b);
  await execute();
  return {
    rows: (await rowsP).map(toBoardRow),
    meetings: (await meetingsP).map((m) => ({ id: m.Id, bodyId: m.BodyId, start: m.StartTime, end: m.EndTime })),
    bodies: (await bodiesP).map((x) => ({ id: x.Id, name: x.Title, clerkIds: clerkIdsOf(x) })),
    ownerIds: await ownersP(),
    assignments: (await assignmentsP)
      .map((a) => ({
        bodyId: a.BodyId,
        personId: a.PersonId,
        position: position.toCode(a.Position),
        validFrom: a.ValidFrom,
        validTo: a.ValidTo,
      }))
      .filter((a) => a.position !== null),
  };
}

/**
 * The notices on the public board on `today` (a Swedish date), newest first. `publicUrl` is the
 * public version's server-relative URL in `Minutes/Offentliga` (null for any other URL a row holds).
 */
export async function readPublicNotices(ctx: RepoContext, today: string): Promise<PublicNotice[]> {
  return noticesOnBoard(await readBoard(ctx), today).map((n) => ({
    ...n,
    publicUrl: n.publicUrl && publicFileOf(ctx, n.publicUrl) ? n.publicUrl : null,
  }));
}

/**
 * The bytes of a public version by its file name in `Offentliga`, or null: only a file a trusted
 * posting names (up now or taken down since), never another file of the library.
 */
export async function readPublicVersion(ctx: RepoContext, fileName: string): Promise<Uint8Array | null> {
  if (!PUBLIC_FILE_NAME.test(fileName) || fileName.includes('..')) return null;
  const url = `${publicFolderUrl(ctx)}/${fileName}`;
  const published = publishedVersions(await readBoard(ctx));
  if (![...published].some((u) => u.toLowerCase() === url.toLowerCase())) return null;
  return new Uint8Array(await ctx.sp.web.getFileByServerRelativePath(url).getBuffer());
}
