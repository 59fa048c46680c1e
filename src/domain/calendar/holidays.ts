/**
 * Swedish public holidays (lag 1989:253 om allmänna helgdagar) and the eves that count like them
 * for deadlines (lag 1930:173 2 §; the deadline rules are in ./deadlines), computed from the date
 * of Easter — never a table of years.
 * Dates are calendar dates `yyyy-MM-dd` (Swedish days; no time zone involved).
 */
import { addDays, isoWeekday } from '../time/swedishTime';

export type HolidayKey =
  | 'newYearsDay'
  | 'epiphany'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'mayDay'
  | 'ascensionDay'
  | 'whitSunday'
  | 'nationalDay'
  | 'midsummerDay'
  | 'allSaintsDay'
  | 'christmasDay'
  | 'boxingDay';

/** Eves that are not public holidays but end a deadline like one (lag 1930:173 2 §). */
export type EveKey = 'midsummerEve' | 'christmasEve' | 'newYearsEve';

export interface Holiday {
  date: string;
  key: HolidayKey | EveKey;
  /** true for public holidays (allmän helgdag), false for the eves. */
  publicHoliday: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The Saturday in [from, to] of a month (midsommardagen, alla helgons dag). */
function saturdayBetween(year: number, month: number, from: number): string {
  for (let d = from; d < from + 7; d++) {
    const date = d > 31 ? iso(year, month + 1, d - 31) : iso(year, month, d);
    if (isoWeekday(date) === 6) return date;
  }
  throw new Error('unreachable');
}

/** Every public holiday and deadline eve of a year, in date order. Sundays are not listed (see isSundayOrHoliday). */
export function holidaysOf(year: number): Holiday[] {
  const easter = easterSunday(year);
  const midsummerDay = saturdayBetween(year, 6, 20);
  const list: Holiday[] = [
    { date: iso(year, 1, 1), key: 'newYearsDay', publicHoliday: true },
    { date: iso(year, 1, 6), key: 'epiphany', publicHoliday: true },
    { date: addDays(easter, -2), key: 'goodFriday', publicHoliday: true },
    { date: easter, key: 'easterSunday', publicHoliday: true },
    { date: addDays(easter, 1), key: 'easterMonday', publicHoliday: true },
    { date: iso(year, 5, 1), key: 'mayDay', publicHoliday: true },
    { date: addDays(easter, 39), key: 'ascensionDay', publicHoliday: true },
    { date: addDays(easter, 49), key: 'whitSunday', publicHoliday: true },
    { date: iso(year, 6, 6), key: 'nationalDay', publicHoliday: true },
    { date: addDays(midsummerDay, -1), key: 'midsummerEve', publicHoliday: false },
    { date: midsummerDay, key: 'midsummerDay', publicHoliday: true },
    // the Saturday between 31 October and 6 November
    { date: saturdayBetween(year, 10, 31), key: 'allSaintsDay', publicHoliday: true },
    { date: iso(year, 12, 24), key: 'christmasEve', publicHoliday: false },
    { date: iso(year, 12, 25), key: 'christmasDay', publicHoliday: true },
    { date: iso(year, 12, 26), key: 'boxingDay', publicHoliday: true },
    { date: iso(year, 12, 31), key: 'newYearsEve', publicHoliday: false },
  ];
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The holiday or eve on a date, if any. */
export function holidayOn(date: string): Holiday | undefined {
  return holidaysOf(Number(date.slice(0, 4))).find((h) => h.date === date);
}
