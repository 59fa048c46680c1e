/**
 * The minutes document (protokoll, DOMAIN §6) as plain data, derived from what the meeting recorded:
 * the seat table per item (roll call, substitutes, jäv, broken remote links), the proposals, the
 * decision procedure replayed from the recorded steps, the votes with each member's choice, dissents
 * and minute notes. The renderers (`src/data/minutes/render`) print it as PDF and Word; every text is
 * worded here from the string table the caller passes, so the files hold exactly the same words.
 *
 * The public version (DOMAIN §8) shows a confidential item as its number and "Sekretess" only, and
 * masks anything that is a Swedish identity number. An extract (protokollsutdrag) holds the chosen
 * sections, with attendance for those sections.
 */
import type { BodyRules, SeatAssignment } from '../bodies/types';
import { trustFromStaff, type Trust } from '../bodies/trust';
import { standingOn } from '../live/picture';
import { proposalSet } from '../live/proposals';
import { remoteParticipants } from '../live/remote';
import { staffIds, type MeetingStaff } from '../live/staff';
import type { Proposal, ProposalEvent } from '../live/types';
import { seatTable, type ItemSeats } from '../meetings/seats';
import type { AttendanceEvent, ConflictEvent, ItemKind, Meeting } from '../meetings/types';
import { procedure, type ProcedureHistoryEntry, type ProcedureState } from '../voting/procedure';
import type { DecidedBy, VoteRecord } from '../voting/types';
import { checkContents, sectionFacts, type ContentsProblem, type SectionDraft, type SectionFacts } from './contents';
import { dissentsOn, type DissentEvent } from './dissents';
import { maskIdentityNumbers } from './identity';
import { sectionNumbers, type NumberedMeeting } from './numbering';
import type { DesignatedSigners, MinutesItem, SignerRole } from './types';
import type { MinutesWording, Outcome, ProposalWho } from './wording';

/** An agenda item as the minutes need it (`Lists/AgendaItems`). */
export interface MinutesRecordItem extends MinutesItem {
  title: string;
  caseNumber: string;
  kind: ItemKind;
  proposedDecision: string;
  /** The decision as the clerk words it. */
  decision: string;
  confidential: boolean;
  /** The law the secrecy rests on, as the item gives it (e.g. "21 kap. 1 § OSL"); null: none given. */
  secrecyReference: string | null;
}

/** Everything the meeting recorded, as the lists hold it: the data layer fills it, the document derives the rest. */
export interface MinutesRecord {
  meeting: Pick<Meeting, 'id' | 'bodyId' | 'start' | 'end' | 'location' | 'remoteAllowed'>;
  bodyName: string;
  rules: BodyRules;
  /** The body's meetings with their section counts: sections are numbered per body and year. */
  bodyMeetings: readonly NumberedMeeting[];
  items: readonly MinutesRecordItem[];
  /** The body's assignments valid on the meeting's date. */
  assignments: readonly SeatAssignment[];
  attendance: readonly AttendanceEvent[];
  conflicts: readonly ConflictEvent[];
  staff: MeetingStaff;
  proposals: readonly ProposalEvent[];
  /** The decision steps the meeting's staff recorded (`Lists/Votes`, trusted rows only). */
  steps: readonly VoteRecord[];
  dissents: readonly DissentEvent[];
  /** The body's setting: a tie in a counter-proposal step is settled by lot. */
  eliminationTieByLot: boolean;
  signers: DesignatedSigners;
  /** Names of people with no assignment in the body (the secretary), from the site's users. */
  people: readonly { personId: number; name: string }[];
  /** Where and when the minutes are to be signed; `at` also ends the time for written reasons (KL 4:27). */
  signing: { place: string; at: string | null };
}

export interface MinutesOptions {
  wording: MinutesWording;
  /** The public version: confidential items and identity numbers left out (DOMAIN §8). */
  public: boolean;
  /** An extract: only these sections. */
  sections?: readonly number[];
}

