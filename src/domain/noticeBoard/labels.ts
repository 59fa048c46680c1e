/**
 * The board's own words. Swedish only, here and not in the UI's string tables: the notice board is
 * an official document of the region (KL 8:9), published in Swedish whatever a reader's language,
 * and it is rendered outside the portal's UI (the publisher), which has no string tables.
 */
import type { PublicNoticeKind } from './types';

export const KIND_LABEL: Record<PublicNoticeKind, string> = {
  minutes: 'Justerat protokoll',
  meetingAnnouncement: 'Kungörelse',
  other: 'Övrigt anslag',
};

export const PUBLIC_VERSION_TITLE = 'Protokollet i offentlig version (PDF)';

/** "§ 1, 2, 3"; empty for no sections. */
export const sectionsText = (sections: readonly number[]): string => (sections.length ? `§ ${sections.join(', ')}` : '');
