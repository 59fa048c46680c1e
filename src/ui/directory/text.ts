import type { DirectoryAssignment } from '../../data/graph/types';
import { type Language, stringsFor, commonStrings } from '../strings';

/** "Ordförande, Regionfullmäktige" or "Ersättare, Hälso- och sjukvårdsnämnden". */
export function assignmentText(a: DirectoryAssignment, language: Language): string {
  const s = stringsFor(commonStrings, language);
  const role = a.position ? s.position[a.position] : s.role[a.role];
  return `${role}, ${a.bodyName}`;
}

/** Initials for the photo placeholder: first letters of the first and last name. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  return ((words[0]?.charAt(0) ?? '') + (words.length > 1 ? words[words.length - 1].charAt(0) : '')).toUpperCase();
}
