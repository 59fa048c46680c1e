import type { DocumentKind } from '../../data/services';
import type { Capacity } from '../../domain/meetings/seats';
import type { ItemKind } from '../../domain/meetings/types';
import { defineStrings } from './registry';
import { sv } from './meeting.sv-SE';
import { en } from './meeting.en-US';

/** The meeting views: agenda, participation, the clerk's tools, roll call. */
export interface MeetingStrings {
  itemKind: Record<ItemKind, string>;
  documentKind: Record<DocumentKind, string>;
  capacity: Record<Capacity, string>;
  /** "3, 4 och 8" — item numbers in a sentence. */
  items(numbers: string): string;
  page: {
    loading: string;
    /** A meeting id that does not exist (an old link, a typo). */
    notFound: { title: string; action: string };
    loaded(title: string): string;
    heading: string;
    body: string;
    when: string;
    place: string;
    placeUnknown: string;
    status: string;
    remote: string;
    remoteAllowed: string;
    remoteNotAllowed: string;
    chair: string;
    coSigners: string;
    nobodyYet: string;
    noticePublished(date: string): string;
    signingDue: string;
    joinTeams: string;
    joinTeamsLabel(title: string): string;
    rollCallLink: string;
    /** To the live meeting app (speaker list, proposals, the chair's console). */
    /** To the minutes, their signing and the notice, once the meeting has begun. */
    minutesLink: string;
    liveLink: string;
    back: string;
    cancelled: string;
    cancelledBecause(reason: string): string;
  };
  agenda: {
    heading: string;
    empty: string;
    caseNumber: string;
    kind: string;
    proposedDecision: string;
    confidential: string;
    documents: string;
    noDocuments: string;
    meetingDocuments: string;
    opensInNewTab: string;
    documentLabel(title: string, kind: string): string;
    changed: string;
    changedLabel: string;
    changedCount(n: number): string;
  };
  participation: {
    heading: string;
    notAssigned: string;
    stateWillAttend: string;
    stateAbsentAll: string;
    stateAbsentItems(items: string): string;
    stateNoAnswer: string;
    calledIn(memberName: string): string;
    calledInItems(memberName: string, items: string): string;
    confirm: string;
    reportHeading: string;
    scope: string;
    scopeAll: string;
    scopeItems: string;
    chooseItems: string;
    itemOption(number: number, title: string): string;
    reason: string;
    reasonHint: string;
    report: string;
    /** Beside a stored notice: what happens next. */
    substitutesCalled: string;
    /** What a notice for the chosen items means for when the person serves (DOMAIN §2). */
    consequenceNoReturn(fromItem: number, out: string): string;
    consequenceReturn(serves: string, out: string): string;
    withdraw: string;
    noItemsChosen: string;
    problem: {
      meetingStarted: string;
      unknownItems(items: string): string;
      overlapAll: string;
      overlapItems(items: string): string;
      nothingToWithdraw: string;
    };
    conflictHeading: string;
    conflictIntro: string;
    conflictItem: string;
    conflictReason: string;
    conflictReasonRequired: string;
    conflictChooseItem: string;
    declare: string;
    declared: string;
    myConflicts: string;
    conflictOn(number: number, title: string): string;
    withdrawConflict: string;
    withdrawConflictLabel(number: number): string;
    conflictWithdrawn: string;
    saving: string;
  };
  clerk: {
    heading: string;
    createMeeting: string;
    editMeeting: string;
    newHeading: string;
    editHeading: string;
    body: string;
    chooseBody: string;
    title: string;
    date: string;
    startTime: string;
    endTime: string;
    timeHint: string;
    place: string;
    remoteAllowed: string;
    chair: string;
    noChair: string;
    coSigners: string;
    coSignersHint(count: number, substitutesMay: boolean): string;
    /** A person in the chair and co-signer pickers, with their role in the body. */
    personOption(name: string, role: string): string;
    signingDue: string;
    /** The confirmation beside a date that has already been. */
    confirmPast: string;
    save: string;
    create: string;
    cancelEdit: string;
    saving: string;
    saved: string;
    loadingPeople: string;
    invalid: {
      body: string;
      title: string;
      date: string;
      /** What was typed is not a date ("2027-02-30"). */
      dateFormat(text: string): string;
      /** A date before today needs the clerk's confirmation. */
      pastDate: string;
      time: string;
      endBeforeStart: string;
      tooManyCoSigners(count: number): string;
      chairIsCoSigner: string;
      coSignerNotMember: string;
      summary(count: number): string;
    };
    notClerk: string;
  };
  datePicker: {
    months: string[];
    shortMonths: string[];
    days: string[];
    shortDays: string[];
    goToToday: string;
    prevMonth: string;
    nextMonth: string;
    prevYear: string;
    nextYear: string;
    close: string;
    placeholder: string;
    /** Under the field: the format to type. */
    format: string;
    /** The button that opens the calendar, and its name for screen readers. */
    open: string;
    openFor(label: string): string;
  };
  builder: {
    heading: string;
    /** Absence notices for some items name them by number; moving or removing items shifts them. */
    itemNoticesWarning(count: number): string;
    addItem: string;
    editItem(number: number): string;
    itemTitle: string;
    caseNumber: string;
    kind: string;
    proposedDecision: string;
    confidential: string;
    saveItem: string;
    cancel: string;
    titleRequired: string;
    up: string;
    down: string;
    moveUp(number: number, title: string): string;
    moveDown(number: number, title: string): string;
    moved(title: string, number: number): string;
    edit(number: number, title: string): string;
    remove(number: number, title: string): string;
    confirmRemoveTitle: string;
    confirmRemoveText(number: number, title: string): string;
    confirmRemove: string;
    removed(title: string): string;
    removeRefused: string;
    itemSaved(title: string): string;
    actionsLabel(number: number): string;
  };
  upload: {
    heading(number: number | null): string;
    file: string;
    title: string;
    kind: string;
    confidential: string;
    /** Under the confidentiality box: exactly who can open the document (documentFolders.ts grantBody). */
    confidentialHelp: string;
    upload: string;
    uploading(name: string): string;
    uploaded(name: string): string;
    noFile: string;
    titleRequired: string;
    /** The meeting already has a document of that file name: a new version of it, or both. */
    sameName: { question(name: string): string; replace: string; keepBoth: string; cancel: string };
    removeDocument(title: string): string;
    confirmRemoveTitle: string;
    confirmRemoveText(title: string): string;
    removedDocument(title: string): string;
  };
  publish: {
    heading: string;
    intro: string;
    publish: string;
    republish: string;
    publishing: string;
    /** `invited`: called-in substitutes who got an invitation of their own (the group calendar reaches everyone else). */
    published(invited: number): string;
    teamsCreated: string;
    lateAnnouncement(days: number | null): string;
    lateAction: string;
    /** Asked before sending: who gets it, the called-in substitutes by name. */
    confirmTitle: string;
    confirmText(people: number, calledIn: string[]): string;
    confirm: string;
    cancel: string;
  };
  cancel: {
    heading: string;
    reason: string;
    reasonRequired: string;
    cancelMeeting: string;
    confirmTitle: string;
    confirmText: string;
    confirm: string;
    back: string;
    cancelled: string;
  };
  picture: {
    heading: string;
    caption: string;
    seat: string;
    member: string;
    party: string;
    answer: string;
    substitute: string;
    none: string;
    willAttend: string;
    absentAll: string;
    absentItems(items: string): string;
    noAnswer: string;
    summary(coming: number, absent: number, noAnswer: number): string;
    plannedQuorum(held: number, seats: number): string;
    notAnsweredHeading: string;
    everyoneAnswered: string;
    personWithRole(name: string, role: string, party: string): string;
  };
  rollCall: {
    heading: string;
    loading: string;
    intro: string;
    tableCaption: string;
    seat: string;
    /** The first column of the substitutes' table: their order, not a seat. */
    substituteOrder: string;
    person: string;
    recorded: string;
    actions: string;
    present: string;
    remote: string;
    absent: string;
    notRecorded: string;
    arrived(item: number): string;
    departed(item: number): string;
    buttonLabel(action: string, name: string): string;
    substitutes: string;
    quorumOk(held: number, seats: number, required: number): string;
    quorumLost(missing: number): string;
    quorumFor(number: number): string;
    movementHeading: string;
    movementPerson: string;
    movementKind: string;
    arrival: string;
    departure: string;
    fromItem: string;
    record: string;
    recordedMovement(name: string): string;
    /** Said instead of success when the stored table refuses the arrival just recorded. */
    recordedButRefused(name: string, itemNumber: number): string;
    /** Beside the movement form, before saving: the chosen arrival is one the body's rules refuse. */
    arrivalRefused(name: string, itemNumber: number): string;
    choosePerson: string;
    chooseItem: string;
    seatTableHeading: string;
    item: string;
    itemOption(number: number, title: string): string;
    holder: string;
    capacity: string;
    remoteColumn: string;
    yes: string;
    no: string;
    memberOut: { absent: string; disqualified: string; left: string };
    conflictHeading: string;
    noConflicts: string;
    disqualified(name: string): string;
    servedBy(name: string): string;
    nobodyServes: string;
    declaredConflict(name: string, reason: string): string;
    uphold: string;
    reject: string;
    ruleLabel(action: string, name: string): string;
    upheld: string;
    rejected: string;
    ruled: string;
    refusedReturns: string;
    refusedReturn(name: string): string;
    nonServing(names: string): string;
    backToMeeting: string;
    noItems: string;
    notStaff: string;
  };
  newMeeting: Record<string, never>;
}

export const meetingStrings = defineStrings<MeetingStrings>('meeting', { 'sv-SE': sv, 'en-US': en });
