/**
 * Time zones as Graph names them: Windows names ("W. Europe Standard Time", what Outlook
 * stores) and IANA names ("Europe/Stockholm", also accepted by Graph). Conversions go
 * through Node's ICU (Intl), so DST follows the real tz database.
 */

// Windows zone -> IANA, from CLDR's windowsZones.xml (territory 001), for the zones a
// Swedish tenant's users and guests plausibly have.
const WINDOWS_TO_IANA: Record<string, string> = {
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Romance Standard Time': 'Europe/Paris',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'FLE Standard Time': 'Europe/Kiev',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'China Standard Time': 'Asia/Shanghai',
  'India Standard Time': 'Asia/Calcutta',
  'AUS Eastern Standard Time': 'Australia/Sydney',
};

/** The IANA zone for a Graph time zone name, or null when unknown. */
export function toIana(name: string | null | undefined): string | null {
  if (!name) return null;
  const trimmed = name.trim();
  const win = Object.keys(WINDOWS_TO_IANA).find((k) => k.toLowerCase() === trimmed.toLowerCase());
  if (win) return WINDOWS_TO_IANA[win];
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Wall-clock parts of an instant in a zone. */
export function utcToLocal(instantMs: number, tz: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(instantMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

const partsAsUtc = (p: LocalParts): number => Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);

/**
 * The instant of a wall-clock time in a zone. A time skipped by DST moves forward by the
 * gap; a repeated time takes the first (daylight) instant — Exchange does the same.
 */
export function localToUtc(p: LocalParts, tz: string): number {
  const wall = partsAsUtc(p);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const offset = partsAsUtc(utcToLocal(guess, tz)) - guess;
    const next = wall - offset;
    if (next === guess) break;
    guess = next;
  }
  if (partsAsUtc(utcToLocal(guess, tz)) !== wall) {
    // The wall time falls in a DST gap: apply the offset in force before it, which moves the
    // time forward by the gap (02:30 on the spring-forward night becomes 03:30).
    const before = wall - 12 * 3600_000;
    return wall - (partsAsUtc(utcToLocal(before, tz)) - before);
  }
  // For the repeated hour, prefer the earlier instant when it shows the same wall time.
  const earlier = guess - 3600_000;
  if (partsAsUtc(utcToLocal(earlier, tz)) === wall) return earlier;
  return guess;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Graph's dateTime format: "2026-11-24T09:00:00.0000000". */
export function formatGraphDateTime(p: LocalParts): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.0000000`;
}

/** Parses "2026-11-24T09:00:00[.fffffff][Z|±hh:mm]"; an offset, when given, is returned in minutes. */
export function parseGraphDateTime(s: string): { parts: LocalParts; offsetMinutes: number | null } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s.trim());
  if (!m) return null;
  const parts: LocalParts = { year: +m[1], month: +m[2], day: +m[3], hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0) };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31 || parts.hour > 23 || parts.minute > 59 || parts.second > 59)
    return null;
  let offsetMinutes: number | null = null;
  if (m[7]) {
    if (m[7].toUpperCase() === 'Z') offsetMinutes = 0;
    else {
      const sign = m[7][0] === '-' ? -1 : 1;
      const digits = m[7].slice(1).replace(':', '');
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
  }
  return { parts, offsetMinutes };
}

/** Adds days to a calendar date (no time zone involved). */
export function addDays(p: LocalParts, days: number): LocalParts {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days, p.hour, p.minute, p.second));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Wall-clock arithmetic: the local time `ms` after `p` on the wall clock. */
export function addWallMs(p: LocalParts, ms: number): LocalParts {
  const d = new Date(partsAsUtc(p) + ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

export function wallDiffMs(a: LocalParts, b: LocalParts): number {
  return partsAsUtc(b) - partsAsUtc(a);
}

/** The calendar date "YYYY-MM-DD" of local parts. */
export function dateKey(p: LocalParts): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Parses the value of `Prefer: outlook.timezone="…"`; null when absent. */
export function preferredTimeZone(prefer: string | undefined): string | null {
  if (!prefer) return null;
  const m = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer) ?? /outlook\.timezone\s*=\s*([^,;\s]+)/i.exec(prefer);
  return m ? m[1] : null;
}
