/**
 * Decisions and votes (DOMAIN §4–5, DESIGN §4). The chair's console records every step of the
 * decision procedure on an item as a row of `Lists/Votes` (acclamations too, so the minutes have
 * the whole procedure); members append ballots to `Lists/Ballots`. Everything the views show —
 * the next step, the tally, the outcome — is derived by the pure functions in this folder.
 *
 * Person ids are site user ids, the same ids SharePoint stamps as a ballot's `Author`.
 */

export type VoteChoice = 'Yes' | 'No' | 'Abstain';

/** Öppen votering, öppet val (ties by lot), slutet val run on paper and entered by the tellers. */
export type VoteKind = 'Open' | 'OpenElection' | 'PaperSecret';

export type VoteStatus = 'Prepared' | 'Open' | 'Closed' | 'Cancelled';

/** Where a step sits in the procedure (DOMAIN §5, counter-proposal voting). */
export type StepKind =
  /** Återremiss or bordläggning: Ja = the item is decided today, Nej = the motion. */
  | 'Procedural'
  /** Minoritetsåterremiss (KL 5:50): passes without a vote when at least a third of those present ask for it. */
  | 'MinorityReferral'
  /** The chair declares the main proposal after acclamation (never voted on). Decided here if nobody asks for a vote. */
  | 'MainDeclared'
  /** Propositionsordning: the order of the remaining proposals, approved by the assembly. */
  | 'Order'
  /** One step of the counter-proposal chain: Ja = the current winner, Nej = the next proposal. */
  | 'Elimination'
  /** Huvudvotering: Ja = the main proposal, Nej = the counter-proposal. */
  | 'MainVote'
  /** An addition or amendment, after the main decision: Ja = bifall, Nej = avslag. */
  | 'Amendment';

/** How a step was settled. */
export type DecidedBy =
  | 'Acclamation'
  | 'Vote'
  /** A tie settled by the side the chair voted for (utslagsröst). */
  | 'CastingVote'
  /** A tie where the chair abstained or did not vote: the chair decided when asked (DOMAIN §5). */
  | 'ChairDecision'
  /** A tie in an election settled by a seeded lot draw. */
  | 'Lot'
  /** A minority referral back that reached a third of those present. */
  | 'Minority'
  /** A secret ballot on paper; the tellers' count entered with both co-signers recorded. */
  | 'Paper';

/** A qualified majority, where a law requires one: at least `numerator/denominator` of the base. */
export interface Majority {
  numerator: number;
  denominator: number;
  /** Of the votes cast (Ja + Nej), of those present in the electorate, or of all the body's seats. */
  of: 'cast' | 'electorate' | 'seats';
}

/** One voter in the electorate frozen when the vote opened (from the item's seat table). */
export interface Voter {
  personId: number;
  seatNumber: number;
  capacity: 'Member' | 'ServingSubstitute';
  party: string;
}

/** A seat's member who does not take part in the vote: recorded as Deltar ej (DOMAIN §5). */
export interface NonParticipant {
  personId: number;
  seatNumber: number;
  party: string;
  reason: 'absent' | 'disqualified' | 'left' | 'linkBroken';
}

export interface Electorate {
  /** In seat (roll-call) order. */
  voters: Voter[];
  /** The members of the other seats (absent, disqualified, left, broken link), frozen with the electorate. */
  outside?: NonParticipant[];
  /** SHA-256 (hex) of the canonical electorate (see hash.ts). */
  hash: string;
}

/** A ballot as stored: `authorId` and `created` are the server's (DESIGN §4). */
export interface Ballot {
  id: number;
  voteId: number;
  authorId: number;
  /** `<voteId>:<voterId>:<random id the client draws once per vote>`. */
  key: string;
  choice: VoteChoice;
  created: string;
}

export type RejectionReason =
  /** The ballot names another vote than the one it is filed under. */
  | 'wrongVote'
  /** Created before the vote opened. */
  | 'early'
  /** Created after the vote closed. */
  | 'late'
  /** The author is not in the frozen electorate. */
  | 'notEligible'
  /** The author already has an earlier ballot in this vote. */
  | 'duplicate'
  /** The key does not name this vote and the author. */
  | 'keyMismatch';

/** What the tally needs of a vote. */
export interface TallyWindow {
  voteId: number;
  electorate: readonly Voter[];
  /** Server times (ISO) of the writes that opened and closed the vote; closedAt null while open. */
  openedAt: string;
  closedAt: string | null;
  /** Members of the seats outside the electorate: listed as Deltar ej with those who did not vote. */
  outside?: readonly NonParticipant[];
  /**
   * The highest ballot id the close read. SharePoint stamps whole seconds, so a ballot filed later in
   * the very second the vote closed carries the close's time: it is late by its id, or the stored
   * result and every later recount would disagree.
   */
  throughBallotId?: number | null;
}

