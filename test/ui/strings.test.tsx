import { liveErrorStrings } from '../../src/ui/strings/liveErrors';
import {
  addLanguage,
  commonStrings,
  defineStrings,
  formatDateTime,
  formatMeetingTime,
  formatTime,
  intlFor,
  languages,
  resolveLanguage,
  stringsFor,
  type StringTable,
} from '../../src/ui/strings';
import { calendarStrings } from '../../src/ui/strings/calendar';
import { directoryStrings } from '../../src/ui/strings/directory';
import { hostStrings, type HostStrings } from '../../src/ui/strings/host';
import { mailStrings } from '../../src/ui/strings/mail';
import { meetingStrings } from '../../src/ui/strings/meeting';
import { overviewStrings } from '../../src/ui/strings/overview';
import { setupStrings } from '../../src/ui/strings/setup';
import { webPartStrings } from '../../src/ui/strings/webpart';
import { accessibilityStrings } from '../../src/ui/strings/accessibility';
import { notifyStrings } from '../../src/ui/strings/notify';
import { busyStrings } from '../../src/ui/strings/busy';
import { minutesErrorStrings } from '../../src/ui/strings/minutesErrors';
import { minutesStrings } from '../../src/ui/strings/minutes';
import { compensationErrorStrings } from '../../src/ui/strings/compensationErrors';

const sv = resolveLanguage('sv-SE');
const en = resolveLanguage('en-US');
const tables: StringTable<unknown>[] = [
  commonStrings,
  overviewStrings,
  setupStrings,
  hostStrings,
  calendarStrings,
  mailStrings,
  directoryStrings,
  meetingStrings,
  webPartStrings,
  accessibilityStrings,
  notifyStrings,
  busyStrings,
  minutesErrorStrings,
  minutesStrings,
  compensationErrorStrings,
];

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('the string registry', () => {
  it('picks the language by one rule: exact tag, then the same primary language, then Swedish', () => {
    expect(resolveLanguage('sv-SE')).toBe(sv);
    expect(resolveLanguage('EN-us')).toBe(en);
    expect(resolveLanguage('en-GB')).toBe(en);
    expect(resolveLanguage('de-DE')).toBe(sv);
    expect(resolveLanguage('')).toBe(sv);
    expect(resolveLanguage(undefined)).toBe(sv);
    expect(stringsFor(hostStrings, 'de-DE')).toBe(stringsFor(hostStrings, 'sv-SE'));
  });

  it('gives every feature table the same keys in English as in Swedish', () => {
    for (const t of tables) expect(keys(stringsFor(t, 'en-US') as object).sort()).toEqual(keys(t.tables['sv-SE'] as object).sort());
    expect(languages().map((l) => l.tag)).toEqual(expect.arrayContaining(['sv-SE', 'en-US']));
  });

  it('adds a language as one table per feature, falling back to Swedish key by key', () => {
    // Finnish, as far as a translator has come: two keys of the host table, one nested
    addLanguage({ tag: 'fi-FI', nativeName: 'Suomi', intlLocale: 'fi-FI' });
    const host = defineStrings<HostStrings>('host', {
      'sv-SE': hostStrings.tables['sv-SE'],
      'en-US': stringsFor(hostStrings, 'en-US'),
      'fi-FI': { signOut: 'Kirjaudu ulos', mfaRefused: { signInAgain: 'Kirjaudu uudelleen' } },
    });
    const fi = stringsFor(host, 'fi-FI');
    const svHost = stringsFor(hostStrings, 'sv-SE');
    expect(fi.signOut).toBe('Kirjaudu ulos');
    expect(fi.mfaRefused.signInAgain).toBe('Kirjaudu uudelleen');
    // everything it does not say yet is Swedish, at every depth
    expect(fi.mfaRefused.title).toBe(svHost.mfaRefused.title);
    expect(fi.language).toBe(svHost.language);
    expect(fi.pageTitle('X')).toBe(svHost.pageTitle('X'));
    expect(keys(fi).sort()).toEqual(keys(svHost).sort());
    // a table with no Finnish at all is Swedish
    expect(stringsFor(overviewStrings, 'fi-FI')).toBe(stringsFor(overviewStrings, 'sv-SE'));
    expect(resolveLanguage('fi').tag).toBe('fi-FI');
  });

  it('has a Swedish and an English text for every error code', () => {
    const codes = Object.keys(commonStrings.tables['sv-SE'].errors);
    expect(codes).toEqual(expect.arrayContaining(['duplicateValue', 'accessDenied', 'relatedItems', 'overlap', 'documentsAttached']));
    for (const code of codes) {
      const svText = stringsFor(commonStrings, 'sv-SE').errors[code as 'duplicateValue'];
      const enText = stringsFor(commonStrings, 'en-US').errors[code as 'duplicateValue'];
      expect(svText.title && svText.action && enText.title && enText.action).toBeTruthy();
      expect(svText.title).not.toBe(enText.title);
    }
  });

  it('explains every refusal of the debate rules in Swedish and English, in the live table only the live views load', () => {
    const codes = Object.keys(liveErrorStrings.tables['sv-SE']);
    expect(codes).toEqual(expect.arrayContaining(['replyToReply', 'proposalsLocked', 'substituteMayNotSpeak', 'noLinkToRestore']));
    for (const code of codes) {
      const svText = stringsFor(liveErrorStrings, 'sv-SE')[code as 'replyToReply'];
      const enText = stringsFor(liveErrorStrings, 'en-US')[code as 'replyToReply'];
      expect(svText.title && svText.action && enText.title && enText.action).toBeTruthy();
      expect(svText.title).not.toBe(enText.title);
      expect(code in commonStrings.tables['sv-SE'].errors).toBe(false);
    }
  });
});

