import type { FieldDef, ListDef, ListKey, ListRole } from './types';
import { choices } from './choices';
import { LIST_URLS } from './urls';
import { textLimits } from './limits';

export { choices } from './choices';
export { listUrl } from './urls';

const meeting: FieldDef = {
  name: 'Meeting',
  title: 'Sammanträde',
  kind: 'Lookup',
  lookupList: 'Meetings',
  indexed: true,
  required: true,
};

/**
 * The one schema of the portal site (DESIGN §3). Provisioning, repositories, the local
 * tenant's seed and the tests all read it from here.
 * List URLs are in urls.ts and choice values in choices.ts, so that code which only reads lists
 * does not carry the definitions.
 */

const agendaItem: FieldDef = {
  name: 'AgendaItem',
  title: 'Ärende',
  kind: 'Lookup',
  lookupList: 'AgendaItems',
  indexed: true,
};
const body: FieldDef = { name: 'Body', title: 'Organ', kind: 'Lookup', lookupList: 'Bodies', indexed: true };
const person: FieldDef = { name: 'Person', title: 'Person', kind: 'User', indexed: true, required: true };

/** Roles of lists members write into: add and view, never edit or delete (DESIGN §4). */
const appendOnly: readonly ListRole[] = [
  { group: 'Owners', level: 'FullControl' },
  { group: 'Clerks', level: 'Contribute' },
  { group: 'Presidium', level: 'AddAndView' },
  { group: 'Members', level: 'AddAndView' },
];

/**
 * Lists that decide who is staff of a body: the owners keep them, everyone else reads — the public
 * notice board's publisher too, as whose notices count depends on them.
 */
const ownersKeep: readonly ListRole[] = [
  { group: 'Owners', level: 'FullControl' },
  { group: 'Clerks', level: 'Read' },
  { group: 'Presidium', level: 'Read' },
  { group: 'Members', level: 'Read' },
  { group: 'Payroll', level: 'Read' },
  { group: 'Publisher', level: 'Read' },
];

/** Records nobody may change once written, clerks included. */
const immutableRecords: readonly ListRole[] = [
  { group: 'Owners', level: 'FullControl' },
  { group: 'Clerks', level: 'AddAndView' },
  { group: 'Presidium', level: 'AddAndView' },
  { group: 'Members', level: 'AddAndView' },
];

/**
 * The live state: the clerks and the presidium create a meeting's item and set its permissions
 * (only that meeting's chair, vice chairs and the body's clerks may write it); members read.
 */
const liveControl: readonly ListRole[] = [
  { group: 'Owners', level: 'FullControl' },
  { group: 'Clerks', level: 'MeetingControl' },
  { group: 'Presidium', level: 'MeetingControl' },
  { group: 'Members', level: 'Read' },
];

/** Staff recording an event for a member (DESIGN §4: it counts only when the author is staff of the body). */
const onBehalfOf: FieldDef = { name: 'OnBehalfOf', title: 'För', kind: 'User' };

const list = (def: Omit<ListDef, 'url' | 'versioning' | 'readSecurity' | 'writeSecurity'> & Partial<ListDef>): ListDef => ({
  url: LIST_URLS[def.key],
  versioning: true,
  readSecurity: 1,
  writeSecurity: 1,
  ...def,
});

