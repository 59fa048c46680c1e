import type { MinutesState, SignatureIgnoredReason } from '../../domain/minutes/state';
import type { SignerRole } from '../../domain/minutes/types';
import type { ContentsProblem } from '../../domain/minutes/contents';
import { defineStrings } from './registry';
import { sv } from './minutesView.sv-SE';
import { en } from './minutesView.en-US';

/** The minutes view: drafting and freezing (clerk), reading and signing (signers), the notice. */
export interface MinutesViewStrings {
  heading: string;
  loading: string;
  loaded(documents: number): string;
  backToMeeting: string;
  state: Record<MinutesState, string>;
  role: Record<SignerRole, string>;
  ignored: Record<SignatureIgnoredReason, string>;
  contents: Record<ContentsProblem['code'], (section: string) => string>;
  noDocuments: string;
  draft: {
    heading: string;
    intro: string;
    generate: string;
    regenerate: string;
    generating: string;
    /** "Utkastet har 30 paragrafer (§ 1–30)." */
    ready(count: number, sections: string): string;
    pdf(size: string): string;
    word(size: string): string;
    publicPdf: string;
    problemsHeading: string;
    problemsIntro: string;
    send: string;
    sendNew: string;
    sent(version: number): string;
    confirmNewTitle: string;
    confirmNew: string;
    confirmNewLabel: string;
    cancel: string;
  };
  decisions: {
    heading: string;
    intro: string;
    /** "3. Årsredovisning 2025" */
    item(number: number, title: string): string;
    itemLabel: string;
    /** "(beslut saknas)" after an item without a decision in the list of items. */
    noDecision: string;
    decisionOf(number: number): string;
    reason: string;
    reasonHelp: string;
    save: string;
    saved(number: number): string;
    reasonRequired: string;
  };
  dissents: {
    heading: string;
    intro: string;
    loading: string;
    item: string;
    dissent: string;
    announce: string;
    announcedNow: string;
    announced(time: string): string;
    reasons: string;
    reasonsUntil(time: string): string;
    saveReasons: string;
    reasonsSaved: string;
    withdraw: string;
    withdrawn: string;
    closed: string;
    note: string;
    noteText: string;
    handInNote: string;
    noteHandedIn: string;
    withdrawNote: string;
  };
  archive: {
    make: string;
    making: string;
    /** "arkivexemplar" in the file name */
    suffix: string;
    download(size: string): string;
  };
  extract: {
    heading: string;
    intro: string;
    sections: string;
    generate: string;
    ready(sections: string): string;
    immediate: string;
    immediateHelp: string;
    sent(version: number, sections: string): string;
    chooseSections: string;
  };
  document: {
    full: string;
    immediate(sections: string): string;
    status: string;
    versionTerm: string;
    version(version: number, frozen: string): string;
    hash: string;
    open(version: number): string;
    signersCaption: string;
    roleColumn: string;
    nameColumn: string;
    signedColumn: string;
    signedAt(time: string): string;
    waiting: string;
    voided(names: string): string;
    ignoredHeading: string;
    ignoredRow(name: string, time: string, reason: string): string;
    signedAll(time: string): string;
    recordChanged(version: number): string;
    documentChanged(version: number): string;
  };
  sign: {
    heading: string;
    asRole(role: string): string;
    step1: string;
    opening: string;
    opened(hash: string): string;
    step2: string;
    confirm(version: number): string;
    confirmHelp: string;
    /** Where the host asks for no second factor before signing (SharePoint, Teams: the tenant's sign-in policy applies). */
    confirmHelpSignedIn: string;
    sign: string;
    signing: string;
    signed(time: string): string;
    readFirst: string;
  };
  notice: {
    heading: string;
    post: string;
    posting: string;
    posted(postedOn: string, appealEnds: string): string;
    postedLate(latest: string): string;
    postedOn: string;
    removeOn: string;
    appealEnds: string;
    publicVersion: string;
    takeDown: string;
    takenDown(date: string): string;
    overdue(latest: string): string;
    postedLateProblem(latest: string, postedOn: string): string;
    takenDownEarly(earliest: string): string;
    notYet: string;
  };
  /** "1,2 MB" */
  size(bytes: number): string;
}

export const minutesViewStrings = defineStrings<MinutesViewStrings>('minutesView', { 'sv-SE': sv, 'en-US': en });
