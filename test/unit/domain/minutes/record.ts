import { utf8ToBytes } from '@noble/hashes/utils';
import type { SeatAssignment } from '../../../../src/domain/bodies/types';
import { trustFromStaff } from '../../../../src/domain/bodies/trust';
import { staffIds, type MeetingStaff } from '../../../../src/domain/live/staff';
import type { ProposalEvent, ProposalKind } from '../../../../src/domain/live/types';
import { electorate as holders, seatTable } from '../../../../src/domain/meetings/seats';
import type { AttendanceEvent, AttendanceKind, ItemKind } from '../../../../src/domain/meetings/types';
import type { MinutesRecord, MinutesRecordItem } from '../../../../src/domain/minutes/document';
import type { DissentEvent, DissentEventKind, DissentKind } from '../../../../src/domain/minutes/dissents';
import { documentSha256 } from '../../../../src/domain/minutes/hash';
import type {
  DecidedBy,
  NonParticipant,
  Side,
  StepKind,
  StoredResult,
  VoteChoice,
  VoteKind,
  VoteRecord,
  Voter,
} from '../../../../src/domain/voting/types';

/**
 * A regionfullmäktige meeting as the lists record it (DOMAIN §1: 71 seats, S 31, M 10, SD 9, V 7,
 * Sjukvårdspartiet 6, C 4, KD 4, and as many substitutes), all people fictional. Members have ids
 * 1001–1071 in seat order, substitutes 2001–2071 by party and order, the clerk (secretary) is 9001.
 * The builder's clock moves one second per event, so events are in the order they are written.
 */
export const PARTIES: readonly [string, number][] = [
  ['S', 31],
  ['M', 10],
  ['SD', 9],
  ['V', 7],
  ['SJVP', 6],
  ['C', 4],
  ['KD', 4],
];
export const CLERK = 9001;
export const CHAIR = 1001;
export const MEETING_START = '2026-11-24T08:00:00.000Z';

const FIRST = [
  'Anna',
  'Örjan',
  'Åsa',
  'Lars',
  'Karin',
  'Mikael',
  'Elin',
  'Per',
  'Sofia',
  'Jonas',
  'Maja',
  'Björn',
  'Ingrid',
  'Nils',
  'Linnea',
  'Göran',
  'Ebba',
  'Henrik',
  'Signe',
  'Tomas',
  'Ylva',
  'Erik',
  'Märta',
  'Olof',
  'Hanna',
  'Viktor',
  'Agneta',
  'Stefan',
  'Lovisa',
  'Jörgen',
  'Frida',
];
const LAST = [
  'Nilsson',
  'Ängström',
  'Lindqvist',
  'Öberg',
  'Berg',
  'Holmström',
  'Sandberg',
  'Lundgren',
  'Åström',
  'Forsberg',
  'Nyström',
  'Wikström',
  'Burman',
  'Sundqvist',
  'Marklund',
  'Lidström',
  'Öhman',
  'Nordin',
  'Granström',
  'Strand',
  'Hedman',
  'Isaksson',
  'Lövgren',
  'Eriksson',
  'Pettersson',
  'Vikström',
  'Rönnbäck',
  'Kemi',
  'Niva',
  'Sarri',
  'Pirak',
];

