import { lists as schemaLists, listsInDependencyOrder } from '../schema/lists';
import {
  customLevels,
  groups,
  levelName,
  levelPermissions,
  samePermissions,
  type CustomLevelKey,
  type GroupKey,
  type LevelKey,
} from '../schema/permissions';
import type { FieldDef, ListDef, ListRole } from '../schema/types';
import type { ProvisioningPlan, ProvisioningStep } from './plan';
import type { FieldSnapshot, ListSnapshot, SiteSnapshot } from './snapshot';

/**
 * Compares a site with the schema and lists the steps that bring it in line, in an order
 * that can be applied top to bottom (levels and groups before the lists that use them,
 * lookup targets before the lists that point at them). Pure: same input, same plan.
 */
export function diffSite(site: SiteSnapshot): ProvisioningPlan {
  const steps: ProvisioningStep[] = [];
  const summary: ProvisioningPlan['summary'] = {
    lists: { expected: schemaLists.length, missing: 0, outdated: 0 },
    fields: { expected: 0, missing: 0, outdated: 0 },
    levels: { expected: Object.keys(customLevels).length, missing: 0, outdated: 0 },
    groups: { expected: Object.keys(groups).length, missing: 0 },
  };

  for (const key of Object.keys(customLevels) as CustomLevelKey[]) {
    const def = customLevels[key];
    const existing = site.levels.find((l) => l.name === def.name);
    if (!existing) {
      summary.levels.missing += 1;
      steps.push({ id: `level:${key}`, kind: 'createLevel', subject: def.name });
    } else {
      const changes: string[] = [];
      if (!samePermissions(existing.permissions, levelPermissions(key))) changes.push('BasePermissions');
      if (existing.description !== def.description) changes.push('Description');
      if (changes.length) {
        summary.levels.outdated += 1;
        steps.push({ id: `level:${key}`, kind: 'updateLevel', subject: def.name, changes });
      }
    }
  }

  for (const key of Object.keys(groups) as GroupKey[]) {
    const def = groups[key];
    const existing = site.groups.find((g) => g.title === def.title);
    if (!existing) {
      summary.groups.missing += 1;
      steps.push({ id: `group:${key}`, kind: 'createGroup', subject: def.title });
    } else if (existing.onlyMembersSeeMembers !== !def.membersVisible) {
      // changed by hand (or created by a tool with SharePoint's default): members' clients would get 403
      steps.push({ id: `group:${key}`, kind: 'updateGroup', subject: def.title, changes: ['OnlyAllowMembersViewMembership'] });
    }
    const levelId = site.levels.find((l) => l.name === levelName(def.siteLevel))?.id;
    const has =
      existing && levelId !== undefined && site.webAssignments.some((a) => a.principalId === existing.id && a.roleDefIds.includes(levelId));
    if (!has) steps.push({ id: `siteRole:${key}`, kind: 'grantSiteRole', subject: def.title, changes: [levelName(def.siteLevel)] });
  }

  for (const def of listsInDependencyOrder()) {
    const existing = site.lists.find((l) => l.url.toLowerCase() === def.url.toLowerCase());
    summary.fields.expected += def.fields.length;
    if (!existing) {
      summary.lists.missing += 1;
      summary.fields.missing += def.fields.length;
      steps.push({ id: `list:${def.url}`, kind: 'createList', subject: def.title });
      steps.push(titleStep(def));
      for (const f of def.fields) steps.push({ id: `field:${def.url}:${f.name}`, kind: 'createField', subject: def.title, field: f.title });
      if (def.roles) steps.push({ id: `roles:${def.url}`, kind: 'setListRoles', subject: def.title });
      continue;
    }
    const listChanges = listPropertyChanges(def, existing);
    let outdated = listChanges.length > 0;
    if (listChanges.length) steps.push({ id: `list:${def.url}`, kind: 'updateList', subject: def.title, changes: listChanges });
    const title = existing.fields.find((f) => f.internalName === 'Title');
    if (title && titleChanges(def, title).length) steps.push({ ...titleStep(def), changes: titleChanges(def, title) });
    for (const f of def.fields) {
      const have = existing.fields.find((x) => x.internalName === f.name);
      if (!have) {
        summary.fields.missing += 1;
        outdated = true;
        steps.push({ id: `field:${def.url}:${f.name}`, kind: 'createField', subject: def.title, field: f.title });
        continue;
      }
      const changes = fieldChanges(f, have, site);
      if (changes.length) {
        summary.fields.outdated += 1;
        outdated = true;
        steps.push({ id: `field:${def.url}:${f.name}`, kind: 'updateField', subject: def.title, field: f.title, changes });
      }
    }
    if (!rolesMatch(def, existing, site)) {
      outdated = true;
      steps.push({ id: `roles:${def.url}`, kind: 'setListRoles', subject: def.title });
    }
    if (outdated) summary.lists.outdated += 1;
  }
  return { steps, summary };
}

