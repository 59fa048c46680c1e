import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import type { MinutesFonts } from '../../../src/data/minutes/render';
import { ballotKey } from '../../../src/domain/voting/ballotKey';
import type { LiveClient } from '../../../src/data/services';
import { list, type MinutesCast } from './cast';

/** The PDF's fonts as the hosts serve them, read from the package (Node's fetch takes no file URL). */
export const FONTS: MinutesFonts = (() => {
  const font = (file: string) => new Uint8Array(readFileSync(join(__dirname, '../../../node_modules/dejavu-fonts-ttf/ttf', file)));
  return { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf') };
})();

/** The text of each page of a PDF, read back with pdf.js in a child process (test/unit/data/pdfText.mjs). */
export function pdfPages(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-record-'));
  try {
    const file = join(dir, 'minutes.pdf');
    writeFileSync(file, bytes);
    const out = execFileSync(process.execPath, [join(__dirname, '../../unit/data/pdfText.mjs'), file], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    return (JSON.parse(out) as { pages: { text: string }[] }).pages.map((p) => p.text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Row {
  PersonId: number;
  Party: string;
  Role: string;
  SubstituteOrder: number | null;
  Position: string | null;
  SeatNumber: number | null;
  Person: { Title: string; EMail: string };
}

export interface RecordedMeeting {
  items: { id: number; number: number; title: string }[];
  /** The member who declared jäv on the first item. */
  jav: Row;
  /** The member who leaves before the voted item, and the substitute serving from then on. */
  leaving: Row;
  substitute: Row;
  /** The item voted on, openly, and who voted what. */
  votedItemId: number;
  ballots: { person: Row; choice: 'Ja' | 'Nej' | 'Avstår' }[];
  /** Set confidential with its law, and withdrawn from the agenda. */
  confidential: { id: number; title: string; reference: string };
  withdrawnId: number;
}

const upnOf = (r: Row) => r.Person.EMail;

/**
 * Records a meeting on the cast's RF meeting through the clients that write it in a real meeting:
 * the clerk's roll call (every member present but one, who leaves before the voted item, so the
 * first substitute of the party serves from it on), a member's own jäv on the first item, the
 * chair's console for the proposals and the open vote, the members' own ballots, and a dissent.
 */
export async function recordMeeting(cast: MinutesCast, spOf: (upn: string) => SPFI): Promise<RecordedMeeting> {
  const owner = cast.sp('owner');
  const clerk = cast.sp('clerk');
  const meetingId = cast.meetingId;
  const [{ BodyId }] = await list(owner, 'Meetings').items.filter(`Id eq ${meetingId}`).select('BodyId')<{ BodyId: number }[]>();
  const rows = await list(owner, 'Assignments')
    .items.filter(`BodyId eq ${BodyId}`)
    .select('PersonId', 'Party', 'Role', 'SubstituteOrder', 'Position', 'SeatNumber', 'Person/Title', 'Person/EMail')
    .expand('Person')
    .top(500)<Row[]>();
  const members = rows.filter((r) => r.Role === 'Ledamot');
  const busy = new Set([cast.id.chair, cast.id.member, cast.id.coSigner, cast.id.outsider]);
  const ordinary = members.filter((r) => !r.Position && !busy.has(r.PersonId));
  const firstSub = (party: string) =>
    rows
      .filter((r) => r.Role === 'Ersättare' && r.Party === party)
      .sort((a, b) => (a.SubstituteOrder ?? 99) - (b.SubstituteOrder ?? 99))[0];
  const leaving = ordinary.find((r) => firstSub(r.Party))!;
  const substitute = firstSub(leaving.Party);
  const jav = ordinary.find((r) => r.Party !== leaving.Party && r.PersonId !== leaving.PersonId)!;

  const items = (
    await list(owner, 'AgendaItems')
      .items.filter(`MeetingId eq ${meetingId}`)
      .select('Id', 'ItemNumber', 'Title', 'ItemKind')
      .orderBy('ItemNumber', true)
      .top(500)<{ Id: number; ItemNumber: number; Title: string; ItemKind: string }[]>()
  ).map((i) => ({ id: i.Id, number: i.ItemNumber, title: i.Title, kind: i.ItemKind }));
  const voted = items.find((i, n) => n > 0 && i.kind === 'Beslutsärende')!;
  const later = items.filter((i) => i.number > voted.number);
  const confidentialItem = later[later.length - 1];
  const withdrawn = later[0] === confidentialItem ? null : later[0];
  if (!withdrawn) throw new Error('The RF meeting has too few items for this test.');

  // the clerk sets the agenda's last facts and where the minutes are signed
  const reference = 'OSL 21 kap. 1 §';
  await list(clerk, 'AgendaItems').items.getById(confidentialItem.id).update({ Confidential: true, SecrecyReference: reference });
  await list(clerk, 'AgendaItems').items.getById(withdrawn.id).update({ Withdrawn: true });
  await list(clerk, 'Meetings').items.getById(meetingId).update({ SigningPlace: 'Regionhuset, Luleå' });

  // the roll call, in one batch as the console sends it; the leaving member's departure names the voted item
  const [b, run] = clerk.batched();
  const writes = [
    ...members.map((m) => list(b, 'Attendance').items.add({ MeetingId: meetingId, PersonId: m.PersonId, AttendanceEvent: 'Närvarande' })),
    list(b, 'Attendance').items.add({ MeetingId: meetingId, PersonId: substitute.PersonId, AttendanceEvent: 'Närvarande' }),
    list(b, 'Attendance').items.add({
      MeetingId: meetingId,
      PersonId: leaving.PersonId,
      AttendanceEvent: 'Avgång',
      AgendaItemId: voted.id,
    }),
  ];
  await run();
  await Promise.all(writes);
  // jäv as the member declares it, on their own row
  await list(spOf(upnOf(jav)), 'Conflicts').items.add({
    MeetingId: meetingId,
    PersonId: jav.PersonId,
    AgendaItemId: items[0].id,
    ConflictEvent: 'Anmält jäv',
    Reason: 'Närstående berörs',
  });

  const chairServices = await cast.services('chair');
  const consoleClient: LiveClient = await chairServices.live.open(meetingId, { console: true });
  try {
    await consoleClient.refresh();
    await consoleClient.startMeeting();
    await consoleClient.goToItem(voted.id);
    const voters = ordinary.filter((r) => r.PersonId !== leaving.PersonId && r.PersonId !== jav.PersonId);
    await consoleClient.propose('Approve', '', voters[0].PersonId);
    await consoleClient.propose('Reject', '', voters[1].PersonId);
    await consoleClient.lockProposals();
    const set = consoleClient.picture().current!.proposals.proposals;
    const approve = set.find((p) => p.kind === 'Approve')!.id;
    const reject = set.find((p) => p.kind === 'Reject')!.id;
    const desk = await consoleClient.voting();
    const texts = {
      question: 'Den som vill bifalla regionstyrelsens förslag röstar ja; den det ej vill röstar nej.',
      yesMeaning: 'Bifall till regionstyrelsens förslag',
      noMeaning: 'Avslag på regionstyrelsens förslag',
    };
    const base = { itemId: voted.id, kind: 'Open' as const, question: '', yesMeaning: '', noMeaning: '' };
    // the chair finds the approval the main proposal, and a vote is asked for
    await desk.recordSettled(
      { ...base, question: 'Huvudförslag', stepKind: 'MainDeclared', yesProposalId: approve, noProposalId: null },
      null,
      null,
    );
    await desk.prepareVote({ ...base, ...texts, stepKind: 'MainVote', yesProposalId: approve, noProposalId: reject });
    const voteId = desk.view.onScreen!.id;
    await desk.approveVote(voteId, texts);
    await desk.openVote(voteId);
    const ballots: RecordedMeeting['ballots'] = [
      { person: voters[2], choice: 'Ja' },
      { person: voters[3], choice: 'Ja' },
      { person: voters[4], choice: 'Nej' },
      { person: substitute, choice: 'Avstår' },
    ];
    for (const { person, choice } of ballots)
      await list(spOf(upnOf(person)), 'Ballots').items.add({
        VoteId: voteId,
        BallotKey: ballotKey(voteId, person.PersonId, `minutes${person.PersonId}`),
        BallotChoice: choice,
      });
    await desk.closeVote(voteId);
    // the member who voted no enters a dissent
    await list(spOf(upnOf(voters[4])), 'Dissents').items.add({
      MeetingId: meetingId,
      AgendaItemId: voted.id,
      DissentKind: 'Reservation',
      DissentEvent: 'Anmäld',
    });
    return {
      items: items.map(({ id, number, title }) => ({ id, number, title })),
      jav,
      leaving,
      substitute,
      votedItemId: voted.id,
      ballots,
      confidential: { id: confidentialItem.id, title: confidentialItem.title, reference },
      withdrawnId: withdrawn.id,
    };
  } finally {
    consoleClient.stop();
  }
}
