import type { VotingErrorStrings } from './votingErrors';

export const sv: VotingErrorStrings = {
  notLive: { title: 'Sammanträdet pågår inte.', action: 'Voteringar hålls bara medan sammanträdet pågår.' },
  unknownVote: { title: 'Voteringen finns inte.', action: 'Ladda om sidan för att se voteringen som pågår.' },
  questionMissing: {
    title: 'Propositionen saknar text.',
    action: 'Skriv vad frågan gäller och vad Ja och Nej innebär innan den läggs fram.',
  },
  questionTooLong: { title: 'Propositionen är för lång.', action: 'Korta frågan till högst 255 tecken; utveckla innebörden i Ja och Nej.' },
  notPrepared: { title: 'Propositionen är redan framlagd.', action: 'Bara en proposition som ännu inte är godkänd kan ändras.' },
  notApproved: { title: 'Propositionen är inte godkänd.', action: 'Låt sammanträdet godkänna propositionen innan voteringen öppnas.' },
  voteNotOpen: { title: 'Voteringen är inte öppen.', action: 'Du kan rösta när ordföranden har öppnat voteringen.' },
  voteClosed: {
    title: 'Voteringen är redan avslutad.',
    action: 'En röst som lämnas efter avslutet räknas inte. Resultatet visas på sidan.',
  },
  quorumMissing: {
    title: 'Sammanträdet är inte beslutfört.',
    action: 'Voteringen kan inte öppnas förrän tillräckligt många ledamöter tjänstgör.',
  },
  remoteLinkBroken: {
    title: 'En distansdeltagare har bruten uppkoppling.',
    action: 'Vänta tills uppkopplingen fungerar eller anteckna deltagaren som frånvarande innan voteringen öppnas.',
  },
  paperBallot: {
    title: 'Det här valet hålls med papperssedlar.',
    action: 'Ett slutet val kan inte hållas hemligt i SharePoint. För in rösträknarnas resultat i stället.',
  },
  notPaper: {
    title: 'Det här är ingen votering med papperssedlar.',
    action: 'Resultatet räknas fram ur röstsedlarna när voteringen avslutas.',
  },
  nothingToDecide: { title: 'Det finns inget lika röstetal att avgöra.', action: 'Voteringen är redan avgjord eller ännu inte avslutad.' },
  witnessesMissing: {
    title: 'Båda justerarna måste anges.',
    action: 'Ange vilka två justerare som bevittnade rösträkningen innan resultatet förs in.',
  },
  countInvalid: {
    title: 'Röstsiffrorna stämmer inte.',
    action: 'Ange hela tal, noll eller fler, och högst så många röster som det finns röstberättigade.',
  },
  notInElectorate: {
    title: 'Du ingår inte i röstlängden för den här voteringen.',
    action: 'Röstlängden fastställdes när voteringen öppnades. Säg till sekreteraren om du anser att den är fel.',
  },
  alreadyVoted: { title: 'Du har redan röstat.', action: 'Din första röst gäller. Kvittot visas på sidan.' },
  orderInvalid: {
    title: 'Propositionsordningen stämmer inte.',
    action: 'Varje kvarvarande förslag ska finnas med en gång i propositionsordningen.',
  },
  voteStillOpen: {
    title: 'En votering är fortfarande öppen.',
    action: 'Stäng den, eller ta tillbaka den, innan nästa proposition läggs fram.',
  },
};
