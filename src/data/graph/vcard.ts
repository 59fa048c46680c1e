import { contentLines, escapeText } from './textLines';

export interface VCardPerson {
  name: string;
  givenName: string | null;
  surname: string | null;
  email: string;
  phone: string | null;
  mobile: string | null;
  organization: string;
  /** Roles and bodies, e.g. "Ledamot, Regionfullmäktige". */
  title: string;
  /** The party, in the note (vCard has no field for it). */
  note: string;
}

/** N's parts from the display name when the directory has no given and family name. */
function nameParts(p: VCardPerson): [string, string] {
  if (p.givenName || p.surname) return [p.surname ?? '', p.givenName ?? ''];
  const words = p.name.trim().split(/\s+/);
  return words.length > 1 ? [words[words.length - 1], words.slice(0, -1).join(' ')] : [p.name, ''];
}

/**
 * People as vCard 3.0 (RFC 2426) — the version Outlook, iOS and Android all import — UTF-8,
 * CRLF, folded and escaped as the format wants, one card after another in one file.
 */
export function toVCards(people: readonly VCardPerson[]): string {
  const lines: string[] = [];
  for (const p of people) {
    const [family, given] = nameParts(p);
    lines.push('BEGIN:VCARD', 'VERSION:3.0', `N:${escapeText(family)};${escapeText(given)};;;`, `FN:${escapeText(p.name)}`);
    if (p.organization) lines.push(`ORG:${escapeText(p.organization)}`);
    if (p.title) lines.push(`TITLE:${escapeText(p.title)}`);
    if (p.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${p.email}`);
    if (p.phone) lines.push(`TEL;TYPE=WORK,VOICE:${escapeText(p.phone)}`);
    if (p.mobile) lines.push(`TEL;TYPE=CELL,VOICE:${escapeText(p.mobile)}`);
    if (p.note) lines.push(`NOTE:${escapeText(p.note)}`);
    lines.push('END:VCARD');
  }
  return contentLines(lines);
}
