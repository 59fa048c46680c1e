import type { ProposalRef, VotingStrings } from './voting';

const by = (r: ProposalRef) => `${r.name}${r.party ? ` (${r.party})` : ''}`;

/** The proposal as the object of "adopts …". */
function what(r: ProposalRef): string {
  switch (r.kind) {
    case 'Approve':
      return 'the proposed decision';
    case 'Reject':
      return 'the motion to reject';
    case 'Own':
      return `the proposal by ${by(r)}`;
    case 'Amendment':
      return `the amendment by ${by(r)}`;
    case 'Addition':
      return `the addition by ${by(r)}`;
    case 'ReferBack':
      return 'the motion to refer the matter back';
    case 'MinorityReferBack':
      return 'the minority motion to refer the matter back';
    case 'Table':
      return 'the motion to table the matter';
  }
}

function named(r: ProposalRef): string {
  if (r.kind === 'Approve') return 'Approval of the proposed decision';
  if (r.kind === 'Reject') return 'Rejection';
  const w = what(r);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export const en: VotingStrings = {
  heading: 'Vote',
  choice: { Yes: 'Yes', No: 'No', Abstain: 'Abstain' },
  recorded: { J: 'Yes', N: 'No', A: 'Abstained', '-': 'Did not take part' },
  kind: { Open: 'Open vote', OpenElection: 'Open election', PaperSecret: 'Secret election on paper ballots' },
  stepKind: {
    Procedural: 'Referral back or tabling',
    MinorityReferral: 'Minority referral back',
    MainDeclared: 'Main proposal',
    Order: 'Order of the questions',
    Elimination: 'Vote on the counter-proposal',
    MainVote: 'Main vote',
    Amendment: 'Amendment or addition',
  },
  status: {
    Prepared: 'Proposed question',
    Open: 'Vote in progress',
    Closed: 'The vote is closed',
    Cancelled: 'The vote was cancelled',
  },
  loading: 'Loading the vote…',
  question: 'Question',
  meaning: { yes: (m) => `Yes means: ${m}`, no: (m) => `No means: ${m}` },
  approved: 'The question is approved. The vote opens shortly.',
  notApproved: 'The question must be approved before the vote opens.',
  majority: (n, d, of) =>
    `The decision needs a qualified majority: at least ${n}/${d} ${
      of === 'cast' ? 'of the votes cast' : of === 'electorate' ? 'of those entitled to vote' : "of all the body's seats"
    }.`,
  turnout: (voted, of) => `${voted} of ${of} have voted`,
  ballot: {
    legend: 'Your vote',
    option: (choice, meaning) => `${choice} – ${meaning}`,
    next: 'Continue',
    chooseFirst: 'Choose Yes, No or Abstain first.',
    confirmQuestion: { Yes: 'Vote Yes?', No: 'Vote No?', Abstain: 'Abstain?' },
    confirm: 'Confirm',
    change: 'Change',
    final: 'Once you confirm, your vote cannot be changed.',
    sending: 'Sending your vote…',
    retry: 'Send again',
    keyTaken: {
      title: 'Your vote could not be recorded.',
      action: 'A ballot with your key exists that is not yours. Tell the chair or the clerk.',
    },
  },
  receipt: {
    heading: 'Receipt',
    registered: 'Your vote is recorded.',
    choice: 'Your vote',
    time: 'Recorded (server time)',
    id: 'Ballot id',
    cannotChange: 'A vote cast cannot be changed or withdrawn.',
    notCounted: 'Your vote arrived after the vote had closed and was not counted. You are recorded as not taking part.',
  },
  notEligible: {
    title: 'You do not vote in this vote.',
    frozen: 'The electorate was fixed when the vote opened: those serving on the item at that moment vote.',
    reason: {
      readOnly: 'You follow the meeting but do not serve as a member or substitute on this item.',
      disqualified: 'You have declared a conflict of interest on this item and take no part in the decision.',
      substituteNotServing: 'You are a substitute and did not serve on this item.',
      notPresent: 'You were not recorded as present.',
      linkBroken: 'Your remote connection was broken, so you could not take part on equal terms.',
      notServingAtOpening: 'You did not serve on this item when the vote opened.',
    },
  },
  result: {
    heading: 'Result',
    countsCaption: 'Votes',
    peopleCaption: 'How each voted, in seat order',
    partyCaption: 'Votes by party',
    seat: 'Seat',
    member: 'Member',
    party: 'Party',
    vote: 'Vote',
    noParty: 'No party',
    count: 'Count',
  },
  verification: {
    checking: 'Checking the result…',
    verified: 'Checked: my client has recounted the result',
    alarmTitle: 'Warning: my client does not get the same result as the one stored.',
    alarmAction: 'Tell the chair before the meeting goes on. The chair sees the same warning.',
    difference: {
      counts: 'The numbers of Yes, No, Abstained or Did not take part differ.',
      choices: "At least one member's vote differs.",
      counted: 'Not the same ballots were counted.',
      hash: 'The checksum over the electorate and the ballots does not match.',
      electorate: 'The checksum over the electorate does not match.',
      incomplete: 'The stored result is incomplete.',
    },
    failed: 'My client could not recount the result just now.',
  },
  paper: {
    explain:
      "A secret election is held on paper ballots. A vote cast in SharePoint cannot be kept secret from the lists' administrators, so you do not vote here.",
    counted: "The tellers' count",
    witnesses: (names) => `The count was witnessed by ${names}.`,
  },
  decision: {
    heading: 'Decision',
    adopt: (body, r) => (r.kind === 'Reject' ? `${body} rejects the proposed decision.` : `${body} adopts ${what(r)}.`),
    reject: (body, r) => `${body} rejects ${what(r)}.`,
    counter: (r) => `${named(r)} becomes the counter-proposal in the main vote.`,
    today: (body) => `${body} decides the matter today.`,
    referredBack: (body) => `${body} refers the matter back.`,
    tabled: (body) => `${body} tables the matter.`,
    minorityReferredBack: (body) => `The matter is referred back: at least a third of the members of ${body} present asked for it.`,
    minorityMissed: 'The minority referral back did not have the support of a third of those present.',
    orderApproved: 'The order of the questions is approved.',
    side: (side, meaning) => (side === 'Yes' ? `The Yes side won: ${meaning}` : `The No side won: ${meaning}`),
    tieChair: 'Tied vote – the chair decides.',
    tieLot: 'Tied vote – lots are drawn.',
    castingVote: "Tied vote – decided by the chair's casting vote.",
    chairDecided: 'Tied vote – decided by the chair.',
    byLot: 'Tied vote – decided by drawing lots.',
    lotSeed: (seed) => `Seed of the lot draw: ${seed}`,
    qualifiedMissed: (n, d) => `The proposal on the Yes side did not reach the qualified majority required (${n}/${d}) and falls.`,
  },
  announce: {
    opened: (question) => `Vote opened: ${question}`,
    closed: (summary) => `The vote is closed. ${summary}`,
    counts: (yes, no, abstain, absent) => `Yes ${yes}, No ${no}, Abstained ${abstain}, Did not take part ${absent}.`,
  },
  stage: {
    turnoutLabel: 'Have voted',
    resultLabel: 'Result',
  },
  cancelled: 'The chair cancelled the vote.',
  stale: 'The vote could not be loaded just now. The page tries again by itself.',
};
