/**
 * A body's signing deadline settings (DOMAIN §6, `[L]`): how many days after the meeting's last day
 * the minutes are signed at the latest, and from which day the signers are reminded. They are rows
 * of `Lists/Settings` per body with validity dates, read by the generic rule (domain/settings) on
 * the meeting's last day; a missing or unreadable one is a problem to show, never a default.
 */
import { settingOn, type Setting, type SettingProblem } from '../settings/settings';
import type { SigningSettings } from './deadlines';
import { MINUTES_KEPT_AT_KEY, MINUTES_SETTING_KEYS } from './settingKeys';

export { MINUTES_KEPT_AT_KEY, MINUTES_SETTING_KEYS } from './settingKeys';

export type MinutesSettingKey = (typeof MINUTES_SETTING_KEYS)[keyof SigningSettings];
export type MinutesSettingProblem = SettingProblem<MinutesSettingKey>;

/** "14", "14 dagar", "10 days" → a whole number of days; null for anything else (a typo must not move a deadline). */
export function parseDays(text: string): number | null {
  const m = /^(\d{1,4})(?:\s*(?:dagar|dag|days|day|d))?$/i.exec(text.trim());
  return m ? Number(m[1]) : null;
}

export type SigningSettingsResult = { ok: true; value: SigningSettings } | { ok: false; problems: MinutesSettingProblem[] };

/** The body's signing settings in force on `date` (the meeting's last day, T0). */
export function signingSettingsOn(settings: readonly Setting[], bodyId: number, date: string): SigningSettingsResult {
  const signingDays = settingOn(settings, MINUTES_SETTING_KEYS.signingDays, date, bodyId, parseDays);
  const reminderDays = settingOn(settings, MINUTES_SETTING_KEYS.reminderDays, date, bodyId, parseDays);
  const problems: MinutesSettingProblem[] = [];
  if (!signingDays.ok) problems.push(signingDays.problem);
  if (!reminderDays.ok) problems.push(reminderDays.problem);
  if (!signingDays.ok || !reminderDays.ok) return { ok: false, problems };
  return { ok: true, value: { signingDays: signingDays.value, reminderDays: reminderDays.value } };
}

/** The place in force on `date`; a missing one is a problem (the notice cannot go up without it), never a default. */
/** Where the body's minutes are kept on `date` (`minutes.keptAt`); a missing one is a problem (the notice cannot go up without it), never a default. */
export function keptAtOn(settings: readonly Setting[], bodyId: number, date: string) {
  return settingOn(settings, MINUTES_KEPT_AT_KEY, date, bodyId, (text) => text.trim().slice(0, 255) || null);
}
