import { TIME_ZONE } from '../strings/format';

/**
 * Clerks type Swedish wall-clock time; storage is UTC (DESIGN §11). `Intl` knows the zone's
 * offsets (summer time included), so no zone library is needed.
 */

export interface CalendarDay {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

const numeric = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

function wallClock(instant: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const p: Record<string, number> = {};
  for (const part of numeric.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour === 24 ? 0 : p.hour, minute: p.minute };
}

/** "09:00" or "9.00" → minutes after midnight; null when it is not a time of day. */
export function parseTime(text: string): { hour: number; minute: number } | null {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

/** A Swedish day and time of day as a UTC ISO string. */
export function stockholmToUtc(day: CalendarDay, time: { hour: number; minute: number }): string {
  const wanted = Date.UTC(day.year, day.month - 1, day.day, time.hour, time.minute);
  // Guess, see how far the zone's clock is off, correct; twice covers the summer-time switch.
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const w = wallClock(new Date(guess));
    guess += wanted - Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  }
  return new Date(guess).toISOString();
}

/** A UTC instant as the Swedish day and "HH:mm". */
export function utcToStockholm(iso: string): { day: CalendarDay; time: string } {
  const w = wallClock(new Date(iso));
  return {
    day: { year: w.year, month: w.month, day: w.day },
    time: `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`,
  };
}

/** The calendar day a DatePicker's local Date stands for (its own zone is irrelevant). */
export function dayOf(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** A local Date for a DatePicker showing the day. */
export function dateOf(day: CalendarDay): Date {
  return new Date(day.year, day.month - 1, day.day);
}

/** "2026-12-01". */
export function isoDay(day: CalendarDay): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** "2026-12-01" → the day; null when it is not a date. */
export function parseIsoDay(text: string): CalendarDay | null {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = dateOf(day);
  return check.getMonth() === day.month - 1 && check.getDate() === day.day ? day : null;
}
