import { startTestTenant, type TestTenant } from '../../support/tenant';

/** Issue 9: values SharePoint refuses are refused here too, with 400, and nothing is stored. */
let t: TestTenant;
beforeAll(async () => {
  t = await startTestTenant();
  const sp = t.sp('owner@test.local');
  await sp.web.lists.add('Claims', '', 100);
  const list = sp.web.lists.getByTitle('Claims');
  await list.fields.createFieldAsXml('<Field Type="Integer" Name="Km" DisplayName="Km" />');
  await list.fields.createFieldAsXml('<Field Type="Number" Name="Share" DisplayName="Andel" Min="0" Max="100" />');
  await list.fields.createFieldAsXml('<Field Type="DateTime" Name="TripDate" DisplayName="Resdag" Format="DateOnly" />');
  await list.fields.createFieldAsXml('<Field Type="User" Name="Claimant" DisplayName="Sökande" UserSelectionMode="PeopleOnly" />');
  await list.fields.createFieldAsXml('<Field Type="User" Name="Handler" DisplayName="Handläggare" UserSelectionMode="PeopleAndGroups" />');
});
afterAll(() => t.close());

const list = () => t.sp('owner@test.local').web.lists.getByTitle('Claims');
const refused = async (fields: Record<string, unknown>): Promise<number> =>
  list()
    .items.add({ Title: 'x', ...fields })
    .then(
      () => 200,
      (e: { status: number }) => e.status,
    );

describe('values SharePoint refuses', () => {
  it('refuses integers outside Int32 and numbers outside the field’s Min/Max', async () => {
    expect(await refused({ Km: 2147483648 })).toBe(400);
    expect(await refused({ Km: -2147483649 })).toBe(400);
    expect(await refused({ Share: 100.5 })).toBe(400);
    expect(await refused({ Share: -1 })).toBe(400);
    expect(await refused({ Km: 2147483647, Share: 100 })).toBe(200);
  });

  it('refuses dates that are not ISO 8601 or outside 1900–8900', async () => {
    expect(await refused({ TripDate: '1' })).toBe(400);
    expect(await refused({ TripDate: '+275760-09-13T00:00:00Z' })).toBe(400);
    expect(await refused({ TripDate: '9999-01-01T00:00:00Z' })).toBe(400);
    expect(await refused({ TripDate: '1899-12-31T00:00:00Z' })).toBe(400);
    expect(await refused({ TripDate: '2026-11-24T00:00:00Z' })).toBe(200);
  });

  it('refuses a group in a person field that allows people only', async () => {
    const sp = t.sp('owner@test.local');
    const group = (await sp.web.associatedMemberGroup()).Id as number;
    const alice = (await sp.web.ensureUser('i:0#.f|membership|alice@test.local')).Id as number;
    expect(await refused({ ClaimantId: group })).toBe(400);
    expect(await refused({ HandlerId: group })).toBe(200);
    expect(await refused({ ClaimantId: alice })).toBe(200);
  });

  it('stored none of the refused values', async () => {
    expect((await list().items()).length).toBe(4);
  });
});
