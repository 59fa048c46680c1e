/**
 * Item writes: validate everything first, then stamp (ID, Author, Editor, Created, Modified,
 * GUID, version) and write item, version and change in one transaction — nothing half-written.
 */
import { randomUUID } from 'crypto';
import { SITE_PATH } from '../context';
import { PermissionKind } from './permissionKinds';
import { accessDenied, badValue, duplicateValues, etagMismatch, itemNotFound, SpError } from './errors';
import type { ItemRecord, ItemValues, ListInfo, SiteUser } from './model';
import { dirOf, itemScope, listScope } from './permissions';
import type { SiteCore } from './site';
import { bodyToStorage, defaultValues, isEmptyValue, uniqueKey } from './values';

export const CHANGE_ADD = 1;
export const CHANGE_UPDATE = 2;
export const CHANGE_DELETE = 3;

/** Who writes: `check` false for the seed's in-process API (server-stamped the same, no permission checks). */
export interface Actor {
  user: SiteUser;
  check: boolean;
}

export function etagOf(item: ItemRecord): string {
  return `"${item.Version}"`;
}

/** Whether an IF-Match value allows the write: absent or `*`, or the item's current version. */
export function etagMatches(ifMatch: string | undefined, item: ItemRecord): boolean {
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') return true;
  const v = ifMatch.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  // file items also answer to `"{GUID},<version>"`
  const version = v.includes(',') ? v.split(',').pop() : v;
  return version === String(item.Version);
}

export class ItemOps {
  constructor(private readonly core: SiteCore) {}

  private valueCtx = {
    userExists: (id: number): boolean => this.core.store.users.has(id) || this.core.store.groups.has(id),
    isGroup: (id: number): boolean => this.core.store.groups.has(id),
  };

  private checkRequiredAndUnique(list: ListInfo, values: ItemValues, selfId: number | null, touched: Set<string> | null): void {
    for (const f of list.fields) {
      if (f.system || !f.Required) continue;
      if (touched && !touched.has(f.InternalName)) continue;
      if (isEmptyValue(values[f.InternalName])) throw badValue(`Field '${f.Title}' is required.`);
    }
    const unique = list.fields.filter((f) => f.EnforceUniqueValues && (!touched || touched.has(f.InternalName)));
    if (!unique.length) return;
    const items = this.core.store.itemsOf(list.Id);
    for (const f of unique) {
      const key = uniqueKey(values[f.InternalName]);
      if (key === null) continue;
      for (const other of items.values()) {
        if (other.Id !== selfId && uniqueKey(other.values[f.InternalName]) === key) throw duplicateValues([f.Title]);
      }
    }
  }

  /**
   * A new item; in a library a file (`content`) or a folder (no content) named `name` in the
   * folder `dir` (server-relative; the root folder when absent). Adding needs AddListItems where
   * it lands: in a folder with its own permissions, that folder's.
   */
  add(list: ListInfo, body: Record<string, unknown>, actor: Actor, file?: { name: string; content?: Buffer; dir?: string }): ItemRecord {
    const dir = file?.dir ?? this.fileFolder(list);
    const parent = this.core.store.folderAt(list.Id, dir);
    if (actor.check) {
      const scope = parent ? itemScope(list.Id, parent.Id) : listScope(list.Id);
      if (!this.core.perms.has(actor.user, scope, PermissionKind.AddListItems)) throw accessDenied();
      if (list.WriteSecurity === 4 && !this.core.perms.overridesListBehaviors(actor.user, list)) throw accessDenied();
    }
    const given = bodyToStorage(list, body, this.valueCtx, { allowFileLeafRef: false });
    const values: ItemValues = { ...defaultValues(list), ...given };
    if (file) values.FileLeafRef = file.name;
    // SharePoint accepts an upload whose required columns are still empty (the library shows the file
    // as missing required information); they are enforced when the item's properties are written.
    this.checkRequiredAndUnique(list, values, null, file ? new Set(Object.keys(given)) : null);
    const now = this.core.now();
    const id = list.NextItemId;
    const item: ItemRecord = {
      Id: id,
      GUID: randomUUID(),
      Version: 1,
      values: { ...values, ID: id, Created: now, Modified: now, Author: actor.user.Id, Editor: actor.user.Id, _UIVersionString: '1.0' },
    };
    if (file) item.values.FileRef = `${dir}/${file.name}`;
    if (file?.content) {
      item.file = { name: file.name, size: file.content.length, uniqueId: randomUUID() };
      item.values.File_x0020_Size = file.content.length;
    } else if (file) item.values.FSObjType = 1;
    this.core.store.tx(() => {
      this.core.store.saveList({ ...list, NextItemId: id + 1, LastItemModifiedDate: now });
      this.core.store.saveItem(list.Id, item);
      this.core.store.saveVersion(list.Id, item);
      if (file?.content) this.core.store.saveFile(list.Id, id, 1, file.content);
      this.core.store.addChange(list.Id, id, CHANGE_ADD, now, this.core.perms.visibilityOf(list, item));
    });
    return item;
  }

  /** Server-relative URL of a library's root folder. */
  fileFolder(list: ListInfo): string {
    return `${SITE_PATH}/${list.Url}`;
  }

