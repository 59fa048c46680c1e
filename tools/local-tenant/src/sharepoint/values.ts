/**
 * Item values between REST form (`BodyId: 3`, `CoSignersId: [1,2]`, ISO dates) and storage form
 * (keyed by internal name: `Body: 3`). Validation mirrors what SharePoint refuses with 400.
 */
import { IGNORED_ON_WRITE } from './builtinFields';
import { badValue, invalidClientQuery, unknownProperty } from './errors';
import type { FieldInfo, ItemValues, ListInfo } from './model';

export const isLookup = (f: FieldInfo): boolean => f.FieldTypeKind === 7 && !f.system;
export const isUser = (f: FieldInfo): boolean => f.FieldTypeKind === 20;
export const isMulti = (f: FieldInfo): boolean =>
  f.TypeAsString === 'UserMulti' || f.TypeAsString === 'LookupMulti' || f.TypeAsString === 'MultiChoice';

/** OData property name of a field: lookups and people by id (`BodyId`), `_x` names prefixed `OData_`. */
export function restName(f: FieldInfo): string {
  const base = f.InternalName.startsWith('_') ? `OData_${f.InternalName}` : f.InternalName;
  return isLookup(f) || isUser(f) ? `${base}Id` : base;
}

/** SharePoint's date format in JSON: ISO UTC without milliseconds. */
export function spDate(d: Date | string): string {
  const t = typeof d === 'string' ? new Date(d) : d;
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function unwrapResults(v: unknown): unknown {
  // verbose clients send collections as { results: [...] }
  if (v && typeof v === 'object' && !Array.isArray(v) && Array.isArray((v as { results?: unknown }).results))
    return (v as { results: unknown[] }).results;
  return v;
}

const cannotConvert = (edm: string): ReturnType<typeof invalidClientQuery> =>
  invalidClientQuery(`Cannot convert a primitive value to the expected type '${edm}'. See the inner exception for more details.`);

export interface ValueContext {
  userExists(id: number): boolean;
  /** Whether a principal id is a site group (a person field that allows people only refuses it). */
  isGroup(id: number): boolean;
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const isInt32 = (n: number): boolean => Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX;

/** ISO 8601 as OData reads Edm.DateTime: a date, optionally a time and a zone. `Date.parse` alone takes "1" for 2001. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/** SharePoint stores dates from 1900-01-01 to 8900-12-31. */
const SP_MIN_DATE = Date.UTC(1900, 0, 1);
const SP_MAX_DATE = Date.UTC(8900, 11, 31, 23, 59, 59);

function personOk(f: FieldInfo, id: number, ctx: ValueContext): boolean {
  return ctx.userExists(id) && (f.SelectionMode === 1 || !ctx.isGroup(id));
}

/** Converts one REST value for `f` to storage form; throws SharePoint's 400 when it does not fit. */
export function toStorageValue(f: FieldInfo, raw: unknown, ctx: ValueContext): unknown {
  const v = unwrapResults(raw);
  if (v === null || v === undefined) return isMulti(f) ? [] : null;
  switch (f.TypeAsString) {
    case 'Text':
    case 'Note':
    case 'File': {
      if (typeof v !== 'string') throw cannotConvert('Edm.String');
      const max = f.TypeAsString === 'Text' ? (f.MaxLength ?? 255) : f.TypeAsString === 'Note' ? 63999 : 400;
      if (v.length > max) throw badValue(`The length of the value for field '${f.Title}' exceeds the maximum length of ${max} characters.`);
      return v;
    }
    case 'Number':
    case 'Currency':
    case 'Integer': {
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      if (!Number.isFinite(n)) throw cannotConvert('Edm.Double');
      if (f.TypeAsString === 'Integer' && !isInt32(n)) throw cannotConvert('Edm.Int32');
      const min = f.MinimumValue ?? -Number.MAX_VALUE;
      const max = f.MaximumValue ?? Number.MAX_VALUE;
      if (n < min || n > max)
        throw badValue(`The value of field '${f.Title}' must be between ${f.MinimumValue ?? '-∞'} and ${f.MaximumValue ?? '∞'}.`);
      return n;
    }
    case 'Boolean':
      if (typeof v !== 'boolean') throw cannotConvert('Edm.Boolean');
      return v;
    case 'DateTime': {
      if (typeof v !== 'string' || !ISO_DATE.test(v.trim()) || Number.isNaN(Date.parse(v))) throw cannotConvert('Edm.DateTime');
      const t = Date.parse(v);
      if (t < SP_MIN_DATE || t > SP_MAX_DATE) throw badValue('You must specify a valid date within the range of 1/1/1900 and 12/31/8900.');
      return spDate(v);
    }
    case 'Choice':
      if (typeof v !== 'string') throw cannotConvert('Edm.String');
      if (v !== '' && !(f.Choices ?? []).includes(v)) throw badValue(`The value '${v}' is not one of the choices of field '${f.Title}'.`);
      return v === '' ? null : v;
    case 'MultiChoice': {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw cannotConvert('Collection(Edm.String)');
      for (const x of v as string[])
        if (!(f.Choices ?? []).includes(x)) throw badValue(`The value '${x}' is not one of the choices of field '${f.Title}'.`);
      return v;
    }
    case 'Lookup':
    case 'User': {
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : NaN;
      if (!isInt32(n)) throw cannotConvert('Edm.Int32');
      if (n <= 0) return null; // SharePoint treats 0 / -1 as "no value"
      if (f.TypeAsString === 'User' && !personOk(f, n, ctx)) throw badValue('The user does not exist or is not unique.');
      return n;
    }
    case 'LookupMulti':
    case 'UserMulti': {
      if (!Array.isArray(v)) throw cannotConvert('Collection(Edm.Int32)');
      const ids = v.map((x) => (typeof x === 'number' ? x : typeof x === 'string' && /^\d+$/.test(x) ? Number(x) : NaN));
      if (ids.some((n) => !isInt32(n))) throw cannotConvert('Collection(Edm.Int32)');
      if (f.TypeAsString === 'UserMulti')
        for (const n of ids) if (!personOk(f, n, ctx)) throw badValue('The user does not exist or is not unique.');
      return ids;
    }
    case 'URL': {
      if (typeof v !== 'object' || Array.isArray(v) || typeof (v as { Url?: unknown }).Url !== 'string')
        throw cannotConvert('SP.FieldUrlValue');
      const u = v as { Url: string; Description?: string };
      return { Url: u.Url, Description: u.Description ?? u.Url };
    }
    default:
      throw badValue(`Field '${f.Title}' cannot be written.`);
  }
}

/**
 * Converts a REST write body to storage values (only the fields it names). Server-stamped
 * properties are dropped (forged values never take effect); unknown names are SP's 400.
 */
export function bodyToStorage(
  list: ListInfo,
  body: Record<string, unknown>,
  ctx: ValueContext,
  opts: { allowFileLeafRef: boolean },
): ItemValues {
  const byRest = new Map(list.fields.map((f) => [restName(f), f]));
  const byInternal = new Map(list.fields.map((f) => [f.InternalName, f]));
  const out: ItemValues = {};
  for (const [key, raw] of Object.entries(body)) {
    if (key === '__metadata') {
      const type = (raw as { type?: unknown } | null)?.type;
      if (typeof type === 'string' && type !== list.ListItemEntityTypeFullName) {
        throw invalidClientQuery(
          `A type named '${type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`,
        );
      }
      continue;
    }
    if (key.startsWith('odata.') || key.includes('@odata')) continue;
    if (IGNORED_ON_WRITE.has(key)) continue;
    const f = byRest.get(key);
    if (!f) {
      const nav = byInternal.get(key);
      if (nav && (isLookup(nav) || isUser(nav))) {
        throw invalidClientQuery(
          `A 'PrimitiveValue' node with non-null value was found when trying to read the value of a navigation property; however, a 'StartArray' node, a 'StartObject' node, or a 'PrimitiveValue' node with null value was expected.`,
        );
      }
      if (key.endsWith('StringId') && byRest.has(key.replace(/StringId$/, 'Id'))) continue;
      throw unknownProperty(key, list.ListItemEntityTypeFullName);
    }
    if (f.system || (f.ReadOnlyField && !(opts.allowFileLeafRef && f.InternalName === 'FileLeafRef'))) continue;
    out[f.InternalName] = toStorageValue(f, raw, ctx);
  }
  return out;
}

/** Defaults for a new item: each field's `<Default>` value, typed. */
export function defaultValues(list: ListInfo): ItemValues {
  const out: ItemValues = {};
  for (const f of list.fields) {
    if (f.DefaultValue === null || f.system) continue;
    const d = f.DefaultValue;
    if (f.TypeAsString === 'Boolean') out[f.InternalName] = d === '1' || d.toLowerCase() === 'true';
    else if (['Number', 'Integer', 'Currency'].includes(f.TypeAsString)) out[f.InternalName] = Number(d);
    else if (f.TypeAsString === 'MultiChoice') out[f.InternalName] = d.split(';#').filter(Boolean);
    else if (f.TypeAsString === 'DateTime') {
      if (!/^\[today\]$/i.test(d) && !Number.isNaN(Date.parse(d))) out[f.InternalName] = spDate(d);
    } else out[f.InternalName] = d;
  }
  return out;
}

/** Whether a stored value counts as empty for Required. */
export function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

/** Key used to compare values for EnforceUniqueValues (text compares case-insensitively as SP does). */
export function uniqueKey(v: unknown): string | null {
  if (isEmptyValue(v)) return null;
  if (typeof v === 'string') return v.toLowerCase();
  return JSON.stringify(v);
}
