import type { ProposalWho } from '../../domain/minutes/wording';
import { dateParts } from './format';
import { intlFor } from './intl';
import type { MinutesStrings } from './minutes';

const { list } = intlFor('sv-SE');

const at = (time: string) => `kl. ${time}`;
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);
/** A sentence ends with a full stop unless the member's own wording already ends it. */
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
/** Swedish genitive: "Anna Nilssons", but "Lars" and "Max" as they are. */
const whose = (p: ProposalWho) => `${/[sxz]$/i.test(p.name) ? p.name : `${p.name}s`}${p.party ? ` (${p.party})` : ''}`;

/** Swedish texts of the minutes; terms from DOMAIN.md §9, sentences as Swedish minutes word them. */
export const sv: MinutesStrings = {
  language: 'sv-SE',
  region: 'Region Norrbotten',
  title: { minutes: 'Protokoll', extract: 'Protokollsutdrag' },
  publicVersion: 'Offentlig version. Uppgifter som omfattas av sekretess och personnummer har tagits bort.',
  page: { before: 'Sida ', between: ' av ', after: '' },
  date: (instant) => {
    const p = dateParts(instant, 'sv-SE');
    return `${p.day} ${p.month} ${p.year}`;
  },
  time: (instant) => {
    const p = dateParts(instant, 'sv-SE');
    return `${p.hour}.${p.minute}`;
  },
  section: (n) => `§ ${n}`,
  sections: (runs) => {
    if (runs.length === 0) return '–';
    const many = runs.length > 1 || runs[0][0] !== runs[0][1];
    return `${many ? '§§' : '§'} ${runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ')}`;
  },
  person: (name, party) => (party ? `${name} (${party})` : name),
  unknownPerson: (id) => `okänd person (${id})`,
  identityMasked: '[personnummer borttaget]',
  bodyInSentence: (name) => name.charAt(0).toLocaleLowerCase('sv-SE') + name.slice(1),
  front: {
    placeAndTime: 'Plats och tid',
    placeTime: (place, date, start, end) => `${place || 'Plats inte angiven'}, ${date} ${at(start)}${end ? `–${end}` : ''}`,
    members: 'Närvarande ledamöter',
    substitutes: 'Tjänstgörande ersättare',
    otherSubstitutes: 'Närvarande ersättare som inte tjänstgör',
    remote: 'Deltagande på distans',
    chair: 'Ordförande',
    secretary: 'Sekreterare',
    coSigners: 'Justerare',
    signing: 'Justeringens plats och tid',
    signingAt: (place, date) => [place, date].filter(Boolean).join(', ') || 'Bestäms senare',
    sectionsCovered: 'Paragrafer',
    nobody: 'Inga antecknade',
    forSections: (who, sections) => `${who}, ${sections}`,
    servingFor: (who, member, sections) => `${who}, ersättare för ${member}${sections ? `, ${sections}` : ''}`,
    remoteParticipant: (who, confirmedAt) =>
      confirmedAt
        ? `${who}, bekräftade ${at(confirmedAt)} att ljud och bild fungerar.`
        : `${who}, bekräftade inte att ljud och bild fungerar.`,
    linkFailure: (from, to, section, absentAt) =>
      `Förbindelsen bröts ${at(from)}${section ? ` under ${section}` : ''}${to ? ` och fungerade igen ${at(to)}` : ' och kom inte tillbaka'}${
        absentAt ? `; antecknad som frånvarande ${at(absentAt)}` : ''
      }.`,
  },
  index: 'Innehåll',
  item: {
    caseNumber: 'Diarienummer',
    secrecy: 'Sekretess',
    secrecyUnder: (reference) => `Sekretess enligt ${reference}.`,
  },
  proposals: {
    heading: 'Yrkanden',
    what: (p, text) => {
      switch (p.kind) {
        case 'Approve':
          return text || 'Bifall till förslaget till beslut';
        case 'Reject':
          return text || 'Avslag på förslaget till beslut';
        case 'Own':
          return text;
        case 'Amendment':
          return `Ändringsyrkande: ${text}`;
        case 'Addition':
          return `Tilläggsyrkande: ${text}`;
        case 'ReferBack':
          return text ? `Återremiss: ${text}` : 'Återremiss';
        case 'MinorityReferBack':
          return `Minoritetsåterremiss: ${text}`;
        case 'Table':
          return text ? `Bordläggning: ${text}` : 'Bordläggning';
      }
    },
    name: (p) => {
      switch (p.kind) {
        case 'Approve':
          return 'förslaget till beslut';
        case 'Reject':
          return 'avslagsyrkandet';
        case 'Own':
          return `${whose(p)} yrkande`;
        case 'Amendment':
          return `${whose(p)} ändringsyrkande`;
        case 'Addition':
          return `${whose(p)} tilläggsyrkande`;
        case 'ReferBack':
          return 'återremissyrkandet';
        case 'MinorityReferBack':
          return 'yrkandet om minoritetsåterremiss';
        case 'Table':
          return 'bordläggningsyrkandet';
      }
    },
    made: (who, what, supporters, changed) =>
      [
        `${who}: ${sentence(what)}`,
        supporters.length ? `Instämmer: ${list(supporters)}.` : '',
        changed ? 'Yrkandet har ändrats med församlingens enhälliga medgivande.' : '',
      ]
        .filter(Boolean)
        .join(' '),
  },
  procedure: {
    heading: 'Beslutsgång',
    putTo: (options) => `Ordföranden ställer proposition på ${list(options)}.`,
    putProcedural: (motion) =>
      `Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller ${motion === 'Table' ? 'bordläggas' : 'återremitteras'}.`,
    putAmendment: (name) => `Ordföranden ställer proposition på bifall till och avslag på ${name}.`,
    mainFound: (main) => `Ordföranden finner att ${main} är huvudförslag.`,
    voteAsked: 'Votering begärs.',
    order: (body, ordered) =>
      `${cap(body)} godkänner propositionsordningen: ${ordered.map((o, i) => `${i + 1}) ${o}`).join(', ')}. ` +
      'Det förslag som vinner en votering ställs mot nästa; det som återstår blir motförslag i huvudvoteringen.',
    elimination: (current, challenger) => `Votering om motförslag: ${current} ställs mot ${challenger}.`,
    counterFound: (winner) => `Ordföranden finner att ${winner} ska vara motförslag.`,
    counterVoted: (winner) => `Därmed går ${winner} vidare som motförslag.`,
    mainVote: (main, counter) => `Huvudvotering: ${main} ställs mot ${counter}.`,
    minority: (asking, present, passed) =>
      `${asking ?? 'Ett antal'} av ${present ?? 'de'} närvarande ledamöterna begär att ärendet återremitteras (minoritetsåterremiss). ` +
      (passed
        ? 'Det är minst en tredjedel av de närvarande, och ärendet återremitteras utan omröstning (5 kap. 50 § kommunallagen).'
        : 'Det är färre än en tredjedel av de närvarande, och yrkandet prövas som ett yrkande om återremiss.'),
    acclaimed: (body, o) => `Ordföranden finner att ${body} ${o.verb} ${o.object}.`,
    voted: (body, o) => `Därmed ${o.verb} ${body} ${o.object}.`,
  },
  outcome: {
    approve: (name) => ({ verb: 'bifaller', object: name }),
    reject: (name) => ({ verb: 'avslår', object: name }),
    referBack: { verb: 'återremitterar', object: 'ärendet' },
    table: { verb: 'bordlägger', object: 'ärendet' },
    decideToday: { verb: 'avgör', object: 'ärendet i dag' },
  },
  vote: {
    heading: (kind) => ({ Open: 'Omröstning', OpenElection: 'Öppet val', PaperSecret: 'Slutet val' })[kind],
    question: 'Proposition',
    yes: 'Ja innebär',
    no: 'Nej innebär',
    majority: 'Majoritet som krävs',
    majorityOf: (m) =>
      `Minst ${m.numerator}/${m.denominator} ${
        m.of === 'cast' ? 'av de avgivna rösterna' : m.of === 'electorate' ? 'av de röstberättigade' : 'av organets samtliga ledamöter'
      }`,
    result: 'Resultat',
    counts: (yes, no, abstain, absent) => `${yes} ja, ${no} nej, ${abstain} avstår, ${absent} deltar ej`,
    tie: (by, seed) =>
      by === 'CastingVote'
        ? 'Rösterna är lika. Ordförandens röst avgör (utslagsröst).'
        : by === 'ChairDecision'
          ? 'Rösterna är lika och ordföranden röstade inte. Ordföranden har avgjort frågan.'
          : `Rösterna är lika. Lottning har avgjort${seed ? ` (lottningens frö: ${seed})` : ''}.`,
    paper: (witnesses) =>
      `Slutet val med valsedlar. Rösträknarna har räknat rösterna${witnesses.length ? ` i närvaro av ${list(witnesses)}` : ''}; bara resultatet antecknas.`,
    rollCall: 'Voteringslista',
    columns: { seat: 'Plats', name: 'Namn', party: 'Parti', choice: 'Röst' },
    choice: { J: 'Ja', N: 'Nej', A: 'Avstår', '-': 'Deltar ej' },
    substitute: (name) => `${name} (ersättare)`,
    checksum: (sha256) => `Kontrollsumma för resultatet (SHA-256): ${sha256}`,
  },
  decision: {
    heading: 'Beslut',
    decided: (body, main) => `${cap(body)} beslutar i enlighet med ${main}.`,
    amendment: (body, name, adopted) => `${cap(body)} ${adopted ? 'bifaller' : 'avslår'} ${name}.`,
    lapsed: (names) => `${cap(list(names))} faller, eftersom avslagsyrkandet vann.`,
    referredBack: (body) => `${cap(body)} återremitterar ärendet.`,
    tabled: (body) => `${cap(body)} bordlägger ärendet.`,
    minorityReferredBack:
      'Ärendet återremitteras på begäran av minst en tredjedel av de närvarande ledamöterna (5 kap. 50 § kommunallagen).',
    withoutVote: 'Beslutet fattas utan omröstning.',
  },
  conflicts: {
    heading: 'Jäv',
    disqualified: (who, servedBy) =>
      `${who} är jävig och deltar inte i handläggningen.${servedBy ? ` ${servedBy} tjänstgör i stället.` : ''}`,
  },
  dissents: {
    dissentHeading: 'Reservation',
    noteHeading: 'Protokollsanteckning',
    dissent: (who) => `${who} reserverar sig mot beslutet.`,
    note: (who) => `${who} lämnar en protokollsanteckning:`,
    reasons: (text) => `Skriftlig motivering: ${text}`,
  },
  signing: {
    heading: 'Underskrifter',
    intro: (place, date) => `Justeringens plats och tid: ${[place, date].filter(Boolean).join(', ') || 'bestäms senare'}.`,
    role: { chair: 'Ordförande', coSigner: 'Justerare', secretary: 'Sekreterare' },
    unsigned: 'Inte signerat än',
    signed: (name, role, time, sha256) => [
      `Signerat elektroniskt av ${name}, ${role.toLocaleLowerCase('sv-SE')}`,
      `Tid: ${time}`,
      `SHA-256: ${sha256}`,
    ],
  },
};
