/**
 * `Lists/Settings` as the data layer reads it: its own module, so the reads that need settings (the
 * overview's to-do list, the notice) carry it and the pages that do not stay without it.
 */
import type { Setting } from '../../domain/settings/settings';
import { dateOnly } from '../mapping';

/** A row of `Lists/Settings`: a value per key, for a body or (no body) for every body, with validity dates. */
export interface RawSetting {
  SettingKey: string;
  BodyId: number | null;
  SettingValue: string | null;
  ValidFrom: string | null;
  ValidTo: string | null;
}
export const SETTING_FIELDS = ['SettingKey', 'BodyId', 'SettingValue', 'ValidFrom', 'ValidTo'];

/** `$filter` for the rows of these keys: `SettingKey` is indexed, so it holds past 5 000 rows. */
export const settingKeysFilter = (keys: readonly string[]): string =>
  keys.map((k) => `SettingKey eq '${k.replace(/'/g, "''")}'`).join(' or ');

/** The domain's setting; a row without a start date holds on no day, so it is left out. */
export function toSetting(r: RawSetting): Setting | null {
  const validFrom = dateOnly(r.ValidFrom);
  if (!validFrom) return null;
  return { key: r.SettingKey, bodyId: r.BodyId || null, value: r.SettingValue ?? '', validFrom, validTo: dateOnly(r.ValidTo) };
}
