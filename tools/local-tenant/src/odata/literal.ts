/**
 * An OData string literal starting at `src[start]` (a `'`): `''` inside stands for one quote.
 * Returns its value and the index after the closing quote, or null when it never closes.
 * SharePoint's and Graph's `$filter` dialects differ elsewhere but agree on this.
 */
export function readQuoted(src: string, start: number): { value: string; next: number } | null {
  let value = '';
  let i = start + 1;
  while (i < src.length) {
    if (src[i] === "'") {
      if (src[i + 1] !== "'") return { value, next: i + 1 };
      value += "'";
      i += 2;
      continue;
    }
    value += src[i++];
  }
  return null;
}
