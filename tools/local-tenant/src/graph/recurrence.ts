import { badRequest } from './errors';

/**
 * Graph's patternedRecurrence, expanded into the calendar dates of its occurrences. Dates are
 * local to the series' time zone (the caller adds the series' wall-clock start time and
 * converts to an instant), which is what keeps a 09:00 meeting at 09:00 across DST.
 */
export interface RecurrencePattern {
  type: 'daily' | 'weekly' | 'absoluteMonthly' | 'relativeMonthly' | 'absoluteYearly' | 'relativeYearly';
  interval: number;
  daysOfWeek?: string[];
  dayOfMonth?: number;
  month?: number;
  firstDayOfWeek?: string;
  index?: 'first' | 'second' | 'third' | 'fourth' | 'last';
}
export interface RecurrenceRange {
  type: 'endDate' | 'noEnd' | 'numbered';
  startDate: string;
  endDate?: string;
  numberOfOccurrences?: number;
  recurrenceTimeZone?: string;
}
export interface PatternedRecurrence {
  pattern: RecurrencePattern;
  range: RecurrenceRange;
}

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const INDEX = ['first', 'second', 'third', 'fourth'];
const DAY_MS = 86_400_000;
/** Far enough for a term of office and then some; stops runaway noEnd series. */
const MAX_STEPS = 20_000;

const toDay = (key: string): number => {
  const [y, m, d] = key.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
};
const toKey = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const weekday = (day: number): number => new Date(day * DAY_MS).getUTCDay();
const daysInMonth = (y: number, m0: number): number => new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate();

/** Checks a recurrence from a request body and fills Graph's defaults. Throws 400 when invalid. */
export function normalizeRecurrence(raw: unknown): PatternedRecurrence | null {
  if (raw === null || raw === undefined) return null;
  const r = raw as { pattern?: Partial<RecurrencePattern>; range?: Partial<RecurrenceRange> };
  const p = r.pattern;
  const g = r.range;
  if (!p || !g || typeof p.type !== 'string' || typeof g.type !== 'string') throw badRequest('Recurrence needs a pattern and a range.');
  const types = ['daily', 'weekly', 'absoluteMonthly', 'relativeMonthly', 'absoluteYearly', 'relativeYearly'];
  if (!types.includes(p.type)) throw badRequest(`Recurrence pattern type '${p.type}' is not valid.`);
  if (!['endDate', 'noEnd', 'numbered'].includes(g.type)) throw badRequest(`Recurrence range type '${g.type}' is not valid.`);
  if (!g.startDate || !/^\d{4}-\d{2}-\d{2}$/.test(g.startDate)) throw badRequest('Recurrence range needs a startDate (yyyy-MM-dd).');
  if (g.type === 'endDate' && (!g.endDate || !/^\d{4}-\d{2}-\d{2}$/.test(g.endDate)))
    throw badRequest('Recurrence range of type endDate needs an endDate (yyyy-MM-dd).');
  if (g.type === 'numbered' && !(Number(g.numberOfOccurrences) > 0))
    throw badRequest('Recurrence range of type numbered needs numberOfOccurrences.');
  const days = (p.daysOfWeek ?? []).map((d) => d.toLowerCase());
  if ((p.type === 'weekly' || p.type.startsWith('relative')) && (!days.length || days.some((d) => !DAYS.includes(d)))) {
    throw badRequest(`Recurrence pattern '${p.type}' needs daysOfWeek.`);
  }
  const interval = Number(p.interval ?? 1);
  if (!Number.isInteger(interval) || interval < 1) throw badRequest('Recurrence interval must be a positive integer.');
  return {
    pattern: {
      type: p.type as RecurrencePattern['type'],
      interval,
      month: p.month ?? 0,
      dayOfMonth: p.dayOfMonth ?? 0,
      daysOfWeek: days,
      firstDayOfWeek: (p.firstDayOfWeek ?? 'sunday').toLowerCase(),
      index: p.index ?? 'first',
    },
    range: {
      type: g.type as RecurrenceRange['type'],
      startDate: g.startDate,
      endDate: g.type === 'endDate' ? g.endDate : '0001-01-01',
      numberOfOccurrences: g.type === 'numbered' ? Number(g.numberOfOccurrences) : 0,
      recurrenceTimeZone: g.recurrenceTimeZone ?? '',
    },
  };
}

