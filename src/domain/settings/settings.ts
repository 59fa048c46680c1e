/**
 * Settings with a validity date (`Lists/Settings`, DESIGN §3): rates, deadlines and rules of
 * procedure values that change over time and per body. Every such value is a setting, never a
 * constant, and a missing setting is a problem to show, never a default: a wrong default would
 * pay the wrong amount or move a deadline silently. Each feature gives its keys a kind and a
 * parser (compensation/settings.ts, minutes/signingSettings.ts); the rule of which row holds is here.
 */

/** One row of `Lists/Settings` (Inställningar): dates `yyyy-MM-dd`, both ends inclusive; `bodyId` null = every body. */
export interface Setting {
  key: string;
  bodyId: number | null;
  /** The text as stored; parsed by the kind of its key. */
  value: string;
  validFrom: string;
  validTo: string | null;
}

export type SettingProblem<K extends string = string> =
  | { code: 'settingMissing'; key: K; date: string; bodyId: number | null }
  | { code: 'settingUnreadable'; key: K; value: string }
  /** Two rows of the same reach start the same day with different values: nobody can tell which holds. */
  | { code: 'settingConflict'; key: K; date: string; values: string[] };

export type SettingResult<T, K extends string = string> = { ok: true; value: T } | { ok: false; problem: SettingProblem<K> };

/** SharePoint date-only fields may come back as ISO date-times: compare the date part (as assignments.ts does). */
const day = (date: string): string => date.slice(0, 10);

/**
 * The stored text of a key on a day: the rows of the key valid that day (both ends inclusive); a
 * row for the body beats a row for every body; of those, the one that started last — a new value
 * supersedes the old one from its first day even when nobody closed the old row.
 */
export function settingTextOn<K extends string>(
  settings: readonly Setting[],
  key: K,
  date: string,
  bodyId: number | null = null,
): SettingResult<string, K> {
  const on = day(date);
  const valid = settings.filter(
    (s) =>
      s.key === key && day(s.validFrom) <= on && (s.validTo === null || day(s.validTo) >= on) && (s.bodyId === null || s.bodyId === bodyId),
  );
  const own = valid.filter((s) => s.bodyId !== null);
  const reach = own.length ? own : valid;
  if (!reach.length) return { ok: false, problem: { code: 'settingMissing', key, date: on, bodyId } };
  const latest = reach.reduce((max, s) => (day(s.validFrom) > max ? day(s.validFrom) : max), '');
  const values = [...new Set(reach.filter((s) => day(s.validFrom) === latest).map((s) => s.value.trim()))];
  if (values.length > 1) return { ok: false, problem: { code: 'settingConflict', key, date: on, values: values.sort() } };
  return { ok: true, value: values[0] };
}

/** The value of a key on a day, read by `parse` (null: the text is not a value of the key's kind). */
export function settingOn<K extends string, T>(
  settings: readonly Setting[],
  key: K,
  date: string,
  bodyId: number | null,
  parse: (text: string) => T | null,
): SettingResult<T, K> {
  const text = settingTextOn(settings, key, date, bodyId);
  if (!text.ok) return text;
  const value = parse(text.value);
  return value === null ? { ok: false, problem: { code: 'settingUnreadable', key, value: text.value } } : { ok: true, value };
}
