import { settingOn } from '../settings/settings';
import {
  COMPENSATION_SETTINGS,
  type AttestantRule,
  type CompensationSettingKey,
  type FeeRate,
  type Setting,
  type SettingKind,
  type SettingResult,
  type SettingValue,
} from './types';

/**
 * Compensation settings (DOMAIN §7: every amount and percentage is a setting, never a constant),
 * read by the generic rule (domain/settings): the rows valid on the day, the body's own before every
 * body's, the one that started last. So a rate changed on the 15th pays duties up to the 14th at the
 * old rate, whenever they are claimed. A missing setting is a problem, never a default: a wrong
 * default would pay the wrong amount silently.
 */
export function valueOn<K extends CompensationSettingKey>(
  settings: readonly Setting[],
  key: K,
  date: string,
  bodyId: number | null = null,
): SettingResult<SettingValue<K>> {
  return settingOn(settings, key, date, bodyId, (text) => parseSettingValue(key, text));
}

/** The value of a stored text by its key's kind; null when it cannot be read (a typo must not become 0 kr). */
export function parseSettingValue<K extends CompensationSettingKey>(key: K, text: string): SettingValue<K> | null {
  // the key's kind decides the shape; the casts restate what COMPENSATION_SETTINGS says
  const kind: SettingKind = COMPENSATION_SETTINGS[key];
  const t = text.trim().toLowerCase();
  switch (kind) {
    case 'amount':
      return fixed(withoutUnit(t, ['kr', ':-']), 2) as SettingValue<K> | null;
    case 'percent':
      return fixed(withoutUnit(t, ['%']), 2) as SettingValue<K> | null;
    case 'fee':
      return fee(t) as SettingValue<K> | null;
    case 'hours': {
      const hundredths = fixed(withoutUnit(t, ['timmar', 'tim', 'h']), 2);
      // whole minutes only: 4,5 h is fine, 4,33 h is not a time anyone meant
      return (hundredths === null || (hundredths * 60) % 100 !== 0 ? null : (hundredths * 60) / 100) as SettingValue<K> | null;
    }
    case 'count':
      return fixed(withoutUnit(t, ['km', 'månader', 'mån']), 0) as SettingValue<K> | null;
    case 'attestant':
      return attestant(t) as SettingValue<K> | null;
  }
}

function fee(t: string): FeeRate | null {
  if (t.endsWith('%')) {
    const basisPoints = fixed(withoutUnit(t, ['%']), 2);
    return basisPoints === null ? null : { kind: 'PercentOfBaseFee', basisPoints };
  }
  const amount = fixed(withoutUnit(t, ['kr', ':-']), 2);
  return amount === null ? null : { kind: 'Amount', amount };
}

const ATTESTANT: Record<string, AttestantRule> = {
  ordförande: 'Chair',
  sekreterare: 'Clerk',
  'ordförande eller sekreterare': 'ChairOrClerk',
  chair: 'Chair',
  clerk: 'Clerk',
  chairorclerk: 'ChairOrClerk',
};

function attestant(t: string): AttestantRule | null {
  return ATTESTANT[t.replace(/\s+/g, ' ')] ?? null;
}

function withoutUnit(t: string, units: readonly string[]): string {
  for (const u of units) if (t.endsWith(u)) return t.slice(0, -u.length);
  return t;
}

/** A non-negative decimal ("64 879", "18,50", "39.9") as an integer in units of 10^-decimals; null if it is not one. */
function fixed(text: string, decimals: number): number | null {
  // Swedish texts group thousands with (non-breaking) spaces and use a decimal comma
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (!m) return null;
  const frac = m[2] ?? '';
  if (frac.length > decimals) return null;
  const n = Number(m[1]) * 10 ** decimals + Number(frac.padEnd(decimals, '0') || '0');
  return Number.isSafeInteger(n) ? n : null;
}
