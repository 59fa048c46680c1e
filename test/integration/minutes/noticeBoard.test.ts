import type { MinutesDocument } from '../../../src/data/minutes/types';
import { noticePeriod } from '../../../src/domain/minutes/deadlines';
import { seededRegion } from '../../support/region';
import { answer, castRfMeeting, list, pdf, signByAll, WEB, type MinutesCast, type Who } from './cast';

const ANCHOR = '2026-12-01';

/**
 * The notice of signed minutes on the notice board (KL 8:12, 13:5) through the real data code:
 * posting and taking down are rows nobody can change or delete, the posting day is the server's,
 * and what a member, another body's clerk or a hurried clerk writes is refused or reported.
 */
describe('the notice board against the local tenant', () => {
  let clock = new Date('2026-12-01T07:00:00Z');
  const at = (iso: string): void => {
    clock = new Date(iso);
  };
  const t = seededRegion(ANCHOR, { now: () => clock });
  let cast: MinutesCast;
  /** The full minutes, and an extract of § 2 signed immediately: each has its own tJ and notice. */
  let full = 0;
  let extract = 0;

  const doc = async (id: number, who: Who = 'member'): Promise<MinutesDocument> =>
    (await (await cast.minutes(who)).get(cast.meetingId)).documents.find((d) => d.id === id)!;
  /** A notice event written past the repository, as a browser could. */
  const rawNotice = (who: Who, minutesId: number, event: 'Anslaget' | 'Nedtaget') =>
    list(cast.sp(who), 'NoticeBoard').items.add({
      Title: `${event}: protokoll`,
      MeetingId: cast.meetingId,
      NoticeKind: 'Justerat protokoll',
      NoticeEvent: event,
      MinutesDocumentId: minutesId,
    }) as Promise<{ Id: number }>;
  const ignored = (d: MinutesDocument): [number, string][] => d.status.ignoredNotices.map((i) => [i.event.id, i.reason]);
  /** The public version posted with a document's notice (the real one comes from `generate(…, { public: true })`). */
  const publicPdf = (id: number): Uint8Array => pdf(`Offentlig version av protokoll ${id}`);

  let early = 0;
  /** The notice row a failed posting left bare. */
  let bareId = 0;
  beforeAll(async () => {
    cast = await castRfMeeting(t, `${ANCHOR}T00:00:00Z`);
    at('2026-12-01T08:00:00Z');
    const clerk = await cast.minutes('clerk');
    full = (await clerk.freezeVersion(cast.meetingId, pdf('Protokoll RF'), { sections: [1, 2, 3], immediate: false })).minutesId;
    extract = (await clerk.freezeVersion(cast.meetingId, pdf('Protokoll RF § 2, omedelbart justerad'), { sections: [2], immediate: true }))
      .minutesId;
  }, 60_000);

  it('refuses a notice before the last signature, and ignores one written anyway', async () => {
    expect(extract).not.toBe(full);
    for (const [i, who] of (['chair', 'member', 'coSigner'] as const).entries()) {
      at(`2026-12-01T08:1${i}:00Z`);
      await (await cast.minutes(who)).sign(full, 1);
    }
    await expect((await cast.minutes('clerk')).postNotice(full, publicPdf(full))).rejects.toMatchObject({ code: 'notSigned' });
    early = (await rawNotice('clerk', full, 'Anslaget')).Id;
    expect((await doc(full)).status.state).toBe('Signing');

    at('2026-12-01T09:30:00Z');
    await (await cast.minutes('clerk')).sign(full, 1);
    const d = await doc(full);
    expect(d.status).toMatchObject({ state: 'Signed', signedAt: '2026-12-01T09:30:00Z', notice: null });
    expect(ignored(d)).toEqual([[early, 'notSigned']]);
    expect(await signByAll(cast, extract, 1, '2026-12-01T10:00:00Z', at)).toBe('2026-12-01T10:03:00Z');
    expect((await doc(extract)).status.state).toBe('Signed');
  });

  it("lets only the body's clerks and the owners post: a member is refused by storage, another body's clerk is ignored", async () => {
    at('2026-12-01T11:00:00Z');
    for (const who of ['member', 'chair'] as const)
      await expect((await cast.minutes(who)).postNotice(full, publicPdf(full))).rejects.toMatchObject({ code: 'notMinutesClerk' });
    // another body's clerk does not see the document before it is public
    await expect((await cast.minutes('lena')).postNotice(full, publicPdf(full))).rejects.toMatchObject({ code: 'unknownMinutes' });
    expect(await answer(rawNotice('member', full, 'Anslaget'))).toBe(403);
    expect(await answer(rawNotice('chair', full, 'Anslaget'))).toBe(403);
    // the Sekreterare group may add to the board, but RUN's clerk does not post RF's notices
    const lenas = (await rawNotice('lena', full, 'Anslaget')).Id;
    const d = await doc(full);
    expect(d.status.state).toBe('Signed');
    expect(ignored(d)).toEqual([
      [early, 'notSigned'],
      [lenas, 'notStaff'],
    ]);
  });

  it('refuses a public version that is not a PDF, and writes nothing', async () => {
    at('2026-12-02T07:30:00Z');
    const before = await list(cast.sp('owner'), 'NoticeBoard').items.select('Id').top(5000)<{ Id: number }[]>();
    const filesBefore = await list(cast.sp('owner'), 'Minutes').items.select('Id').top(5000)<{ Id: number }[]>();
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode('<html>not a pdf</html>'), new ArrayBuffer(3)])
      await expect((await cast.minutes('clerk')).postNotice(full, bytes)).rejects.toMatchObject({ code: 'publicVersionInvalid' });
    expect(await list(cast.sp('owner'), 'NoticeBoard').items.select('Id').top(5000)()).toEqual(before);
    expect(await list(cast.sp('owner'), 'Minutes').items.select('Id').top(5000)()).toEqual(filesBefore);
    expect((await doc(full)).status.state).toBe('Signed');
  });

  it('refuses a notice while the body does not say where its minutes are kept, and writes nothing', async () => {
    at('2026-12-02T07:40:00Z');
    const settings = list(cast.sp('owner'), 'Settings');
    const rf = (await list(cast.sp('owner'), 'Bodies').items.filter("BodyCode eq 'RF'").select('Id')<{ Id: number }[]>())[0].Id;
    const [row] = await settings.items.filter(`SettingKey eq 'minutes.keptAt' and BodyId eq ${rf}`).select('Id', 'ValidFrom')<
      { Id: number; ValidFrom: string }[]
    >();
    // the place holds only from next year: on the day of posting there is none
    await settings.items.getById(row.Id).update({ ValidFrom: '2027-01-01T00:00:00Z' });
    const before = await list(cast.sp('owner'), 'NoticeBoard').items.select('Id').top(5000)<{ Id: number }[]>();
    const filesBefore = await list(cast.sp('owner'), 'Minutes').items.select('Id').top(5000)<{ Id: number }[]>();
    await expect((await cast.minutes('clerk')).postNotice(full, publicPdf(full))).rejects.toMatchObject({ code: 'minutesKeptAtMissing' });
    expect(await list(cast.sp('owner'), 'NoticeBoard').items.select('Id').top(5000)()).toEqual(before);
    expect(await list(cast.sp('owner'), 'Minutes').items.select('Id').top(5000)()).toEqual(filesBefore);
    await settings.items.getById(row.Id).update({ ValidFrom: row.ValidFrom });
  });

  it('does not count a posting a failed step left bare, and the next attempt clears it away', async () => {
    at('2026-12-02T07:50:00Z');
    // the row goes in, then SharePoint fails the write of its text and public version
    t.tenant.faults.add({ pathContains: "NoticeBoard')/items(", method: 'POST', status: 503, retryAfterSeconds: 0, count: 20 });
    await expect((await cast.minutes('clerk')).postNotice(full, publicPdf(full))).rejects.toMatchObject({ kind: 'throttled' });
    t.tenant.faults.clear();
    const bare = await list(cast.sp('owner'), 'NoticeBoard')
      .items.filter(`MinutesDocumentId eq ${full} and NoticeEvent eq 'Anslaget'`)
      .select('Id', 'AuthorId', 'PublicVersion')<{ Id: number; AuthorId: number; PublicVersion: string | null }[]>()
      // the clerk's rows besides the one written too early (another body's clerk's row is not the clerk's)
      .then((rows) => rows.filter((r) => r.Id !== early && r.AuthorId === cast.id.clerk));
    expect(bare).toEqual([expect.objectContaining({ AuthorId: cast.id.clerk, PublicVersion: null })]);
    const d = await doc(full);
    expect(d.status.state).toBe('Signed');
    expect(d.status.ignoredNotices).toContainEqual(
      expect.objectContaining({ event: expect.objectContaining({ id: bare[0].Id }), reason: 'unfinished' }),
    );
    bareId = bare[0].Id;
  });

  it("posts the notice on the server's day, with what the notice must say; nobody can change or delete it", async () => {
    at('2026-12-02T08:00:00Z');
    const posted = await (await cast.minutes('clerk')).postNotice(full, publicPdf(full));
    // the bare row of the failed attempt is gone; the posting is this one
    expect(await answer(list(cast.sp('owner'), 'NoticeBoard').items.getById(bareId)())).toBe(404);
    expect(posted).toMatchObject({
      event: { kind: 'Posted', minutesId: full, at: '2026-12-02T08:00:00Z', authorId: cast.id.clerk },
      postedOn: '2026-12-02',
      appealEnds: '2026-12-23',
      removeOn: '2026-12-24',
      late: null,
    });
    // the public version went up first, named after the document and its version, in the folder everyone reads
    const folder = (await list(cast.sp('clerk'), 'Minutes').items.getById(full).select('FileLeafRef')<{ FileLeafRef: string }>())
      .FileLeafRef;
    // (the failed attempt's file stays, locked and named by no notice: this one steps over its name)
    expect(posted.publicUrl).toBe(`${WEB}/Minutes/Offentliga/${folder}-v1-2.pdf`);
    const shown = await cast.sp('substitute').web.getFileByServerRelativePath(posted.publicUrl).getBuffer();
    expect(new Uint8Array(shown)).toEqual(publicPdf(full));
    // … and is a record like the notice: nobody but the owners changes it
    for (const who of ['clerk', 'lena'] as const)
      expect(
        await answer(
          cast
            .sp(who)
            .web.getFolderByServerRelativePath(`${WEB}/Minutes/Offentliga`)
            .files.addUsingPath(`${folder}-v1.pdf`, new TextEncoder().encode('%PDF-1.4 forged').buffer as ArrayBuffer, { Overwrite: true }),
        ),
      ).toBe(403);
    // the posting, the notice written too early and another body's clerk's row: on record, for good
    for (const who of ['clerk', 'member', 'lena'] as const)
      for (const id of [posted.event.id, early]) {
        const item = list(cast.sp(who), 'NoticeBoard').items.getById(id);
        expect(await answer(item.update({ NoticeEvent: 'Nedtaget' }))).toBe(403);
        expect(await answer(item.delete())).toBe(403);
      }
    await expect((await cast.minutes('clerk')).postNotice(full, publicPdf(full))).rejects.toMatchObject({ code: 'alreadyPosted' });

    const row = await list(cast.sp('substitute'), 'NoticeBoard')
      .items.getById(posted.event.id)
      .select('NoticeKind', 'NoticeEvent', 'BodyId', 'Content', 'RemoveOn', 'PostedOn', 'PublicVersion', 'Sections')<{
      NoticeKind: string;
      NoticeEvent: string;
      Content: string;
      RemoveOn: string;
      PostedOn: string | null;
      PublicVersion: string;
      Sections: string;
    }>();
    expect(row).toMatchObject({
      NoticeKind: 'Justerat protokoll',
      NoticeEvent: 'Anslaget',
      PostedOn: null,
      PublicVersion: posted.publicUrl,
      Sections: '1, 2, 3',
    });
    expect(row.RemoveOn.slice(0, 10)).toBe('2026-12-24');
    for (const text of [
      'Regionfullmäktige',
      '§ 1, 2, 3',
      'Anslaget: 2026-12-02',
      'Tas ned: 2026-12-24',
      'förvaltningsrätten',
      '2026-12-23',
      // where the body's setting says its minutes are kept, a place the public can go to
      'Protokollet förvaras: Regionens kansli, Regionhuset, Robertsviksgatan 7, Luleå.',
    ])
      expect(row.Content).toContain(text);

    const d = await doc(full);
    expect(d.status.state).toBe('Posted');
    expect(d.status.notice).toMatchObject({ postedOn: '2026-12-02', appealEnds: '2026-12-23', removeOn: '2026-12-24', takenDownAt: null });
    expect(d.status.problems).toEqual([]);
  });

  it('keeps an early taking down on record: the repository refuses it, and written directly the state reports it', async () => {
    at('2026-12-02T08:05:00Z');
    await (await cast.minutes('clerk')).postNotice(extract, publicPdf(extract));
    at('2026-12-03T08:00:00Z');
    await expect((await cast.minutes('clerk')).takeDownNotice(extract)).rejects.toMatchObject({ code: 'appealPeriodRunning' });
    const down = (await rawNotice('clerk', extract, 'Nedtaget')).Id;
    let d = await doc(extract);
    expect(d.status.state).toBe('Signed');
    expect(d.status.problems).toEqual([
      { code: 'takenDownEarly', postedOn: '2026-12-02', takenDownOn: '2026-12-03', earliest: '2026-12-24' },
    ]);
    await expect((await cast.minutes('clerk')).takeDownNotice(extract)).rejects.toMatchObject({ code: 'notPosted' });

    // the notice goes up again and the period runs from then; the early taking down stays on the record
    await (await cast.minutes('clerk')).postNotice(extract, publicPdf(extract));
    expect(await answer(list(cast.sp('clerk'), 'NoticeBoard').items.getById(down).delete())).toBe(403);
    d = await doc(extract);
    expect(d.status.state).toBe('Posted');
    // three weeks from 3 December end on Christmas Eve: the period runs to the next weekday
    expect(noticePeriod('2026-12-03')).toEqual({ postedOn: '2026-12-03', appealEnds: '2026-12-28', removeOn: '2026-12-29' });
    expect(d.status.notice).toMatchObject(noticePeriod('2026-12-03'));
    expect(d.status.problems).toContainEqual(expect.objectContaining({ code: 'takenDownEarly' }));
    // the full minutes' notice is its own
    expect((await doc(full)).status.notice?.postedOn).toBe('2026-12-02');
  });

  it('takes the notice down only once the appeal period has run, and then for good', async () => {
    at('2026-12-23T10:00:00Z');
    await expect((await cast.minutes('clerk')).takeDownNotice(full)).rejects.toMatchObject({ code: 'appealPeriodRunning' });
    expect((await doc(full)).status.state).toBe('Posted');

    at('2026-12-24T08:00:00Z');
    expect((await doc(full)).status.state).toBe('AppealPeriodOver');
    await expect((await cast.minutes('member')).takeDownNotice(full)).rejects.toMatchObject({ code: 'notMinutesClerk' });
    const down = await (await cast.minutes('clerk')).takeDownNotice(full);
    expect(down).toMatchObject({ kind: 'TakenDown', minutesId: full, at: '2026-12-24T08:00:00Z' });
    const d = await doc(full);
    expect(d.status.state).toBe('TakenDown');
    expect(d.status.notice).toMatchObject({ postedOn: '2026-12-02', takenDownAt: '2026-12-24T08:00:00Z' });
    expect(await answer(list(cast.sp('clerk'), 'NoticeBoard').items.getById(down.id).delete())).toBe(403);
    expect(await answer(list(cast.sp('clerk'), 'NoticeBoard').items.getById(down.id).update({ NoticeEvent: 'Anslaget' }))).toBe(403);

    await expect((await cast.minutes('clerk')).takeDownNotice(full)).rejects.toMatchObject({ code: 'notPosted' });
    await expect((await cast.minutes('clerk')).postNotice(full, publicPdf(full))).rejects.toMatchObject({ code: 'noticeTakenDown' });
  });
});
