import { documentSha256 } from '../../../src/domain/minutes/hash';
import type { MinutesDocument } from '../../../src/data/minutes/types';
import { seededRegion } from '../../support/region';
import { answer, castRfMeeting, list, pdf, type MinutesCast, type Who } from './cast';

const ANCHOR = '2026-12-01';

/**
 * Freezing and signing minutes through the real data code, and the attack corpus of issue #12:
 * whatever a member, a signer or a clerk of another body writes past the client is refused by
 * SharePoint's permissions or ignored by the state rule with its reason, and the designated
 * signers' own signatures still count. The server's clock is moved by the test (Created decides).
 */
describe('minutes signing against the local tenant', () => {
  let clock = new Date('2026-12-01T07:00:00Z');
  const at = (iso: string): void => {
    clock = new Date(iso);
  };
  const t = seededRegion(ANCHOR, { now: () => clock });
  let cast: MinutesCast;
  let docId = 0;
  const v1 = pdf('Protokoll RF, version 1');
  const v2 = pdf('Protokoll RF, version 2: § 2 rättad');

  const doc = async (who: Who = 'clerk'): Promise<MinutesDocument> => {
    const m = await (await cast.minutes(who)).get(cast.meetingId);
    return m.documents.find((d) => d.id === docId)!;
  };
  const reasons = (d: MinutesDocument): [number, string][] => d.status.ignored.map((i) => [i.signature.id, i.reason]);
  /** A signature row written past the repository, as a member's browser could. */
  const rawSignature = (who: Who, values: { version: number; hash: string; role: 'Ordförande' | 'Justerare' | 'Sekreterare' }) =>
    list(cast.sp(who), 'Signatures').items.add({
      MinutesDocumentId: docId,
      MeetingId: cast.meetingId,
      DocumentVersion: values.version,
      DocumentHash: values.hash,
      SignerRole: values.role,
    }) as Promise<{ Id: number }>;

  beforeAll(async () => {
    cast = await castRfMeeting(t, `${ANCHOR}T00:00:00Z`);
  }, 60_000);

  it("lets only the body's clerks and the site owners freeze a version, and settles who signs", async () => {
    at('2026-12-01T08:00:00Z');
    for (const who of ['member', 'chair', 'lena'] as const)
      await expect(
        (await cast.minutes(who)).freezeVersion(cast.meetingId, v1, { sections: [1, 2, 3], immediate: false }),
      ).rejects.toMatchObject({
        code: 'notMinutesClerk',
      });
    await expect((await cast.minutes('clerk')).freezeVersion(cast.meetingId, v1, { sections: [], immediate: false })).rejects.toMatchObject(
      {
        code: 'sectionsInvalid',
      },
    );

    // minutes go out for signing only with their signers: RF has two co-signers
    const meetings = list(cast.sp('clerk'), 'Meetings');
    await meetings.items.getById(cast.meetingId).update({ CoSignersId: [cast.id.member] });
    await expect(
      (await cast.minutes('clerk')).freezeVersion(cast.meetingId, v1, { sections: [1], immediate: false }),
    ).rejects.toMatchObject({
      code: 'coSignersMissing',
    });
    await meetings.items.getById(cast.meetingId).update({ CoSignersId: [cast.id.member, cast.id.coSigner] });

    const frozen = await (await cast.minutes('clerk')).freezeVersion(cast.meetingId, v1, { sections: [3, 1, 2], immediate: false });
    docId = frozen.minutesId;
    expect(frozen).toMatchObject({
      version: 1,
      sha256: documentSha256(v1),
      sections: [1, 2, 3],
      immediate: false,
      frozenBy: cast.id.clerk,
    });
    expect(frozen.url).toMatch(/\/Minutes\/.+\/v1\.pdf$/);

    const m = await (await cast.minutes('member')).get(cast.meetingId);
    // the clerk who froze the minutes is their secretary, written on the meeting
    expect(m.signers.secretary?.id).toBe(cast.id.clerk);
    expect(m.signers.chair?.id).toBe(cast.id.chair);
    expect(m.signers.coSigners.map((p) => p.id)).toEqual([cast.id.member, cast.id.coSigner]);
    expect(m.canManage).toBe(false);
    const d = m.documents.find((x) => x.id === docId)!;
    expect(d.status.state).toBe('Signing');
    expect(d.currentSha256).toBe(documentSha256(v1));
    expect(d.status.missing).toEqual([
      { role: 'chair', personId: cast.id.chair },
      { role: 'coSigner', personId: cast.id.member },
      { role: 'coSigner', personId: cast.id.coSigner },
      { role: 'secretary', personId: cast.id.clerk },
    ]);
    expect(new Uint8Array(await (await cast.minutes('member')).content(docId, 1))).toEqual(v1);
  });

  it('keeps a frozen version as it is: nobody but the owners can overwrite, retag or delete it, the clerk who froze it included', async () => {
    const frozen = (await doc()).versions[0];
    const tamper = pdf('Protokoll RF, version 1 med ändrat beslut');
    // until posted, the full minutes are read by the body's ledamöter, its clerks and the signers only (DOMAIN §8)
    expect(await answer(cast.sp('outsider').web.getFileByServerRelativePath(frozen.url).getText())).toBe('written');
    for (const who of ['substitute', 'lena'] as const)
      expect(await answer(cast.sp(who).web.getFileByServerRelativePath(frozen.url).getText())).toBe(404);
    for (const who of ['member', 'clerk', 'lena'] as const) {
      const sp = cast.sp(who);
      // lena, another body's clerk, does not see the file at all (404); the others may not change it (403)
      const refused = who === 'lena' ? 404 : 403;
      expect(await answer(sp.web.getFileByServerRelativePath(frozen.url).setContent(tamper.slice().buffer as ArrayBuffer))).toBe(refused);
      expect(
        await answer(
          list(sp, 'Minutes')
            .items.getById(frozen.fileId)
            .update({ Sha256: documentSha256(tamper) }),
        ),
      ).toBe(refused);
      expect(await answer(list(sp, 'Minutes').items.getById(frozen.fileId).delete())).toBe(refused);
    }
    // another body's clerk cannot put a version of her own into the document's folder, nor can a member
    const folder = frozen.url.slice(0, frozen.url.lastIndexOf('/'));
    for (const who of ['lena', 'member'] as const)
      expect(
        await answer(
          cast
            .sp(who)
            .web.getFolderByServerRelativePath(folder)
            .files.addUsingPath('v2.pdf', tamper.slice().buffer as ArrayBuffer),
        ),
      ).toBe(403);
    const d = await doc();
    expect(d.versions.map((v) => v.version)).toEqual([1]);
    expect(d.currentSha256).toBe(frozen.sha256);
  });

  it("counts a designated signer's own signature and ignores rows that claim a place that is not theirs", async () => {
    const hash1 = documentSha256(v1);
    at('2026-12-01T08:05:00Z');
    // a member designated for nothing: refused before writing; written anyway, ignored
    await expect((await cast.minutes('outsider')).sign(docId, 1)).rejects.toMatchObject({ code: 'notDesignated', status: 403 });
    // a substitute does not even see the minutes before they are public: they may hold confidential sections
    await expect((await cast.minutes('substitute')).sign(docId, 1)).rejects.toMatchObject({ code: 'unknownMinutes' });
    const squat = await rawSignature('outsider', { version: 1, hash: hash1, role: 'Ordförande' });
    at('2026-12-01T08:06:00Z');
    // a co-signer claiming the chair's place before the chair
    const claim = await rawSignature('member', { version: 1, hash: hash1, role: 'Ordförande' });
    // a forged author and time are the server's to stamp
    const forged = (await list(cast.sp('outsider'), 'Signatures').items.add({
      MinutesDocumentId: docId,
      MeetingId: cast.meetingId,
      DocumentVersion: 1,
      DocumentHash: hash1,
      SignerRole: 'Justerare',
      AuthorId: cast.id.coSigner,
      Created: '2026-11-01T00:00:00Z',
    })) as { Id: number };
    const stamped = await list(cast.sp('clerk'), 'Signatures').items.getById(forged.Id).select('AuthorId', 'Created')<{
      AuthorId: number;
      Created: string;
    }>();
    expect(stamped).toMatchObject({ AuthorId: cast.id.outsider, Created: '2026-12-01T08:06:00Z' });

    at('2026-12-01T08:10:00Z');
    const chair = await (await cast.minutes('chair')).sign(docId, 1);
    expect(chair).toMatchObject({ role: 'chair', authorId: cast.id.chair, version: 1, sha256: hash1, created: '2026-12-01T08:10:00Z' });
    at('2026-12-01T08:11:00Z');
    const member = await (await cast.minutes('member')).sign(docId, 1);
    expect(member).toMatchObject({ role: 'coSigner', authorId: cast.id.member });
    await expect((await cast.minutes('member')).sign(docId, 1)).rejects.toMatchObject({ code: 'alreadySigned' });

    const d = await doc('member');
    expect(d.status.counted.map((s) => s.id)).toEqual([chair.id, member.id]);
    expect(reasons(d)).toEqual([
      [squat.Id, 'notDesignated'],
      [claim.Id, 'wrongRole'],
      [forged.Id, 'notDesignated'],
    ]);
    expect(d.status.missing).toEqual([
      { role: 'coSigner', personId: cast.id.coSigner },
      { role: 'secretary', personId: cast.id.clerk },
    ]);
  });

  it('refuses anyone changing or deleting a signature, the signer and the clerks included (403)', async () => {
    const mine = (await doc()).status.counted.find((s) => s.authorId === cast.id.member)!;
    for (const who of ['member', 'clerk', 'chair'] as const) {
      const rows = list(cast.sp(who), 'Signatures').items.getById(mine.id);
      expect(await answer(rows.update({ DocumentVersion: 2 }))).toBe(403);
      expect(await answer(rows.delete())).toBe(403);
    }
    // nor can the signed document be deleted from under its signatures, by the clerk who has its folder
    expect(await answer(list(cast.sp('clerk'), 'Minutes').items.getById(docId).delete())).toBe(400);
    expect((await doc()).status.counted).toHaveLength(2);
  });

  it('reports a document whose bytes changed after freezing, and refuses signing it', async () => {
    at('2026-12-01T08:20:00Z');
    const frozen = (await doc()).versions[0];
    // only a site owner can change the file; even so it no longer matches its SHA-256
    const changed = pdf('Protokoll RF, version 1 i smyg ändrad');
    await cast
      .sp('owner')
      .web.getFileByServerRelativePath(frozen.url)
      .setContent(changed.slice().buffer as ArrayBuffer);
    const d = await doc();
    expect(d.currentSha256).toBe(documentSha256(changed));
    expect(d.status.state).toBe('Draft');
    expect(d.status.problems).toEqual([{ code: 'documentChanged', version: 1 }]);
    expect(d.status.counted).toEqual([]);
    expect(d.status.voided.map((s) => s.authorId).sort()).toEqual([cast.id.chair, cast.id.member].sort());
    await expect((await cast.minutes('coSigner')).sign(docId, 1)).rejects.toMatchObject({ code: 'documentChanged' });
    // the signer's client hashes what it shows: the frozen bytes held against the changed file are refused too
    await expect((await cast.minutes('coSigner')).sign(docId, 1, v1)).rejects.toMatchObject({ code: 'documentChanged' });
  });

  it('voids the signatures of version 1 when version 2 is frozen, and ignores a late signature on version 1', async () => {
    at('2026-12-01T08:30:00Z');
    const frozen = await (await cast.minutes('clerk')).freezeVersion(cast.meetingId, v2, { sections: [1, 2, 3], immediate: false });
    expect(frozen).toMatchObject({ minutesId: docId, version: 2, sha256: documentSha256(v2) });
    at('2026-12-01T08:35:00Z');
    await expect((await cast.minutes('coSigner')).sign(docId, 1)).rejects.toMatchObject({ code: 'versionNotCurrent' });
    await expect((await cast.minutes('coSigner')).sign(docId, 7)).rejects.toMatchObject({ code: 'unknownVersion' });
    const late = await rawSignature('coSigner', { version: 1, hash: documentSha256(v1), role: 'Justerare' });

    const d = await doc('chair');
    expect(d.status.state).toBe('Signing');
    expect(d.status.version?.version).toBe(2);
    expect(d.status.problems).toEqual([]);
    // every signature that was good on version 1, the late one too: their signers are told to sign again
    expect(d.status.voided.map((s) => s.authorId)).toEqual([cast.id.chair, cast.id.member, cast.id.coSigner]);
    expect(d.status.voided.every((s) => s.version === 1)).toBe(true);
    expect(reasons(d)).toContainEqual([late.Id, 'oldVersion']);
    expect(d.status.missing).toHaveLength(4);
  });

  it('is signed when the chair, both co-signers and the secretary have signed version 2: tJ is the last signature’s server time', async () => {
    const hash2 = documentSha256(v2);
    at('2026-12-01T09:00:00Z');
    await (await cast.minutes('chair')).sign(docId, 2);
    at('2026-12-01T09:05:00Z');
    await (await cast.minutes('member')).sign(docId, 2, v2);
    at('2026-12-01T09:10:00Z');
    // a designated signer shown other bytes: stored past the client, ignored; their own signature then counts
    const wrong = await rawSignature('coSigner', { version: 2, hash: documentSha256(pdf('något annat')), role: 'Justerare' });
    await (await cast.minutes('coSigner')).sign(docId, 2);
    at('2026-12-01T09:15:00Z');
    const again = await rawSignature('coSigner', { version: 2, hash: hash2, role: 'Justerare' });
    expect((await doc()).status.state).toBe('Signing');

    at('2026-12-01T09:30:00Z');
    const secretary = await (await cast.minutes('clerk')).sign(docId, 2);
    expect(secretary).toMatchObject({ role: 'secretary', authorId: cast.id.clerk });

    const d = await doc('member');
    expect(d.status.state).toBe('Signed');
    expect(d.status.signedAt).toBe('2026-12-01T09:30:00Z');
    expect(d.status.missing).toEqual([]);
    expect(d.status.counted.map((s) => s.role)).toEqual(['chair', 'coSigner', 'coSigner', 'secretary']);
    expect(d.status.counted.every((s) => s.version === 2 && s.sha256 === hash2)).toBe(true);
    expect(reasons(d)).toEqual(
      expect.arrayContaining([
        [wrong.Id, 'wrongHash'],
        [again.Id, 'duplicate'],
      ]),
    );

    // signed minutes get no new version: it would void them
    await expect(
      (await cast.minutes('clerk')).freezeVersion(cast.meetingId, pdf('v3'), { sections: [1, 2, 3], immediate: false }),
    ).rejects.toMatchObject({
      code: 'minutesSigned',
    });
  });

  it("keeps who signs as the version froze it: changing the meeting's co-signers afterwards neither unsigns the minutes nor lets someone else sign", async () => {
    at('2026-12-01T09:40:00Z');
    // the clerk (who may edit the meeting) swaps a co-signer and clears the secretary
    await list(cast.sp('clerk'), 'Meetings')
      .items.getById(cast.meetingId)
      .update({ CoSignersId: [cast.id.member, cast.id.outsider], SecretaryId: null });
    const d = await doc('member');
    expect(d.status.state).toBe('Signed');
    expect(d.status.signedAt).toBe('2026-12-01T09:30:00Z');
    expect(d.status.missing).toEqual([]);
    await expect((await cast.minutes('outsider')).sign(docId, 2)).rejects.toMatchObject({ code: 'notDesignated' });
  });
  it('never blocks on a file a failed freeze left behind without its columns: the next version takes the next free name', async () => {
    at('2026-12-01T09:50:00Z');
    const clerk = await cast.minutes('clerk');
    const first = await clerk.freezeVersion(cast.meetingId, pdf('§ 2 omedelbart'), { sections: [2], immediate: true });
    const folder = first.url.slice(0, first.url.lastIndexOf('/'));
    // what a freeze leaves when both its column update and its clean-up failed: a bare v2.pdf
    await cast
      .sp('clerk')
      .web.getFolderByServerRelativePath(folder)
      .files.addUsingPath('v2.pdf', pdf('kvarlämnad').slice().buffer as ArrayBuffer);
    const next = await clerk.freezeVersion(cast.meetingId, pdf('§ 2 omedelbart, rättad'), { sections: [2], immediate: true });
    expect(next).toMatchObject({ minutesId: first.minutesId, version: 3 });
  });
});
