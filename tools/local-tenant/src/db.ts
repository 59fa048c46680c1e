import Database from 'better-sqlite3';
import * as fs from 'fs';
import * as path from 'path';

export type Db = Database.Database;

/**
 * Opens (and creates) the tenant's SQLite file. Each area (directory, sharepoint, graph)
 * creates its own tables with `CREATE TABLE IF NOT EXISTS` in its own `migrate(db)`.
 * `dataDir === ':memory:'` gives a throw-away tenant for tests.
 */
export function openDb(dataDir: string): Db {
  if (dataDir === ':memory:') return configure(new Database(':memory:'));
  fs.mkdirSync(dataDir, { recursive: true });
  return configure(new Database(path.join(dataDir, 'tenant.sqlite')));
}

function configure(db: Db): Db {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  return db;
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
