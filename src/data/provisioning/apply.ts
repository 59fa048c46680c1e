import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { listDef, lists as schemaLists } from '../schema/lists';
import { customLevels, groups, levelName, levelPermissions, type CustomLevelKey, type GroupKey } from '../schema/permissions';
import type { FieldDef, ListDef } from '../schema/types';
import { toDataError } from '../errors';
import { desiredAssignments, RESTRICT_DELETE } from './diff';
import { fieldXml } from './fieldXml';
import type { ProvisioningPlan, ProvisioningProgress, ProvisioningResult, ProvisioningStep } from './plan';
import { readSite } from './readSite';
import type { SiteSnapshot } from './snapshot';

/** SP.AddFieldOptions.AddFieldInternalNameHint: keep the Name we give as InternalName. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;
/** SP.AddFieldOptions.AddFieldToDefaultView, so clerks see the column in the list. */
const ADD_FIELD_TO_DEFAULT_VIEW = 16;

/**
 * Carries out a plan step by step. Each step is a small idempotent change, so a run that
 * stops half-way (network, throttling, a person closing the page) is finished by the next run:
 * the next inspect simply finds fewer steps.
 */
export async function applyPlan(
  sp: SPFI,
  plan: ProvisioningPlan,
  onProgress?: (p: ProvisioningProgress) => void,
): Promise<ProvisioningResult> {
  const applied: ProvisioningStep[] = [];
  if (!plan.steps.length) return { applied };
  let site: SiteSnapshot;
  try {
    site = await readSite(sp);
  } catch (e) {
    const err = await toDataError(e);
    return { applied, failed: { step: plan.steps[0], error: err } };
  }
  for (const step of plan.steps) {
    onProgress?.({ done: applied.length, total: plan.steps.length, step });
    try {
      site = await applyStep(sp, step, site);
    } catch (e) {
      const err = await toDataError(e);
      return { applied, failed: { step, error: err } };
    }
    applied.push(step);
  }
  onProgress?.({ done: applied.length, total: plan.steps.length, step: plan.steps[plan.steps.length - 1] });
  return { applied };
}

