import type { ProposalName, VotingConsoleStrings } from './votingConsole';

/** Swedish genitive: "Anna Linds", but "Lars", "Max" and "Inez" as they are. */
const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);
const whose = (p: ProposalName) => `${genitive(p.name)}${p.party ? ` (${p.party})` : ''}`;

function proposal(p: ProposalName): string {
  switch (p.kind) {
    case 'Approve':
      return `${whose(p)} yrkande om bifall`;
    case 'Reject':
      return `${whose(p)} yrkande om avslag`;
    case 'Own':
      return `${whose(p)} yrkande`;
    case 'Amendment':
      return `${whose(p)} ändringsyrkande`;
    case 'Addition':
      return `${whose(p)} tilläggsyrkande`;
    case 'ReferBack':
      return `${whose(p)} yrkande om återremiss`;
    case 'MinorityReferBack':
      return `${whose(p)} yrkande om minoritetsåterremiss`;
    case 'Table':
      return `${whose(p)} yrkande om bordläggning`;
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;

const MOTION = { ReferBack: 'återremitteras', Table: 'bordläggs' } as const;

export const sv: VotingConsoleStrings = {
  heading: 'Beslutsgång',
  loading: 'Hämtar beslutsgången…',
  lockFirst:
    'Yrkandena är inte låsta. Läs upp dem och lås dem när församlingen har bekräftat dem; därefter leder konsolen dig steg för steg genom besluten.',
  nothingToDecide: 'Ärendet har inga yrkanden att besluta om.',
  busy: 'Sparar…',

  proposal,
  inFull: (name, wording) => (wording ? `${name}: ${wording}` : name),
  proposedDecision: (text) => `förslaget till beslut – ${text}`,
  supportedBy: (names) => `Instämmer: ${names}`,

  acclamation: {
    hint: 'Ställ proposition på yrkandena och fråga om församlingen bifaller. Begär någon votering, välj Votering begärs.',
    voteAsked: 'Votering begärs',
    hasMajority: (name) => `${cap(name)} har majoritet`,
  },
  minority: {
    title: 'Minoritetsåterremiss',
    count: (asking, present, required) => `${asking} av ${present} närvarande begär; krävs ${required} (en tredjedel)`,
    asking: (names) => `Begär återremiss: ${names}`,
    passes: 'Kravet är uppfyllt: ärendet återremitteras utan votering (5 kap. 50 § kommunallagen).',
    fails: 'Kravet är inte uppfyllt. Yrkandet prövas som en vanlig återremiss.',
    recordPassed: 'Ärendet återremitteras på minoritetens begäran',
    recordFailed: 'Anteckna att en tredjedel inte begär återremiss',
    question: (name) => `Minoritetsåterremiss: ${name}`,
  },
  procedural: {
    title: { ReferBack: 'Återremiss', Table: 'Bordläggning' },
    hint: (name) => `Ställ först proposition på ${name}: ska ärendet avgöras i dag?`,
    today: 'Ärendet avgörs i dag',
    motion: { ReferBack: 'Ärendet återremitteras', Table: 'Ärendet bordläggs' },
  },
  declareMain: {
    title: 'Huvudförslag',
    hint: 'Ställ proposition på vart och ett av yrkandena och fråga om församlingen bifaller. Ange det yrkande som enligt din bedömning har majoritet: det blir huvudförslag.',
    chosen: (name) => `Huvudförslag: ${name}. Fråga om votering begärs.`,
    askVote: 'Votering begärs',
    adopt: 'Ingen begär votering – beslut enligt huvudförslaget',
    other: 'Välj ett annat huvudförslag',
    question: (name) => `Huvudförslag: ${name}`,
  },
  single: {
    title: 'Beslut',
    hint: (name) => `Det finns ett yrkande: ${name}. Ställ proposition på det.`,
    adopt: (name) => `Beslut enligt ${name}`,
  },
  order: {
    title: 'Propositionsordning',
    hint: (main) =>
      `Huvudförslaget är ${main}. Övriga yrkanden ställs mot varandra i den här ordningen; det som vinner blir motförslag (kontraproposition) i huvudvoteringen. Ändra ordningen vid behov och låt församlingen godkänna den.`,
    listLabel: 'Propositionsordning för motförslaget',
    moveUp: (name) => `Flytta upp: ${name}`,
    moveDown: (name) => `Flytta ned: ${name}`,
    position: (n, of) => `${n} av ${of}`,
    approve: 'Församlingen godkänner ordningen',
    question: 'Propositionsordning för kontrapropositionsvoteringen',
  },
  elimination: {
    title: (round) => `Motförslag, omgång ${round}`,
    hint: (current, challenger) =>
      `Ställ proposition på ${current} mot ${challenger}. Det som får majoritet går vidare och kan bli motförslag i huvudvoteringen.`,
  },
  mainVote: {
    title: 'Huvudvotering',
    hint: (main, counter) => `Votering har begärts. Huvudförslag: ${main}. Motförslag: ${counter}.`,
  },
  amendment: {
    title: (name) => cap(name),
    hint: (name) => `Ställ proposition på bifall eller avslag till ${name}.`,
    adopt: (name) => `Bifall till ${name}`,
    reject: (name) => `Avslag på ${name}`,
  },

  templates: {
    mainVote: (main, counter) => ({
      question: `Den som bifaller ${main} röstar ja. Den som bifaller ${counter} röstar nej.`,
      // the meanings carry the proposals in full, wording included: they are the proposals themselves
      yes: cap(main),
      no: cap(counter),
    }),
    elimination: (current, challenger) => ({
      question: `Den som vill att ${current} ska vara motförslag i huvudvoteringen röstar ja. Den som vill att ${challenger} ska vara det röstar nej.`,
      yes: `Motförslag i huvudvoteringen blir ${current}`,
      no: `Motförslag i huvudvoteringen blir ${challenger}`,
    }),
    amendment: (name) => ({
      question: `Den som bifaller ${name} röstar ja. Den som avslår det röstar nej.`,
      yes: `bifall till ${name}`,
      no: `avslag på ${name}`,
    }),
    procedural: (motion) => ({
      question: `Den som vill att ärendet ska avgöras i dag röstar ja. Den som vill att ärendet ${MOTION[motion]} röstar nej.`,
      yes: 'ärendet avgörs i dag',
      no: `ärendet ${MOTION[motion]}`,
    }),
  },
  draft: {
    heading: 'Voteringsproposition',
    question: 'Proposition',
    questionHint: 'Läs upp propositionen för församlingen. Den kan justeras tills församlingen har godkänt den.',
    questionMissing: 'Skriv propositionen.',
    questionTooLong: (max, length) =>
      `Propositionen får vara högst ${max} tecken (nu ${length}). Utveckla i stället vad Ja och Nej innebär.`,
    yesMeaning: 'Ja innebär',
    noMeaning: 'Nej innebär',
    meaningMissing: 'Skriv vad svaret innebär.',
    qualified: 'Beslutet kräver kvalificerad majoritet',
    numerator: 'Täljare',
    denominator: 'Nämnare',
    of: 'Andel av',
    ofOption: { cast: 'de avgivna rösterna', electorate: 'de röstberättigade', seats: 'organets samtliga ledamöter' },
    fractionInvalid: 'Ange en andel med hela tal, till exempel 2 av 3, högst 1.',
    election: 'Val: vid lika röstetal avgör lottning.',
    present: 'Lägg fram propositionen',
    backToAcclamation: 'Tillbaka till acklamation',
  },
  secret: {
    ask: 'Slutet val begärs',
    explain:
      'Ett slutet val kan inte hållas hemligt i det här systemet: listornas administratörer kan se vem som lämnat varje röst. Därför genomförs det slutna valet med papperssedlar, och rösträknarna för in resultatet här med båda justerarna som vittnen.',
    paperPlan: 'Slutet val med papperssedlar',
    open: 'Öppen votering i stället',
    prepare: 'Förbered slutet val på papper',
  },
  prepared: {
    heading: 'Propositionen att godkänna',
    editHint: 'Läs upp propositionen. Justera texten om församlingen vill det och godkänn den sedan.',
    approve: 'Propositionen godkänd av församlingen',
    approved: 'Propositionen är godkänd av församlingen.',
    open: 'Öppna voteringen',
    withdraw: 'Ta tillbaka propositionen',
    majority: (n, d, of) =>
      `Kräver kvalificerad majoritet: minst ${n}/${d} av ${
        of === 'cast' ? 'de avgivna rösterna' : of === 'electorate' ? 'de röstberättigade' : 'organets samtliga ledamöter'
      }.`,
    quorumMissing: (missing) =>
      `Voteringen kan inte öppnas: sammanträdet är inte beslutfört, ${missing} ${missing === 1 ? 'plats' : 'platser'} till måste besättas.`,
    linkBroken: (names) =>
      `Voteringen kan inte öppnas: förbindelsen är bruten för ${names}. Anteckna frånvaro eller vänta tills förbindelsen fungerar.`,
  },
  open: {
    heading: 'Votering pågår',
    turnout: (voted, of) => `${voted} av ${of} har röstat`,
    notVoted: 'Har inte röstat',
    allVoted: 'Alla i röstlängden har röstat.',
    close: 'Stäng voteringen',
    cancel: 'Avbryt voteringen',
    cancelConfirm: 'Ja, avbryt voteringen',
    keepOpen: 'Fortsätt voteringen',
  },
  closed: {
    heading: 'Voteringens resultat',
    counts: (yes, no, abstain, absent) => `Ja ${yes}, Nej ${no}, Avstår ${abstain}, Deltar ej ${absent}`,
    tieChair: 'Lika röstetal. Ordföranden röstade inte eller avstod: ordföranden avgör.',
    chairYes: 'Ordföranden avgör: Ja',
    chairNo: 'Ordföranden avgör: Nej',
    tieLot: 'Lika röstetal i valet: lottning avgör.',
    drawLot: 'Lotta',
    lotResult: (side) => `Lotten föll på ${side}.`,
    lotSeed: (seed) => `Slumpfrö: ${seed}`,
    lotShow: 'Visa slumpfröt för justerarna. Vem som helst kan upprepa lottningen med det, och det förs in i protokollet.',
    verifying: 'Resultatet kontrolleras…',
    verified: 'Kontrollerat: resultatet har räknats om ur röstsedlarna.',
    alarm:
      'Varning: omräkningen av röstsedlarna ger inte samma resultat som det lagrade. Gå inte vidare förrän sekreteraren har utrett saken.',
  },
  paper: {
    heading: 'Rösträknarnas resultat',
    explain:
      'Rösträknarna räknar papperssedlarna inför justerarna. Blanka sedlar förs in som Avstår. För in resultatet när båda justerarna har bevittnat räkningen.',
    yes: 'Ja',
    no: 'Nej',
    abstain: 'Avstår (blanka)',
    countInvalid: 'Ange ett helt tal, noll eller fler.',
    witnesses: 'Justerare som bevittnade rösträkningen',
    witnessesHint: 'Båda justerarna ska bevittna räkningen.',
    witnessesMissing: 'Markera båda justerarna.',
    noCoSigners: 'Sammanträdet har inte två justerare. Välj justerare innan resultatet förs in.',
    enter: 'För in resultatet',
  },
  history: {
    heading: 'Hittills i ärendet',
    none: 'Inga beslutssteg ännu.',
    by: {
      Acclamation: 'acklamation',
      Vote: 'votering',
      CastingVote: 'ordförandens utslagsröst',
      ChairDecision: 'ordförandens beslut vid lika röstetal',
      Lot: 'lottning',
      Minority: 'minoritetsregeln',
      Paper: 'slutet val på papper',
    },
    minority: (name, asking, present, passed) =>
      `${cap(name)}${asking !== null && present !== null ? `: ${asking} av ${present} närvarande begärde` : ''} – ${
        passed ? 'ärendet återremitteras' : 'en tredjedel begärde det inte'
      }.`,
    procedural: (name, motion, passed, how) => `${cap(name)}: ${passed ? `ärendet ${MOTION[motion]}` : 'ärendet avgörs i dag'} (${how}).`,
    mainDeclared: (name, voteAsked) =>
      voteAsked ? `Huvudförslag: ${name}. Votering begärdes.` : `Huvudförslag: ${name}, bifallet med acklamation.`,
    order: (names) => `Propositionsordning: ${names}.`,
    elimination: (round, current, challenger, winner, how) =>
      `Omgång ${round}: ${current} mot ${challenger}. ${cap(winner)} går vidare (${how}).`,
    mainVote: (main, counter, winner, how) => `Huvudvotering: ${main} mot ${counter}. ${cap(winner)} vann (${how}).`,
    amendment: (name, adopted, how) => `${cap(name)}: ${adopted ? 'bifallet' : 'avslaget'} (${how}).`,
  },
  problems: {
    heading: 'Steg som inte passar beslutsgången',
    line: (step, text) => `Steg ${step}: ${text}`,
    code: {
      notLocked: 'registrerat medan yrkandena inte är låsta.',
      beforeLock: 'registrerat innan yrkandena låstes.',
      wrongItem: 'hör till ett annat ärende.',
      duplicateStep: 'har samma stegnummer som ett tidigare steg; det första gäller.',
      unknownProposal: 'gäller ett yrkande som ärendet inte har.',
      withdrawnProposal: 'gäller ett återtaget yrkande.',
      outOfProcedure: 'är inte det steg som beslutsgången kräver här.',
      wrongProposals: 'ställer andra yrkanden mot varandra än beslutsgången kräver.',
      orderNotPermutation: 'propositionsordningen tar inte upp varje kvarvarande yrkande exakt en gång.',
      badOutcome: 'huvudförslaget har ett utfall som inte går ihop.',
      minorityBelowThird: 'antecknat som minoritetsåterremiss fast färre än en tredjedel begärde det (räknas ändå).',
      lotOutsideElection: 'avgjort genom lottning utanför ett val (räknas ändå).',
      chairDecidedElection: 'ett lika röstetal i ett val avgjordes av ordföranden i stället för genom lottning (räknas ändå).',
      afterUnsettled: 'registrerat efter ett steg som ännu inte är avgjort.',
      afterEnd: 'registrerat efter att ärendet var avgjort.',
    },
  },
  done: {
    heading: 'Beslut',
    decided: (body, name) => `${body} beslutar enligt ${name}.`,
    onlyAmendments: (body) => `${body} har prövat ändrings- och tilläggsyrkandena:`,
    amendment: (name, adopted) => `${cap(name)} är ${adopted ? 'bifallet' : 'avslaget'}.`,
    lapsed: (name) => `${cap(name)} faller, eftersom förslaget avslogs.`,
    referredBack: (body, name) => `${body} återremitterar ärendet (${name}).`,
    tabled: (body, name) => `${body} bordlägger ärendet (${name}).`,
    minorityReferredBack: (body, name) =>
      `Ärendet återremitteras utan votering: minst en tredjedel av de närvarande begärde det (${name}).`,
  },
  unknownProposal: (id) => `yrkande nr ${id}`,
  list,
};
