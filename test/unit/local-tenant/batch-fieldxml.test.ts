import { parseBatch } from '../../../tools/local-tenant/src/sharepoint/batch';
import { fieldFromXml } from '../../../tools/local-tenant/src/sharepoint/fieldXml';
import { SpError } from '../../../tools/local-tenant/src/sharepoint/errors';

describe('$batch request parsing', () => {
  it('reads changesets and plain parts in order, as PnPjs writes them', () => {
    const body = [
      '--batch_1',
      'Content-Type: multipart/mixed; boundary="changeset_2"',
      '',
      '--changeset_2',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      "POST http://localhost/sites/politikerportal/_api/web/lists/getByTitle('X')/items HTTP/1.1",
      'Accept: application/json',
      'Content-Type: application/json;charset=utf-8',
      '',
      '{"Title":"a"}',
      '',
      '--changeset_2',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      "MERGE http://localhost/sites/politikerportal/_api/web/lists/getByTitle('X')/items(1) HTTP/1.1",
      'IF-Match: "1"',
      '',
      '{"Title":"b"}',
      '',
      '--changeset_2--',
      '',
      '--batch_1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      'GET http://localhost/sites/politikerportal/_api/web HTTP/1.1',
      'Accept: application/json',
      '',
      '--batch_1--',
      '',
    ].join('\r\n');
    const parts = parseBatch(body, 'multipart/mixed; boundary=batch_1');
    expect(parts.map((p) => [p.method, p.url.split('/_api/')[1], p.body])).toEqual([
      ['POST', "web/lists/getByTitle('X')/items", '{"Title":"a"}'],
      ['MERGE', "web/lists/getByTitle('X')/items(1)", '{"Title":"b"}'],
      ['GET', 'web', ''],
    ]);
    expect(parts[1].headers['if-match']).toBe('"1"');
  });

  it('refuses a batch without a boundary', () => {
    expect(() => parseBatch('x', 'application/json')).toThrow(SpError);
  });
});

describe('field XML', () => {
  const lists = (ref: string): string | undefined =>
    ref === 'Lists/Bodies' || ref === '{11111111-2222-3333-4444-555555555555}' ? '11111111-2222-3333-4444-555555555555' : undefined;

  it('reads the attributes SharePoint honours', () => {
    const f = fieldFromXml(
      '<Field Type="Text" Name="BallotKey" StaticName="BallotKey" DisplayName="Nyckel &amp; kod" Required="TRUE" Indexed="TRUE" EnforceUniqueValues="TRUE" MaxLength="80" />',
      lists,
    );
    expect(f).toMatchObject({
      InternalName: 'BallotKey',
      Title: 'Nyckel & kod',
      TypeAsString: 'Text',
      FieldTypeKind: 2,
      Required: true,
      Indexed: true,
      EnforceUniqueValues: true,
      MaxLength: 80,
    });
    expect(f.SchemaXml).toContain('Name="BallotKey"');
  });

  it('reads choices, defaults, lookups and multi-person columns', () => {
    const c = fieldFromXml(
      '<Field Type="Choice" Name="Kind" DisplayName="Typ"><CHOICES><CHOICE>Ja</CHOICE><CHOICE>Nej</CHOICE></CHOICES><Default>Ja</Default></Field>',
      lists,
    );
    expect(c.Choices).toEqual(['Ja', 'Nej']);
    expect(c.DefaultValue).toBe('Ja');
    const l = fieldFromXml(
      '<Field Type="Lookup" Name="Body" DisplayName="Organ" List="{11111111-2222-3333-4444-555555555555}" ShowField="Title" />',
      lists,
    );
    expect(l).toMatchObject({
      FieldTypeKind: 7,
      LookupList: '{11111111-2222-3333-4444-555555555555}',
      LookupField: 'Title',
      AllowMultipleValues: false,
    });
    const u = fieldFromXml('<Field Type="UserMulti" Name="CoSigners" DisplayName="Justerare" Mult="TRUE" />', lists);
    expect(u).toMatchObject({ TypeAsString: 'UserMulti', FieldTypeKind: 20, AllowMultipleValues: true });
    expect(fieldFromXml('<Field Type="DateTime" Name="D" Format="DateOnly" />', lists).DisplayFormat).toBe(0);
  });

  it('refuses a unique column that is not indexed, and an unknown lookup list', () => {
    expect(() => fieldFromXml('<Field Type="Text" Name="K" EnforceUniqueValues="TRUE" />', lists)).toThrow(/index this column/);
    expect(() => fieldFromXml('<Field Type="Lookup" Name="B" List="Lists/Nope" />', lists)).toThrow(SpError);
  });
});