export const lists: readonly ListDef[] = [
  list({
    key: 'Bodies',
    title: 'Organ',
    description: 'Fullmäktige, styrelse, nämnder och beredningar med antal platser och lokala regler.',
    template: 100,
    titleField: 'Namn',
    // who a body's clerks are decides whose events count there (DESIGN §4): only the owners set it
    roles: ownersKeep,
    fields: [
      { name: 'BodyCode', title: 'Kortnamn', kind: 'Text', maxLength: 20, required: true, indexed: true, unique: true },
      { name: 'BodyKind', title: 'Typ av organ', kind: 'Choice', choices: choices.bodyKind, required: true, indexed: true },
      { name: 'Seats', title: 'Antal ledamöter', kind: 'Integer', required: true },
      { name: 'SubstituteSeats', title: 'Antal ersättare', kind: 'Integer' },
      { name: 'SubstituteRule', title: 'Inkallelseordning', kind: 'Choice', choices: choices.substituteRule, required: true },
      {
        name: 'CrossPartyOrder',
        title: 'Inkallelseordning mellan partier',
        kind: 'Note',
        description: 'Partiernas ordning när eget parti saknar ersättare, per parti på en rad: "S: V, MP".',
      },
      { name: 'ReturnSameDayAllowed', title: 'Återinträde samma dag tillåtet', kind: 'Boolean', defaultValue: '0' },
      { name: 'SubstitutesMaySpeak', title: 'Ej tjänstgörande ersättare får yttra sig', kind: 'Boolean', defaultValue: '0' },
      { name: 'MaxRepliesPerSpeech', title: 'Repliker per anförande', kind: 'Integer', defaultValue: '2' },
      { name: 'ReplySeconds', title: 'Replik (sekunder)', kind: 'Integer', defaultValue: '120' },
      { name: 'RejoinderSeconds', title: 'Genmäle (sekunder)', kind: 'Integer', defaultValue: '60' },
      { name: 'SpeechSeconds', title: 'Anförande (sekunder)', kind: 'Integer', defaultValue: '0', description: '0 = ingen tidsgräns.' },
      {
        name: 'EliminationTieByLot',
        title: 'Lottning vid lika röstetal i kontrapropositionsvotering',
        kind: 'Boolean',
        defaultValue: '0',
        description: 'Nej = ordförandens utslagsröst (det vanliga); ja = lottning, om arbetsordningen säger så.',
      },
      {
        name: 'Clerks',
        title: 'Sekreterare',
        kind: 'UserMulti',
        description:
          'Organets sekreterare: de leder sammanträdet tillsammans med presidiet, skriver mötesläget, registrerar för ledamöternas räkning och hanterar organets sekretessbelagda handlingar. Utan sekreterare här gör bara webbplatsens ägare det.',
      },
      { name: 'CoSignerCount', title: 'Antal justerare', kind: 'Integer', defaultValue: '2' },
      {
        name: 'CoSignersMayBeSubstitutes',
        title: 'Ersättare får vara justerare',
        kind: 'Boolean',
        defaultValue: '0',
        description: 'Om ersättare får justera protokollet. Annars bara ledamöter.',
      },
      { name: 'NoticeDaysBefore', title: 'Kungörelse senast (dagar före)', kind: 'Integer', defaultValue: '7' },
      {
        name: 'GroupId',
        title: 'Microsoft 365-grupp',
        kind: 'Text',
        maxLength: 64,
        description: 'Gruppens id i Entra ID; gruppens kalender visar organets sammanträden.',
      },
      { name: 'SortOrder', title: 'Sortering', kind: 'Integer', indexed: true },
      { name: 'Active', title: 'Aktivt', kind: 'Boolean', defaultValue: '1', indexed: true },
    ],
  }),
  list({
    key: 'Assignments',
    title: 'Uppdrag',
    description: 'Vem som har vilket uppdrag i vilket organ, för vilket parti och under vilken tid.',
    template: 100,
    titleField: 'Beskrivning',
    // a chair's or vice chair's assignment makes them staff of the body: only the owners set it
    roles: ownersKeep,
    fields: [
      person,
      { ...body, required: true },
      { name: 'Role', title: 'Roll', kind: 'Choice', choices: choices.role, required: true, indexed: true },
      { name: 'Position', title: 'Presidiepost', kind: 'Choice', choices: choices.position },
      { name: 'Party', title: 'Parti', kind: 'Text', maxLength: 40, required: true, indexed: true },
      {
        name: 'SubstituteOrder',
        title: 'Ersättarordning',
        kind: 'Integer',
        indexed: true,
        description: 'Ersättarens plats i partiets inkallelseordning (1 kallas först).',
      },
      { name: 'PersonalSubstituteFor', title: 'Personlig ersättare för', kind: 'User' },
      { name: 'ValidFrom', title: 'Gäller från', kind: 'DateTime', dateOnly: true, required: true, indexed: true },
      { name: 'ValidTo', title: 'Gäller till', kind: 'DateTime', dateOnly: true, indexed: true },
      { name: 'SeatNumber', title: 'Plats', kind: 'Integer', description: 'Platsnummer i organet; upprop sker i denna ordning.' },
    ],
  }),
  list({
    key: 'Meetings',
    title: 'Sammanträden',
    description: 'Sammanträden per organ med tid, plats, status och Teams-länk.',
    template: 100,
    titleField: 'Rubrik',
    fields: [
      { ...body, required: true },
      { name: 'StartTime', title: 'Börjar', kind: 'DateTime', required: true, indexed: true },
      { name: 'EndTime', title: 'Slutar', kind: 'DateTime' },
      { name: 'Location', title: 'Plats', kind: 'Text', maxLength: textLimits.meetingLocation },
      {
        name: 'MeetingStatus',
        title: 'Status',
        kind: 'Choice',
        choices: choices.meetingStatus,
        required: true,
        indexed: true,
        defaultValue: 'Planerat',
      },
      { name: 'RemoteAllowed', title: 'Deltagande på distans', kind: 'Boolean', defaultValue: '0' },
      { name: 'TeamsJoinUrl', title: 'Teams-länk', kind: 'Note' },
      {
        name: 'TeamsThreadId',
        title: 'Teams-mötets chatt',
        kind: 'Text',
        maxLength: 255,
        indexed: true,
        description: 'Id för Teams-mötets chatt (19:meeting_…@thread.v2), ur Teams-länken: mötesappen hittar sammanträdet med det.',
      },
      {
        name: 'EventId',
        title: 'Kalenderhändelse',
        kind: 'Text',
        maxLength: 255,
        description: 'Id för händelsen i organets gruppkalender.',
      },
      { name: 'Chair', title: 'Ordförande', kind: 'User' },
      { name: 'CoSigners', title: 'Justerare', kind: 'UserMulti' },
      {
        name: 'Secretary',
        title: 'Sekreterare',
        kind: 'User',
        description: 'Organets sekreterare som justerar protokollet; sätts när protokollet första gången skickas för justering.',
      },
      { name: 'SigningDue', title: 'Justering senast', kind: 'DateTime' },
      { name: 'SigningPlace', title: 'Justeringens plats', kind: 'Text', maxLength: textLimits.meetingSigningPlace },
      { name: 'NoticePublished', title: 'Kallelse publicerad', kind: 'DateTime' },
      { name: 'CancellationReason', title: 'Skäl till att sammanträdet ställts in', kind: 'Note' },
    ],
  }),
  list({
    key: 'AgendaItems',
    title: 'Ärenden',
    description: 'Föredragningslistans ärenden per sammanträde.',
    template: 100,
    titleField: 'Rubrik',
    fields: [
      meeting,
      { name: 'ItemNumber', title: 'Nummer', kind: 'Integer', required: true, indexed: true },
      { name: 'CaseNumber', title: 'Diarienummer', kind: 'Text', maxLength: textLimits.itemCaseNumber, indexed: true },
      {
        name: 'ItemKind',
        title: 'Typ av ärende',
        kind: 'Choice',
        choices: choices.itemKind,
        required: true,
        defaultValue: 'Beslutsärende',
      },
      { name: 'ProposedDecision', title: 'Förslag till beslut', kind: 'Note' },
      { name: 'Decision', title: 'Beslut', kind: 'Note' },
      {
        name: 'DecisionCorrection',
        title: 'Skäl till rättelse',
        kind: 'Note',
        description:
          'Varför beslutets lydelse ändrades efter att protokollet skickats för justering. Versionshistoriken behåller varje tidigare lydelse med sitt skäl.',
      },
      { name: 'SectionNumber', title: 'Paragraf', kind: 'Integer', indexed: true },
      { name: 'Confidential', title: 'Sekretess', kind: 'Boolean', defaultValue: '0' },
      {
        name: 'SecrecyReference',
        title: 'Sekretessgrund',
        kind: 'Text',
        maxLength: textLimits.itemSecrecyReference,
        description: 'Lagrummet ärendet hålls hemligt enligt, t.ex. "OSL 21 kap. 1 §"; visas i protokollets offentliga version.',
      },
      {
        name: 'Withdrawn',
        title: 'Utgår',
        kind: 'Boolean',
        defaultValue: '0',
        description: 'Ärendet har strukits från föredragningslistan och får ingen paragraf i protokollet.',
      },
    ],
  }),
  list({
    key: 'MeetingDocuments',
    title: 'Handlingar',
    description: 'Handlingar per sammanträde och ärende. Sekretessmarkerade handlingar får egna behörigheter.',
    template: 101,
    titleField: 'Rubrik',
    // Clerks manage permissions here: a confidential document gets its own (DESIGN §3).
    roles: [
      { group: 'Owners', level: 'FullControl' },
      { group: 'Clerks', level: 'FullControl' },
      { group: 'Presidium', level: 'Read' },
      { group: 'Members', level: 'Read' },
    ],
    fields: [
      meeting,
      // an item with documents cannot be deleted, confidential ones the clerk cannot see included
      { ...agendaItem, restrictDelete: true },
      { name: 'DocumentKind', title: 'Typ av handling', kind: 'Choice', choices: choices.documentKind, defaultValue: 'Bilaga' },
      { name: 'Confidential', title: 'Sekretess', kind: 'Boolean', defaultValue: '0', indexed: true },
    ],
  }),
  list({
    key: 'Attendance',
    title: 'Närvaro',
    description: 'Förhinder, upprop, ankomster, avgångar och tjänstgörande ersättare som händelser.',
    template: 100,
    titleField: null,
    roles: appendOnly,
    fields: [
      meeting,
      agendaItem,
      person,
      { name: 'AttendanceEvent', title: 'Händelse', kind: 'Choice', choices: choices.attendanceEvent, required: true, indexed: true },
      {
        name: 'ItemNumbers',
        title: 'Gäller ärenden',
        kind: 'Text',
        maxLength: 255,
        description: 'Tomt = hela sammanträdet; annars ärendenummer, t.ex. "3-5, 8".',
      },
      { name: 'ServingFor', title: 'Tjänstgör för', kind: 'User' },
      { name: 'Reason', title: 'Orsak', kind: 'Note' },
    ],
  }),
  list({
    key: 'Conflicts',
    title: 'Jäv',
    description: 'Anmälda och fastställda jäv per ärende.',
    template: 100,
    titleField: null,
    roles: appendOnly,
    fields: [
      meeting,
      { ...agendaItem, required: true },
      person,
      { name: 'ConflictEvent', title: 'Händelse', kind: 'Choice', choices: choices.conflictEvent, required: true },
      { name: 'Reason', title: 'Grund', kind: 'Note' },
    ],
  }),
  list({
    key: 'SpeakerRequests',
    title: 'Talarlista',
    description: 'Begäran om ordet, repliker, genmälen, ordningsfrågor och återkallelser som händelser.',
    template: 100,
    titleField: null,
    roles: appendOnly,
    fields: [
      meeting,
      { ...agendaItem, required: true },
      { name: 'SpeakerKind', title: 'Typ', kind: 'Choice', choices: choices.speakerKind, required: true },
      {
        name: 'ReplyTo',
        title: 'Svar på',
        kind: 'Integer',
        description: 'Id för anförandet som repliken gäller, eller begäran som återkallas.',
      },
      onBehalfOf,
      { name: 'Position', title: 'Plats i listan', kind: 'Integer', description: 'Ny plats när ordföranden flyttar en begäran.' },
    ],
  }),
  list({
    key: 'Proposals',
    title: 'Yrkanden',
    description: 'Yrkanden per ärende; instämmanden och återtaganden som händelser.',
    template: 100,
    titleField: null,
    roles: appendOnly,
    fields: [
      meeting,
      { ...agendaItem, required: true },
      // empty on support, withdrawal and lock events
      { name: 'ProposalKind', title: 'Typ av yrkande', kind: 'Choice', choices: choices.proposalKind },
      { name: 'ProposalEvent', title: 'Händelse', kind: 'Choice', choices: choices.proposalEvent, required: true, defaultValue: 'Yrkat' },
      { name: 'ProposalText', title: 'Yrkande', kind: 'Note' },
      { name: 'RefersTo', title: 'Avser yrkande', kind: 'Integer' },
      onBehalfOf,
      {
        name: 'UnanimousConsent',
        title: 'Enhälligt medgivande',
        kind: 'Boolean',
        defaultValue: '0',
        description: 'Ändringen efter att yrkandena låsts har församlingens enhälliga medgivande (AO § 46).',
      },
    ],
  }),
  list({
    key: 'Votes',
    title: 'Voteringar',
    description: 'Besluten steg för steg: acklamationer, propositionsordning, voteringspropositioner, frusen röstlängd och resultat.',
    template: 100,
    titleField: 'Proposition',
    // each step's item gets its own permissions when the console records it: only the meeting's staff change it
    roles: liveControl,
    fields: [
      meeting,
      { ...agendaItem, required: true },
      { name: 'Step', title: 'Steg', kind: 'Integer', required: true },
      { name: 'StepKind', title: 'Moment', kind: 'Choice', choices: choices.voteStep, required: true },
      { name: 'VoteKind', title: 'Typ', kind: 'Choice', choices: choices.voteKind, required: true },
      {
        name: 'VoteStatus',
        title: 'Status',
        kind: 'Choice',
        choices: choices.voteStatus,
        required: true,
        indexed: true,
        defaultValue: 'Förberedd',
      },
      { name: 'YesProposal', title: 'Ja-förslag', kind: 'Integer', description: 'Yrkandets id (Lists/Proposals) på ja-sidan.' },
      { name: 'NoProposal', title: 'Nej-förslag', kind: 'Integer', description: 'Yrkandets id på nej-sidan.' },
      {
        name: 'ProposalOrder',
        title: 'Propositionsordning',
        kind: 'Text',
        maxLength: 255,
        description: 'Yrkandenas id i godkänd ordning (JSON).',
      },
      { name: 'YesMeaning', title: 'Ja innebär', kind: 'Note' },
      { name: 'NoMeaning', title: 'Nej innebär', kind: 'Note' },
      {
        name: 'Majority',
        title: 'Kvalificerad majoritet',
        kind: 'Text',
        maxLength: 40,
        description: 'Till exempel 2/3 av avgivna röster (JSON).',
      },
      {
        name: 'ApprovedAt',
        title: 'Propositionen godkänd',
        kind: 'DateTime',
        description: 'Serverns Modified från skrivningen som godkände propositionen.',
      },
      { name: 'Electorate', title: 'Röstlängd', kind: 'Note', description: 'Frusen när voteringen öppnades (JSON).' },
      { name: 'ElectorateHash', title: 'Röstlängdens kontrollsumma', kind: 'Text', maxLength: 64 },
      { name: 'OpenedAt', title: 'Öppnad', kind: 'DateTime', description: 'Serverns Modified från skrivningen som öppnade voteringen.' },
      { name: 'ClosedAt', title: 'Stängd', kind: 'DateTime', description: 'Serverns Modified från skrivningen som stängde voteringen.' },
      { name: 'Result', title: 'Resultat', kind: 'Note' },
      { name: 'ResultHash', title: 'Kontrollsumma', kind: 'Text', maxLength: 64 },
      { name: 'Outcome', title: 'Utfall', kind: 'Choice', choices: choices.voteOutcome },
      { name: 'DecidedBy', title: 'Avgjort genom', kind: 'Choice', choices: choices.decidedBy },
      { name: 'LotSeed', title: 'Lottningens frö', kind: 'Text', maxLength: 80 },
      { name: 'Witnesses', title: 'Justerare som bevittnade', kind: 'UserMulti' },
      { name: 'MinorityAsking', title: 'Begärde minoritetsåterremiss', kind: 'Integer' },
      { name: 'MinorityPresent', title: 'Närvarande ledamöter', kind: 'Integer' },
    ],
  }),
  list({
    key: 'Ballots',
    title: 'Röster',
    description: 'En röst per väljare och votering; kan inte ändras eller tas bort.',
    template: 100,
    titleField: null,
    versioning: false,
    roles: immutableRecords,
    fields: [
      { name: 'Vote', title: 'Votering', kind: 'Lookup', lookupList: 'Votes', indexed: true, required: true },
      { name: 'BallotKey', title: 'Röstnyckel', kind: 'Text', maxLength: 80, required: true, indexed: true, unique: true },
      { name: 'BallotChoice', title: 'Röst', kind: 'Choice', choices: choices.ballotChoice, required: true },
    ],
  }),
  list({
    key: 'LiveState',
    title: 'Mötesläge',
    description: 'Ett objekt per pågående sammanträde: aktuellt ärende, talare och öppen votering.',
    template: 100,
    titleField: null,
    versioning: false,
    // Lists the chair's console writes; each meeting's item gets its own permissions when it goes live.
    roles: liveControl,
    fields: [
      // not unique: a key anyone on staff can compute first (DESIGN §4); the first item a writer of the meeting created counts
      meeting,
      { name: 'Phase', title: 'Läge', kind: 'Choice', choices: choices.livePhase, required: true, defaultValue: 'Ej startat' },
      { name: 'CurrentItem', title: 'Aktuellt ärende', kind: 'Integer' },
      { name: 'CurrentSpeaker', title: 'Talare', kind: 'Integer' },
      {
        name: 'OpenVote',
        title: 'Votering som visas',
        kind: 'Integer',
        description: 'Öppen eller nyss stängd votering (id i Lists/Votes).',
      },
      {
        name: 'Turnout',
        title: 'Röster hittills',
        kind: 'Integer',
        description: 'Antal avgivna röster i den öppna voteringen, från konsolen.',
      },
      {
        name: 'VoteMark',
        title: 'Beslutsrevision',
        kind: 'Integer',
        description: 'Ökar när konsolen skriver i Voteringar: klienterna läser då om ärendets beslutssteg.',
      },
      { name: 'Revision', title: 'Revision', kind: 'Integer', required: true, defaultValue: '0' },
      { name: 'Quorum', title: 'Beslutförhet', kind: 'Note' },
      {
        name: 'EventMark',
        title: 'Senaste händelser',
        kind: 'Text',
        maxLength: 255,
        description: 'Högsta id per händelselista som konsolen sett (JSON); ledamöternas klienter läser bara listor som ändrats.',
      },
    ],
  }),
  list({
    key: 'Dissents',
    title: 'Reservationer',
    description: 'Reservationer och protokollsanteckningar med skriftliga motiveringar.',
    template: 100,
    titleField: null,
    roles: appendOnly,
    fields: [
      meeting,
      { ...agendaItem, required: true },
      { name: 'DissentKind', title: 'Typ', kind: 'Choice', choices: choices.dissentKind, required: true },
      { name: 'DissentEvent', title: 'Händelse', kind: 'Choice', choices: choices.dissentEvent, required: true },
      { name: 'Reasons', title: 'Motivering', kind: 'Note' },
    ],
  }),
  list({
    key: 'Minutes',
    title: 'Protokoll',
    description:
      'Protokoll för justering: en mapp per protokoll (hela protokollet eller en omedelbart justerad paragraf), en fil per fryst version.',
    template: 101,
    titleField: 'Rubrik',
    // The body's clerks create a document's folder and give it its own permissions (only they write
    // it); each frozen version file then gets read-only permissions for everyone but the owners.
    // The public versions of posted minutes are in the folder `Offentliga`, which keeps the
    // library's permissions: the notice board's publisher reads them, and nothing in the restricted folders.
    roles: [
      { group: 'Owners', level: 'FullControl' },
      { group: 'Clerks', level: 'MeetingControl' },
      { group: 'Presidium', level: 'Read' },
      { group: 'Members', level: 'Read' },
      { group: 'Payroll', level: 'Read' },
      { group: 'Publisher', level: 'Read' },
    ],
    fields: [
      meeting,
      {
        name: 'MinutesVersion',
        title: 'Protokollversion',
        kind: 'Integer',
        description: 'Den frysta versionens nummer, samma som i filens namn (v1.pdf, v2.pdf …). Tomt på protokollets mapp.',
      },
      {
        name: 'Sha256',
        title: 'SHA-256',
        kind: 'Text',
        maxLength: 64,
        description:
          'Kontrollsumma över versionens exakta bytes. En ändrad fil stämmer inte längre med den, och justeringarna räknas inte.',
      },
      {
        name: 'Sections',
        title: 'Paragrafer',
        kind: 'Text',
        maxLength: 255,
        description: 'Paragrafnummer som protokollet omfattar, t.ex. "12, 13".',
      },
      { name: 'Immediate', title: 'Omedelbar justering', kind: 'Boolean', defaultValue: '0' },
      {
        name: 'Signers',
        title: 'Justerare för versionen',
        kind: 'Text',
        maxLength: 255,
        description:
          'Vem som justerar den frysta versionen (ordförande, justerare, sekreterare), fryst med den: en senare ändring av sammanträdets justerare gäller bara nästa version.',
      },
    ],
  }),
  list({
    key: 'Signatures',
    title: 'Justeringar',
    description:
      'Justerarnas underskrifter: en rad per underskrift, med kontrollsumman för exakt den version som visades. Kan inte ändras eller tas bort.',
    template: 100,
    titleField: null,
    versioning: false,
    // no unique key: a key anyone can compute could be written first by another member (DESIGN §4);
    // the signer is the row's Author, and the state rule counts the designated signers' own rows
    roles: immutableRecords,
    fields: [
      {
        name: 'MinutesDocument',
        title: 'Protokoll',
        kind: 'Lookup',
        lookupList: 'Minutes',
        indexed: true,
        required: true,
        // a justerat protokoll cannot be deleted from under its signatures
        restrictDelete: true,
      },
      meeting,
      { name: 'DocumentVersion', title: 'Version', kind: 'Integer', required: true },
      { name: 'DocumentHash', title: 'SHA-256', kind: 'Text', maxLength: 64, required: true },
      { name: 'SignerRole', title: 'Roll', kind: 'Choice', choices: choices.signerRole, required: true },
    ],
  }),
  list({
    key: 'NoticeBoard',
    title: 'Anslagstavla',
    description: 'Regionens officiella anslagstavla: kungörelser och tillkännagivanden om justerade protokoll.',
    template: 100,
    titleField: 'Rubrik',
    // An announcement of a signed minutes document is an event row that the clerk who posts it makes
    // read-only for everyone but the owners, so neither the posting nor the taking down can be erased.
    // The public board (anslagstavlan) is published from these rows by a read-only service account.
    roles: [
      { group: 'Owners', level: 'FullControl' },
      { group: 'Clerks', level: 'MeetingControl' },
      { group: 'Presidium', level: 'Read' },
      { group: 'Members', level: 'Read' },
      { group: 'Payroll', level: 'Read' },
      { group: 'Publisher', level: 'Read' },
    ],
    fields: [
      body,
      { name: 'Meeting', title: 'Sammanträde', kind: 'Lookup', lookupList: 'Meetings', indexed: true },
      { name: 'NoticeKind', title: 'Typ av anslag', kind: 'Choice', choices: choices.noticeKind, required: true },
      {
        name: 'NoticeEvent',
        title: 'Händelse',
        kind: 'Choice',
        choices: choices.noticeEvent,
        description: 'Justerat protokoll: anslaget eller nedtaget. Anslagsdagen är serverns Skapad, inte ett datum någon skrivit.',
      },
      {
        name: 'MinutesDocument',
        title: 'Protokoll',
        kind: 'Lookup',
        lookupList: 'Minutes',
        indexed: true,
        restrictDelete: true,
      },
      {
        name: 'PostedOn',
        title: 'Anslaget',
        kind: 'DateTime',
        dateOnly: true,
        indexed: true,
        description: 'Kungörelser. För justerade protokoll gäller serverns Skapad.',
      },
      {
        name: 'RemoveOn',
        title: 'Tas ned',
        kind: 'DateTime',
        dateOnly: true,
        indexed: true,
        description: 'För visning och flöden; för justerade protokoll räknas dagen från serverns Skapad.',
      },
      { name: 'MinutesLocation', title: 'Protokollet förvaras', kind: 'Text', maxLength: 255 },
      { name: 'Content', title: 'Innehåll', kind: 'Note' },
      {
        name: 'Sections',
        title: 'Paragrafer',
        kind: 'Text',
        maxLength: 255,
        description: 'Justerat protokoll: paragraferna som anslaget gäller, t.ex. "12, 13".',
      },
      {
        name: 'PublicVersion',
        title: 'Offentlig version',
        kind: 'Text',
        maxLength: 255,
        description:
          'Justerat protokoll: adressen till protokollets offentliga version (PDF) i mappen Offentliga i biblioteket Protokoll, som den offentliga anslagstavlan länkar till.',
      },
    ],
  }),
  list({
    key: 'ClaimDrafts',
    title: 'Utkast till ersättningsanspråk',
    description:
      'Den förtroendevaldas egna utkast: bara den som skrev ett utkast ser och ändrar det. Skickas som en ny rad i Ersättningsanspråk.',
    template: 100,
    titleField: 'Beskrivning',
    readSecurity: 2,
    writeSecurity: 2,
    roles: [
      { group: 'Owners', level: 'FullControl' },
      { group: 'Members', level: 'Contribute' },
      { group: 'Clerks', level: 'Contribute' },
      { group: 'Presidium', level: 'Contribute' },
    ],
    fields: [
      body,
      { name: 'Meeting', title: 'Sammanträde', kind: 'Lookup', lookupList: 'Meetings', indexed: true },
      { name: 'ClaimDate', title: 'Datum', kind: 'DateTime', dateOnly: true, indexed: true },
      { name: 'StartTime', title: 'Från', kind: 'DateTime' },
      { name: 'EndTime', title: 'Till', kind: 'DateTime' },
      { name: 'DayKind', title: 'Heldag/halvdag', kind: 'Choice', choices: choices.dayKind },
      {
        name: 'Lines',
        title: 'Rader',
        kind: 'Note',
        description: 'Anspråkets rader (JSON), prövade av reglerna när utkastet sparas och skickas.',
      },
      {
        name: 'SupersedesClaim',
        title: 'Ersätter anspråk',
        kind: 'Integer',
        description: 'Ett återvisat anspråk som utkastet skickas om i stället för.',
      },
    ],
  }),
  list({
    key: 'Claims',
    title: 'Ersättningsanspråk',
    description:
      'Skickade anspråk: en post per sändning, låst när den skrivs. Den sökande är postens Skapad av; status följer av attest, återvisning och överföring i Anspråkshändelser.',
    template: 100,
    titleField: 'Beskrivning',
    // read own items: until a new claim has its own permissions, no other member sees it; attestants
    // and payroll override that and read exactly the claims whose own permissions name them
    readSecurity: 2,
    writeSecurity: 2,
    roles: [
      { group: 'Owners', level: 'FullControl' },
      { group: 'Members', level: 'RecordSending' },
      { group: 'Clerks', level: 'ClaimReview' },
      { group: 'Presidium', level: 'ClaimReview' },
      { group: 'Payroll', level: 'ClaimReview' },
    ],
    fields: [
      { ...body, required: true },
      { name: 'Meeting', title: 'Sammanträde', kind: 'Lookup', lookupList: 'Meetings', indexed: true },
      { name: 'DutyDescription', title: 'Förrättning', kind: 'Text', maxLength: 255 },
      { name: 'ClaimDate', title: 'Datum', kind: 'DateTime', dateOnly: true, required: true, indexed: true },
      { name: 'StartTime', title: 'Från', kind: 'DateTime' },
      { name: 'EndTime', title: 'Till', kind: 'DateTime' },
      { name: 'DayKind', title: 'Heldag/halvdag', kind: 'Choice', choices: choices.dayKind, required: true },
      { name: 'ClaimRole', title: 'Uppdrag', kind: 'Choice', choices: choices.role, required: true },
      { name: 'Lines', title: 'Rader', kind: 'Note', required: true, description: 'Anspråkets rader (JSON), frysta när det skickades.' },
      {
        name: 'Amounts',
        title: 'Belopp',
        kind: 'Note',
        description: 'Varje rads belopp eller skäl (JSON), beräknat när anspråket skickades.',
      },
      { name: 'TotalAmount', title: 'Summa (öre)', kind: 'Integer' },
      {
        name: 'SettingsUsed',
        title: 'Inställningar som använts',
        kind: 'Note',
        description: 'Inställningarna som gällde dagen för förrättningen (JSON), frysta med anspråket.',
      },
      {
        name: 'SupersedesClaim',
        title: 'Ersätter anspråk',
        kind: 'Integer',
        indexed: true,
        description: 'Det återvisade anspråk som denna sändning ersätter. Ett skickat anspråk ändras aldrig.',
      },
    ],
  }),
  list({
    key: 'ClaimEvents',
    title: 'Anspråkshändelser',
    description:
      'Attest, återvisning och överföring till lön: en rad per händelse, skriven av organets attestant eller lön och låst direkt. Vem och när är serverns Skapad av och Skapad.',
    template: 100,
    titleField: null,
    // versioned: an event changed after writing has a version above 1.0 and no longer counts
    // no member role: a claimant reads the events of their own claim through the event's own permissions
    roles: [
      { group: 'Owners', level: 'FullControl' },
      { group: 'Clerks', level: 'RecordSending' },
      { group: 'Presidium', level: 'RecordSending' },
      { group: 'Payroll', level: 'RecordSending' },
    ],
    fields: [
      { name: 'Claim', title: 'Anspråk', kind: 'Lookup', lookupList: 'Claims', indexed: true, required: true, restrictDelete: true },
      { name: 'ClaimEvent', title: 'Händelse', kind: 'Choice', choices: choices.claimEvent, required: true, indexed: true },
      { name: 'Reason', title: 'Skäl', kind: 'Note' },
      { name: 'PayPeriod', title: 'Löneperiod', kind: 'Text', maxLength: 7, indexed: true, description: 'Överföring: perioden, ÅÅÅÅ-MM.' },
    ],
  }),
  list({
    key: 'Settings',
    title: 'Inställningar',
    description: 'Belopp, procentsatser, frister och arbetsordningens värden med giltighetstid.',
    template: 100,
    titleField: 'Beskrivning',
    fields: [
      { name: 'SettingKey', title: 'Nyckel', kind: 'Text', maxLength: 100, required: true, indexed: true },
      body,
      { name: 'SettingValue', title: 'Värde', kind: 'Note', required: true },
      { name: 'ValidFrom', title: 'Gäller från', kind: 'DateTime', dateOnly: true, required: true, indexed: true },
      { name: 'ValidTo', title: 'Gäller till', kind: 'DateTime', dateOnly: true, indexed: true },
    ],
  }),
];

const byKey = new Map<ListKey, ListDef>(lists.map((l) => [l.key, l]));

export function listDef(key: ListKey): ListDef {
  const def = byKey.get(key);
  if (!def) throw new Error(`Unknown list key ${key}`);
  return def;
}

/** Lists in an order where every lookup target comes before the lists that point at it. */
export function listsInDependencyOrder(): ListDef[] {
  const done = new Set<ListKey>();
  const out: ListDef[] = [];
  const visit = (def: ListDef, path: ListKey[]): void => {
    if (done.has(def.key)) return;
    if (path.includes(def.key)) throw new Error(`Lookup cycle: ${[...path, def.key].join(' → ')}`);
    for (const f of def.fields) if (f.lookupList && f.lookupList !== def.key) visit(listDef(f.lookupList), [...path, def.key]);
    done.add(def.key);
    out.push(def);
  };
  for (const def of lists) visit(def, []);
  return out;
}
