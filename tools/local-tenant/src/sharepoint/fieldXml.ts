import { randomUUID } from 'crypto';
import { invalidQuery } from './errors';
import type { FieldInfo } from './model';

/** SP.FieldType values by the `Type` attribute of field XML. */
export const FIELD_TYPE_KIND: Record<string, number> = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  LookupMulti: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  Computed: 12,
  Guid: 14,
  MultiChoice: 15,
  File: 18,
  Attachments: 19,
  User: 20,
  UserMulti: 20,
  ContentTypeId: 25,
};

/** The OData type of a field entity (SP.FieldText, SP.FieldUser, ...). */
export function fieldODataType(f: FieldInfo): string {
  switch (f.TypeAsString) {
    case 'Text':
      return 'SP.FieldText';
    case 'Note':
      return 'SP.FieldMultiLineText';
    case 'DateTime':
      return 'SP.FieldDateTime';
    case 'Choice':
      return 'SP.FieldChoice';
    case 'MultiChoice':
      return 'SP.FieldMultiChoice';
    case 'Lookup':
    case 'LookupMulti':
      return 'SP.FieldLookup';
    case 'User':
    case 'UserMulti':
      return 'SP.FieldUser';
    case 'Number':
      return 'SP.FieldNumber';
    case 'Integer':
      return 'SP.FieldNumber';
    case 'Currency':
      return 'SP.FieldCurrency';
    case 'URL':
      return 'SP.FieldUrl';
    case 'Computed':
      return 'SP.FieldComputed';
    case 'Guid':
      return 'SP.FieldGuid';
    case 'Boolean':
    case 'Counter':
    default:
      return 'SP.Field';
  }
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    const map: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return map[e.toLowerCase()];
  });
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

const bool = (v: string | undefined): boolean => (v ?? '').toUpperCase() === 'TRUE';

export interface ParsedFieldXml {
  attrs: Record<string, string>;
  choices: string[] | undefined;
  defaultValue: string | null;
}

/** Reads a `<Field .../>` element: its attributes, `<CHOICES>` and `<Default>`. */
export function parseFieldXml(xml: string): ParsedFieldXml {
  const open = /^\s*<Field\b([^>]*?)(\/?)>/s.exec(xml);
  if (!open) throw invalidQuery('The field schema XML is not valid.');
  const attrs: Record<string, string> = {};
  const attrRe = /([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = attrRe.exec(open[1]))) attrs[m[1]] = unescapeXml(m[3] ?? m[4] ?? '');
  let choices: string[] | undefined;
  const ch = /<CHOICES>(.*?)<\/CHOICES>/s.exec(xml);
  if (ch) choices = [...ch[1].matchAll(/<CHOICE>(.*?)<\/CHOICE>/gs)].map((c) => unescapeXml(c[1]));
  const def = /<Default>(.*?)<\/Default>/s.exec(xml);
  return { attrs, choices, defaultValue: def ? unescapeXml(def[1]) : null };
}

/**
 * A field from field XML as SharePoint creates it. `resolveList` maps the List attribute
 * (a GUID, `{GUID}` or a web-relative `Lists/Url`) to a list id.
 */
