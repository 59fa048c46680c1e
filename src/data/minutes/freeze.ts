import '@pnp/sp/files';
import '@pnp/sp/folders';
import { documentSha256 } from '../../domain/minutes/hash';
import { toDataError } from '../errors';
import { listUrl, type RepoContext } from '../repositories/site';
import { DataError } from '../services';
import { makeReadOnly, restrictDocumentFolder } from './recordPermissions';
import {
  currentDigest,
  currentVersion,
  defaultSecretary,
  describeDocument,
  documentKey,
  keepsMinutes,
  loadMinutes,
  NOBODY,
  type DocumentRows,
  type MinutesContext,
} from './reads';
import { formatSections, formatSigners, MINUTES_FIELDS, UNIQUE, versionFileName, type RawMinutesRow } from './raw';
import { minutesRefusal } from './refusal';
import type { FreezeOptions, FrozenVersion } from './types';

/** Section numbers as given, once each, in order; none or anything but positive whole numbers is refused. */
function checkedSections(given: readonly number[]): number[] {
  const sections = [...new Set(given)].sort((a, b) => a - b);
  if (!sections.length || sections.some((n) => !Number.isInteger(n) || n < 1))
    throw minutesRefusal('sectionsInvalid', `Not a list of section numbers: ${JSON.stringify(given)}.`);
  if (formatSections(sections).length > 255) throw minutesRefusal('sectionsInvalid', 'Too many sections for one document.');
  return sections;
}

/**
 * Who signs as secretary when the meeting names no one yet: the body's clerk freezing the minutes,
 * else the body's only clerk. It is then written on the meeting, so later changes to the body's
 * clerks do not change who had to sign.
 */
function secretaryFor(ctx: RepoContext, mc: MinutesContext): number {
  const id = defaultSecretary(ctx.user.siteUserId, mc.clerkIds);
  if (id !== null) return id;
  throw minutesRefusal('noSecretary', `Meeting ${mc.meeting.Id} has no secretary and the body has ${mc.clerkIds.length} clerks.`);
}

const randomPart = (): string => {
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
};

/**
 * A new document's folder at the library's root. Its name has a random part: a name anyone can
 * compute could be taken first by a clerk of another body (DESIGN §4).
 */
async function createFolder(ctx: RepoContext, mc: MinutesContext, immediate: boolean, sections: number[]): Promise<RawMinutesRow> {
  const root = listUrl(ctx, 'Minutes');
  const kind = immediate ? `omedelbar-${sections.slice(0, 8).join('-')}` : 'protokoll';
  const name = `${mc.meeting.Id}-${kind}-${randomPart()}`;
  await ctx.sp.web.getFolderByServerRelativePath(root).folders.addUsingPath(name);
  const folder = ctx.sp.web.getFolderByServerRelativePath(`${root}/${name}`);
  const { Id } = await folder.listItemAllFields.select('Id')<{ Id: number }>();
  const title = immediate ? `Omedelbart justerad § ${formatSections(sections)} – ${mc.meeting.Title}` : `Protokoll – ${mc.meeting.Title}`;
  const item = ctx.sp.web.getList(root).items.getById(Id);
  await item.update({ Title: title, MeetingId: mc.meeting.Id, Sections: formatSections(sections), Immediate: immediate });
  return item.select(...MINUTES_FIELDS, UNIQUE)<RawMinutesRow>();
}

/** How many taken version names a freeze steps over before it gives up. */
const FREE_NAME_TRIES = 4;

const bytesOf = (b: Uint8Array | ArrayBuffer): Uint8Array => (b instanceof Uint8Array ? b : new Uint8Array(b));