  getForWrite(
    list: ListInfo,
    itemId: number,
    actor: Actor,
    kind: PermissionKind.EditListItems | PermissionKind.DeleteListItems,
  ): ItemRecord {
    const item = this.core.store.itemsOf(list.Id).get(itemId);
    if (!item) throw itemNotFound();
    if (actor.check) {
      // an item the user cannot even see does not exist for them, as in SharePoint
      if (!this.core.perms.canReadItem(actor.user, list, item)) throw itemNotFound();
      if (!this.core.perms.canWriteItem(actor.user, list, item, kind)) throw accessDenied();
    }
    return item;
  }

  update(
    list: ListInfo,
    itemId: number,
    body: Record<string, unknown>,
    actor: Actor,
    ifMatch?: string,
    file?: { content: Buffer },
  ): ItemRecord {
    const item = this.getForWrite(list, itemId, actor, PermissionKind.EditListItems);
    if (!etagMatches(ifMatch, item)) throw etagMismatch(String(ifMatch), etagOf(item));
    const given = bodyToStorage(list, body, this.valueCtx, { allowFileLeafRef: Boolean(item.file) });
    const values: ItemValues = { ...item.values, ...given };
    this.checkRequiredAndUnique(list, values, item.Id, new Set(Object.keys(given)));
    const now = this.core.now();
    const version = item.Version + 1;
    const uiVersion = list.EnableVersioning
      ? `${Number.parseInt(String(item.values._UIVersionString ?? '1'), 10) + 1}.0`
      : String(item.values._UIVersionString ?? '1.0');
    const next: ItemRecord = {
      ...item,
      Version: version,
      values: { ...values, Modified: now, Editor: actor.user.Id, _UIVersionString: uiVersion },
    };
    if (item.file) {
      const name = typeof given.FileLeafRef === 'string' ? given.FileLeafRef : item.file.name;
      next.file = { ...item.file, name, size: file ? file.content.length : item.file.size };
      next.values.FileLeafRef = name;
      next.values.FileRef = `${dirOf(String(item.values.FileRef))}/${name}`;
      next.values.File_x0020_Size = next.file.size;
    }
    this.core.store.tx(() => {
      this.core.store.saveList({ ...list, LastItemModifiedDate: now });
      this.core.store.saveItem(list.Id, next);
      this.core.store.saveVersion(list.Id, next);
      if (file) this.core.store.saveFile(list.Id, item.Id, version, file.content);
      this.core.store.addChange(list.Id, item.Id, CHANGE_UPDATE, now, this.core.perms.visibilityOf(list, next));
    });
    return next;
  }

  delete(list: ListInfo, itemId: number, actor: Actor, ifMatch?: string): void {
    const item = this.getForWrite(list, itemId, actor, PermissionKind.DeleteListItems);
    if (!etagMatches(ifMatch, item)) throw etagMismatch(String(ifMatch), etagOf(item));
    // Lookups that enforce a relationship: Restrict refuses, Cascade takes the referencing items along.
    const cascade: { list: ListInfo; id: number }[] = [];
    for (const other of this.core.store.lists.values()) {
      for (const f of other.fields) {
        if (!f.RelationshipDeleteBehavior || f.LookupList !== `{${list.Id}}`) continue;
        for (const ref of this.core.store.itemsOf(other.Id).values()) {
          if (ref.values[f.InternalName] !== item.Id) continue;
          if (f.RelationshipDeleteBehavior === 2) {
            throw new SpError(
              400,
              '-2130575135, Microsoft.SharePoint.SPException',
              `This item cannot be deleted because an item in the "${other.Title}" list is related to an item in the "${list.Title}" list.`,
            );
          }
          cascade.push({ list: other, id: ref.Id });
        }
      }
    }
    const now = this.core.now();
    // who could read them, taken before their scopes go with them
    const seen = this.core.perms.visibilityOf(list, item);
    const cascadeSeen = cascade.map((r) => this.core.perms.visibilityOf(r.list, this.core.store.itemsOf(r.list.Id).get(r.id)!));
    this.core.store.tx(() => {
      this.core.store.saveList({ ...list, LastItemDeletedDate: now });
      this.core.store.deleteItem(list.Id, item.Id);
      this.core.store.addChange(list.Id, item.Id, CHANGE_DELETE, now, seen);
      cascade.forEach((r, i) => {
        this.core.store.deleteItem(r.list.Id, r.id);
        this.core.store.addChange(r.list.Id, r.id, CHANGE_DELETE, now, cascadeSeen[i]);
      });
    });
  }

  /** Read access to one item, as the item endpoints check it (unreadable = does not exist). */
  getForRead(list: ListInfo, itemId: number, user: SiteUser | null): ItemRecord {
    const item = this.core.store.itemsOf(list.Id).get(itemId);
    if (!item) throw itemNotFound();
    if (!this.core.perms.has(user, itemScope(list.Id, item.Id), PermissionKind.ViewListItems)) {
      if (this.core.perms.has(user, listScope(list.Id), PermissionKind.ViewListItems)) throw itemNotFound();
      throw accessDenied();
    }
    if (!this.core.perms.canReadItem(user, list, item)) throw itemNotFound();
    return item;
  }
}
