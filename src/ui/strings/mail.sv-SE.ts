import type { MailStrings } from './mail';
import { intlFor } from './intl';

const { plural } = intlFor('sv-SE');

export const sv: MailStrings = {
  heading: 'E-post',
  own: 'Min inkorg',
  loading: 'Hämtar e-post …',
  unread: (n) => (n === 0 ? 'Inga olästa' : `${n} ${plural(n, { one: 'oläst', other: 'olästa' })}`),
  showing: (shown, total) => `Visar de ${shown} senaste av ${total}.`,
  empty: 'Inkorgen är tom.',
  from: 'Från',
  received: 'Mottaget',
  high: 'Hög prioritet',
  low: 'Låg prioritet',
  attachment: 'Har bifogade filer',
  unreadMark: 'Oläst',
  open: (subject) => `${subject} (öppnas i Outlook)`,
  markRead: 'Markera som läst',
  markReadLabel: (subject) => `Markera som läst: ${subject}`,
  marked: 'Meddelandet är markerat som läst.',
  openMailbox: 'Öppna Outlook',
  failureText: {
    consent: () => 'Portalen saknar behörighet att läsa e-post. Be IT-supporten godkänna portalens behörigheter.',
    accessDenied: (box) => `Du har inte behörighet till brevlådan ${box}. Be brevlådans ägare eller IT-supporten om åtkomst.`,
    notFound: (box) => `Brevlådan ${box} finns inte. Kontrollera adressen i webbdelens inställningar.`,
    mailboxNotEnabled: (box) => `Brevlådan ${box} finns inte i Exchange Online eller saknar licens. Kontakta IT-supporten.`,
    throttled: (box) => `Brevlådan ${box} kunde inte läsas just nu eftersom Microsoft 365 är hårt belastat. Försök igen om en stund.`,
    signedOut: () => 'Du är inte längre inloggad. Ladda om sidan.',
    other: (box) => `Brevlådan ${box} kunde inte läsas. Försök igen om en stund.`,
  },
  noSubject: '(inget ämne)',
};
