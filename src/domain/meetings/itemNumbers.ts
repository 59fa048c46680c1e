/**
 * Agenda item numbers as clerks write them in the `Gäller ärenden` column: "3-5, 8".
 * Empty means the whole meeting.
 */

export type ParsedItemNumbers = { ok: true; numbers: number[] | null } | { ok: false; invalid: string };

/** "3-5, 8" → [3, 4, 5, 8]; "" → null (whole meeting); anything else → the part that is not a number or range. */
export function parseItemNumbers(text: string | null | undefined): ParsedItemNumbers {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return { ok: true, numbers: null };
  const out = new Set<number>();
  for (const raw of trimmed.split(/[,;]/)) {
    const part = raw.trim();
    if (!part) continue;
    // both hyphen and en dash: clerks paste from Word
    const m = /^(\d{1,3})\s*(?:[-–]\s*(\d{1,3}))?$/.exec(part);
    if (!m) return { ok: false, invalid: part };
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from) return { ok: false, invalid: part };
    for (let n = from; n <= to; n++) out.add(n);
  }
  if (out.size === 0) return { ok: true, numbers: null };
  return { ok: true, numbers: [...out].sort((a, b) => a - b) };
}

/** [3, 4, 5, 8] → "3-5, 8"; null → "" (whole meeting). */
export function formatItemNumbers(numbers: readonly number[] | null): string {
  if (!numbers || numbers.length === 0) return '';
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}-${prev}`);
    start = n;
    prev = n;
  }
  return parts.join(', ');
}
