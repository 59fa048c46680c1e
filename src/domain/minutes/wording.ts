import type { ProposalKind } from '../live/types';
import type { ProceduralMotion } from '../voting/procedure';
import type { DecidedBy, Majority, VoteKind } from '../voting/types';
import type { SignerRole } from './types';

/**
 * The fixed texts of the minutes document (`minutesDocument`). The domain knows no language: the UI's
 * string table `src/ui/strings/minutes.ts` implements this, Swedish first, so the document is worded
 * in the language the clerk generates it in. Dates and times arrive as server instants (ISO).
 */

/** A proposal as a sentence names it: its kind, and who made it. */
export interface ProposalWho {
  kind: ProposalKind;
  name: string;
  party: string | null;
}

/** What a body does with a question, split so that a language may put the subject between (Swedish "Därmed bifaller fullmäktige …"). */
export interface Outcome {
  verb: string;
  object: string;
}

/** The letters a stored result records each choice with. */
export type ChoiceLetter = 'J' | 'N' | 'A' | '-';

export interface MinutesWording {
  /** BCP 47 tag of the language the texts are in. */
  language: string;
  region: string;
  title: { minutes: string; extract: string };
  /** Said at the top of the public version. */
  publicVersion: string;
  /** "Sida 3 av 12", split where the page numbers go. */
  page: { before: string; between: string; after: string };
  date(instant: string): string;
  time(instant: string): string;
  /** "§ 12" */
  section(n: number): string;
  /** "§ 12", "§§ 12–15", "§§ 3, 5–7": runs of consecutive sections. */
  sections(runs: readonly (readonly [number, number])[]): string;
  person(name: string, party: string | null): string;
  unknownPerson(personId: number): string;
  /** In place of an identity number in the public version. */
  identityMasked: string;
  /** The body as the subject in the middle of a sentence ("regionfullmäktige"). */
  bodyInSentence(bodyName: string): string;
  front: {
    placeAndTime: string;
    placeTime(place: string, date: string, start: string, end: string | null): string;
    members: string;
    substitutes: string;
    otherSubstitutes: string;
    remote: string;
    chair: string;
    secretary: string;
    coSigners: string;
    signing: string;
    signingAt(place: string, date: string | null): string;
    sectionsCovered: string;
    nobody: string;
    /** Present on some sections only. */
    forSections(who: string, sections: string): string;
    /** sections null: every section of the document. */
    servingFor(who: string, member: string, sections: string | null): string;
    remoteParticipant(who: string, confirmedAt: string | null): string;
    linkFailure(from: string, to: string | null, section: string | null, markedAbsentAt: string | null): string;
  };
  index: string;
  item: {
    caseNumber: string;
    secrecy: string;
    secrecyUnder(reference: string): string;
  };
  proposals: {
    heading: string;
    /** What the proposal asks for: its own wording, or the kind's when it has none. */
    what(p: ProposalWho, text: string): string;
    /** The proposal as the object of a sentence ("Anna Nilssons (S) yrkande"). */
    name(p: ProposalWho): string;
    made(who: string, what: string, supporters: readonly string[], changedWithConsent: boolean): string;
  };
  procedure: {
    heading: string;
    putTo(options: readonly string[]): string;
    putProcedural(motion: ProceduralMotion): string;
    putAmendment(name: string): string;
    mainFound(main: string): string;
    voteAsked: string;
    order(body: string, ordered: readonly string[]): string;
    elimination(current: string, challenger: string): string;
    counterFound(winner: string): string;
    counterVoted(winner: string): string;
    mainVote(main: string, counter: string): string;
    minority(asking: number | null, present: number | null, passed: boolean): string;
    /** By acclamation: the chair finds the body's answer. */
    acclaimed(body: string, outcome: Outcome): string;
    /** After a vote. */
    voted(body: string, outcome: Outcome): string;
  };
  outcome: {
    approve(name: string): Outcome;
    reject(name: string): Outcome;
    referBack: Outcome;
    table: Outcome;
    decideToday: Outcome;
  };
  vote: {
    heading(kind: VoteKind): string;
    question: string;
    yes: string;
    no: string;
    majority: string;
    majorityOf(m: Majority): string;
    result: string;
    counts(yes: number, no: number, abstain: number, absent: number): string;
    tie(by: Extract<DecidedBy, 'CastingVote' | 'ChairDecision' | 'Lot'>, seed: string | null): string;
    paper(witnesses: readonly string[]): string;
    rollCall: string;
    columns: { seat: string; name: string; party: string; choice: string };
    choice: Record<ChoiceLetter, string>;
    substitute(name: string): string;
    checksum(sha256: string): string;
  };
  decision: {
    heading: string;
    decided(body: string, main: string): string;
    amendment(body: string, name: string, adopted: boolean): string;
    lapsed(names: readonly string[]): string;
    referredBack(body: string): string;
    tabled(body: string): string;
    minorityReferredBack: string;
    withoutVote: string;
  };
  conflicts: {
    heading: string;
    disqualified(who: string, servedBy: string | null): string;
  };
  dissents: {
    dissentHeading: string;
    noteHeading: string;
    dissent(who: string): string;
    note(who: string): string;
    reasons(text: string): string;
  };
  signing: {
    heading: string;
    intro(place: string, date: string | null): string;
    role: Record<SignerRole, string>;
    /** Beside the room left for a signature not yet made. */
    unsigned: string;
    /** The lines of one signature record the signing step adds (name, role, time, SHA-256). */
    signed(name: string, role: string, time: string, sha256: string): string[];
  };
}
