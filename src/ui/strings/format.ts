import { commonStrings, type DateParts } from './common';
import { stringsFor, type Language } from './registry';

/**
 * Dates and times are stored as UTC and always shown as Swedish wall-clock time
 * (DESIGN §11), whatever time zone the reader's device is in. `Intl` does the zone
 * conversion and gives month and weekday names; the string table orders the parts.
 * (date-fns alone formats in the device's zone, and @date-fns/tz is not installed.)
 */
export const TIME_ZONE = 'Europe/Stockholm';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(intlLocale: string): Intl.DateTimeFormat {
  let f = formatters.get(intlLocale);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale, {
      timeZone: TIME_ZONE,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(intlLocale, f);
  }
  return f;
}

export function dateParts(instant: Date | string, intlLocale: string): DateParts {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  const parts: Record<string, string> = {};
  for (const p of formatter(intlLocale).formatToParts(d)) parts[p.type] = p.value;
  return {
    weekday: parts.weekday ?? '',
    day: parts.day ?? '',
    month: parts.month ?? '',
    year: parts.year ?? '',
    // Some engines print midnight as "24" even with h23; Swedish clocks say 00.
    hour: (parts.hour ?? '').replace(/^24$/, '00'),
    minute: parts.minute ?? '',
  };
}

/** The helpers take the UI language: its `Intl` locale names months and days, its table orders the parts. */
export type FormatContext = Pick<Language, 'tag' | 'intlLocale'>;

const datesOf = (ctx: FormatContext) => stringsFor(commonStrings, ctx.tag).dates;

/** "tisdag 1 december 2026, 09:00" */
export function formatDateTime(instant: Date | string, ctx: FormatContext): string {
  return datesOf(ctx).dateTime(dateParts(instant, ctx.intlLocale));
}

/** "09:00" */
export function formatTime(instant: Date | string, ctx: FormatContext): string {
  return datesOf(ctx).time(dateParts(instant, ctx.intlLocale));
}

/** A meeting's time: with the end time when it ends the same Swedish day, else the start only. */
export function formatMeetingTime(start: string, end: string | null, ctx: FormatContext): string {
  const s = dateParts(start, ctx.intlLocale);
  if (end) {
    const e = dateParts(end, ctx.intlLocale);
    if (e.year === s.year && e.month === s.month && e.day === s.day && end > start) return datesOf(ctx).dateTimeRange(s, e);
  }
  return datesOf(ctx).dateTime(s);
}
