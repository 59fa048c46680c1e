import type { FieldDef } from '../schema/types';

/**
 * The CAML `<Field>` element for a schema field, for `fields.createFieldAsXml`. Field XML is the
 * one creation path where SharePoint honours the internal name we choose (with the
 * AddFieldInternalNameHint option), so code and flows can rely on stable English names.
 */
export function fieldXml(field: FieldDef, lookupListId?: string): string {
  const type = field.kind === 'User' || field.kind === 'UserMulti' ? field.kind : field.kind === 'MultiChoice' ? 'MultiChoice' : field.kind;
  const attrs: Record<string, string> = {
    Type: type,
    Name: field.name,
    StaticName: field.name,
    DisplayName: field.title,
    Required: bool(field.required),
  };
  if (field.indexed || field.unique) attrs.Indexed = 'TRUE';
  if (field.unique) attrs.EnforceUniqueValues = 'TRUE';
  if (field.description) attrs.Description = field.description;
  if (field.kind === 'Text') attrs.MaxLength = String(field.maxLength ?? 255);
  if (field.kind === 'Note') {
    attrs.NumLines = '6';
    attrs.RichText = 'FALSE';
  }
  if (field.kind === 'DateTime') attrs.Format = field.dateOnly ? 'DateOnly' : 'DateTime';
  if (field.kind === 'Integer') attrs.Decimals = '0';
  if (field.kind === 'Currency') attrs.LCID = '1053';
  if (field.kind === 'User' || field.kind === 'UserMulti') {
    attrs.UserSelectionMode = 'PeopleOnly';
    attrs.ShowField = 'ImnName';
    if (field.kind === 'UserMulti') attrs.Mult = 'TRUE';
  }
  if (field.kind === 'Lookup') {
    if (!lookupListId) throw new Error(`Lookup ${field.name} needs the id of list ${field.lookupList}`);
    attrs.List = `{${lookupListId.replace(/[{}]/g, '')}}`;
    attrs.ShowField = 'Title';
    if (field.restrictDelete) attrs.RelationshipDeleteBehavior = 'Restrict';
  }
  const open = `<Field ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${escapeXml(v)}"`)
    .join(' ')}`;
  const inner: string[] = [];
  if (field.choices) inner.push(`<CHOICES>${field.choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>`);
  if (field.defaultValue !== undefined) inner.push(`<Default>${escapeXml(field.defaultValue)}</Default>`);
  return inner.length ? `${open}>${inner.join('')}</Field>` : `${open} />`;
}

function bool(v: boolean | undefined): string {
  return v ? 'TRUE' : 'FALSE';
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/** SharePoint's TypeAsString for a schema kind, to compare a field that exists. */
export function typeAsString(field: FieldDef): string {
  return field.kind;
}
