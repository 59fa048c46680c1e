import type { Db } from '../db';
import type { Assignment, ItemRecord, ListInfo, RoleDef, ScopeKey, SiteGroup, SiteUser } from './model';

export interface WebInfo {
  Id: string;
  SiteId: string;
  Title: string;
  Description: string;
  Language: number;
  Created: string;
  /** Principal ids of the associated groups. */
  /** Id of the hidden User Information List (site users as items). */
  userInfoListId?: string;
  ownerGroup: number;
  memberGroup: number;
  visitorGroup: number;
}

export interface ChangeRow {
  seq: number;
  listId: string;
  itemId: number;
  changeType: number;
  time: string;
  /** Who could read the item when it changed, to trim the log once the item is gone (see changes.ts). */
  visibility: ChangeVisibility | null;
}

/** The item's author, and the principals with read rights when the item had its own permissions (null: inherited). */
export interface ChangeVisibility {
  author: number | null;
  readers: number[] | null;
}

/**
 * Persistence of the site: every object is JSON in an `sp_` table and mirrored in memory, so
 * reads (10 000-item filters) never touch SQLite and writes go through to it.
 */
export class SpStore {
  web: WebInfo | null = null;
  readonly users = new Map<number, SiteUser>();
  readonly groups = new Map<number, SiteGroup>();
  readonly roleDefs = new Map<number, RoleDef>();
  readonly lists = new Map<string, ListInfo>();
  readonly items = new Map<string, Map<number, ItemRecord>>();
  readonly uniqueScopes = new Set<ScopeKey>();
  readonly assignments = new Map<ScopeKey, Assignment[]>();
  /** Folders of each library by their server-relative URL (lower case): the parents permission inheritance walks through. */
  private readonly folders = new Map<string, Map<string, number>>();

