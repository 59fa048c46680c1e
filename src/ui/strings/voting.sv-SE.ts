import type { ProposalRef, VotingStrings } from './voting';

/** Swedish genitive: "Anna Nilssons", but "Lars", "Max" and "Inez" as they are. */
const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);
const whose = (r: ProposalRef) => `${genitive(r.name)}${r.party ? ` (${r.party})` : ''}`;

/** The proposal as the object of "bifaller …". */
function what(r: ProposalRef): string {
  switch (r.kind) {
    case 'Approve':
      return 'förslaget till beslut';
    case 'Reject':
      return 'yrkandet om avslag';
    case 'Own':
      return `${whose(r)} yrkande`;
    case 'Amendment':
      return `${whose(r)} ändringsyrkande`;
    case 'Addition':
      return `${whose(r)} tilläggsyrkande`;
    case 'ReferBack':
      return 'yrkandet om återremiss';
    case 'MinorityReferBack':
      return 'yrkandet om minoritetsåterremiss';
    case 'Table':
      return 'yrkandet om bordläggning';
  }
}

/** The proposal as the subject of a sentence. */
function named(r: ProposalRef): string {
  if (r.kind === 'Approve') return 'Bifall till förslaget';
  if (r.kind === 'Reject') return 'Avslag';
  const w = what(r);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export const sv: VotingStrings = {
  heading: 'Votering',
  choice: { Yes: 'Ja', No: 'Nej', Abstain: 'Avstår' },
  recorded: { J: 'Ja', N: 'Nej', A: 'Avstår', '-': 'Deltar ej' },
  kind: { Open: 'Öppen votering', OpenElection: 'Öppet val', PaperSecret: 'Slutet val med papperssedlar' },
  stepKind: {
    Procedural: 'Återremiss eller bordläggning',
    MinorityReferral: 'Minoritetsåterremiss',
    MainDeclared: 'Huvudförslag',
    Order: 'Propositionsordning',
    Elimination: 'Votering om motförslag',
    MainVote: 'Huvudvotering',
    Amendment: 'Ändrings- eller tilläggsyrkande',
  },
  status: {
    Prepared: 'Förslag till proposition',
    Open: 'Votering pågår',
    Closed: 'Voteringen är avslutad',
    Cancelled: 'Voteringen avbröts',
  },
  loading: 'Hämtar voteringen…',
  question: 'Proposition',
  meaning: { yes: (m) => `Ja innebär: ${m}`, no: (m) => `Nej innebär: ${m}` },
  approved: 'Propositionen är godkänd. Voteringen öppnas strax.',
  notApproved: 'Propositionen ska godkännas innan voteringen öppnas.',
  majority: (n, d, of) =>
    `Beslutet kräver kvalificerad majoritet: minst ${n}/${d} ${
      of === 'cast' ? 'av de avgivna rösterna' : of === 'electorate' ? 'av de röstberättigade' : 'av organets samtliga ledamöter'
    }.`,
  turnout: (voted, of) => `${voted} av ${of} har röstat`,
  ballot: {
    legend: 'Din röst',
    option: (choice, meaning) => `${choice} – ${meaning}`,
    next: 'Fortsätt',
    chooseFirst: 'Välj Ja, Nej eller Avstår först.',
    confirmQuestion: { Yes: 'Rösta Ja?', No: 'Rösta Nej?', Abstain: 'Avstå från att rösta?' },
    confirm: 'Bekräfta',
    change: 'Ändra',
    final: 'När du har bekräftat kan rösten inte ändras.',
    sending: 'Skickar din röst…',
    retry: 'Skicka igen',
    keyTaken: {
      title: 'Din röst kunde inte registreras.',
      action: 'Det finns redan en röstsedel med din nyckel som inte är din. Säg till ordföranden eller sekreteraren.',
    },
  },
  receipt: {
    heading: 'Kvitto',
    registered: 'Din röst är registrerad.',
    choice: 'Din röst',
    time: 'Registrerad (serverns tid)',
    id: 'Röstsedelns id',
    cannotChange: 'En avgiven röst kan inte ändras eller tas tillbaka.',
    notCounted: 'Din röst kom fram efter att voteringen hade stängts och räknades inte. Du står som Deltar ej.',
  },
  notEligible: {
    title: 'Du röstar inte i den här voteringen.',
    frozen: 'Röstlängden fastställdes när voteringen öppnades. De som då tjänstgjorde i ärendet röstar.',
    reason: {
      readOnly: 'Du följer sammanträdet men tjänstgör inte som ledamot eller ersättare i ärendet.',
      disqualified: 'Du har anmält jäv i ärendet och deltar inte i beslutet.',
      substituteNotServing: 'Du är ersättare och tjänstgjorde inte i ärendet.',
      notPresent: 'Du var inte antecknad som närvarande.',
      linkBroken: 'Din distansuppkoppling var bruten, så du kunde inte delta på lika villkor.',
      notServingAtOpening: 'Du tjänstgjorde inte i ärendet när voteringen öppnades.',
    },
  },
  result: {
    heading: 'Resultat',
    countsCaption: 'Röstsiffror',
    peopleCaption: 'Så röstade var och en, i platsordning',
    partyCaption: 'Röster per parti',
    seat: 'Plats',
    member: 'Ledamot',
    party: 'Parti',
    vote: 'Röst',
    noParty: 'Utan parti',
    count: 'Antal',
  },
  verification: {
    checking: 'Kontrollerar resultatet…',
    verified: 'Kontrollerat: min klient har räknat om resultatet',
    alarmTitle: 'Varning: min klient får inte samma resultat som det lagrade.',
    alarmAction: 'Säg till ordföranden innan sammanträdet går vidare. Ordföranden ser samma varning.',
    difference: {
      counts: 'Antalet Ja, Nej, Avstår eller Deltar ej skiljer sig.',
      choices: 'Minst en ledamots röst skiljer sig.',
      counted: 'Det är inte samma röstsedlar som har räknats.',
      hash: 'Kontrollsumman över röstlängd och röstsedlar stämmer inte.',
      electorate: 'Kontrollsumman över röstlängden stämmer inte.',
      incomplete: 'Det lagrade resultatet saknar uppgifter.',
    },
    failed: 'Min klient kunde inte räkna om resultatet just nu.',
  },
  paper: {
    explain:
      'Slutet val genomförs med papperssedlar. En röst som lämnas i SharePoint kan inte hållas hemlig för listornas administratörer, därför röstar du inte här.',
    counted: 'Rösträknarnas resultat',
    witnesses: (names) => `Rösträkningen bevittnades av ${names}.`,
  },
  decision: {
    heading: 'Beslut',
    adopt: (body, r) => (r.kind === 'Reject' ? `${body} avslår förslaget till beslut.` : `${body} bifaller ${what(r)}.`),
    reject: (body, r) => `${body} avslår ${what(r)}.`,
    counter: (r) => `${named(r)} blir motförslag i huvudvoteringen.`,
    today: (body) => `${body} avgör ärendet i dag.`,
    referredBack: (body) => `${body} återremitterar ärendet.`,
    tabled: (body) => `${body} bordlägger ärendet.`,
    minorityReferredBack: (body) => `Ärendet återremitteras: minst en tredjedel av de närvarande ledamöterna i ${body} begärde det.`,
    minorityMissed: 'Minoritetsåterremissen fick inte stöd av en tredjedel av de närvarande.',
    orderApproved: 'Propositionsordningen är godkänd.',
    side: (side, meaning) => (side === 'Yes' ? `Ja-sidan vann: ${meaning}` : `Nej-sidan vann: ${meaning}`),
    tieChair: 'Lika röstetal – ordföranden avgör.',
    tieLot: 'Lika röstetal – lottning.',
    castingVote: 'Lika röstetal – avgjort med ordförandens utslagsröst.',
    chairDecided: 'Lika röstetal – avgjort av ordföranden.',
    byLot: 'Lika röstetal – avgjort genom lottning.',
    lotSeed: (seed) => `Lottningens slumpfrö: ${seed}`,
    qualifiedMissed: (n, d) => `Förslaget på Ja-sidan fick inte den kvalificerade majoritet som krävs (${n}/${d}) och faller.`,
  },
  announce: {
    opened: (question) => `Votering öppnad: ${question}`,
    closed: (summary) => `Voteringen är avslutad. ${summary}`,
    counts: (yes, no, abstain, absent) => `Ja ${yes}, Nej ${no}, Avstår ${abstain}, Deltar ej ${absent}.`,
  },
  stage: {
    turnoutLabel: 'Har röstat',
    resultLabel: 'Resultat',
  },
  cancelled: 'Ordföranden avbröt voteringen.',
  stale: 'Voteringen kunde inte hämtas just nu. Sidan försöker igen av sig själv.',
};
