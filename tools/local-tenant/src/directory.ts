import { randomUUID } from 'crypto';
import type { Db } from './db';

/**
 * The tenant's directory (Entra ID stand-in): people and Microsoft 365 groups.
 * SharePoint's site users and Graph's /users and /groups are both views of this.
 */
export interface DirectoryUser {
  /** Entra object id (GUID), the `oid` claim. */
  id: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  jobTitle: string | null;
  mobilePhone: string | null;
  businessPhones: string[];
  officeLocation: string | null;
  /** Persona key shown on the sign-in page (member, substitute, clerk, chair, owner), else null. */
  persona: string | null;
  /** Whether sign-in satisfied two-factor authentication (the `amr` claim carries "mfa"). */
  mfa: boolean;
  accountEnabled: boolean;
}

export interface DirectoryGroup {
  id: string;
  displayName: string;
  description: string;
  mail: string;
  mailNickname: string;
  /** 'Unified' for Microsoft 365 groups (those have a calendar and a mailbox). */
  groupTypes: string[];
  visibility: 'Private' | 'Public';
}

export function migrateDirectory(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS dir_users (
      id TEXT PRIMARY KEY,
      upn TEXT NOT NULL UNIQUE COLLATE NOCASE,
      data TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS dir_groups (
      id TEXT PRIMARY KEY,
      data TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS dir_group_members (
      group_id TEXT NOT NULL REFERENCES dir_groups(id) ON DELETE CASCADE,
      user_id TEXT NOT NULL REFERENCES dir_users(id) ON DELETE CASCADE,
      is_owner INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (group_id, user_id)
    );
  `);
}

export class Directory {
  constructor(private readonly db: Db) {
    migrateDirectory(db);
  }

  addUser(user: Omit<DirectoryUser, 'id'> & { id?: string }): DirectoryUser {
    const full: DirectoryUser = { ...user, id: user.id ?? randomUUID() };
    this.db.prepare('INSERT INTO dir_users (id, upn, data) VALUES (?, ?, ?)').run(full.id, full.userPrincipalName, JSON.stringify(full));
    return full;
  }

  userById(id: string): DirectoryUser | undefined {
    const row = this.db.prepare('SELECT data FROM dir_users WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as DirectoryUser) : undefined;
  }

  userByUpn(upn: string): DirectoryUser | undefined {
    const row = this.db.prepare('SELECT data FROM dir_users WHERE upn = ?').get(upn) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as DirectoryUser) : undefined;
  }

  /** By object id, UPN or mail (Graph accepts id or UPN in /users/{id}). */
  findUser(idOrUpn: string): DirectoryUser | undefined {
    return this.userById(idOrUpn) ?? this.userByUpn(idOrUpn) ?? this.users().find((u) => u.mail.toLowerCase() === idOrUpn.toLowerCase());
  }

  users(): DirectoryUser[] {
    return (this.db.prepare('SELECT data FROM dir_users ORDER BY rowid').all() as { data: string }[]).map(
      (r) => JSON.parse(r.data) as DirectoryUser,
    );
  }

  personas(): DirectoryUser[] {
    return this.users().filter((u) => u.persona !== null);
  }

  addGroup(group: Omit<DirectoryGroup, 'id'> & { id?: string }): DirectoryGroup {
    const full: DirectoryGroup = { ...group, id: group.id ?? randomUUID() };
    this.db.prepare('INSERT INTO dir_groups (id, data) VALUES (?, ?)').run(full.id, JSON.stringify(full));
    return full;
  }

  groupById(id: string): DirectoryGroup | undefined {
    const row = this.db.prepare('SELECT data FROM dir_groups WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as DirectoryGroup) : undefined;
  }

  groups(): DirectoryGroup[] {
    return (this.db.prepare('SELECT data FROM dir_groups ORDER BY rowid').all() as { data: string }[]).map(
      (r) => JSON.parse(r.data) as DirectoryGroup,
    );
  }

  deleteGroup(id: string): void {
    this.db.prepare('DELETE FROM dir_groups WHERE id = ?').run(id);
  }

  addGroupMember(groupId: string, userId: string, isOwner = false): void {
    this.db
      .prepare(
        'INSERT INTO dir_group_members (group_id, user_id, is_owner) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET is_owner = excluded.is_owner',
      )
      .run(groupId, userId, isOwner ? 1 : 0);
  }

  groupMembers(groupId: string): DirectoryUser[] {
    const rows = this.db
      .prepare('SELECT u.data FROM dir_group_members m JOIN dir_users u ON u.id = m.user_id WHERE m.group_id = ? ORDER BY u.rowid')
      .all(groupId) as { data: string }[];
    return rows.map((r) => JSON.parse(r.data) as DirectoryUser);
  }

  groupsOf(userId: string): DirectoryGroup[] {
    const rows = this.db
      .prepare('SELECT g.data FROM dir_group_members m JOIN dir_groups g ON g.id = m.group_id WHERE m.user_id = ? ORDER BY g.rowid')
      .all(userId) as { data: string }[];
    return rows.map((r) => JSON.parse(r.data) as DirectoryGroup);
  }
}
