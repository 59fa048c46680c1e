import type { LiveErrorStrings } from './liveErrors';

export const en: LiveErrorStrings = {
  notServing: {
    title: 'You are not serving on this item.',
    action: 'Only serving members and substitutes may ask for the floor and make proposals.',
  },
  disqualified: {
    title: 'You have declared a conflict of interest on this item.',
    action: 'A disqualified member takes no part in the debate or the decision.',
  },
  notPresent: { title: 'You are not recorded as present.', action: 'Ask the clerk to add you to the attendance.' },
  substituteMayNotSpeak: {
    title: 'Substitutes who are not serving may not speak in this body.',
    action: "That follows from the body's rules of procedure. You may follow the meeting.",
  },
  listClosed: {
    title: 'The speaker list is closed.',
    action: 'The chair has closed the debate. Replies and points of order can still be asked for.',
  },
  alreadyWaiting: { title: 'You are already on the speaker list.', action: 'Wait for your turn, or withdraw your request first.' },
  replyNotLatest: {
    title: 'A reply can only be made to the latest speech.',
    action: 'Ask for the floor for a speech of your own instead.',
  },
  replyToOwnSpeech: { title: 'You cannot reply to your own speech.', action: 'You can answer if someone replies to you.' },
  replyToReply: {
    title: 'A reply cannot be replied to.',
    action: 'The speaker may answer; you can ask for the floor for a speech of your own.',
  },
  tooManyReplies: {
    title: 'You have used your replies to this speech.',
    action: "The body's rules limit the replies per speech. Ask for the floor for a speech of your own.",
  },
  answerNotSpeaker: { title: 'Only the speaker can answer a reply.', action: 'Ask for the floor for a speech of your own instead.' },
  answerTwice: { title: 'An answer to this reply has already been asked for.', action: 'There is one answer per reply.' },
  answerNotReply: { title: 'An answer is given to a reply only.', action: 'Choose the reply you want to answer.' },
  notOwnRequest: { title: 'You can only withdraw your own request.', action: "The chair can strike others' requests." },
  alreadySpoken: { title: 'The floor has already been given for that request.', action: 'A speech that has begun cannot be withdrawn.' },
  unknownRequest: {
    title: 'That request is not on the speaker list.',
    action: 'The list may have changed. Wait a moment for it to update.',
  },
  notStaff: { title: "Only the meeting's chair, vice chairs and the body's clerks can do this.", action: 'Ask the chair or the clerk.' },
  proposalsLocked: {
    title: 'The proposals are locked.',
    action: 'Once the chair has read them back and confirmed them, they change only with the unanimous consent of the assembly.',
  },
  notOwnProposal: {
    title: 'You can only withdraw or change your own proposal.',
    action: 'The proposer can change it until the proposals are locked.',
  },
  unknownProposal: { title: 'That proposal does not exist.', action: 'The list may have changed. Wait a moment for it to update.' },
  supportOwn: { title: 'You cannot support your own proposal.', action: 'Your name is already on it as the proposer.' },
  alreadySupported: { title: 'You already support this proposal.', action: 'Your support is recorded.' },
  proposalWithdrawn: { title: 'The proposal has been withdrawn.', action: 'You can make a proposal of your own with the same content.' },
  textMissing: { title: 'The proposal needs a text.', action: 'Write what you propose. A referral back needs its reasons.' },
  noLinkToRestore: {
    title: 'Your link is not reported as broken.',
    action: 'This button is needed only after you reported that you cannot see or hear the meeting.',
  },
  notRemote: { title: 'You are not taking part remotely.', action: 'This applies only to remote participants.' },
  requestWithdrawn: { title: 'That request has been withdrawn or struck.', action: 'Ask for the floor again if you want to speak.' },
  notSpeaking: { title: 'That speaker does not have the floor.', action: 'The list may have changed. Wait a moment for it to update.' },
  notASpeech: { title: 'Only speeches can be moved on the list.', action: 'Replies and points of order keep their places.' },
  badPosition: { title: 'That place on the list does not exist.', action: 'Choose a place between the first and the last.' },
  substituteMayNotPropose: {
    title: 'Substitutes who are not serving may not make proposals.',
    action: 'Only serving members and substitutes make proposals.',
  },
  kindMissing: { title: 'Choose the kind of proposal.', action: 'For example approve, reject or refer back.' },
  voteOpen: { title: 'A vote is open on this item.', action: 'Close the vote, or withdraw it, before moving to another item.' },
  itemNotCurrent: { title: 'No item is being dealt with right now.', action: 'Wait until the chair opens an item.' },
};
