/** Time in Sweden. Stored times are UTC; meetings are set in Europe/Stockholm local time. */

export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: SWEDISH_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The calendar date of an instant in Sweden, `yyyy-MM-dd` (assignments are valid per Swedish date). */
export function swedishDate(instant: Date): string {
  // sv-SE formats as yyyy-MM-dd; the time zone makes a 23:30 UTC instant the next Swedish day.
  return instant.toLocaleDateString('sv-SE', { timeZone: SWEDISH_TIME_ZONE });
}

/** Minutes Stockholm is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function stockholmOffsetMinutes(instant: Date): number {
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

/**
 * The UTC instant of a Stockholm wall-clock time. On the spring-forward night a time that does not
 * exist (02:30) moves forward an hour; on the fall-back night an ambiguous time takes the first one.
 */
export function stockholmToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Try the larger (summer) offset first, so an ambiguous autumn time resolves to its first occurrence.
  for (const offset of [120, 60]) {
    const candidate = new Date(wall - offset * 60000);
    if (stockholmOffsetMinutes(candidate) === offset) return candidate;
  }
  return new Date(wall - 60 * 60000);
}

/** Adds calendar days to a `yyyy-MM-dd` date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a `yyyy-MM-dd` date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}
