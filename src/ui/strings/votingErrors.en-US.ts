import type { VotingErrorStrings } from './votingErrors';

export const en: VotingErrorStrings = {
  notLive: { title: 'The meeting is not in progress.', action: 'Votes are held only while the meeting is in progress.' },
  unknownVote: { title: 'The vote does not exist.', action: 'Reload the page to see the vote in progress.' },
  questionMissing: {
    title: 'The question has no text.',
    action: 'Write what the question is and what Yes and No mean before it is put.',
  },
  questionTooLong: {
    title: 'The question is too long.',
    action: 'Shorten it to 255 characters at most; explain more in what Yes and No mean.',
  },
  notPrepared: { title: 'The question has already been put.', action: 'Only a question not yet approved can be changed.' },
  notApproved: { title: 'The question is not approved.', action: 'Let the assembly approve the question before the vote opens.' },
  voteNotOpen: { title: 'The vote is not open.', action: 'You can vote once the chair has opened the vote.' },
  voteClosed: {
    title: 'The vote is already closed.',
    action: 'A vote cast after the close does not count. The result is shown on the page.',
  },
  quorumMissing: {
    title: 'There is no quorum.',
    action: 'The vote cannot open until enough members are serving.',
  },
  remoteLinkBroken: {
    title: 'A remote participant has a broken connection.',
    action: 'Wait until the connection works or record the participant as absent before the vote opens.',
  },
  paperBallot: {
    title: 'This election is held on paper ballots.',
    action: "A secret election cannot be kept secret in SharePoint. Enter the tellers' count instead.",
  },
  notPaper: { title: 'This is not a vote on paper ballots.', action: 'The result is counted from the ballots when the vote closes.' },
  nothingToDecide: { title: 'There is no tie to settle.', action: 'The vote is already decided or not closed yet.' },
  witnessesMissing: {
    title: 'Both co-signers must be named.',
    action: 'Name the two co-signers who witnessed the count before entering the result.',
  },
  countInvalid: {
    title: 'The numbers do not add up.',
    action: 'Enter whole numbers, zero or more, and no more votes than there are voters.',
  },
  notInElectorate: {
    title: 'You are not in the electorate of this vote.',
    action: 'The electorate was fixed when the vote opened. Tell the clerk if you think it is wrong.',
  },
  alreadyVoted: { title: 'You have already voted.', action: 'Your first vote counts. The receipt is shown on the page.' },
  orderInvalid: {
    title: 'The order of the questions is not valid.',
    action: 'Each remaining proposal must appear once in the order.',
  },
  voteStillOpen: {
    title: 'A vote is still open.',
    action: 'Close it, or withdraw it, before the next question is put.',
  },
};