export async function freezeVersion(
  ctx: RepoContext,
  meetingId: number,
  given: Uint8Array | ArrayBuffer,
  options: FreezeOptions,
): Promise<FrozenVersion> {
  const sections = checkedSections(options.sections);
  const mc = await loadMinutes(ctx, meetingId, true);
  if (!keepsMinutes(ctx, mc))
    throw minutesRefusal('notMinutesClerk', `Only the clerks of body ${mc.body.Id} and the site owners freeze its minutes.`);
  if (!mc.signerRefs.chair) throw minutesRefusal('noChair', `Meeting ${meetingId} has no chair.`);
  const needed = mc.body.CoSignerCount ?? 2;
  if (mc.signerRefs.coSigners.length < needed)
    throw minutesRefusal(
      'coSignersMissing',
      `Meeting ${meetingId} has ${mc.signerRefs.coSigners.length} co-signers; the body has ${needed}.`,
    );
  const secretaryId = mc.signerRefs.secretary?.id ?? secretaryFor(ctx, mc);

  const existing: DocumentRows | undefined = mc.documents.find(
    (d) => documentKey(d.immediate, d.sections) === documentKey(options.immediate, sections),
  );
  if (existing && describeDocument(ctx, mc, existing, await currentDigest(ctx, existing)).status.signedAt !== null)
    throw minutesRefusal('minutesSigned', `Minutes document ${existing.folder.Id} is signed; a new version would void it.`);

  // who signs is settled before there is anything to sign
  if (!mc.signerRefs.secretary)
    await ctx.sp.web.getList(listUrl(ctx, 'Meetings')).items.getById(meetingId).update({ SecretaryId: secretaryId });
  const folder = existing?.folder ?? (await createFolder(ctx, mc, options.immediate, sections));
  // Until posted, the full minutes may hold confidential sections: they are read by those who sign
  // them and by the body's ledamöter, as its confidential documents are; the public version is apart.
  const readers = [...new Set([...mc.memberIds, mc.signers.chairId, ...mc.signers.coSignerIds, secretaryId])].filter((id) => id !== NOBODY);
  // the body's clerks as set now may add versions; a version a failed step left writable is closed now
  await restrictDocumentFolder(ctx, folder.Id, mc.clerkIds, folder.HasUniqueRoleAssignments === true, readers);
  for (const r of existing?.versionRows ?? []) if (r.HasUniqueRoleAssignments === false) await makeReadOnly(ctx, 'Minutes', r.Id, readers);

  const bytes = bytesOf(given);
  const sha256 = documentSha256(bytes);
  // after every version the meeting's rows show; a name taken anyway (a file a failed freeze left
  // without its columns, or a clerk freezing at the same moment) moves on to the next free one
  const first = Math.max(existing?.lastFileNumber ?? 0, existing ? (currentVersion(existing)?.version ?? 0) : 0) + 1;
  const signers = { ...mc.signers, secretaryId };
  let version = first;
  let url: string | null = null;
  while (url === null) {
    try {
      // never overwrite: the name is the version, and the server keeps names unique in the folder
      const added = await ctx.sp.web
        .getFolderByServerRelativePath(folder.FileRef)
        .files.addUsingPath(versionFileName(version), bytes.slice().buffer as ArrayBuffer, { Overwrite: false });
      url = added.ServerRelativeUrl;
    } catch (e) {
      const err = await toDataError(e);
      if (err.code !== 'fileExists') throw err;
      if (version + 1 - first >= FREE_NAME_TRIES)
        throw new DataError(
          'conflict',
          `Versions ${first}–${version} of this document are all taken in its folder.`,
          409,
          'versionConflict',
        );
      version += 1;
    }
  }
  const file = ctx.sp.web.getFileByServerRelativePath(url);
  const { Id, Created, AuthorId } = (await file.getItem('Id', 'Created', 'AuthorId')) as unknown as {
    Id: number;
    Created: string;
    AuthorId: number;
  };
  try {
    await ctx.sp.web
      .getList(listUrl(ctx, 'Minutes'))
      .items.getById(Id)
      .update({
        Title: `${folder.Title ?? ''}, version ${version}`,
        MeetingId: meetingId,
        MinutesVersion: version,
        Sha256: sha256,
        Sections: formatSections(sections),
        Immediate: options.immediate,
        // who signs is frozen with the version: a later change to the meeting's co-signers applies to the next one
        Signers: formatSigners(signers),
      });
  } catch (e) {
    // a version without its checksum is no version: it must not stay
    await file.delete().catch(() => undefined);
    throw e;
  }
  await makeReadOnly(ctx, 'Minutes', Id, readers);
  return {
    minutesId: folder.Id,
    meetingId,
    bodyId: mc.meeting.BodyId,
    version,
    sha256,
    sections,
    immediate: options.immediate,
    fileId: Id,
    url,
    frozenAt: Created,
    frozenBy: AuthorId,
    signers,
  };
}
