import { getLanguage, getStrings, formatDateTime, formatMeetingTime, formatTime, languages } from '../../src/ui/strings';
import { svSE } from '../../src/ui/strings/sv-SE';
import { enUS } from '../../src/ui/strings/en-US';

const sv = getLanguage('sv-SE');
const en = getLanguage('en-US');

describe('string tables', () => {
  it('fall back to Swedish for languages the portal does not speak yet', () => {
    expect(getStrings('fi-FI')).toBe(svSE);
    expect(getStrings('')).toBe(svSE);
    expect(getStrings('en-GB')).toBe(enUS);
    expect(getStrings('EN-us')).toBe(enUS);
  });

  it('give every language the same keys as Swedish', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    for (const l of languages) expect(keys(l.strings).sort()).toEqual(keys(svSE).sort());
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