export type RecordedChoice = VoteChoice | 'Absent';

export interface Tally {
  voteId: number;
  yes: number;
  no: number;
  abstain: number;
  /** Deltar ej: voters in the electorate without a counted ballot. */
  absent: number;
  /** Each voter's choice, in seat order (open votes are public by law). */
  choices: { personId: number; choice: RecordedChoice }[];
  counted: Ballot[];
  rejected: { ballot: Ballot; reason: RejectionReason }[];
}

export type Side = 'Yes' | 'No';

/** What a closed vote decided, or what must happen before it decides. */
export type Outcome =
  | { kind: 'decided'; winner: Side; by: DecidedBy }
  /** A tie and the chair abstained or did not vote: the console stops and asks the chair. */
  | { kind: 'chairMustDecide' }
  /** A tie in an election: a lot draw decides. */
  | { kind: 'lotNeeded' }
  /** A qualified majority was not reached: the proposal on the Ja side falls. */
  | { kind: 'qualifiedMissed'; winner: 'No'; required: number; got: number };

/** The result a closed vote stores on its row (`Votes.Result`, JSON) with its SHA-256 (`Votes.ResultHash`). */
export interface StoredResult {
  yes: number;
  no: number;
  abstain: number;
  absent: number;
  /** [personId, 'J' | 'N' | 'A' | '-'] in seat order. */
  choices: [number, 'J' | 'N' | 'A' | '-'][];
  /** Ids of the counted ballots, ascending. */
  counted: number[];
  /** The first rejected ballots by id, with why (at most REJECTED_STORED; anyone can recompute them all). */
  rejected: [number, RejectionReason][];
  /** All rejected ballots at the close. */
  rejectedTotal?: number;
  /** The highest ballot id the close read (see TallyWindow.throughBallotId). */
  through?: number | null;
}

/** A step of the procedure as recorded on `Lists/Votes`. */
export interface VoteRecord {
  id: number;
  itemId: number;
  /** 1-based order of the steps on the item. */
  step: number;
  stepKind: StepKind;
  kind: VoteKind;
  status: VoteStatus;
  /** The proposal on the Ja side (MainDeclared: the main proposal; Procedural/Minority/Amendment: the motion). */
  yesProposalId: number | null;
  /** The proposal on the Nej side (Elimination, MainVote). */
  noProposalId: number | null;
  /** Order: the remaining proposals in the order approved. */
  order: number[] | null;
  /** The question (voteringsproposition) in full. */
  question: string;
  yesMeaning: string;
  noMeaning: string;
  majority: Majority | null;
  /** Server time of the write that recorded the assembly's approval of the question; null until approved. */
  approvedAt: string | null;
  openedAt: string | null;
  closedAt: string | null;
  electorate: Electorate | null;
  result: StoredResult | null;
  resultHash: string | null;
  /** The side that won, once settled. */
  outcome: Side | null;
  decidedBy: DecidedBy | null;
  /** Lot draw: the seed, shown to the co-signers and stored so anyone can repeat the draw. */
  lotSeed: string | null;
  /** Paper ballots: the co-signers who witnessed the tellers' count. */
  witnessIds: number[];
  /** MinorityReferral: how many asked for it and how many were present. */
  minority: { asking: number; present: number } | null;
  authorId: number;
  created: string;
  /** Server time of the row's last write: a close or an open interrupted after its status write resumes from it. */
  modified?: string;
}

/** Why the console or a ballot form refuses something; the UI's string table explains each code. */
export type VotingRefusalCode =
  | 'notLive'
  | 'unknownVote'
  | 'questionMissing'
  | 'questionTooLong'
  | 'notPrepared'
  | 'notApproved'
  | 'voteNotOpen'
  | 'voteClosed'
  | 'quorumMissing'
  | 'remoteLinkBroken'
  | 'paperBallot'
  | 'notPaper'
  | 'nothingToDecide'
  | 'witnessesMissing'
  | 'countInvalid'
  | 'notInElectorate'
  | 'alreadyVoted'
  | 'orderInvalid'
  /** Another vote is open: it is closed or withdrawn before the next question is put. */
  | 'voteStillOpen';

export interface VotingRefusal {
  code: VotingRefusalCode;
}
