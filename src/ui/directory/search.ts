/**
 * What a name is matched by: lower case without diacritics, so that "maki" finds Mäkitalo and
 * "ostlund" finds Östlund — people type names from Meänkieli, Finnish and Sami without the marks.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Whether a name matches what was typed (every word of the query, anywhere in the name). */
export function nameMatches(name: string, query: string): boolean {
  const key = searchKey(name);
  return searchKey(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => key.includes(word));
}