export function fieldFromXml(xml: string, resolveList: (ref: string) => string | undefined): FieldInfo {
  const { attrs, choices, defaultValue } = parseFieldXml(xml);
  let type = attrs.Type;
  if (!type || FIELD_TYPE_KIND[type] === undefined)
    throw invalidQuery(`Field type ${type ?? ''} is not installed properly. Go to the list settings page to delete this field.`);
  const name = attrs.Name ?? attrs.StaticName ?? attrs.DisplayName;
  if (!name) throw invalidQuery('The field schema XML has no Name.');
  const mult = bool(attrs.Mult);
  if (type === 'User' && mult) type = 'UserMulti';
  if (type === 'Lookup' && mult) type = 'LookupMulti';
  const f: FieldInfo = {
    Id: (attrs.ID ?? randomUUID()).replace(/[{}]/g, '').toLowerCase(),
    InternalName: name.replace(/ /g, '_x0020_'),
    StaticName: attrs.StaticName ?? name,
    Title: attrs.DisplayName ?? name,
    TypeAsString: type,
    FieldTypeKind: FIELD_TYPE_KIND[type],
    Required: bool(attrs.Required),
    Indexed: bool(attrs.Indexed),
    EnforceUniqueValues: bool(attrs.EnforceUniqueValues),
    Hidden: bool(attrs.Hidden),
    ReadOnlyField: bool(attrs.ReadOnly),
    Description: attrs.Description ?? '',
    DefaultValue: defaultValue,
    FromBaseType: false,
    SchemaXml: '',
  };
  if (type === 'Text') f.MaxLength = Math.min(255, Number(attrs.MaxLength ?? '255') || 255);
  if (type === 'Choice' || type === 'MultiChoice') f.Choices = choices ?? [];
  if (type === 'DateTime') f.DisplayFormat = attrs.Format === 'DateOnly' ? 0 : 1;
  if (type === 'Number' || type === 'Integer' || type === 'Currency') {
    if (attrs.Decimals !== undefined) f.Decimals = Number(attrs.Decimals);
    if (attrs.Min !== undefined && Number.isFinite(Number(attrs.Min))) f.MinimumValue = Number(attrs.Min);
    if (attrs.Max !== undefined && Number.isFinite(Number(attrs.Max))) f.MaximumValue = Number(attrs.Max);
  }
  if (type === 'Lookup' || type === 'LookupMulti') {
    const ref = attrs.List ?? '';
    const listId = resolveList(ref);
    if (!listId) throw invalidQuery(`The lookup list '${ref}' of field ${name} was not found.`);
    f.LookupList = `{${listId}}`;
    f.LookupField = attrs.ShowField ?? 'Title';
    f.AllowMultipleValues = mult;
    const rel = (attrs.RelationshipDeleteBehavior ?? '').toLowerCase();
    if (rel === 'restrict' || rel === 'cascade') {
      // SharePoint enforces relationships only on indexed, single-value lookups
      if (mult) throw invalidQuery('Relationship behaviors are not supported on lookups that allow multiple values.');
      f.RelationshipDeleteBehavior = rel === 'cascade' ? 1 : 2;
      f.Indexed = true;
    }
  }
  if (type === 'User' || type === 'UserMulti') {
    f.LookupList = '{user-info-list}';
    f.LookupField = attrs.ShowField ?? 'ImnName';
    f.AllowMultipleValues = mult;
    f.SelectionMode = attrs.UserSelectionMode === 'PeopleAndGroups' || attrs.UserSelectionMode === '1' ? 1 : 0;
  }
  if (f.EnforceUniqueValues && !f.Indexed) throw uniqueNeedsIndex();
  f.SchemaXml = schemaXml(f);
  return f;
}

export const uniqueNeedsIndex = (): ReturnType<typeof invalidQuery> =>
  invalidQuery(
    'You must index this column before you can enforce unique values. To index the column, go to the List Settings page, and then click Indexed columns.',
  );

/** Regenerates SchemaXml from the field's properties (SharePoint keeps the two in step). */
export function schemaXml(f: FieldInfo): string {
  const type = f.TypeAsString === 'UserMulti' ? 'UserMulti' : f.TypeAsString === 'LookupMulti' ? 'LookupMulti' : f.TypeAsString;
  const attrs: [string, string | undefined][] = [
    ['Type', type],
    ['DisplayName', f.Title],
    ['Required', f.Required ? 'TRUE' : 'FALSE'],
    ['EnforceUniqueValues', f.EnforceUniqueValues ? 'TRUE' : 'FALSE'],
    ['Indexed', f.Indexed ? 'TRUE' : 'FALSE'],
    ['MaxLength', f.MaxLength !== undefined ? String(f.MaxLength) : undefined],
    ['Min', f.MinimumValue !== undefined ? String(f.MinimumValue) : undefined],
    ['Max', f.MaximumValue !== undefined ? String(f.MaximumValue) : undefined],
    ['Format', f.DisplayFormat === 0 ? 'DateOnly' : f.DisplayFormat === 1 ? 'DateTime' : undefined],
    ['List', f.LookupList],
    ['ShowField', f.LookupField],
    ['Mult', f.AllowMultipleValues ? 'TRUE' : undefined],
    [
      'RelationshipDeleteBehavior',
      f.RelationshipDeleteBehavior === 2 ? 'Restrict' : f.RelationshipDeleteBehavior === 1 ? 'Cascade' : undefined,
    ],
    ['Decimals', f.Decimals !== undefined ? String(f.Decimals) : undefined],
    ['ID', `{${f.Id}}`],
    ['StaticName', f.StaticName],
    ['Name', f.InternalName],
    ['Description', f.Description || undefined],
    ['Hidden', f.Hidden ? 'TRUE' : undefined],
  ];
  const open = `<Field ${attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => `${k}="${escapeXml(v)}"`)
    .join(' ')}`;
  const inner: string[] = [];
  if (f.Choices) inner.push(`<CHOICES>${f.Choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>`);
  if (f.DefaultValue !== null) inner.push(`<Default>${escapeXml(f.DefaultValue)}</Default>`);
  return inner.length ? `${open}>${inner.join('')}</Field>` : `${open} />`;
}