export interface Field {
  label: string;
  lines: readonly string[];
}

export type Block =
  | { kind: 'heading'; level: 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; rows: readonly Field[] }
  | { kind: 'list'; items: readonly string[] }
  | { kind: 'table'; caption: string; columns: readonly string[]; rows: readonly (readonly string[])[] };

export interface DocumentSection {
  section: number;
  /** "§ 12" */
  label: string;
  title: string;
  confidential: boolean;
  blocks: readonly Block[];
}

export interface DocumentSigner {
  personId: number;
  role: SignerRole;
  roleLabel: string;
  name: string;
}

export interface MinutesDocument {
  /** BCP 47 tag of the document's language (the PDF's /Lang). */
  language: string;
  kind: 'minutes' | 'extract';
  public: boolean;
  title: string;
  bodyName: string;
  date: string;
  /** The region, the body, the title and the date: on every page. */
  header: readonly string[];
  page: MinutesWording['page'];
  front: readonly Block[];
  index: { heading: string; entries: readonly { section: number; label: string; title: string }[] };
  sections: readonly DocumentSection[];
  signing: { heading: string; intro: string; unsigned: string; signers: readonly DocumentSigner[] };
  /** What the law asks the minutes to hold and the record lacks (KL 5:67), for the clerk; never printed. */
  problems: readonly ContentsProblem[];
}

/** Settled by a vote held (as contents.ts counts them): these steps print the vote. */
const VOTED: ReadonlySet<DecidedBy | null> = new Set<DecidedBy | null>(['Vote', 'CastingVote', 'ChairDecision', 'Lot', 'Paper']);