function titleStep(def: ListDef): ProvisioningStep {
  return {
    id: `field:${def.url}:Title`,
    kind: 'updateField',
    subject: def.title,
    field: def.titleField ?? 'Rubrik',
    changes: ['Title', 'Required'],
  };
}

function titleChanges(def: ListDef, title: FieldSnapshot): string[] {
  const changes: string[] = [];
  const wantTitle = def.titleField ?? 'Rubrik';
  if (title.title !== wantTitle) changes.push('Title');
  if (title.required !== (def.titleField !== null)) changes.push('Required');
  return changes;
}

function listPropertyChanges(def: ListDef, l: ListSnapshot): string[] {
  const changes: string[] = [];
  if (l.title !== def.title) changes.push('Title');
  if (l.description !== def.description) changes.push('Description');
  if (l.versioning !== def.versioning) changes.push('EnableVersioning');
  if (l.readSecurity !== def.readSecurity) changes.push('ReadSecurity');
  if (l.writeSecurity !== def.writeSecurity) changes.push('WriteSecurity');
  return changes;
}

/** SharePoint's RelationshipDeleteBehavior value for restrict delete. */
export const RESTRICT_DELETE = 2;

export function fieldChanges(f: FieldDef, have: FieldSnapshot, site: SiteSnapshot): string[] {
  const changes: string[] = [];
  if (have.typeAsString !== f.kind) changes.push('TypeAsString');
  if (have.title !== f.title) changes.push('Title');
  if (have.required !== Boolean(f.required)) changes.push('Required');
  if (have.indexed !== Boolean(f.indexed || f.unique)) changes.push('Indexed');
  if (have.unique !== Boolean(f.unique)) changes.push('EnforceUniqueValues');
  if (f.choices && JSON.stringify(have.choices ?? []) !== JSON.stringify(f.choices)) changes.push('Choices');
  if (f.kind === 'Text' && have.maxLength !== (f.maxLength ?? 255)) changes.push('MaxLength');
  if (f.kind === 'Lookup') {
    const target = site.lists.find((l) => l.url.toLowerCase() === schemaLists.find((d) => d.key === f.lookupList)?.url.toLowerCase());
    if (target && have.lookupListId !== target.id.toLowerCase()) changes.push('LookupList');
    if ((have.deleteBehavior ?? 0) !== (f.restrictDelete ? RESTRICT_DELETE : 0)) changes.push('RelationshipDeleteBehavior');
  }
  return changes;
}

/** The principal and level ids a list's roles resolve to on this site; null when some don't exist yet. */
export function desiredAssignments(roles: readonly ListRole[], site: SiteSnapshot): { principalId: number; roleDefId: number }[] | null {
  const out: { principalId: number; roleDefId: number }[] = [];
  for (const r of roles) {
    const principalId =
      r.group === 'Owners' ? site.ownerGroupId : site.groups.find((g) => g.title === groups[r.group as GroupKey].title)?.id;
    const roleDefId = site.levels.find((l) => l.name === levelName(r.level as LevelKey))?.id;
    if (principalId === undefined || roleDefId === undefined) return null;
    out.push({ principalId, roleDefId });
  }
  return out;
}

function rolesMatch(def: ListDef, l: ListSnapshot, site: SiteSnapshot): boolean {
  if (!def.roles) return !l.hasUniqueRoleAssignments;
  if (!l.hasUniqueRoleAssignments) return false;
  const want = desiredAssignments(def.roles, site);
  if (!want) return false;
  const have = l.assignments.flatMap((a) => a.roleDefIds.map((roleDefId) => ({ principalId: a.principalId, roleDefId })));
  const key = (x: { principalId: number; roleDefId: number }): string => `${x.principalId}:${x.roleDefId}`;
  const a = new Set(want.map(key));
  const b = new Set(have.map(key));
  return a.size === b.size && [...a].every((k) => b.has(k));
}
