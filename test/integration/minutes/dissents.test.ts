import type { AgendaItem } from '../../../src/data/services';
import { stringsFor } from '../../../src/ui/strings';
import { minutesStrings } from '../../../src/ui/strings/minutes';
import { seededRegion } from '../../support/region';
import { answer, castRfMeeting, list, type MinutesCast } from './cast';
import { FONTS, pdfPages } from './recorded';

const ANCHOR = '2026-12-01';

/**
 * Dissents (reservationer) and minute notes by the members themselves (KL 4:27): announced while the
 * meeting is open, written reasons until the time set for signing, withdrawn by a new row; each an
 * append-only row nobody can change, and the minutes print what counts.
 */
describe('dissents and minute notes through the minutes repository', () => {
  let clock = new Date('2026-11-30T09:00:00Z');
  const at = (iso: string): void => {
    clock = new Date(iso);
  };
  const t = seededRegion(ANCHOR, { now: () => clock });
  let cast: MinutesCast;
  let item: AgendaItem;

  beforeAll(async () => {
    cast = await castRfMeeting(t, `${ANCHOR}T00:00:00Z`);
    // the meeting is in progress; the minutes are to be signed on 1 December at noon
    await list(cast.sp('clerk'), 'Meetings')
      .items.getById(cast.meetingId)
      .update({ MeetingStatus: 'Pågår', SigningDue: '2026-12-01T11:00:00Z' });
    const clerk = await cast.services('clerk');
    item = (await clerk.meeting.get(cast.meetingId)).items.find((i) => i.kind === 'Decision')!;
    // the roll call: the member takes part in the decisions
    await clerk.meeting.recordAttendance(cast.meetingId, cast.id.member, 'Present', null);
  }, 60_000);

  it('lets a member dissent while the meeting is open and hand in reasons until the time for signing', async () => {
    const member = await cast.minutes('member');
    await expect(member.recordDissent(cast.meetingId, item.id, 'Dissent', 'Reasons', 'För tidigt')).rejects.toMatchObject({
      code: 'dissentNotAnnounced',
    });
    await member.recordDissent(cast.meetingId, item.id, 'Dissent', 'Announced', null);
    await expect(member.recordDissent(cast.meetingId, item.id, 'Dissent', 'Reasons', '   ')).rejects.toMatchObject({
      code: 'dissentTextMissing',
    });
    await expect(member.recordDissent(cast.meetingId, item.id, 'Dissent', 'Reasons', 'x'.repeat(5001))).rejects.toMatchObject({
      code: 'dissentTextTooLong',
    });
    await member.recordDissent(cast.meetingId, item.id, 'MinuteNote', 'Announced', 'Jag vill få antecknat att underlaget kom sent.');
    const mine = await member.myDissents(cast.meetingId);
    expect(mine).toMatchObject({ announceOpen: true, reasonsOpen: true, reasonsUntil: '2026-12-01T11:00:00Z' });
    expect(mine.items.find((i) => i.itemId === item.id)?.dissents).toEqual([
      expect.objectContaining({ kind: 'Dissent', text: null }),
      expect.objectContaining({ kind: 'MinuteNote', text: 'Jag vill få antecknat att underlaget kom sent.' }),
    ]);
    // another member sees none of it as theirs
    expect((await (await cast.minutes('outsider')).myDissents(cast.meetingId)).items).toEqual([]);

    // the meeting closes: no new dissents, but reasons until the time for signing
    await list(cast.sp('clerk'), 'Meetings').items.getById(cast.meetingId).update({ MeetingStatus: 'Avslutat' });
    at('2026-11-30T15:00:00Z');
    await expect(
      (await cast.minutes('coSigner')).recordDissent(cast.meetingId, item.id, 'Dissent', 'Announced', null),
    ).rejects.toMatchObject({
      code: 'dissentAfterClose',
    });
    await member.recordDissent(cast.meetingId, item.id, 'Dissent', 'Reasons', 'Beslutet saknar finansiering.');
    at('2026-12-01T11:30:00Z');
    await expect(member.recordDissent(cast.meetingId, item.id, 'Dissent', 'Reasons', 'Senare tanke')).rejects.toMatchObject({
      code: 'reasonsAfterSigningTime',
    });

    // the rows are records: nobody changes or deletes them
    const [row] = await list(cast.sp('member'), 'Dissents')
      .items.filter(`MeetingId eq ${cast.meetingId} and DissentEvent eq 'Skriftlig motivering'`)
      .select('Id')<{ Id: number }[]>();
    expect(await answer(list(cast.sp('member'), 'Dissents').items.getById(row.Id).update({ Reasons: 'Ändrad' }))).toBe(403);
    expect(await answer(list(cast.sp('member'), 'Dissents').items.getById(row.Id).delete())).toBe(403);

    // the clerk's draft prints the dissent with its reasons, and the note
    const out = await (
      await cast.minutes('clerk')
    ).generate(cast.meetingId, { wording: stringsFor(minutesStrings, 'sv-SE'), public: false, fonts: FONTS });
    const text = pdfPages(out.pdf).join('\n');
    expect(text).toContain('Beslutet saknar finansiering.');
    expect(text).toContain('Jag vill få antecknat att underlaget kom sent.');
  }, 120_000);
});
