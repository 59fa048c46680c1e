/**
 * Which rows of the `Minutes` library are minutes documents and their frozen versions: the rule
 * both a meeting's minutes (reads.ts) and the overview's "Att justera" (repositories/overviewToDo.ts)
 * apply to the rows they read. No PnPjs here, so the overview does not carry the minutes' reads.
 */
import { listUrl, type RepoContext } from '../repositories/site';
import { parseSections, parseSigners, versionOfFileName, type RawMinutesMeeting, type RawMinutesRow } from './raw';
import type { FrozenVersion } from './types';

/** A trusted document folder with its trusted version files. */
export interface DocumentRows {
  folder: RawMinutesRow;
  immediate: boolean;
  sections: number[];
  versions: FrozenVersion[];
  versionRows: RawMinutesRow[];
  /** The highest `v<N>.pdf` in the folder, whether it became a version or not: the next freeze takes the number after it. */
  lastFileNumber: number;
}

const DIGEST = /^[0-9a-f]{64}$/i;
const isFolder = (r: Pick<RawMinutesRow, 'FileSystemObjectType'>): boolean => r.FileSystemObjectType === 1;
const sameUrl = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const byServerOrder = (a: RawMinutesRow, b: RawMinutesRow): number => Date.parse(a.Created) - Date.parse(b.Created) || a.Id - b.Id;

/** A document's identity: the full minutes, or the immediate extract of these sections. */
export const documentKey = (immediate: boolean, sections: readonly number[]): string =>
  immediate ? `immediate:${[...sections].sort((a, b) => a - b).join(',')}` : 'full';

/**
 * Only what the body's staff wrote is a document or a version (another body's clerk may add to
 * the library, never for this body): a folder at the library's root, and in it files `v<N>.pdf`
 * whose version column agrees with the name and whose SHA-256 is a digest. A second folder for the
 * same document (two clerks at once) is left out: the first one is the document.
 */
export function trustedDocuments(
  ctx: Pick<RepoContext, 'webUrl'>,
  rows: readonly RawMinutesRow[],
  staff: ReadonlySet<number>,
  meeting: Pick<RawMinutesMeeting, 'Id' | 'BodyId'>,
): DocumentRows[] {
  const root = listUrl(ctx, 'Minutes');
  const seen = new Set<string>();
  const out: DocumentRows[] = [];
  for (const folder of rows.filter((r) => isFolder(r) && staff.has(r.AuthorId) && sameUrl(r.FileDirRef, root)).sort(byServerOrder)) {
    const immediate = Boolean(folder.Immediate);
    const sections = parseSections(folder.Sections);
    const key = documentKey(immediate, sections);
    if (seen.has(key)) continue;
    seen.add(key);
    const files = rows.filter((r) => !isFolder(r) && sameUrl(r.FileDirRef, folder.FileRef));
    const lastFileNumber = Math.max(0, ...files.map((r) => versionOfFileName(r.FileLeafRef) ?? 0));
    const versionRows = files
      .filter((r) => staff.has(r.AuthorId))
      .filter((r) => {
        const n = versionOfFileName(r.FileLeafRef);
        // a version without its frozen signers is not a finished freeze
        return n !== null && r.MinutesVersion === n && DIGEST.test(r.Sha256 ?? '') && parseSigners(r.Signers) !== null;
      })
      .sort((a, b) => (a.MinutesVersion ?? 0) - (b.MinutesVersion ?? 0));
    const versions: FrozenVersion[] = versionRows.map((r) => ({
      minutesId: folder.Id,
      meetingId: meeting.Id,
      bodyId: meeting.BodyId,
      version: r.MinutesVersion ?? 0,
      sha256: (r.Sha256 ?? '').toLowerCase(),
      sections,
      immediate,
      fileId: r.Id,
      url: r.FileRef,
      frozenAt: r.Created,
      frozenBy: r.AuthorId,
      signers: parseSigners(r.Signers)!,
    }));
    out.push({ folder, immediate, sections, versions, versionRows, lastFileNumber });
  }
  // the full minutes first, then the immediate extracts by their first section
  return out.sort((a, b) => Number(a.immediate) - Number(b.immediate) || (a.sections[0] ?? 0) - (b.sections[0] ?? 0));
}