/** A fictional name per index, each different. */
const nameOf = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]}`;

export class RfMeeting {
  readonly assignments: SeatAssignment[] = [];
  readonly items: MinutesRecordItem[] = [];
  readonly attendance: AttendanceEvent[] = [];
  readonly proposals: ProposalEvent[] = [];
  readonly steps: VoteRecord[] = [];
  readonly dissents: DissentEvent[] = [];
  readonly conflicts: MinutesRecord['conflicts'][number][] = [];
  readonly staff: MeetingStaff = { chairId: CHAIR, viceChairIds: [1032, 1042], clerkIds: [CLERK] };
  returnSameDayAllowed = true;
  private clock = Date.parse(MEETING_START);
  private nextId = 1;

  constructor() {
    let seat = 0;
    let sub = 0;
    for (const [party, seats] of PARTIES) {
      for (let k = 0; k < seats; k++) {
        seat++;
        this.assignments.push({
          personId: 1000 + seat,
          name: nameOf(seat),
          role: 'Member',
          party,
          seatNumber: seat,
          substituteOrder: null,
          personalSubstituteFor: null,
          position: seat === 1 ? 'Chair' : seat === 32 ? 'FirstViceChair' : seat === 42 ? 'SecondViceChair' : null,
        });
      }
      for (let k = 0; k < seats; k++) {
        sub++;
        this.assignments.push({
          personId: 2000 + sub,
          name: nameOf(100 + sub),
          role: 'Substitute',
          party,
          seatNumber: null,
          substituteOrder: k + 1,
          personalSubstituteFor: null,
          position: null,
        });
      }
    }
  }

  /** The server's time of the next event. */
  at(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  /** Time passes in the meeting. */
  wait(minutes: number): void {
    this.clock += minutes * 60_000;
  }

  id(): number {
    return this.nextId++;
  }

  rename(personId: number, name: string): void {
    this.assignments.find((a) => a.personId === personId)!.name = name;
  }

  item(title: string, o: Partial<MinutesRecordItem> = {}): MinutesRecordItem {
    const number = this.items.length + 1;
    const item: MinutesRecordItem = {
      id: 100 + number,
      number,
      withdrawn: false,
      title,
      caseNumber: `RS ${2026}/${300 + number}`,
      kind: 'Decision' as ItemKind,
      proposedDecision: 'Regionfullmäktige bifaller regionstyrelsens förslag.',
      decision: 'Regionfullmäktige bifaller regionstyrelsens förslag.',
      confidential: false,
      secrecyReference: null,
      ...o,
    };
    this.items.push(item);
    return item;
  }

  /** A roll-call or link event; the clerk writes roll calls, the person their own link reports. */
  attend(personId: number, kind: AttendanceKind, fromItemId: number | null = null, authorId = CLERK): AttendanceEvent {
    const e: AttendanceEvent = { id: this.id(), personId, kind, itemNumbers: null, fromItemId, reason: null, at: this.at(), authorId };
    this.attendance.push(e);
    return e;
  }

  /** Every member present from the start except `absent`; `remote` take part remotely; `substitutes` are in the room. */
  rollCall(o: { absent?: number[]; remote?: number[]; substitutes?: number[] } = {}): void {
    for (const a of this.assignments.filter((x) => x.role === 'Member')) {
      if (o.absent?.includes(a.personId)) this.attend(a.personId, 'Absent');
      else this.attend(a.personId, o.remote?.includes(a.personId) ? 'PresentRemote' : 'Present');
    }
    for (const id of o.substitutes ?? []) this.attend(id, 'Present');
  }

  jav(personId: number, itemId: number): void {
    this.conflicts.push({
      id: this.id(),
      personId,
      itemId,
      kind: 'Declared',
      reason: 'Närstående berörs',
      at: this.at(),
      authorId: personId,
    });
  }

  propose(itemId: number, personId: number, kind: ProposalKind, text: string | null = null, supporters: number[] = []): number {
    const id = this.id();
    this.proposals.push({
      id,
      itemId,
      kind: 'Made',
      proposalKind: kind,
      text,
      refersTo: null,
      unanimousConsent: false,
      personId,
      authorId: personId,
      at: this.at(),
    });
    for (const s of supporters) {
      this.proposals.push({
        id: this.id(),
        itemId,
        kind: 'Supported',
        proposalKind: null,
        text: null,
        refersTo: id,
        unanimousConsent: false,
        personId: s,
        authorId: s,
        at: this.at(),
      });
    }
    return id;
  }

  withdrawProposal(itemId: number, proposalId: number, personId: number): void {
    this.proposals.push({
      id: this.id(),
      itemId,
      kind: 'Withdrawn',
      proposalKind: null,
      text: null,
      refersTo: proposalId,
      unanimousConsent: false,
      personId,
      authorId: personId,
      at: this.at(),
    });
  }

  lock(itemId: number): void {
    this.proposals.push({
      id: this.id(),
      itemId,
      kind: 'Locked',
      proposalKind: null,
      text: null,
      refersTo: null,
      unanimousConsent: false,
      personId: CHAIR,
      authorId: CHAIR,
      at: this.at(),
    });
  }

  private step(itemId: number, stepKind: StepKind, over: Partial<VoteRecord>): VoteRecord {
    const rec: VoteRecord = {
      id: 5000 + this.steps.length + 1,
      itemId,
      step: this.steps.filter((s) => s.itemId === itemId).length + 1,
      stepKind,
      kind: 'Open',
      status: 'Closed',
      yesProposalId: null,
      noProposalId: null,
      order: null,
      question: '',
      yesMeaning: '',
      noMeaning: '',
      majority: null,
      approvedAt: null,
      openedAt: null,
      closedAt: null,
      electorate: null,
      result: null,
      resultHash: null,
      outcome: null,
      decidedBy: null,
      lotSeed: null,
      witnessIds: [],
      minority: null,
      authorId: CHAIR,
      created: this.at(),
      ...over,
    };
    this.steps.push(rec);
    return rec;
  }

  /** The chair declares the main proposal: by acclamation (nobody asks for a vote) or with a vote asked for. */
  declare(itemId: number, main: number, voteAsked = false): VoteRecord {
    return this.step(itemId, 'MainDeclared', {
      yesProposalId: main,
      outcome: voteAsked ? null : 'Yes',
      decidedBy: voteAsked ? null : 'Acclamation',
    });
  }

  order(itemId: number, order: number[]): VoteRecord {
    return this.step(itemId, 'Order', { order });
  }

  acclaim(itemId: number, stepKind: StepKind, yes: number, outcome: Side, no: number | null = null): VoteRecord {
    return this.step(itemId, stepKind, { yesProposalId: yes, noProposalId: no, outcome, decidedBy: 'Acclamation' });
  }

  /** The item's electorate as the console froze it: the seat holders, and the members outside as Deltar ej. */
  private frozen(itemId: number): { voters: Voter[]; outside: NonParticipant[] } {
    const seats = seatTable({
      rules: this.rules(),
      assignments: this.assignments,
      items: this.items,
      attendance: this.attendance,
      conflicts: this.conflicts,
      meetingStart: MEETING_START,
      remoteAllowed: true,
      trust: trustFromStaff(staffIds(this.staff)),
      mode: 'rollCall',
    }).find((s) => s.itemId === itemId)!;
    const voters = holders(seats).map((v) => ({ ...v, capacity: v.capacity as Voter['capacity'] }));
    const outside = seats.seats
      .filter((s) => s.holderId === null && s.memberId !== null)
      .map((s) => ({
        personId: s.memberId!,
        seatNumber: s.seatNumber,
        party: s.party,
        reason: (s.memberOut ?? 'absent') as NonParticipant['reason'],
      }));
    return { voters, outside };
  }

  /** An open vote where each voter chooses by `choose`; the chair's vote settles a tie. */
  vote(
    itemId: number,
    stepKind: StepKind,
    yes: number,
    no: number | null,
    choose: (v: Voter) => VoteChoice | null,
    o: { question?: string; kind?: VoteKind } = {},
  ): VoteRecord {
    const { voters, outside } = this.frozen(itemId);
    const letter = { Yes: 'J', No: 'N', Abstain: 'A' } as const;
    // every seat in seat order: the voters' choices, the members outside as Deltar ej
    const all = [
      ...voters.map((v) => ({ personId: v.personId, seat: v.seatNumber, c: choose(v) })),
      ...outside.map((x) => ({ personId: x.personId, seat: x.seatNumber, c: null })),
    ].sort((a, b) => a.seat - b.seat);
    const choices: StoredResult['choices'] = all.map((a) => [a.personId, a.c ? letter[a.c] : '-']);
    const count = (l: string) => choices.filter(([, c]) => c === l).length;
    const result: StoredResult = {
      yes: count('J'),
      no: count('N'),
      abstain: count('A'),
      absent: count('-'),
      choices,
      counted: [],
      rejected: [],
    };
    const chair = choices.find(([id]) => id === CHAIR)?.[1];
    const tie = result.yes === result.no;
    const outcome: Side = tie ? (chair === 'N' ? 'No' : 'Yes') : result.yes > result.no ? 'Yes' : 'No';
    const decidedBy: DecidedBy = tie ? 'CastingVote' : 'Vote';
    return this.step(itemId, stepKind, {
      kind: o.kind ?? 'Open',
      yesProposalId: yes,
      noProposalId: no,
      question: o.question ?? 'Den som vill bifalla förslaget röstar ja; den som vill bifalla motförslaget röstar nej.',
      yesMeaning: 'bifall till förslaget',
      noMeaning: 'bifall till motförslaget',
      electorate: { voters, outside, hash: documentSha256(utf8ToBytes(`electorate ${itemId}`)) },
      result,
      resultHash: documentSha256(utf8ToBytes(`result ${itemId} ${this.steps.length}`)),
      outcome,
      decidedBy,
      openedAt: this.at(),
      closedAt: this.at(),
    });
  }

  dissent(
    itemId: number,
    personId: number,
    kind: DissentKind,
    event: DissentEventKind,
    text: string | null = null,
    o: { at?: string; authorId?: number } = {},
  ): void {
    this.dissents.push({ id: this.id(), itemId, kind, event, text, personId, authorId: o.authorId ?? personId, at: o.at ?? this.at() });
  }

  rules(): MinutesRecord['rules'] {
    return {
      bodyId: 1,
      kind: 'RegionalAssembly',
      seats: 71,
      substituteRule: 'SamePartyOnly',
      crossPartyOrder: {},
      returnSameDayAllowed: this.returnSameDayAllowed,
    };
  }

  record(): MinutesRecord {
    return {
      meeting: {
        id: 50,
        bodyId: 1,
        start: MEETING_START,
        end: '2026-11-24T15:30:00.000Z',
        location: 'Regionhuset, Luleå',
        remoteAllowed: true,
      },
      bodyName: 'Regionfullmäktige',
      rules: this.rules(),
      // the September meeting had §§ 1–57, so this one starts at § 58
      bodyMeetings: [{ meetingId: 40, bodyId: 1, start: '2026-09-15T07:00:00.000Z', sectionCount: 57 }],
      items: this.items,
      assignments: this.assignments,
      attendance: this.attendance,
      conflicts: this.conflicts,
      staff: this.staff,
      proposals: this.proposals,
      steps: this.steps,
      dissents: this.dissents,
      eliminationTieByLot: false,
      signers: { chairId: CHAIR, coSignerIds: [1040, 1060], secretaryId: CLERK },
      people: [{ personId: CLERK, name: 'Maria Lindqvist' }],
      signing: { place: 'Regionhuset, Luleå', at: '2026-11-30T13:00:00.000Z' },
    };
  }
}

/** A party's members, by seat. */
export const membersOf = (m: RfMeeting, party: string): number[] =>
  m.assignments.filter((a) => a.role === 'Member' && a.party === party).map((a) => a.personId);

export const DAHLBERG = 1010;
export const ISAKSSON = 2002;
export const REMOTE = 1061;
export const JAV = 1020;
export const TOLVAN = '19121212-1212';

/**
 * The November meeting: 33 items (one withdrawn), five open votes with names, jäv with a substitute
 * serving instead, a member who leaves and comes back with a substitute in between, a remote member
 * whose link fails, a confidential item, dissents and a minute note.
 */
export function novemberMeeting(): { m: RfMeeting; ids: Record<string, number> } {
  const m = new RfMeeting();
  m.rename(DAHLBERG, 'Therese Dahlberg');
  m.rename(ISAKSSON, 'Rasmus Isaksson');
  const titles = [
    'Val av justerare',
    'Godkännande av föredragningslista',
    'Ägardirektiv för Norrbottens läns landstings fastighetsbolag',
    'Delårsrapport per augusti 2026',
    'Regionplan 2027–2029 och budget 2027',
    'Skattesats för 2027',
    'Motion 9/2026 om gratis kollektivtrafik för unga',
    'Förvärv av fastighet i Kiruna',
    'Medborgarförslag om ny vårdcentral',
    'Revidering av arbetsordning för regionfullmäktige',
    'Regional utvecklingsstrategi',
    'Motion 11/2026 om nattöppen akutmottagning i Kalix',
    'Avsägelse från uppdrag och fyllnadsval',
    'Arvodesregler för förtroendevalda',
  ];
  const ids: Record<string, number> = {};
  for (let i = 0; i < 33; i++) {
    const title = titles[i] ?? `Anmälan av delegationsbeslut ${i - titles.length + 1}`;
    const item = m.item(title, {
      kind: i >= titles.length ? 'Report' : i === 12 ? 'Election' : 'Decision',
      withdrawn: i === 8,
      confidential: i === 7,
      secrecyReference: i === 7 ? '19 kap. 1 § offentlighets- och sekretesslagen' : null,
      decision:
        i === 3
          ? `Regionfullmäktige godkänner delårsrapporten. Underlaget från ${TOLVAN} har diarieförts.`
          : i >= titles.length
            ? 'Anmälan läggs till handlingarna.'
            : 'Regionfullmäktige bifaller regionstyrelsens förslag.',
    });
    ids[`item${i + 1}`] = item.id;
  }
  const it = (n: number) => ids[`item${n}`];

  // Roll call: two members absent (their parties' first substitutes serve), one remote; Rasmus Isaksson in the room
  m.rollCall({ absent: [1005, 1045], remote: [REMOTE], substitutes: [2001, ISAKSSON, 2042] });
  m.attend(REMOTE, 'RemoteConfirmed', null, REMOTE);
  m.jav(JAV, it(3));
  // the remote link breaks during item 6 (10.14) and works again before item 7 (10.31)
  m.wait(72);
  m.attend(REMOTE, 'LinkBroken', it(6), REMOTE);
  m.wait(17);
  m.attend(REMOTE, 'LinkRestored', it(7), REMOTE);
  // Therese Dahlberg leaves after item 11 and is back for item 16; Rasmus Isaksson serves in between
  m.wait(60);
  m.attend(DAHLBERG, 'Departure', it(12));
  m.wait(45);
  m.attend(DAHLBERG, 'Arrival', it(16));

  const S = membersOf(m, 'S');
  const M = membersOf(m, 'M');
  const SD = membersOf(m, 'SD');
  const left = ['V', 'SJVP'].flatMap((p) => membersOf(m, p));
  const byParty = (yes: string[], no: string[]) => (v: Voter) => (yes.includes(v.party) ? 'Yes' : no.includes(v.party) ? 'No' : 'Abstain');

  for (let n = 1; n <= 33; n++) {
    if (n === 9) continue;
    const item = it(n);
    if (n === 5) {
      // three main proposals: declared, ordered, one counter-proposal vote, the main vote
      const s = m.propose(item, 1002, 'Approve', null, [1003, 1004]);
      const mod = m.propose(item, M[1], 'Own', 'Bifall till Moderaternas budgetförslag med skattesatsen 11,34 kr.', [M[2]]);
      const sd = m.propose(item, SD[1], 'Own', 'Bifall till Sverigedemokraternas budgetförslag.');
      m.lock(item);
      m.declare(item, s, true);
      m.order(item, [mod, sd]);
      m.vote(item, 'Elimination', mod, sd, byParty(['M', 'KD', 'C'], ['SD']), {
        question: 'Ja för Moderaternas förslag, nej för Sverigedemokraternas.',
      });
      m.vote(item, 'MainVote', s, mod, byParty(['S', 'V', 'SJVP'], ['M', 'KD', 'C', 'SD']));
      m.dissent(item, M[1], 'Dissent', 'Announced');
      m.dissent(item, M[1], 'Dissent', 'Reasons', 'Budgeten saknar finansiering för vårdens kompetensförsörjning.');
      m.dissent(item, M[2], 'Dissent', 'Announced');
      m.dissent(item, left[0], 'MinuteNote', 'Announced', 'Vänsterpartiet vill att uppföljningen redovisas varje kvartal.');
      ids.mainVote = m.steps[m.steps.length - 1].id;
      ids.elimination = m.steps[m.steps.length - 2].id;
    } else if (n === 7) {
      const yes = m.propose(item, S[5], 'Approve');
      const no = m.propose(item, left[1], 'Reject', null, [left[2]]);
      m.lock(item);
      m.declare(item, yes, true);
      m.vote(item, 'MainVote', yes, no, byParty(['S', 'M', 'SD', 'C', 'KD'], ['V', 'SJVP']));
    } else if (n === 10) {
      const main = m.propose(item, S[6], 'Approve');
      const amendment = m.propose(item, membersOf(m, 'C')[0], 'Amendment', 'Att talartiden för replik sätts till två minuter.');
      m.lock(item);
      m.declare(item, main);
      m.vote(item, 'Amendment', amendment, null, byParty(['C', 'M', 'KD'], ['S', 'SD', 'V', 'SJVP']));
    } else if (n === 12) {
      const refer = m.propose(item, SD[2], 'ReferBack', 'Kostnaderna behöver utredas.');
      const main = m.propose(item, S[7], 'Approve');
      m.lock(item);
      m.acclaim(item, 'Procedural', refer, 'Yes');
      m.declare(item, main);
    } else if (n === 14) {
      // S and C 35, the rest 35 but one KD member who abstains: the chair's vote decides
      const yes = m.propose(item, S[8], 'Approve');
      const no = m.propose(item, M[3], 'Reject');
      m.lock(item);
      m.declare(item, yes, true);
      const abstains = membersOf(m, 'KD')[0];
      m.vote(item, 'MainVote', yes, no, (v) => (v.personId === abstains ? 'Abstain' : v.party === 'S' || v.party === 'C' ? 'Yes' : 'No'));
      ids.tie = m.steps[m.steps.length - 1].id;
    } else if (n <= 14) {
      const p = m.propose(item, S[n % S.length], 'Approve');
      m.lock(item);
      m.declare(item, p);
    }
  }
  return { m, ids };
}
