import type { ProposalName, VotingConsoleStrings } from './votingConsole';

const by = (p: ProposalName) => `${p.name}${p.party ? ` (${p.party})` : ''}`;

function proposal(p: ProposalName): string {
  switch (p.kind) {
    case 'Approve':
      return `the motion to approve by ${by(p)}`;
    case 'Reject':
      return `the motion to reject by ${by(p)}`;
    case 'Own':
      return `the proposal by ${by(p)}`;
    case 'Amendment':
      return `the amendment by ${by(p)}`;
    case 'Addition':
      return `the addition by ${by(p)}`;
    case 'ReferBack':
      return `the motion to refer back by ${by(p)}`;
    case 'MinorityReferBack':
      return `the minority motion to refer back by ${by(p)}`;
    case 'Table':
      return `the motion to table by ${by(p)}`;
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

const MOTION = { ReferBack: 'is referred back', Table: 'is tabled' } as const;

export const en: VotingConsoleStrings = {
  heading: 'Decision procedure',
  loading: 'Loading the decision procedure…',
  lockFirst:
    'The proposals are not locked. Read them back and lock them once the assembly has confirmed them; the console then takes you through the decisions step by step.',
  nothingToDecide: 'The item has no proposals to decide on.',
  busy: 'Saving…',

  proposal,
  inFull: (name, wording) => (wording ? `${name}: ${wording}` : name),
  proposedDecision: (text) => `the proposed decision – ${text}`,
  supportedBy: (names) => `Supported by: ${names}`,

  acclamation: {
    hint: 'Put the proposals to the assembly and ask whether it agrees. If anyone asks for a vote, choose A vote is requested.',
    voteAsked: 'A vote is requested',
    hasMajority: (name) => `${cap(name)} has the majority`,
  },
  minority: {
    title: 'Minority referral back',
    count: (asking, present, required) => `${asking} of ${present} present ask for it; ${required} needed (one third)`,
    asking: (names) => `Asking for referral back: ${names}`,
    passes: 'The requirement is met: the item is referred back without a vote (Local Government Act 5:50).',
    fails: 'The requirement is not met. The motion is dealt with as an ordinary referral back.',
    recordPassed: 'The item is referred back at the minority’s request',
    recordFailed: 'Record that one third do not ask for it',
    question: (name) => `Minority referral back: ${name}`,
  },
  procedural: {
    title: { ReferBack: 'Referral back', Table: 'Tabling' },
    hint: (name) => `First put ${name} to the assembly: is the item to be decided today?`,
    today: 'The item is decided today',
    motion: { ReferBack: 'The item is referred back', Table: 'The item is tabled' },
  },
  declareMain: {
    title: 'Main proposal',
    hint: 'Put each proposal to the assembly and ask whether it agrees. Choose the proposal that in your judgement has the majority: it becomes the main proposal.',
    chosen: (name) => `Main proposal: ${name}. Ask whether a vote is requested.`,
    askVote: 'A vote is requested',
    adopt: 'No vote requested – decided as the main proposal',
    other: 'Choose another main proposal',
    question: (name) => `Main proposal: ${name}`,
  },
  single: {
    title: 'Decision',
    hint: (name) => `There is one proposal: ${name}. Put it to the assembly.`,
    adopt: (name) => `Decided as ${name}`,
  },
  order: {
    title: 'Order of the questions',
    hint: (main) =>
      `The main proposal is ${main}. The other proposals are put against each other in this order; the one that wins becomes the counter-proposal in the main vote. Change the order if needed and let the assembly approve it.`,
    listLabel: 'Order for the counter-proposal',
    moveUp: (name) => `Move up: ${name}`,
    moveDown: (name) => `Move down: ${name}`,
    position: (n, of) => `${n} of ${of}`,
    approve: 'The assembly approves the order',
    question: 'Order of the questions for the counter-proposal vote',
  },
  elimination: {
    title: (round) => `Counter-proposal, round ${round}`,
    hint: (current, challenger) =>
      `Put ${current} against ${challenger}. The one with the majority goes on and may become the counter-proposal in the main vote.`,
  },
  mainVote: {
    title: 'Main vote',
    hint: (main, counter) => `A vote has been requested. Main proposal: ${main}. Counter-proposal: ${counter}.`,
  },
  amendment: {
    title: (name) => cap(name),
    hint: (name) => `Put the question of approving or rejecting ${name}.`,
    adopt: (name) => `Approve ${name}`,
    reject: (name) => `Reject ${name}`,
  },

  templates: {
    mainVote: (main, counter) => ({
      question: `Those in favour of ${main} vote yes. Those in favour of ${counter} vote no.`,
      yes: main.charAt(0).toUpperCase() + main.slice(1),
      no: counter.charAt(0).toUpperCase() + counter.slice(1),
    }),
    elimination: (current, challenger) => ({
      question: `Those who want ${current} as the counter-proposal in the main vote vote yes. Those who want ${challenger} vote no.`,
      yes: `The counter-proposal in the main vote is ${current}`,
      no: `The counter-proposal in the main vote is ${challenger}`,
    }),
    amendment: (name) => ({
      question: `Those in favour of ${name} vote yes. Those against it vote no.`,
      yes: `approval of ${name}`,
      no: `rejection of ${name}`,
    }),
    procedural: (motion) => ({
      question: `Those who want the item decided today vote yes. Those who want that the item ${MOTION[motion]} vote no.`,
      yes: 'the item is decided today',
      no: `the item ${MOTION[motion]}`,
    }),
  },
  draft: {
    heading: 'Vote question',
    question: 'Question',
    questionHint: 'Read the question to the assembly. It can be adjusted until the assembly has approved it.',
    questionMissing: 'Write the question.',
    questionTooLong: (max, length) =>
      `The question may have at most ${max} characters (now ${length}). Explain what Yes and No mean instead.`,
    yesMeaning: 'Yes means',
    noMeaning: 'No means',
    meaningMissing: 'Write what the answer means.',
    qualified: 'The decision needs a qualified majority',
    numerator: 'Numerator',
    denominator: 'Denominator',
    of: 'Share of',
    ofOption: { cast: 'the votes cast', electorate: 'those entitled to vote', seats: 'all the body’s seats' },
    fractionInvalid: 'Give a share in whole numbers, for example 2 of 3, at most 1.',
    election: 'Election: a tie is settled by lot.',
    present: 'Present the question',
    backToAcclamation: 'Back to acclamation',
  },
  secret: {
    ask: 'A secret ballot is requested',
    explain:
      'A secret ballot cannot be kept secret in this system: the list administrators can see who cast each ballot. So the secret election is held on paper ballots, and the tellers enter the result here with both co-signers as witnesses.',
    paperPlan: 'Secret election on paper ballots',
    open: 'Open vote instead',
    prepare: 'Prepare the secret election on paper',
  },
  prepared: {
    heading: 'The question to approve',
    editHint: 'Read the question out. Adjust the text if the assembly wants it, then approve it.',
    approve: 'The question is approved by the assembly',
    approved: 'The question is approved by the assembly.',
    open: 'Open the vote',
    withdraw: 'Withdraw the question',
    majority: (n, d, of) =>
      `Needs a qualified majority: at least ${n}/${d} of ${
        of === 'cast' ? 'the votes cast' : of === 'electorate' ? 'those entitled to vote' : 'all the body’s seats'
      }.`,
    quorumMissing: (missing) =>
      `The vote cannot open: the meeting is not quorate, ${missing} more ${missing === 1 ? 'seat' : 'seats'} must be filled.`,
    linkBroken: (names) => `The vote cannot open: the link is broken for ${names}. Record them absent or wait until the link works again.`,
  },
  open: {
    heading: 'Vote in progress',
    turnout: (voted, of) => `${voted} of ${of} have voted`,
    notVoted: 'Have not voted',
    allVoted: 'Everyone in the electorate has voted.',
    close: 'Close the vote',
    cancel: 'Cancel the vote',
    cancelConfirm: 'Yes, cancel the vote',
    keepOpen: 'Keep the vote open',
  },
  closed: {
    heading: 'Result of the vote',
    counts: (yes, no, abstain, absent) => `Yes ${yes}, No ${no}, Abstain ${abstain}, Did not take part ${absent}`,
    tieChair: 'A tie. The chair did not vote or abstained: the chair decides.',
    chairYes: 'The chair decides: Yes',
    chairNo: 'The chair decides: No',
    tieLot: 'A tie in the election: lots are drawn.',
    drawLot: 'Draw lots',
    lotResult: (side) => `The lot fell on ${side}.`,
    lotSeed: (seed) => `Seed: ${seed}`,
    lotShow: 'Show the seed to the co-signers. Anyone can repeat the draw with it, and it goes into the minutes.',
    verifying: 'Checking the result…',
    verified: 'Checked: the result has been recounted from the ballots.',
    alarm: 'Warning: recounting the ballots does not give the stored result. Do not go on until the clerk has looked into it.',
  },
  paper: {
    heading: 'The tellers’ result',
    explain:
      'The tellers count the paper ballots in front of the co-signers. Blank ballots are entered as Abstain. Enter the result once both co-signers have witnessed the count.',
    yes: 'Yes',
    no: 'No',
    abstain: 'Abstain (blank)',
    countInvalid: 'Give a whole number, zero or more.',
    witnesses: 'Co-signers who witnessed the count',
    witnessesHint: 'Both co-signers must witness the count.',
    witnessesMissing: 'Tick both co-signers.',
    noCoSigners: 'The meeting does not have two co-signers. Elect them before entering the result.',
    enter: 'Enter the result',
  },
  history: {
    heading: 'So far on this item',
    none: 'No decision steps yet.',
    by: {
      Acclamation: 'acclamation',
      Vote: 'vote',
      CastingVote: 'the chair’s casting vote',
      ChairDecision: 'the chair’s decision on a tie',
      Lot: 'lot',
      Minority: 'the minority rule',
      Paper: 'secret election on paper',
    },
    minority: (name, asking, present, passed) =>
      `${cap(name)}${asking !== null && present !== null ? `: ${asking} of ${present} present asked for it` : ''} – ${
        passed ? 'the item is referred back' : 'one third did not ask for it'
      }.`,
    procedural: (name, motion, passed, how) =>
      `${cap(name)}: ${passed ? `the item ${MOTION[motion]}` : 'the item is decided today'} (${how}).`,
    mainDeclared: (name, voteAsked) =>
      voteAsked ? `Main proposal: ${name}. A vote was requested.` : `Main proposal: ${name}, approved by acclamation.`,
    order: (names) => `Order of the questions: ${names}.`,
    elimination: (round, current, challenger, winner, how) =>
      `Round ${round}: ${current} against ${challenger}. ${cap(winner)} goes on (${how}).`,
    mainVote: (main, counter, winner, how) => `Main vote: ${main} against ${counter}. ${cap(winner)} won (${how}).`,
    amendment: (name, adopted, how) => `${cap(name)}: ${adopted ? 'approved' : 'rejected'} (${how}).`,
  },
  problems: {
    heading: 'Steps that do not fit the procedure',
    line: (step, text) => `Step ${step}: ${text}`,
    code: {
      notLocked: 'recorded while the proposals are not locked.',
      beforeLock: 'recorded before the proposals were locked.',
      wrongItem: 'belongs to another item.',
      duplicateStep: 'has the same step number as an earlier step; the first counts.',
      unknownProposal: 'names a proposal the item does not have.',
      withdrawnProposal: 'names a withdrawn proposal.',
      outOfProcedure: 'is not the step the procedure needs here.',
      wrongProposals: 'puts other proposals against each other than the procedure needs.',
      orderNotPermutation: 'the order does not list every remaining proposal exactly once.',
      badOutcome: 'the main proposal has an outcome that does not fit.',
      minorityBelowThird: 'recorded as a minority referral back although fewer than a third asked for it (counted anyway).',
      lotOutsideElection: 'settled by lot outside an election (counted anyway).',
      chairDecidedElection: 'a tie in an election was settled by the chair instead of by lot (counted anyway).',
      afterUnsettled: 'recorded after a step that is not settled yet.',
      afterEnd: 'recorded after the item was decided.',
    },
  },
  done: {
    heading: 'Decision',
    decided: (body, name) => `${body} decides as in ${name}.`,
    onlyAmendments: (body) => `${body} has decided on the amendments and additions:`,
    amendment: (name, adopted) => `${cap(name)} is ${adopted ? 'approved' : 'rejected'}.`,
    lapsed: (name) => `${cap(name)} lapses, since the proposal was rejected.`,
    referredBack: (body, name) => `${body} refers the item back (${name}).`,
    tabled: (body, name) => `${body} tables the item (${name}).`,
    minorityReferredBack: (body, name) =>
      `The item is referred back without a vote: at least one third of those present asked for it (${name}).`,
  },
  unknownProposal: (id) => `proposal no. ${id}`,
  list,
};
