import type { Db } from '../db';
import type { PatternedRecurrence } from './recurrence';

/**
 * SQLite persistence of the Exchange side of the tenant: events (of users and of
 * Microsoft 365 groups), messages per mailbox, and who may open which shared mailbox.
 * Entities are JSON in `data`; the columns beside it are what queries filter on.
 */

export interface EmailAddress {
  name: string;
  address: string;
}
export interface Attendee {
  type: 'required' | 'optional' | 'resource';
  status: { response: string; time: string };
  emailAddress: EmailAddress;
}

export interface StoredEvent {
  id: string;
  iCalUId: string;
  owner: { kind: 'user' | 'group'; id: string };
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  /** Wall-clock start/end "yyyy-MM-ddTHH:mm:ss" in `timeZone` (floating dates when all-day). */
  start: string;
  end: string;
  /** The zone name as given (Windows or IANA): Graph's originalStartTimeZone. */
  timeZone: string;
  isAllDay: boolean;
  location: { displayName: string; locationType: string };
  attendees: Attendee[];
  organizer: { emailAddress: EmailAddress };
  isOnlineMeeting: boolean;
  onlineMeeting: { joinUrl: string } | null;
  recurrence: PatternedRecurrence | null;
  categories: string[];
  showAs: string;
  importance: string;
  sensitivity: string;
  webLink: string;
  reminderMinutesBeforeStart: number;
  isReminderOn: boolean;
  responseRequested: boolean;
  createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
  isCancelled: boolean;
  /**
   * The organizer deleted or cancelled it: gone from the owner's calendar, still in the
   * attendees' (as isCancelled). An event imported as cancelled stays visible to the owner.
   */
  removedFromOwner: boolean;
  /** Local dates of occurrences of a series that were cancelled one by one. */
  cancelledOccurrences: string[];
}

export interface StoredMessage {
  id: string;
  mailboxId: string;
  folder: string;
  subject: string;
  bodyPreview: string;
  body: { contentType: 'text' | 'html'; content: string };
  from: { emailAddress: EmailAddress } | null;
  sender: { emailAddress: EmailAddress } | null;
  toRecipients: { emailAddress: EmailAddress }[];
  ccRecipients: { emailAddress: EmailAddress }[];
  bccRecipients: { emailAddress: EmailAddress }[];
  replyTo: { emailAddress: EmailAddress }[];
  receivedDateTime: string;
  sentDateTime: string;
  isRead: boolean;
  isDraft: boolean;
  importance: string;
  hasAttachments: boolean;
  conversationId: string;
  internetMessageId: string;
  categories: string[];
  flag: { flagStatus: string };
  inferenceClassification: string;
  webLink: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
}

