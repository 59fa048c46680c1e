/**
 * Change log of list items (SP.ChangeItem) and change tokens. A token is SharePoint's string
 * form `1;3;<listId>;<ticks>;<changeNumber>`; the change number is our sp_changes sequence.
 */
import { invalidQuery } from './errors';
import { CHANGE_ADD, CHANGE_DELETE, CHANGE_UPDATE } from './itemOps';
import type { ListInfo, SiteUser } from './model';
import { PermissionKind } from './permissionKinds';
import { listScope } from './permissions';
import type { ChangeRow } from './store';
import type { Entity } from './odata/query';
import type { SiteCore } from './site';

const TICKS_AT_EPOCH = 621355968000000000;

export function changeToken(listId: string, seq: number, at: Date = new Date()): string {
  return `1;3;${listId};${at.getTime() * 10000 + TICKS_AT_EPOCH};${seq}`;
}

export function tokenSeq(token: string): number {
  const parts = token.split(';');
  const seq = Number(parts[4]);
  if (parts.length < 5 || !Number.isInteger(seq)) throw invalidQuery('The change token is not valid.');
  return seq;
}

export interface ChangeQuery {
  Add?: boolean;
  Update?: boolean;
  DeleteObject?: boolean;
  Item?: boolean;
  ChangeTokenStart?: { StringValue?: string } | null;
  ChangeTokenEnd?: { StringValue?: string } | null;
  FetchLimit?: number;
}

/**
 * The changes of one list after the start token, filtered by the query's change types and
 * security-trimmed as SharePoint trims change queries: a change is listed only if the caller can
 * read the item — now, or (for an item since deleted) when it last changed. Nobody learns the id
 * of an item they may not read (item-level security, unique item permissions).
 */
export function listChanges(core: SiteCore, list: ListInfo, q: ChangeQuery, user: SiteUser | null): Entity[] {
  if (q.Item === false) return [];
  const start = q.ChangeTokenStart?.StringValue ? tokenSeq(q.ChangeTokenStart.StringValue) : 0;
  const end = q.ChangeTokenEnd?.StringValue ? tokenSeq(q.ChangeTokenEnd.StringValue) : Number.MAX_SAFE_INTEGER;
  const limit = q.FetchLimit && q.FetchLimit > 0 ? Math.min(q.FetchLimit, 2000) : 1000;
  const wanted = new Set<number>();
  if (q.Add) wanted.add(CHANGE_ADD);
  if (q.Update) wanted.add(CHANGE_UPDATE);
  if (q.DeleteObject) wanted.add(CHANGE_DELETE);
  const web = core.store.web!;
  const items = core.store.itemsOf(list.Id);
  const override = core.perms.overridesListBehaviors(user, list);
  const readable = (c: ChangeRow): boolean => {
    const item = items.get(c.itemId);
    if (item) return core.perms.canReadItem(user, list, item, override);
    // rows from before trimming was recorded: only those who may read every item see them
    return c.visibility
      ? core.perms.couldReadGone(user, list, c.visibility)
      : core.perms.has(user, listScope(list.Id), PermissionKind.ViewListItems) && (list.ReadSecurity !== 2 || override);
  };
  // page through the log so trimmed rows never crowd out readable ones
  const rows: ChangeRow[] = [];
  let from = start;
  scan: while (rows.length < limit) {
    const page = core.store.changesSince(list.Id, from, 500);
    if (!page.length) break;
    for (const c of page) {
      if (c.seq > end) break scan;
      if (wanted.has(c.changeType) && readable(c)) rows.push(c);
      if (rows.length >= limit) break scan;
    }
    from = page[page.length - 1].seq;
  }
  return rows.map((c) => ({
    type: 'SP.ChangeItem',
    id: `${core.siteUrl()}/_api/SP.ChangeItem${c.seq}`,
    props: {
      ChangeToken: { StringValue: changeToken(list.Id, c.seq, new Date(c.time)) },
      ChangeType: c.changeType,
      SiteId: web.SiteId,
      Time: c.time,
      Editor: '',
      EditorEmailHint: null,
      ItemId: c.itemId,
      ListId: list.Id,
      ServerRelativeUrl: '',
      SharedByUser: null,
      SharedWithUsers: null,
      UniqueId: '',
      WebId: web.Id,
    },
  }));
}