/** The nth (or last) given weekday of a month, as a day number; null if the month has none. */
function relativeDay(y: number, m0: number, wantedDays: number[], index: string): number | null {
  const first = Date.UTC(y, m0, 1) / DAY_MS;
  const all: number[] = [];
  for (let d = 0; d < daysInMonth(y, m0); d++) if (wantedDays.includes(weekday(first + d))) all.push(first + d);
  if (!all.length) return null;
  if (index === 'last') return all[all.length - 1];
  return all[INDEX.indexOf(index)] ?? null;
}

/**
 * Local dates ("yyyy-MM-dd") of the occurrences, ascending, up to and including `untilKey`.
 * Counting (`numbered`) always starts at the range's start, whatever window is asked for.
 */
export function occurrenceDates(rec: PatternedRecurrence, untilKey: string): string[] {
  const { pattern: p, range: g } = rec;
  const start = toDay(g.startDate);
  const last = Math.min(toDay(untilKey), g.type === 'endDate' && g.endDate ? toDay(g.endDate) : Infinity);
  const max = g.type === 'numbered' ? (g.numberOfOccurrences ?? 0) : Infinity;
  const out: string[] = [];
  const push = (day: number): boolean => {
    // Returns false when expansion is complete.
    if (day > last || out.length >= max) return false;
    if (day >= start) out.push(toKey(day));
    return out.length < max;
  };
  const wanted = (p.daysOfWeek ?? []).map((d) => DAYS.indexOf(d));
  const sd = new Date(start * DAY_MS);
  for (let step = 0; step < MAX_STEPS; step++) {
    switch (p.type) {
      case 'daily': {
        if (!push(start + step * p.interval)) return out;
        break;
      }
      case 'weekly': {
        const fdw = DAYS.indexOf(p.firstDayOfWeek ?? 'sunday');
        const weekStart = start - ((weekday(start) - fdw + 7) % 7) + step * 7 * p.interval;
        if (weekStart > last) return out;
        for (let i = 0; i < 7; i++) {
          const day = weekStart + i;
          if (wanted.includes(weekday(day)) && day >= start && !push(day)) return out;
        }
        break;
      }
      case 'absoluteMonthly':
      case 'relativeMonthly':
      case 'absoluteYearly':
      case 'relativeYearly': {
        const yearly = p.type.endsWith('Yearly');
        const monthsFromStart = step * p.interval * (yearly ? 12 : 1);
        const m0Total = sd.getUTCMonth() + monthsFromStart + (yearly && p.month ? p.month - 1 - sd.getUTCMonth() : 0);
        const y = sd.getUTCFullYear() + Math.floor(m0Total / 12);
        const m0 = ((m0Total % 12) + 12) % 12;
        if (Date.UTC(y, m0, 1) / DAY_MS > last) return out;
        let day: number | null;
        if (p.type.startsWith('absolute')) {
          // A day the month lacks (31 in April) falls on the month's last day, as in Outlook.
          const dom = Math.min(p.dayOfMonth || sd.getUTCDate(), daysInMonth(y, m0));
          day = Date.UTC(y, m0, dom) / DAY_MS;
        } else day = relativeDay(y, m0, wanted, p.index ?? 'first');
        if (day !== null && day >= start && !push(day)) return out;
        break;
      }
    }
  }
  return out;
}

/** The last local date of a finite series (for indexing), or null for noEnd. */
export function seriesLastDate(rec: PatternedRecurrence): string | null {
  if (rec.range.type === 'noEnd') return null;
  if (rec.range.type === 'endDate') return rec.range.endDate ?? null;
  const dates = occurrenceDates(rec, '9999-12-31');
  return dates[dates.length - 1] ?? rec.range.startDate;
}
