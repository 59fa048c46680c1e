/**
 * Change log of list items (SP.ChangeItem) and change tokens. A token is SharePoint's string
 * form `1;3;<listId>;<ticks>;<changeNumber>`; the change number is our sp_changes sequence.
 */
import { invalidQuery } from './errors';
import { CHANGE_ADD, CHANGE_DELETE, CHANGE_UPDATE } from './itemOps';
import type { ListInfo } from './model';
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

/** The changes of one list after the start token, filtered by the query's change types. */
export function listChanges(core: SiteCore, list: ListInfo, q: ChangeQuery): Entity[] {
  if (q.Item === false) return [];
  const start = q.ChangeTokenStart?.StringValue ? tokenSeq(q.ChangeTokenStart.StringValue) : 0;
  const end = q.ChangeTokenEnd?.StringValue ? tokenSeq(q.ChangeTokenEnd.StringValue) : Number.MAX_SAFE_INTEGER;
  const limit = q.FetchLimit && q.FetchLimit > 0 ? Math.min(q.FetchLimit, 2000) : 1000;
  const wanted = new Set<number>();
  if (q.Add) wanted.add(CHANGE_ADD);
  if (q.Update) wanted.add(CHANGE_UPDATE);
  if (q.DeleteObject) wanted.add(CHANGE_DELETE);
  const web = core.store.web!;
  return core.store
    .changesSince(list.Id, start, limit * 4)
    .filter((c) => c.seq <= end && wanted.has(c.changeType))
    .slice(0, limit)
    .map((c) => ({
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