async function applyStep(sp: SPFI, step: ProvisioningStep, site: SiteSnapshot): Promise<SiteSnapshot> {
  const [kind, a, b] = splitId(step.id);
  switch (step.kind) {
    case 'createLevel': {
      const def = customLevels[a as CustomLevelKey];
      const { data } = await sp.web.roleDefinitions.add(def.name, def.description, 1000, levelPermissions(def.key as CustomLevelKey));
      const id = (data as { Id: number }).Id;
      return {
        ...site,
        levels: [
          ...site.levels,
          { id, name: def.name, description: def.description, permissions: levelPermissions(def.key as CustomLevelKey), roleTypeKind: 0 },
        ],
      };
    }
    case 'updateLevel': {
      const def = customLevels[a as CustomLevelKey];
      await sp.web.roleDefinitions
        .getByName(def.name)
        .update({ Description: def.description, BasePermissions: { ...levelPermissions(def.key as CustomLevelKey) } });
      return site;
    }
    case 'createGroup': {
      const def = groups[a as GroupKey];
      // SharePoint's REST default hides the members from non-members; the schema says who may see them
      const data = (await sp.web.siteGroups.add({
        Title: def.title,
        Description: def.description,
        OnlyAllowMembersViewMembership: !def.membersVisible,
      })) as unknown as { Id: number };
      return {
        ...site,
        groups: [
          ...site.groups,
          { id: data.Id, title: def.title, description: def.description, onlyMembersSeeMembers: !def.membersVisible },
        ],
      };
    }
    case 'updateGroup': {
      const def = groups[a as GroupKey];
      const existing = site.groups.find((g) => g.title === def.title);
      if (!existing) throw new Error(`Gruppen ${def.title} finns inte ännu.`);
      await sp.web.siteGroups.getById(existing.id).update({ OnlyAllowMembersViewMembership: !def.membersVisible });
      return { ...site, groups: site.groups.map((g) => (g.id === existing.id ? { ...g, onlyMembersSeeMembers: !def.membersVisible } : g)) };
    }
    case 'grantSiteRole': {
      const def = groups[a as GroupKey];
      const groupId = site.groups.find((g) => g.title === def.title)?.id;
      const levelId = site.levels.find((l) => l.name === levelName(def.siteLevel))?.id;
      if (groupId === undefined || levelId === undefined)
        throw new Error(`Gruppen ${def.title} eller behörighetsnivån ${levelName(def.siteLevel)} saknas.`);
      await sp.web.roleAssignments.add(groupId, levelId);
      return { ...site, webAssignments: [...site.webAssignments, { principalId: groupId, roleDefIds: [levelId] }] };
    }
    case 'createList': {
      const def = byUrl(a);
      const name = def.url.split('/').pop() as string;
      // SharePoint derives the URL from the title at creation; create with the URL name, then set the Swedish title.
      const created = (await sp.web.lists.add(name, def.description, def.template, false, {
        EnableVersioning: def.versioning,
      })) as unknown as { Id: string };
      await sp.web.lists.getById(created.Id).update(listProps(def));
      return {
        ...site,
        lists: [
          ...site.lists,
          {
            id: created.Id.toLowerCase(),
            url: def.url,
            title: def.title,
            description: def.description,
            template: def.template,
            versioning: def.versioning,
            readSecurity: def.readSecurity,
            writeSecurity: def.writeSecurity,
            hasUniqueRoleAssignments: false,
            assignments: [],
            fields: [],
          },
        ],
      };
    }
    case 'updateList': {
      const def = byUrl(a);
      await list(sp, site, def).update(listProps(def));
      return site;
    }
    case 'createField': {
      const def = byUrl(a);
      const field = def.fields.find((f) => f.name === b) as FieldDef;
      const lookupId =
        field.kind === 'Lookup'
          ? site.lists.find((l) => l.url.toLowerCase() === listDef(field.lookupList!).url.toLowerCase())?.id
          : undefined;
      await list(sp, site, def).fields.createFieldAsXml({
        SchemaXml: fieldXml(field, lookupId),
        Options: ADD_FIELD_INTERNAL_NAME_HINT | ADD_FIELD_TO_DEFAULT_VIEW,
      });
      return site;
    }
    case 'updateField': {
      const def = byUrl(a);
      const f = list(sp, site, def).fields.getByInternalNameOrTitle(b);
      if (b === 'Title') {
        await f.update({ Title: def.titleField ?? 'Rubrik', Required: def.titleField !== null });
        return site;
      }
      const field = def.fields.find((x) => x.name === b) as FieldDef;
      const changes = step.changes ?? [];
      if (changes.includes('TypeAsString') || changes.includes('LookupList')) {
        throw new Error(
          `Kolumnen ${field.title} i ${def.title} har fel typ eller pekar på fel lista. Den kan inte ändras automatiskt utan att data går förlorad: byt namn på den befintliga kolumnen och kör inställningen igen.`,
        );
      }
      const props: Record<string, unknown> = {};
      if (changes.includes('Title')) props.Title = field.title;
      if (changes.includes('Required')) props.Required = Boolean(field.required);
      if (changes.includes('Choices')) props.Choices = [...(field.choices ?? [])];
      if (changes.includes('MaxLength')) props.MaxLength = field.maxLength ?? 255;
      if (changes.includes('RelationshipDeleteBehavior')) props.RelationshipDeleteBehavior = field.restrictDelete ? RESTRICT_DELETE : 0;
      // SharePoint only enforces unique values on an indexed column: index first, then enforce.
      if (changes.includes('Indexed') && (field.indexed || field.unique)) props.Indexed = true;
      if (Object.keys(props).length) await f.update(props, fieldType(field));
      if (changes.includes('EnforceUniqueValues')) await f.update({ EnforceUniqueValues: Boolean(field.unique) }, fieldType(field));
      if (changes.includes('Indexed') && !(field.indexed || field.unique)) await f.update({ Indexed: false }, fieldType(field));
      return site;
    }
    case 'setListRoles': {
      const def = byUrl(a);
      const l = list(sp, site, def);
      if (!def.roles) {
        await l.resetRoleInheritance();
        return site;
      }
      const want = desiredAssignments(def.roles, site);
      if (!want) throw new Error(`Behörighetsnivåer eller grupper för ${def.title} saknas; kör inställningen igen.`);
      const current = await l.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
      if (!current.HasUniqueRoleAssignments) await l.breakRoleInheritance(false, false);
      const have = (
        await l.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<
          { PrincipalId: number; RoleDefinitionBindings: { Id: number }[] }[]
        >()
      ).flatMap((ra) => ra.RoleDefinitionBindings.map((r) => ({ principalId: ra.PrincipalId, roleDefId: r.Id })));
      const key = (x: { principalId: number; roleDefId: number }): string => `${x.principalId}:${x.roleDefId}`;
      const haveKeys = new Set(have.map(key));
      const wantKeys = new Set(want.map(key));
      // Grant first, then revoke, so the person applying never loses access half-way.
      for (const w of want) if (!haveKeys.has(key(w))) await l.roleAssignments.add(w.principalId, w.roleDefId);
      for (const h of have) if (!wantKeys.has(key(h))) await l.roleAssignments.remove(h.principalId, h.roleDefId);
      return site;
    }
    default:
      throw new Error(`Unknown step ${kind}`);
  }
}

function splitId(id: string): [string, string, string] {
  const [kind, ...rest] = id.split(':');
  if (kind === 'field') return [kind, rest[0], rest[1]];
  return [kind, rest.join(':'), ''];
}

function byUrl(url: string): ListDef {
  const def = schemaLists.find((l) => l.url === url);
  if (!def) throw new Error(`Okänd lista ${url}`);
  return def;
}

function list(sp: SPFI, site: SiteSnapshot, def: ListDef) {
  const l = site.lists.find((x) => x.url.toLowerCase() === def.url.toLowerCase());
  if (!l) throw new Error(`Listan ${def.title} finns inte ännu.`);
  return sp.web.lists.getById(l.id);
}

function listProps(def: ListDef): Record<string, unknown> {
  const props: Record<string, unknown> = { Title: def.title, Description: def.description, EnableVersioning: def.versioning };
  // Item-level security exists only on lists, not libraries.
  if (def.template === 100) {
    props.ReadSecurity = def.readSecurity;
    props.WriteSecurity = def.writeSecurity;
  }
  return props;
}

function fieldType(f: FieldDef): string {
  const map: Partial<Record<FieldDef['kind'], string>> = {
    Choice: 'SP.FieldChoice',
    MultiChoice: 'SP.FieldMultiChoice',
    Text: 'SP.FieldText',
    Lookup: 'SP.FieldLookup',
    User: 'SP.FieldUser',
    UserMulti: 'SP.FieldUser',
    Number: 'SP.FieldNumber',
    Integer: 'SP.FieldNumber',
    DateTime: 'SP.FieldDateTime',
  };
  return map[f.kind] ?? 'SP.Field';
}
