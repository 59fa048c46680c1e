import { intlOf, type CommonStrings, type Language } from '../strings';
import type { Assignment } from '../../domain/bodies/types';

/**
 * What the person is in the body, as words: a chair post when they hold one, otherwise
 * member or substitute. Several assignments in one
 * body (e.g. member and chair) give every distinct title once.
 */
export function roleText(assignments: readonly Assignment[], strings: CommonStrings, language: Language): string {
  const titles: string[] = [];
  const sorted = [...assignments].sort((a, b) => rank(a) - rank(b));
  for (const a of sorted) {
    const title = a.position ? strings.position[a.position] : strings.role[a.role];
    if (!titles.includes(title)) titles.push(title);
  }
  return intlOf(language).list(titles);
}

/** Chair posts first, then members, then substitutes: the most telling title leads. */
function rank(a: Assignment): number {
  if (a.position === 'Chair') return 0;
  if (a.position === 'FirstViceChair') return 1;
  if (a.position === 'SecondViceChair') return 2;
  return a.role === 'Member' ? 3 : 4;
}
