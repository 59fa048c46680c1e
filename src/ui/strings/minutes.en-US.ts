import type { ProposalWho } from '../../domain/minutes/wording';
import { dateParts } from './format';
import { intlFor } from './intl';
import type { MinutesStrings } from './minutes';

const { list } = intlFor('en-GB');

const at = (time: string) => `at ${time}`;
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
const whose = (p: ProposalWho) => `${p.name}'s${p.party ? ` (${p.party})` : ''}`;

/** English texts of the minutes; the bodies keep their Swedish names, as the region's English texts do. */
export const en: MinutesStrings = {
  language: 'en-US',
  region: 'Region Norrbotten',
  title: { minutes: 'Minutes', extract: 'Extract from the minutes' },
  publicVersion: 'Public version. Confidential information and personal identity numbers have been removed.',
  page: { before: 'Page ', between: ' of ', after: '' },
  date: (instant) => {
    const p = dateParts(instant, 'en-GB');
    return `${p.day} ${p.month} ${p.year}`;
  },
  time: (instant) => {
    const p = dateParts(instant, 'en-GB');
    return `${p.hour}:${p.minute}`;
  },
  section: (n) => `§ ${n}`,
  sections: (runs) => {
    if (runs.length === 0) return '–';
    const many = runs.length > 1 || runs[0][0] !== runs[0][1];
    return `${many ? '§§' : '§'} ${runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ')}`;
  },
  person: (name, party) => (party ? `${name} (${party})` : name),
  unknownPerson: (id) => `unknown person (${id})`,
  identityMasked: '[identity number removed]',
  bodyInSentence: (name) => name,
  front: {
    placeAndTime: 'Place and time',
    placeTime: (place, date, start, end) => `${place || 'Place not given'}, ${date} ${at(start)}${end ? `–${end}` : ''}`,
    members: 'Members present',
    substitutes: 'Serving substitutes',
    otherSubstitutes: 'Substitutes present, not serving',
    remote: 'Remote participation',
    chair: 'Chair',
    secretary: 'Secretary',
    coSigners: 'Co-signers',
    signing: 'Place and time of signing',
    signingAt: (place, date) => [place, date].filter(Boolean).join(', ') || 'To be decided',
    sectionsCovered: 'Sections',
    nobody: 'None recorded',
    forSections: (who, sections) => `${who}, ${sections}`,
    servingFor: (who, member, sections) => `${who}, substitute for ${member}${sections ? `, ${sections}` : ''}`,
    remoteParticipant: (who, confirmedAt) =>
      confirmedAt
        ? `${who} confirmed ${at(confirmedAt)} that sound and picture work.`
        : `${who} did not confirm that sound and picture work.`,
    linkFailure: (from, to, section, absentAt) =>
      `The link failed ${at(from)}${section ? ` during ${section}` : ''}${to ? ` and worked again ${at(to)}` : ' and did not come back'}${
        absentAt ? `; recorded absent ${at(absentAt)}` : ''
      }.`,
  },
  index: 'Contents',
  item: {
    caseNumber: 'Case number',
    secrecy: 'Confidential',
    secrecyUnder: (reference) => `Confidential under ${reference}.`,
  },
  proposals: {
    heading: 'Proposals',
    what: (p, text) => {
      switch (p.kind) {
        case 'Approve':
          return text || 'Approve the proposed decision';
        case 'Reject':
          return text || 'Reject the proposed decision';
        case 'Own':
          return text;
        case 'Amendment':
          return `Amendment: ${text}`;
        case 'Addition':
          return `Addition: ${text}`;
        case 'ReferBack':
          return text ? `Refer back: ${text}` : 'Refer back';
        case 'MinorityReferBack':
          return `Referral back by minority: ${text}`;
        case 'Table':
          return text ? `Postpone: ${text}` : 'Postpone';
      }
    },
    name: (p) => {
      switch (p.kind) {
        case 'Approve':
          return 'the proposed decision';
        case 'Reject':
          return 'the proposal to reject';
        case 'Own':
          return `${whose(p)} proposal`;
        case 'Amendment':
          return `${whose(p)} amendment`;
        case 'Addition':
          return `${whose(p)} addition`;
        case 'ReferBack':
          return 'the proposal to refer back';
        case 'MinorityReferBack':
          return 'the referral back by minority';
        case 'Table':
          return 'the proposal to postpone';
      }
    },
    made: (who, what, supporters, changed) =>
      [
        `${who}: ${sentence(what)}`,
        supporters.length ? `Supported by ${list(supporters)}.` : '',
        changed ? 'Changed with the unanimous consent of the assembly.' : '',
      ]
        .filter(Boolean)
        .join(' '),
  },
  procedure: {
    heading: 'Procedure',
    putTo: (options) => `The chair puts ${list(options)} to the meeting.`,
    putProcedural: (motion) =>
      `The chair first puts whether the item is decided today or ${motion === 'Table' ? 'postponed' : 'referred back'}.`,
    putAmendment: (name) => `The chair puts approval or rejection of ${name}.`,
    mainFound: (main) => `The chair finds that ${main} is the main proposal.`,
    voteAsked: 'A vote is requested.',
    order: (body, ordered) =>
      `${body} approves the order of voting: ${ordered.map((o, i) => `${i + 1}) ${o}`).join(', ')}. ` +
      'The winner of each vote is put against the next; the one that remains is the counter-proposal in the main vote.',
    elimination: (current, challenger) => `Vote on the counter-proposal: ${current} against ${challenger}.`,
    counterFound: (winner) => `The chair finds that ${winner} is the counter-proposal.`,
    counterVoted: (winner) => `${winner} thereby goes on as the counter-proposal.`,
    mainVote: (main, counter) => `Main vote: ${main} against ${counter}.`,
    minority: (asking, present, passed) =>
      `${asking ?? 'Some'} of the ${present ?? ''} members present ask for the item to be referred back (referral back by minority). ` +
      (passed
        ? 'That is at least a third of those present, so the item is referred back without a vote (chapter 5, section 50 of the Local Government Act).'
        : 'That is fewer than a third of those present, so it is dealt with as a proposal to refer back.'),
    acclaimed: (body, o) => `The chair finds that ${body} ${o.verb} ${o.object}.`,
    voted: (body, o) => `${body} thereby ${o.verb} ${o.object}.`,
  },
  outcome: {
    approve: (name) => ({ verb: 'approves', object: name }),
    reject: (name) => ({ verb: 'rejects', object: name }),
    referBack: { verb: 'refers', object: 'the item back' },
    table: { verb: 'postpones', object: 'the item' },
    decideToday: { verb: 'decides', object: 'the item today' },
  },
  vote: {
    heading: (kind) => ({ Open: 'Vote', OpenElection: 'Open election', PaperSecret: 'Secret ballot' })[kind],
    question: 'Question',
    yes: 'Yes means',
    no: 'No means',
    majority: 'Majority required',
    majorityOf: (m) =>
      `At least ${m.numerator}/${m.denominator} ${
        m.of === 'cast' ? 'of the votes cast' : m.of === 'electorate' ? 'of those entitled to vote' : "of all the body's seats"
      }`,
    result: 'Result',
    counts: (yes, no, abstain, absent) => `${yes} yes, ${no} no, ${abstain} abstaining, ${absent} not taking part`,
    tie: (by, seed) =>
      by === 'CastingVote'
        ? "The votes are tied. The chair's vote decides (casting vote)."
        : by === 'ChairDecision'
          ? 'The votes are tied and the chair did not vote. The chair has decided the question.'
          : `The votes are tied. A lot draw has decided${seed ? ` (seed of the draw: ${seed})` : ''}.`,
    paper: (witnesses) =>
      `Secret ballot on paper. The tellers counted the ballots${witnesses.length ? ` in the presence of ${list(witnesses)}` : ''}; only the result is recorded.`,
    rollCall: 'Roll-call list',
    columns: { seat: 'Seat', name: 'Name', party: 'Party', choice: 'Vote' },
    choice: { J: 'Yes', N: 'No', A: 'Abstain', '-': 'Not taking part' },
    substitute: (name) => `${name} (substitute)`,
    checksum: (sha256) => `Checksum of the result (SHA-256): ${sha256}`,
  },
  decision: {
    heading: 'Decision',
    decided: (body, main) => `${body} decides in accordance with ${main}.`,
    amendment: (body, name, adopted) => `${body} ${adopted ? 'approves' : 'rejects'} ${name}.`,
    lapsed: (names) => `${list(names)} lapse${names.length === 1 ? 's' : ''}, since the proposal to reject won.`,
    referredBack: (body) => `${body} refers the item back.`,
    tabled: (body) => `${body} postpones the item.`,
    minorityReferredBack:
      'The item is referred back at the request of at least a third of the members present (chapter 5, section 50 of the Local Government Act).',
    withoutVote: 'The decision is taken without a vote.',
  },
  conflicts: {
    heading: 'Conflict of interest',
    disqualified: (who, servedBy) =>
      `${who} is disqualified and takes no part in the item.${servedBy ? ` ${servedBy} serves instead.` : ''}`,
  },
  dissents: {
    dissentHeading: 'Dissent',
    noteHeading: 'Minute note',
    dissent: (who) => `${who} dissents from the decision.`,
    note: (who) => `${who} makes a minute note:`,
    reasons: (text) => `Written reasons: ${text}`,
  },
  signing: {
    heading: 'Signatures',
    intro: (place, date) => `Place and time of signing: ${[place, date].filter(Boolean).join(', ') || 'to be decided'}.`,
    role: { chair: 'Chair', coSigner: 'Co-signer', secretary: 'Secretary' },
    unsigned: 'Not signed yet',
    signed: (name, role, time, sha256) => [
      `Signed electronically by ${name}, ${role.toLowerCase()}`,
      `Time: ${time}`,
      `SHA-256: ${sha256}`,
    ],
  },
};
