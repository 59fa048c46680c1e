import { schemaXml, FIELD_TYPE_KIND } from './fieldXml';
import type { FieldInfo } from './model';

/** SharePoint's fixed field ids, so `fields.getById` of a built-in column works as on SPO. */
const IDS: Record<string, string> = {
  ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
  Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  ContentType: 'c042a256-787d-4a6f-8a8a-cf6ab767f12d',
  ContentTypeId: '03e45e84-1992-4d42-9116-26f756012634',
  Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
  Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
  Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
  Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
  Attachments: '67df98f4-9dec-48ff-a553-29bece9c5bf4',
  GUID: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0',
  _UIVersionString: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
  FileLeafRef: '8553196d-ec8d-4564-9861-3dbe931050c8',
  FileRef: '94f89715-e097-4e8b-ba79-ea02aa8b7adb',
  File_x0020_Size: '8fca95c0-9b7d-456f-8dae-b41ee2728b85',
  FSObjType: '30bb605f-5bae-48fe-b4e3-1f81d9772af9',
};

function builtIn(name: string, type: string, title: string, extra: Partial<FieldInfo> = {}): FieldInfo {
  const f: FieldInfo = {
    Id: IDS[name],
    InternalName: name,
    StaticName: name,
    Title: title,
    TypeAsString: type,
    FieldTypeKind: FIELD_TYPE_KIND[type] ?? 2,
    Required: false,
    Indexed: false,
    EnforceUniqueValues: false,
    Hidden: false,
    ReadOnlyField: true,
    Description: '',
    DefaultValue: null,
    FromBaseType: true,
    system: true,
    SchemaXml: '',
    ...extra,
  };
  f.SchemaXml = schemaXml(f);
  return f;
}

/** The columns every list (or, with `library`, every document library) has from its base type. */
export function builtInFields(library: boolean): FieldInfo[] {
  const fields: FieldInfo[] = [
    builtIn('ID', 'Counter', 'ID', { Indexed: true }),
    builtIn('ContentTypeId', 'ContentTypeId', 'Content Type ID', { Hidden: true }),
    builtIn('ContentType', 'Computed', 'Content Type'),
    builtIn('Title', 'Text', 'Title', { Required: !library, ReadOnlyField: false, system: false, MaxLength: 255 }),
    builtIn('Modified', 'DateTime', 'Modified', { DisplayFormat: 1 }),
    builtIn('Created', 'DateTime', 'Created', { DisplayFormat: 1 }),
    builtIn('Author', 'User', 'Created By', { LookupList: '{user-info-list}', LookupField: 'Title', AllowMultipleValues: false }),
    builtIn('Editor', 'User', 'Modified By', { LookupList: '{user-info-list}', LookupField: 'Title', AllowMultipleValues: false }),
    builtIn('Attachments', 'Attachments', 'Attachments'),
    builtIn('GUID', 'Guid', 'GUID', { Hidden: true }),
    builtIn('_UIVersionString', 'Text', 'Version'),
  ];
  if (library) {
    fields.push(
      builtIn('FileLeafRef', 'File', 'Name', { Required: true, ReadOnlyField: false }),
      builtIn('FileRef', 'Lookup', 'URL Path', { Hidden: true }),
      builtIn('File_x0020_Size', 'Lookup', 'File Size', { Hidden: true }),
      builtIn('FSObjType', 'Lookup', 'Item Type', { Hidden: true }),
    );
  }
  return fields;
}

/** REST names of server-computed values a client may send but that never take effect (forged stamps). */
export const IGNORED_ON_WRITE = new Set([
  'Id',
  'ID',
  'AuthorId',
  'EditorId',
  'Created',
  'Modified',
  'GUID',
  'OData__UIVersionString',
  'Attachments',
  'FileSystemObjectType',
  'ContentTypeId',
  'ServerRedirectedEmbedUri',
  'ServerRedirectedEmbedUrl',
  'ComplianceAssetId',
  'AuthorStringId',
  'EditorStringId',
  'FileRef',
  'File_x0020_Size',
  'FSObjType',
]);