  constructor(readonly db: Db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS sp_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS sp_principals (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS sp_roledefs (id INTEGER PRIMARY KEY, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS sp_lists (id TEXT PRIMARY KEY, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS sp_items (list_id TEXT NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, id));
      CREATE TABLE IF NOT EXISTS sp_item_versions (list_id TEXT NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, item_id, version));
      CREATE TABLE IF NOT EXISTS sp_files (list_id TEXT NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL, content BLOB NOT NULL, PRIMARY KEY (list_id, item_id, version));
      CREATE TABLE IF NOT EXISTS sp_scopes (scope TEXT PRIMARY KEY);
      CREATE TABLE IF NOT EXISTS sp_assignments (scope TEXT NOT NULL, principal_id INTEGER NOT NULL, roledef_id INTEGER NOT NULL, PRIMARY KEY (scope, principal_id, roledef_id));
      CREATE TABLE IF NOT EXISTS sp_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, list_id TEXT NOT NULL, item_id INTEGER NOT NULL, change_type INTEGER NOT NULL, time TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS sp_changes_by_list ON sp_changes (list_id, seq);
    `);
    // data from before change-log trimming: the column arrives empty (such rows stay visible to list readers)
    const cols = (db.prepare('PRAGMA table_info(sp_changes)').all() as { name: string }[]).map((c) => c.name);
    if (!cols.includes('visibility')) db.exec('ALTER TABLE sp_changes ADD COLUMN visibility TEXT');
    this.load();
  }

  private load(): void {
    const web = this.state('web');
    this.web = web ? (JSON.parse(web) as WebInfo) : null;
    for (const r of this.db.prepare('SELECT kind, data FROM sp_principals').all() as { kind: string; data: string }[]) {
      if (r.kind === 'user') {
        const u = JSON.parse(r.data) as SiteUser;
        this.users.set(u.Id, u);
      } else {
        const g = JSON.parse(r.data) as SiteGroup;
        // groups stored before the property existed were rendered as visible to everyone
        this.groups.set(g.Id, { ...g, OnlyAllowMembersViewMembership: g.OnlyAllowMembersViewMembership ?? false });
      }
    }
    for (const r of this.db.prepare('SELECT data FROM sp_roledefs').all() as { data: string }[]) {
      const d = JSON.parse(r.data) as RoleDef;
      this.roleDefs.set(d.Id, d);
    }
    for (const r of this.db.prepare('SELECT data FROM sp_lists ORDER BY rowid').all() as { data: string }[]) {
      const l = JSON.parse(r.data) as ListInfo;
      this.lists.set(l.Id, l);
      this.items.set(l.Id, new Map());
    }
    for (const r of this.db.prepare('SELECT list_id, data FROM sp_items ORDER BY list_id, id').all() as {
      list_id: string;
      data: string;
    }[]) {
      const it = JSON.parse(r.data) as ItemRecord;
      this.items.get(r.list_id)?.set(it.Id, it);
      if (isFolder(it)) this.foldersOf(r.list_id).set(folderKey(it), it.Id);
    }
    for (const r of this.db.prepare('SELECT scope FROM sp_scopes').all() as { scope: string }[]) this.uniqueScopes.add(r.scope);
    for (const r of this.db.prepare('SELECT scope, principal_id, roledef_id FROM sp_assignments ORDER BY rowid').all() as {
      scope: string;
      principal_id: number;
      roledef_id: number;
    }[]) {
      const list = this.assignments.get(r.scope) ?? [];
      list.push({ principalId: r.principal_id, roleDefId: r.roledef_id });
      this.assignments.set(r.scope, list);
    }
  }

  /**
   * Undo steps for the memory changes of the transaction(s) running now; null outside one.
   * Memory is written after each statement (later reads in the same transaction see it) and put
   * back when the transaction rolls back, so no client ever sees a change SQLite did not commit.
   */
  private undo: (() => void)[] | null = null;

  /** Runs `fn` in one SQLite transaction: all or nothing on disk, and in memory. Nests (savepoints). */
  tx<T>(fn: () => T): T {
    const outermost = this.undo === null;
    const log = (this.undo ??= []);
    const mark = log.length;
    try {
      const result = this.db.transaction(fn)();
      if (outermost) this.undo = null;
      return result;
    } catch (e) {
      for (let i = log.length - 1; i >= mark; i--) log[i]();
      log.length = mark;
      if (outermost) this.undo = null;
      throw e;
    }
  }

  // Memory writes: only after their statement ran, journalled for a rollback.
  private put<K, V>(map: Map<K, V>, key: K, value: V): void {
    if (this.undo) {
      const had = map.has(key);
      const prev = map.get(key);
      this.undo.push(() => (had ? map.set(key, prev as V) : map.delete(key)));
    }
    map.set(key, value);
  }

  private drop<K, V>(map: Map<K, V>, key: K): void {
    if (!map.has(key)) return;
    if (this.undo) {
      const prev = map.get(key) as V;
      this.undo.push(() => map.set(key, prev));
    }
    map.delete(key);
  }

  private mark(scope: ScopeKey, unique: boolean): void {
    const had = this.uniqueScopes.has(scope);
    if (had === unique) return;
    this.undo?.push(() => (had ? this.uniqueScopes.add(scope) : this.uniqueScopes.delete(scope)));
    if (unique) this.uniqueScopes.add(scope);
    else this.uniqueScopes.delete(scope);
  }

  state(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM sp_state WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setState(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO sp_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }

  /** Next value of a persisted counter (principal ids, role definition ids). */
  nextId(key: string, start: number): number {
    const cur = Number(this.state(key) ?? String(start - 1));
    this.setState(key, String(cur + 1));
    return cur + 1;
  }

  saveWeb(web: WebInfo): void {
    this.setState('web', JSON.stringify(web));
    const prev = this.web;
    this.undo?.push(() => (this.web = prev));
    this.web = web;
  }

  saveUser(u: SiteUser): void {
    this.db
      .prepare('INSERT INTO sp_principals (id, kind, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data')
      .run(u.Id, 'user', JSON.stringify(u));
    this.put(this.users, u.Id, u);
  }

  deleteUser(id: number): void {
    this.db.prepare('DELETE FROM sp_principals WHERE id = ?').run(id);
    this.drop(this.users, id);
  }

  saveGroup(g: SiteGroup): void {
    this.db
      .prepare('INSERT INTO sp_principals (id, kind, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data')
      .run(g.Id, 'group', JSON.stringify(g));
    this.put(this.groups, g.Id, g);
  }

  deleteGroup(id: number): void {
    this.db.prepare('DELETE FROM sp_principals WHERE id = ?').run(id);
    this.drop(this.groups, id);
  }

  saveRoleDef(d: RoleDef): void {
    this.db
      .prepare('INSERT INTO sp_roledefs (id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data')
      .run(d.Id, JSON.stringify(d));
    this.put(this.roleDefs, d.Id, d);
  }

  deleteRoleDef(id: number): void {
    this.tx(() => {
      this.db.prepare('DELETE FROM sp_roledefs WHERE id = ?').run(id);
      this.db.prepare('DELETE FROM sp_assignments WHERE roledef_id = ?').run(id);
      this.drop(this.roleDefs, id);
      for (const [scope, list] of [...this.assignments])
        this.put(
          this.assignments,
          scope,
          list.filter((a) => a.roleDefId !== id),
        );
    });
  }

  saveList(l: ListInfo): void {
    this.db
      .prepare('INSERT INTO sp_lists (id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data')
      .run(l.Id, JSON.stringify(l));
    this.put(this.lists, l.Id, l);
    if (!this.items.has(l.Id)) this.put(this.items, l.Id, new Map());
  }

  deleteList(id: string): void {
    this.tx(() => {
      for (const t of ['sp_items', 'sp_item_versions', 'sp_files', 'sp_changes'])
        this.db.prepare(`DELETE FROM ${t} WHERE list_id = ?`).run(id);
      this.db.prepare('DELETE FROM sp_lists WHERE id = ?').run(id);
      this.drop(this.lists, id);
      this.drop(this.items, id);
      for (const scope of [...this.uniqueScopes])
        if (scope === `list:${id}` || scope.startsWith(`item:${id}:`)) this.setUnique(scope, false);
    });
  }

  itemsOf(listId: string): Map<number, ItemRecord> {
    let m = this.items.get(listId);
    if (!m) {
      m = new Map();
      this.items.set(listId, m);
    }
    return m;
  }

  saveItem(listId: string, item: ItemRecord): void {
    this.db
      .prepare('INSERT INTO sp_items (list_id, id, data) VALUES (?, ?, ?) ON CONFLICT(list_id, id) DO UPDATE SET data = excluded.data')
      .run(listId, item.Id, JSON.stringify(item));
    this.put(this.itemsOf(listId), item.Id, item);
    if (isFolder(item)) this.put(this.foldersOf(listId), folderKey(item), item.Id);
  }

  private foldersOf(listId: string): Map<string, number> {
    let m = this.folders.get(listId);
    if (!m) {
      m = new Map();
      this.folders.set(listId, m);
    }
    return m;
  }

  /** The folder item at a server-relative URL, if the library has one there. */
  folderAt(listId: string, serverRelativeUrl: string): ItemRecord | undefined {
    const id = this.foldersOf(listId).get(serverRelativeUrl.toLowerCase());
    return id === undefined ? undefined : this.itemsOf(listId).get(id);
  }

  deleteItem(listId: string, id: number): void {
    this.tx(() => {
      this.db.prepare('DELETE FROM sp_items WHERE list_id = ? AND id = ?').run(listId, id);
      this.db.prepare('DELETE FROM sp_item_versions WHERE list_id = ? AND item_id = ?').run(listId, id);
      this.db.prepare('DELETE FROM sp_files WHERE list_id = ? AND item_id = ?').run(listId, id);
      const gone = this.itemsOf(listId).get(id);
      if (gone && isFolder(gone)) this.drop(this.foldersOf(listId), folderKey(gone));
      this.drop(this.itemsOf(listId), id);
      this.setUnique(`item:${listId}:${id}`, false);
    });
  }

  saveVersion(listId: string, item: ItemRecord): void {
    this.db
      .prepare(
        'INSERT INTO sp_item_versions (list_id, item_id, version, data) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET data = excluded.data',
      )
      .run(listId, item.Id, item.Version, JSON.stringify(item));
  }

  versions(listId: string, itemId: number): ItemRecord[] {
    return (
      this.db.prepare('SELECT data FROM sp_item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC').all(listId, itemId) as {
        data: string;
      }[]
    ).map((r) => JSON.parse(r.data) as ItemRecord);
  }

  saveFile(listId: string, itemId: number, version: number, content: Buffer): void {
    this.db
      .prepare(
        'INSERT INTO sp_files (list_id, item_id, version, content) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET content = excluded.content',
      )
      .run(listId, itemId, version, content);
  }

  fileContent(listId: string, itemId: number): Buffer | undefined {
    const row = this.db
      .prepare('SELECT content FROM sp_files WHERE list_id = ? AND item_id = ? ORDER BY version DESC LIMIT 1')
      .get(listId, itemId) as { content: Buffer } | undefined;
    return row?.content;
  }

  /** The bytes a file had at item version `version` (the last upload at or before it). */
  fileContentAt(listId: string, itemId: number, version: number): Buffer | undefined {
    const row = this.db
      .prepare('SELECT content FROM sp_files WHERE list_id = ? AND item_id = ? AND version <= ? ORDER BY version DESC LIMIT 1')
      .get(listId, itemId, version) as { content: Buffer } | undefined;
    return row?.content;
  }

  setUnique(scope: ScopeKey, unique: boolean): void {
    this.tx(() => {
      if (unique) {
        this.db.prepare('INSERT OR IGNORE INTO sp_scopes (scope) VALUES (?)').run(scope);
        this.mark(scope, true);
      } else {
        this.db.prepare('DELETE FROM sp_scopes WHERE scope = ?').run(scope);
        this.db.prepare('DELETE FROM sp_assignments WHERE scope = ?').run(scope);
        this.mark(scope, false);
        this.drop(this.assignments, scope);
      }
    });
  }

  addAssignment(scope: ScopeKey, a: Assignment): void {
    const list = this.assignments.get(scope) ?? [];
    if (list.some((x) => x.principalId === a.principalId && x.roleDefId === a.roleDefId)) return;
    this.db
      .prepare('INSERT OR IGNORE INTO sp_assignments (scope, principal_id, roledef_id) VALUES (?, ?, ?)')
      .run(scope, a.principalId, a.roleDefId);
    this.put(this.assignments, scope, [...list, a]);
  }

  removeAssignment(scope: ScopeKey, a: Assignment): void {
    this.db
      .prepare('DELETE FROM sp_assignments WHERE scope = ? AND principal_id = ? AND roledef_id = ?')
      .run(scope, a.principalId, a.roleDefId);
    const list = this.assignments.get(scope) ?? [];
    this.put(
      this.assignments,
      scope,
      list.filter((x) => !(x.principalId === a.principalId && x.roleDefId === a.roleDefId)),
    );
  }

  removePrincipalAssignments(principalId: number): void {
    this.db.prepare('DELETE FROM sp_assignments WHERE principal_id = ?').run(principalId);
    for (const [scope, list] of [...this.assignments])
      this.put(
        this.assignments,
        scope,
        list.filter((a) => a.principalId !== principalId),
      );
  }

  addChange(listId: string, itemId: number, changeType: number, time: string, visibility: ChangeVisibility | null = null): number {
    const r = this.db
      .prepare('INSERT INTO sp_changes (list_id, item_id, change_type, time, visibility) VALUES (?, ?, ?, ?, ?)')
      .run(listId, itemId, changeType, time, visibility ? JSON.stringify(visibility) : null);
    return Number(r.lastInsertRowid);
  }

  lastChange(listId: string): number {
    const row = this.db.prepare('SELECT MAX(seq) AS s FROM sp_changes WHERE list_id = ?').get(listId) as { s: number | null };
    return row.s ?? 0;
  }

  changesSince(listId: string, seq: number, limit: number): ChangeRow[] {
    return (
      this.db
        .prepare(
          'SELECT seq, list_id, item_id, change_type, time, visibility FROM sp_changes WHERE list_id = ? AND seq > ? ORDER BY seq LIMIT ?',
        )
        .all(listId, seq, limit) as {
        seq: number;
        list_id: string;
        item_id: number;
        change_type: number;
        time: string;
        visibility: string | null;
      }[]
    ).map((r) => ({
      seq: r.seq,
      listId: r.list_id,
      itemId: r.item_id,
      changeType: r.change_type,
      time: r.time,
      visibility: r.visibility ? (JSON.parse(r.visibility) as ChangeVisibility) : null,
    }));
  }
}

/** A folder in a library is an item with `FSObjType` 1 and no file, as in SharePoint. */
export function isFolder(item: ItemRecord): boolean {
  return item.values.FSObjType === 1;
}

function folderKey(item: ItemRecord): string {
  return String(item.values.FileRef).toLowerCase();
}