/** Runs of consecutive numbers: [3, 5, 6, 7] → [[3, 3], [5, 7]]. */
export function runs(numbers: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

const paragraphs = (text: string): Block[] =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph', text: t }));

const para = (text: string): Block => ({ kind: 'paragraph', text });

interface Numbered {
  item: MinutesRecordItem;
  section: number;
  seats: ItemSeats;
}

/** Names and parties: assignments first (they carry the party), then the site's users. */
class People {
  private readonly byId = new Map<number, { name: string; party: string | null }>();

  constructor(
    record: MinutesRecord,
    private readonly w: MinutesWording,
  ) {
    for (const p of record.people) this.byId.set(p.personId, { name: p.name, party: null });
    for (const a of record.assignments) this.byId.set(a.personId, { name: a.name, party: a.party });
  }

  name(id: number): string {
    return this.byId.get(id)?.name ?? this.w.unknownPerson(id);
  }

  party(id: number): string | null {
    return this.byId.get(id)?.party ?? null;
  }

  who(id: number): string {
    const p = this.byId.get(id);
    return p ? this.w.person(p.name, p.party) : this.w.unknownPerson(id);
  }
}

interface Context {
  record: MinutesRecord;
  w: MinutesWording;
  people: People;
  trust: Trust;
  /** The body as the subject mid-sentence. */
  body: string;
  sectionOf: ReadonlyMap<number, number | null>;
  /** Seat numbers of the members, for votes whose electorate was not stored. */
  seatOfMember: ReadonlyMap<number, number>;
}

export function minutesDocument(record: MinutesRecord, options: MinutesOptions): MinutesDocument {
  const w = options.wording;
  const trust = trustFromStaff(staffIds(record.staff));
  const agenda = [...record.items].sort((a, b) => a.number - b.number);
  const numbering = sectionNumbers(record.meeting, agenda, record.bodyMeetings);
  const sectionOf = new Map(numbering.items.map((i) => [i.itemId, i.section]));
  const seats = seatTable({
    rules: record.rules,
    assignments: record.assignments,
    items: agenda,
    attendance: record.attendance,
    conflicts: record.conflicts,
    meetingStart: record.meeting.start,
    remoteAllowed: record.meeting.remoteAllowed,
    trust,
    mode: 'rollCall',
  });
  const numbered: Numbered[] = agenda
    .map((item, i) => ({ item, section: sectionOf.get(item.id) ?? null, seats: seats[i] }))
    .filter((n): n is Numbered => n.section !== null);
  const included = pick(numbered, options.sections);
  const ctx: Context = {
    record,
    w,
    people: new People(record, w),
    trust,
    body: w.bodyInSentence(record.bodyName),
    sectionOf,
    seatOfMember: new Map(
      record.assignments.filter((a) => a.role === 'Member' && a.seatNumber !== null).map((a) => [a.personId, a.seatNumber!]),
    ),
  };
  const built = included.map((n) => buildSection(ctx, n));
  const sections = built.map((b) => (options.public && b.section.confidential ? secret(b.section, b.item, w) : b.section));
  const title = options.sections ? w.title.extract : w.title.minutes;
  const date = w.date(record.meeting.start);
  const doc: MinutesDocument = {
    language: w.language,
    kind: options.sections ? 'extract' : 'minutes',
    public: options.public,
    title,
    bodyName: record.bodyName,
    date,
    header: [w.region, record.bodyName, title, date],
    page: w.page,
    front: [...(options.public ? [para(w.publicVersion)] : []), front(ctx, included)],
    index: { heading: w.index, entries: sections.map((s) => ({ section: s.section, label: s.label, title: s.title })) },
    sections,
    signing: signingPart(ctx),
    problems: checkContents(
      built.map((b) => b.facts),
      built.map((b) => b.draft),
    ),
  };
  return options.public ? maskStrings(doc, w.identityMasked) : doc;
}

function pick(numbered: Numbered[], wanted: readonly number[] | undefined): Numbered[] {
  if (!wanted) return numbered;
  const have = new Set(numbered.map((n) => n.section));
  const missing = wanted.filter((s) => !have.has(s));
  // an extract of a section the meeting does not have is a mistake, not an empty extract
  if (missing.length || wanted.length === 0)
    throw new RangeError(`no such sections in these minutes: ${missing.join(', ') || '(none asked)'}`);
  const set = new Set(wanted);
  return numbered.filter((n) => set.has(n.section));
}

/** The public version of a confidential item: its number, "Sekretess", and the law if the item names it. */
function secret(s: DocumentSection, item: MinutesRecordItem, w: MinutesWording): DocumentSection {
  const ref = item.secrecyReference?.trim();
  return { ...s, title: w.item.secrecy, blocks: ref ? [para(w.item.secrecyUnder(ref))] : [] };
}

// ---------------------------------------------------------------------------------------------
// The opening: place and time, who took part and in what capacity, who signs

function front(ctx: Context, included: readonly Numbered[]): Block {
  const { record, w, people } = ctx;
  const all = included.map((n) => n.section);
  const span = (sections: readonly number[]) => w.sections(runs(sections));
  const partly = (sections: readonly number[]) => (sections.length === all.length ? null : span(sections));
  const collect = (key: number, section: number, into: Map<number, number[]>) => into.set(key, [...(into.get(key) ?? []), section]);

  const members = new Map<number, number[]>();
  const serving = new Map<string, { holderId: number; member: string; sections: number[] }>();
  const others = new Map<number, number[]>();
  const everServed = new Set<number>();
  for (const { section, seats } of included) {
    for (const seat of seats.seats) {
      // a disqualified member is present, out of the item only (recorded in the section)
      if (seat.memberId !== null && (seat.capacity === 'Member' || seat.memberOut === 'disqualified'))
        collect(seat.memberId, section, members);
      if (seat.capacity === 'ServingSubstitute' && seat.holderId !== null) {
        everServed.add(seat.holderId);
        const key = `${seat.holderId}:${seat.memberId}`;
        const s = serving.get(key) ?? { holderId: seat.holderId, member: seat.memberName, sections: [] };
        s.sections.push(section);
        serving.set(key, s);
      }
    }
    for (const id of seats.nonServingPresent) collect(id, section, others);
  }
  const line = (id: number, sections: readonly number[]) => {
    const range = partly(sections);
    return range ? w.front.forSections(people.who(id), range) : people.who(id);
  };
  const memberLines = [...members].map(([id, s]) => line(id, s));
  const servingLines = [...serving.values()].map((s) => w.front.servingFor(people.who(s.holderId), s.member, partly(s.sections)));
  const otherLines = [...others].filter(([id]) => !everServed.has(id)).map(([id, s]) => line(id, s));

  const rows = [
    { label: w.front.placeAndTime, lines: [placeTime(ctx)] },
    { label: w.front.members, lines: memberLines.length ? memberLines : [w.front.nobody] },
    ...(servingLines.length ? [{ label: w.front.substitutes, lines: servingLines }] : []),
    ...(otherLines.length ? [{ label: w.front.otherSubstitutes, lines: otherLines }] : []),
    ...remote(ctx, included),
    { label: w.front.chair, lines: [people.who(record.signers.chairId)] },
    { label: w.front.secretary, lines: [people.name(record.signers.secretaryId)] },
    { label: w.front.coSigners, lines: record.signers.coSignerIds.map((id) => people.who(id)) },
    { label: w.front.signing, lines: [w.front.signingAt(record.signing.place, record.signing.at ? w.date(record.signing.at) : null)] },
    { label: w.front.sectionsCovered, lines: [span(all)] },
  ];
  return { kind: 'fields', rows };
}

function placeTime(ctx: Context): string {
  const { meeting } = ctx.record;
  const { w } = ctx;
  return w.front.placeTime(meeting.location, w.date(meeting.start), w.time(meeting.start), meeting.end ? w.time(meeting.end) : null);
}

/** Who took part remotely, their confirmation that they see and hear the meeting, and every failure with its times (KL 5:16). */
function remote(ctx: Context, included: readonly Numbered[]): Field[] {
  const { w, people } = ctx;
  const itemIds = new Set(included.map((n) => n.item.id));
  const seatOf = new Map<number, number>();
  for (const n of included)
    for (const s of n.seats.seats) if (s.holderId !== null && !seatOf.has(s.holderId)) seatOf.set(s.holderId, s.seatNumber);
  const remoteHolders = new Set(
    included.flatMap((n) => n.seats.seats.filter((s) => s.remote && s.holderId !== null).map((s) => s.holderId!)),
  );
  const lines = [...remoteParticipants(ctx.record.attendance, ctx.trust).values()]
    .map((p) => ({ p, outages: p.outages.filter((o) => o.itemId === null || itemIds.has(o.itemId)) }))
    // an extract names those who took part remotely on its sections
    .filter(({ p, outages }) => remoteHolders.has(p.personId) || outages.some((o) => o.itemId !== null))
    .sort((a, b) => (seatOf.get(a.p.personId) ?? 1e6) - (seatOf.get(b.p.personId) ?? 1e6) || a.p.personId - b.p.personId)
    .map(({ p, outages }) => {
      const failures = outages.map((o) => {
        const section = o.itemId === null ? null : (ctx.sectionOf.get(o.itemId) ?? null);
        return w.front.linkFailure(
          w.time(o.from),
          o.to ? w.time(o.to) : null,
          section === null ? null : w.section(section),
          o.markedAbsentAt ? w.time(o.markedAbsentAt) : null,
        );
      });
      return [w.front.remoteParticipant(people.who(p.personId), p.confirmedAt ? w.time(p.confirmedAt) : null), ...failures].join(' ');
    });
  return lines.length ? [{ label: w.front.remote, lines }] : [];
}

function signingPart(ctx: Context): MinutesDocument['signing'] {
  const { record, w, people } = ctx;
  const s = record.signers;
  const signer = (personId: number, role: SignerRole): DocumentSigner => ({
    personId,
    role,
    roleLabel: w.signing.role[role],
    name: people.name(personId),
  });
  return {
    heading: w.signing.heading,
    intro: w.signing.intro(record.signing.place, record.signing.at ? w.date(record.signing.at) : null),
    unsigned: w.signing.unsigned,
    signers: [
      signer(s.chairId, 'chair'),
      ...[...new Set(s.coSignerIds)].map((id) => signer(id, 'coSigner')),
      signer(s.secretaryId, 'secretary'),
    ],
  };
}

/** One signature record as the signing step adds it to the signature page: the same words in every file. */
export function signatureLines(
  w: MinutesWording,
  signature: { name: string; role: SignerRole; signedAt: string; sha256: string },
): string[] {
  return w.signing.signed(
    signature.name,
    w.signing.role[signature.role],
    `${w.date(signature.signedAt)} ${w.time(signature.signedAt)}`,
    signature.sha256,
  );
}

// ---------------------------------------------------------------------------------------------
// One section per item

interface Built {
  item: MinutesRecordItem;
  section: DocumentSection;
  facts: SectionFacts;
  draft: SectionDraft;
}

function buildSection(ctx: Context, n: Numbered): Built {
  const { record, w, people } = ctx;
  const { item, section, seats } = n;
  const standing = standingOn(seats, record.staff);
  const set = proposalSet(record.proposals, item.id, standing);
  const steps = record.steps.filter((s) => s.itemId === item.id);
  const state = procedure({
    proposals: set,
    steps,
    present: seats.seats.filter((s) => s.holderId !== null).length,
    election: item.kind === 'Election',
    eliminationTieByLot: record.eliminationTieByLot,
  });
  const byId = new Map(set.proposals.map((p) => [p.id, p] as const));
  const ref = (id: number): ProposalWho => {
    const p = byId.get(id);
    return p
      ? { kind: p.kind, name: people.name(p.personId), party: people.party(p.personId) }
      : { kind: 'Own', name: w.unknownPerson(id), party: null };
  };
  const name = (id: number) => w.proposals.name(ref(id));

  const blocks: Block[] = [];
  if (item.caseNumber.trim()) blocks.push({ kind: 'fields', rows: [{ label: w.item.caseNumber, lines: [item.caseNumber.trim()] }] });
  if (item.confidential)
    blocks.push(para(item.secrecyReference?.trim() ? w.item.secrecyUnder(item.secrecyReference.trim()) : w.item.secrecy));

  if (seats.disqualified.length) {
    blocks.push({ kind: 'heading', level: 3, text: w.conflicts.heading });
    for (const d of seats.disqualified)
      blocks.push(para(w.conflicts.disqualified(people.who(d.personId), d.servedById === null ? null : people.who(d.servedById))));
  }

  const standingProposals = set.proposals.filter((p) => !p.withdrawn);
  if (standingProposals.length) {
    blocks.push({ kind: 'heading', level: 3, text: w.proposals.heading });
    blocks.push({ kind: 'list', items: standingProposals.map((p) => proposalLine(ctx, p, ref(p.id))) });
  }

  const stepById = new Map(steps.map((s) => [s.id, s] as const));
  const printedVotes: SectionDraft['votes'][number][] = [];
  if (state.history.length) {
    blocks.push({ kind: 'heading', level: 3, text: w.procedure.heading });
    for (const h of state.history) {
      const rec = stepById.get(h.voteId)!;
      const voted = VOTED.has(h.decidedBy);
      blocks.push(...stepBlocks(ctx, h, name, voted ? voteBlocks(ctx, rec) : null));
      if (voted) printedVotes.push({ voteId: rec.id, resultStated: rec.result !== null || rec.outcome !== null });
    }
  }

  const facts = sectionFacts(section, item.kind, set, steps, new Set(seats.disqualified.map((d) => d.personId)));
  const result = decisionSentences(ctx, state, name, byId);
  const decisionBlocks = [...paragraphs(item.decision), ...result.map(para)];
  if (decisionBlocks.length && facts.decisionRequired && facts.voteIds.length === 0 && state.history.length)
    decisionBlocks.push(para(w.decision.withoutVote));
  if (decisionBlocks.length) blocks.push({ kind: 'heading', level: 3, text: w.decision.heading }, ...decisionBlocks);

  blocks.push(...dissentBlocks(ctx, item.id, (id) => standing.serving(id)));

  return {
    item,
    section: { section, label: w.section(section), title: item.title, confidential: item.confidential, blocks },
    facts,
    draft: {
      section,
      proposalIds: standingProposals.map((p) => p.id),
      // the proposals are put, in the order the chair put them, by the procedure's paragraphs
      orderStated: state.history.length > 0,
      votes: printedVotes,
      decision: [item.decision, ...result].join(' ').trim(),
      disqualifiedIds: seats.disqualified.map((d) => d.personId),
    },
  };
}

function proposalLine(ctx: Context, p: Proposal, who: ProposalWho): string {
  const { w, people } = ctx;
  return w.proposals.made(
    people.who(p.personId),
    w.proposals.what(who, p.text.trim()),
    p.supporters.map((id) => people.who(id)),
    p.changedWithConsent.length > 0,
  );
}

/** A settled step in words; `vote` holds the vote's blocks when the step was voted on. */
function stepBlocks(ctx: Context, h: ProcedureHistoryEntry, name: (id: number) => string, vote: Block[] | null): Block[] {
  const { w, body } = ctx;
  const p = w.procedure;
  const settle = (outcome: Outcome): Block[] =>
    vote ? [para(p.voteAsked), ...vote, para(p.voted(body, outcome))] : [para(p.acclaimed(body, outcome))];
  switch (h.kind) {
    case 'minority':
      return [para(p.minority(h.asking, h.present, h.passed))];
    case 'procedural':
      return [
        para(p.putProcedural(h.motion)),
        ...settle(h.passed ? (h.motion === 'Table' ? w.outcome.table : w.outcome.referBack) : w.outcome.decideToday),
      ];
    case 'mainDeclared': {
      const put = para(p.putTo(h.candidates.map(name)));
      return h.voteAsked
        ? [put, para(p.mainFound(name(h.proposalId))), para(p.voteAsked)]
        : [put, ...settle(w.outcome.approve(name(h.proposalId)))];
    }
    case 'order':
      return [para(p.order(body, h.order.map(name)))];
    case 'elimination':
      return [
        para(p.elimination(name(h.current), name(h.challenger))),
        ...(vote ? [...vote, para(p.counterVoted(name(h.winner)))] : [para(p.counterFound(name(h.winner)))]),
      ];
    case 'mainVote':
      return [para(p.mainVote(name(h.main), name(h.counter))), ...(vote ?? []), para(p.voted(body, w.outcome.approve(name(h.winner))))];
    case 'amendment':
      return [
        para(p.putAmendment(name(h.proposalId))),
        ...settle(h.adopted ? w.outcome.approve(name(h.proposalId)) : w.outcome.reject(name(h.proposalId))),
      ];
  }
}

const TIE: ReadonlySet<DecidedBy | null> = new Set<DecidedBy | null>(['CastingVote', 'ChairDecision', 'Lot']);

/** The vote: the question, what Ja and Nej mean, the counts, how a tie was settled, and in an open vote each member's choice. */
function voteBlocks(ctx: Context, rec: VoteRecord): Block[] {
  const { w, people } = ctx;
  const v = w.vote;
  const rows: Field[] = [
    { label: v.question, lines: [rec.question] },
    { label: v.yes, lines: [rec.yesMeaning] },
    { label: v.no, lines: [rec.noMeaning] },
  ];
  if (rec.majority) rows.push({ label: v.majority, lines: [v.majorityOf(rec.majority)] });
  const r = rec.result;
  if (r) rows.push({ label: v.result, lines: [v.counts(r.yes, r.no, r.abstain, r.absent)] });
  const out: Block[] = [
    { kind: 'heading', level: 4, text: v.heading(rec.kind) },
    { kind: 'fields', rows },
  ];
  if (TIE.has(rec.decidedBy)) out.push(para(v.tie(rec.decidedBy as 'CastingVote' | 'ChairDecision' | 'Lot', rec.lotSeed)));
  if (rec.kind === 'PaperSecret') out.push(para(v.paper(rec.witnessIds.map((id) => people.who(id)))));
  else if (r && r.choices.length) {
    const voters = new Map((rec.electorate?.voters ?? []).map((x) => [x.personId, x] as const));
    const outside = new Map((rec.electorate?.outside ?? []).map((x) => [x.personId, x] as const));
    const rowsOf = r.choices.map(([personId, letter]) => {
      const voter = voters.get(personId);
      const seat = voter?.seatNumber ?? outside.get(personId)?.seatNumber ?? ctx.seatOfMember.get(personId);
      const party = voter?.party ?? outside.get(personId)?.party ?? people.party(personId) ?? '';
      const who = voter?.capacity === 'ServingSubstitute' ? v.substitute(people.name(personId)) : people.name(personId);
      return [seat === undefined ? '' : String(seat), who, party, v.choice[letter]];
    });
    out.push({
      kind: 'table',
      caption: v.rollCall,
      columns: [v.columns.seat, v.columns.name, v.columns.party, v.columns.choice],
      rows: rowsOf,
    });
  }
  if (rec.resultHash) out.push(para(v.checksum(rec.resultHash)));
  return out;
}

/** What the item decided, in words: the main proposal, each amendment, what lapsed, or the referral back. */
function decisionSentences(
  ctx: Context,
  state: ProcedureState,
  name: (id: number) => string,
  byId: ReadonlyMap<number, Proposal>,
): string[] {
  const { w, body } = ctx;
  const d = state.decision;
  if (!d) return [];
  switch (d.kind) {
    case 'referredBack':
      return [w.decision.referredBack(body)];
    case 'tabled':
      return [w.decision.tabled(body)];
    case 'minorityReferredBack':
      return [w.decision.minorityReferredBack];
    case 'decided': {
      const out = d.mainProposalId === null ? [] : [w.decision.decided(body, name(d.mainProposalId))];
      for (const a of d.amendments) out.push(w.decision.amendment(body, name(a.proposalId), a.adopted));
      const lapsed = state.lapsed.filter((id) => byId.has(id));
      if (lapsed.length) out.push(w.decision.lapsed(lapsed.map(name)));
      return out;
    }
  }
}

function dissentBlocks(ctx: Context, itemId: number, tookPart: (personId: number) => boolean): Block[] {
  const { w, people, record } = ctx;
  const { dissents } = dissentsOn(record.dissents, itemId, { trust: ctx.trust, tookPart, reasonsUntil: record.signing.at });
  const part = (kind: 'Dissent' | 'MinuteNote', heading: string, said: (who: string) => string, text: (t: string) => string): Block[] => {
    const of = dissents.filter((d) => d.kind === kind);
    if (!of.length) return [];
    return [
      { kind: 'heading', level: 3, text: heading },
      ...of.flatMap((d) => [para(said(people.who(d.personId))), ...(d.text ? paragraphs(text(d.text)) : [])]),
    ];
  };
  // a dissent's text is its written reasons; a note's text is the note itself
  return [
    ...part('Dissent', w.dissents.dissentHeading, w.dissents.dissent, w.dissents.reasons),
    ...part('MinuteNote', w.dissents.noteHeading, w.dissents.note, (t) => t),
  ];
}

// ---------------------------------------------------------------------------------------------
// The public version

/** Keys whose values are codes, not text. */
const CODES = new Set(['kind', 'role', 'language', 'code']);

/** Every text of the document with identity numbers masked: a walk over all of it, so no field added later escapes. */
function maskStrings<T>(value: T, mask: string): T {
  if (typeof value === 'string') return maskIdentityNumbers(value, mask) as T;
  if (Array.isArray(value)) return value.map((v) => maskStrings(v, mask)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, CODES.has(k) ? v : maskStrings(v, mask)])) as T;
  }
  return value;
}
