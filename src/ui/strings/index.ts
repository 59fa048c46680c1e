export { DEFAULT_LOCALE, addLanguage, defineStrings, languages, resolveLanguage, stringsFor } from './registry';
export type { Language, PartialStrings, StringTable } from './registry';
export { intlFor, intlOf } from './intl';
export { formatDateTime, formatMeetingTime, formatTime, dateParts } from './format';
export { commonStrings } from './common';
export type { CommonStrings, DateParts, ErrorText } from './common';