export function migrateGraph(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS graph_events (
      id TEXT PRIMARY KEY,
      owner_kind TEXT NOT NULL,
      owner_id TEXT NOT NULL,
      start_ms INTEGER NOT NULL,
      end_ms INTEGER,            -- NULL: a series without end
      cancelled INTEGER NOT NULL DEFAULT 0, -- removed from the owner's calendar
      data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS graph_events_owner ON graph_events (owner_kind, owner_id, start_ms);
    CREATE TABLE IF NOT EXISTS graph_event_attendees (
      event_id TEXT NOT NULL REFERENCES graph_events(id) ON DELETE CASCADE,
      address TEXT NOT NULL COLLATE NOCASE,
      PRIMARY KEY (event_id, address)
    );
    CREATE INDEX IF NOT EXISTS graph_event_attendees_address ON graph_event_attendees (address);
    CREATE TABLE IF NOT EXISTS graph_messages (
      id TEXT PRIMARY KEY,
      mailbox_id TEXT NOT NULL,
      folder TEXT NOT NULL,
      received TEXT NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS graph_messages_mailbox ON graph_messages (mailbox_id, folder, received);
    CREATE TABLE IF NOT EXISTS graph_mailbox_access (
      mailbox_id TEXT NOT NULL,
      user_id TEXT NOT NULL,
      PRIMARY KEY (mailbox_id, user_id)
    );
  `);
}

export class GraphStore {
  constructor(private readonly db: Db) {
    migrateGraph(db);
  }

  // ------------------------------------------------------------ events

  /** Inserts or replaces an event; `startMs`/`endMs` bound the whole series for window queries. */
  saveEvent(e: StoredEvent, startMs: number, endMs: number | null): void {
    const tx = this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO graph_events (id, owner_kind, owner_id, start_ms, end_ms, cancelled, data) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET start_ms = excluded.start_ms, end_ms = excluded.end_ms, cancelled = excluded.cancelled, data = excluded.data`,
        )
        .run(e.id, e.owner.kind, e.owner.id, startMs, endMs, e.removedFromOwner ? 1 : 0, JSON.stringify(e));
      this.db.prepare('DELETE FROM graph_event_attendees WHERE event_id = ?').run(e.id);
      const add = this.db.prepare('INSERT OR IGNORE INTO graph_event_attendees (event_id, address) VALUES (?, ?)');
      for (const a of e.attendees) if (a.emailAddress?.address) add.run(e.id, a.emailAddress.address);
    });
    tx();
  }

  event(id: string): StoredEvent | undefined {
    const row = this.db.prepare('SELECT data FROM graph_events WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as StoredEvent) : undefined;
  }

  deleteEvent(id: string): void {
    this.db.prepare('DELETE FROM graph_events WHERE id = ?').run(id);
  }

  /**
   * Events that may touch [fromMs, toMs): owned by the calendar (not cancelled — the
   * organizer's copy goes away) or, for a person, where one of `addresses` is an attendee
   * (cancelled ones too: an attendee keeps the cancelled meeting, marked isCancelled).
   * A window of null returns all.
   */
  calendarEvents(
    owner: { kind: 'user' | 'group'; id: string },
    addresses: string[],
    window: { fromMs: number; toMs: number } | null,
  ): StoredEvent[] {
    const params: unknown[] = [owner.kind, owner.id];
    let sql = `SELECT data FROM graph_events e WHERE ((owner_kind = ? AND owner_id = ? AND cancelled = 0)`;
    if (addresses.length) {
      sql += ` OR id IN (SELECT event_id FROM graph_event_attendees WHERE address IN (${addresses.map(() => '?').join(',')}))`;
      params.push(...addresses);
    }
    sql += ')';
    if (window) {
      sql += ' AND start_ms < ? AND (end_ms IS NULL OR end_ms > ?)';
      params.push(window.toMs, window.fromMs);
    }
    sql += ' ORDER BY start_ms, id';
    return (this.db.prepare(sql).all(...params) as { data: string }[]).map((r) => JSON.parse(r.data) as StoredEvent);
  }

  // ------------------------------------------------------------ messages

  saveMessage(m: StoredMessage): void {
    this.db
      .prepare(
        `INSERT INTO graph_messages (id, mailbox_id, folder, received, data) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET folder = excluded.folder, received = excluded.received, data = excluded.data`,
      )
      .run(m.id, m.mailboxId, m.folder, m.receivedDateTime, JSON.stringify(m));
  }

  message(id: string): StoredMessage | undefined {
    const row = this.db.prepare('SELECT data FROM graph_messages WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as StoredMessage) : undefined;
  }

  deleteMessage(id: string): void {
    this.db.prepare('DELETE FROM graph_messages WHERE id = ?').run(id);
  }

  /** Messages of a mailbox, newest first; one folder or all. */
  messages(mailboxId: string, folder: string | null): StoredMessage[] {
    const rows = folder
      ? this.db
          .prepare('SELECT data FROM graph_messages WHERE mailbox_id = ? AND folder = ? ORDER BY received DESC, id')
          .all(mailboxId, folder)
      : this.db.prepare('SELECT data FROM graph_messages WHERE mailbox_id = ? ORDER BY received DESC, id').all(mailboxId);
    return (rows as { data: string }[]).map((r) => JSON.parse(r.data) as StoredMessage);
  }

  // ------------------------------------------------------------ mailbox permissions

  grantMailboxAccess(mailboxId: string, userId: string): void {
    this.db.prepare('INSERT OR IGNORE INTO graph_mailbox_access (mailbox_id, user_id) VALUES (?, ?)').run(mailboxId, userId);
  }

  hasMailboxAccess(mailboxId: string, userId: string): boolean {
    return this.db.prepare('SELECT 1 FROM graph_mailbox_access WHERE mailbox_id = ? AND user_id = ?').get(mailboxId, userId) !== undefined;
  }
}
