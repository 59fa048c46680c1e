/**
 * Content lines shared by iCalendar (RFC 5545 §3.1, §3.3.11) and vCard (RFC 6350 §3.2, RFC 2426):
 * text values escaped, lines folded at 75 octets without splitting a UTF-8 character, CRLF.
 */

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length, counted by code point (no TextEncoder: not every host the views run in has one). */
function octets(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Folds one content line: at most 75 octets per physical line, continuations begin with a space. */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let limit = 75;
  for (const ch of line) {
    if (octets(current + ch) > limit) {
      parts.push(current);
      current = '';
      limit = 74; // the leading space of a continuation counts
    }
    current += ch;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Lines joined as the formats want them: folded, CRLF after each. */
export function contentLines(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
