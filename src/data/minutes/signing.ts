import { documentSha256, sameDigest } from '../../domain/minutes/hash';
import type { DesignatedSigners, SignatureEvent } from '../../domain/minutes/types';
import { listUrl, type RepoContext } from '../repositories/site';
import { DataError } from '../services';
import { signerRole } from './mapping';
import { currentVersion, describeDocument, documentIn, loadMinutes, meetingOfDocument, versionBytes } from './reads';
import { SIGNATURE_FIELDS, toSignatureEvent, type RawSignatureRow } from './raw';
import { minutesRefusal } from './refusal';

const designated = (s: DesignatedSigners, personId: number): boolean =>
  s.chairId === personId || s.coSignerIds.includes(personId) || s.secretaryId === personId;

/**
 * The signed-in person signs the current version of a document in the first role they are
 * designated for and have not signed yet. Everything that would make the row not count is refused
 * before it is written; what counts in the end is still the state rule over the stored rows.
 */
export async function sign(ctx: RepoContext, minutesId: number, version: number, shown?: Uint8Array): Promise<SignatureEvent> {
  const mc = await loadMinutes(ctx, await meetingOfDocument(ctx, minutesId));
  const doc = documentIn(mc, minutesId);
  const v = doc.versions.find((x) => x.version === version);
  if (!v) throw minutesRefusal('unknownVersion', `Minutes document ${minutesId} has no version ${version}.`);
  const current = currentVersion(doc);
  if (current?.version !== version)
    throw minutesRefusal(
      'versionNotCurrent',
      `Version ${version} of minutes document ${minutesId} is not the current one (${current?.version}).`,
    );

  const me = ctx.user.siteUserId;
  if (!designated(current.signers, me)) throw minutesRefusal('notDesignated', `User ${me} does not sign minutes document ${minutesId}.`);
  // the file as it is now, and the bytes this client shows: both must be the frozen ones
  const stored = documentSha256(await versionBytes(ctx, v));
  const sha256 = shown ? documentSha256(shown) : stored;
  if (!sameDigest(sha256, v.sha256) || !sameDigest(stored, v.sha256))
    throw minutesRefusal('documentChanged', `The bytes of version ${version} of minutes document ${minutesId} are not the frozen ones.`);
  const status = describeDocument(ctx, mc, doc, stored).status;
  // the domain's own answer to who still signs: the person's first place without a counted signature
  const place = status.missing.find((p) => p.personId === me);
  if (!place) throw minutesRefusal('alreadySigned', `User ${me} has signed version ${version} of minutes document ${minutesId}.`);

  const list = ctx.sp.web.getList(listUrl(ctx, 'Signatures'));
  const values = {
    MinutesDocumentId: minutesId,
    MeetingId: mc.meeting.Id,
    DocumentVersion: version,
    DocumentHash: sha256,
    SignerRole: signerRole.toChoice(place.role),
  };
  const row = (await list.items.add(values)) as Partial<RawSignatureRow> & { ID?: number };
  const id = row.Id ?? row.ID;
  if (!id) throw new DataError('unknown', 'SharePoint stored the signature but did not say its id.');
  // who and when as the server stamped them, read back if the answer lacked them
  const written = toSignatureEvent(
    row.AuthorId && row.Created
      ? { ...values, Id: id, AuthorId: row.AuthorId, Created: row.Created, Author: null }
      : await list.items
          .getById(id)
          .select(...SIGNATURE_FIELDS)
          .expand('Author')<RawSignatureRow>(),
  );
  if (!written) throw new DataError('unknown', `Signature ${id} was stored without a role.`);
  return written;
}