describe("plurals and lists by the language's own rules", () => {
  it('chooses the plural form with Intl.PluralRules', () => {
    const { plural } = intlFor('sv-SE');
    expect(plural(1, { one: 'händelse', other: 'händelser' })).toBe('händelse');
    expect(plural(0, { one: 'händelse', other: 'händelser' })).toBe('händelser');
    expect(plural(21, { one: 'händelse', other: 'händelser' })).toBe('händelser');
    expect(stringsFor(calendarStrings, 'sv-SE').loaded(1)).toBe('Kalendern visar 1 händelse.');
    expect(stringsFor(calendarStrings, 'en-US').loaded(2)).toBe('The calendar shows 2 events.');
  });

  it('joins lists with Intl.ListFormat', () => {
    expect(intlFor('sv-SE').list(['Ledamot', 'Ordförande'])).toBe('Ledamot och Ordförande');
    expect(intlFor('sv-SE').list(['A', 'B', 'C'])).toBe('A, B och C');
    expect(intlFor('en-GB').list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(intlFor('sv-SE').list(['A'])).toBe('A');
  });
});

describe('dates and times', () => {
  it('show Swedish wall-clock time with Swedish names, in winter and in summer', () => {
    expect(formatDateTime('2026-12-01T08:00:00Z', sv)).toBe('tisdag 1 december 2026, 09:00');
    expect(formatDateTime('2027-06-15T07:00:00Z', sv)).toBe('tisdag 15 juni 2027, 09:00');
    expect(formatDateTime('2026-12-01T08:00:00Z', en)).toBe('Tuesday 1 December 2026, 09:00');
  });

  it('put a late UTC evening on the next Swedish day, and midnight at 00', () => {
    expect(formatDateTime('2026-12-31T23:00:00Z', sv)).toBe('fredag 1 januari 2027, 00:00');
    expect(formatTime('2026-12-31T23:05:00Z', sv)).toBe('00:05');
  });

  it('show the end time of a meeting that ends the same day, and only the start otherwise', () => {
    expect(formatMeetingTime('2026-12-01T08:00:00Z', '2026-12-01T15:30:00Z', sv)).toBe('tisdag 1 december 2026, 09:00–16:30');
    expect(formatMeetingTime('2026-12-01T08:00:00Z', '2026-12-02T15:30:00Z', sv)).toBe('tisdag 1 december 2026, 09:00');
    expect(formatMeetingTime('2026-12-01T08:00:00Z', null, sv)).toBe('tisdag 1 december 2026, 09:00');
  });

  it('handle the switch to summer time (last Sunday of March)', () => {
    // 01:30 UTC on 28 March 2027 is 03:30 in Sweden: the clock jumped from 02:00 to 03:00.
    expect(formatTime('2027-03-28T01:30:00Z', sv)).toBe('03:30');
    expect(formatTime('2027-03-28T00:30:00Z', sv)).toBe('01:30');
  });
});
