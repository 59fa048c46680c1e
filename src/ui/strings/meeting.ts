import type { Language } from './index';
import type { MeetingStrings } from './MeetingStrings';
import { meetingEn } from './meeting.en-US';
import { meetingSv } from './meeting.sv-SE';

const tables: Record<string, MeetingStrings> = { 'sv-SE': meetingSv, 'en-US': meetingEn };

/**
 * The meeting views' strings for a language. Kept out of the main table so web parts without
 * meeting views do not carry them (DESIGN §9 bundle budget).
 */
export function meetingStrings(language: Pick<Language, 'tag'>): MeetingStrings {
  return tables[language.tag] ?? meetingSv;
}
