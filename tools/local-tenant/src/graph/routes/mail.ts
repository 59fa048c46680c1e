import { bodyJson, type TenantResponse } from '../../http';
import { collectionResponse, entityResponse, noContent, type GraphCall } from '../call';
import { accessDenied, badRequest, itemNotFound, methodNotAllowed, notFoundSegment } from '../errors';
import { FOLDERS, patchMessage, renderFolder, renderMessage, resolveFolder } from '../mail';
import { applyOrderby, evaluate } from '../odata';
import type { StoredMessage } from '../store';
import { findUserOr404 } from './users';

/**
 * Mail under /users/{id}: messages, mailFolders, mailFolders/{f}/messages. Another
 * person's mailbox (a shared mailbox) needs granted access, else Exchange's 403.
 */
export function mailRoute(call: GraphCall): TenantResponse {
  const [, id, res, ...rest] = call.segs;
  const owner = findUserOr404(call, id);
  if (owner.id !== call.me.id && !call.store.hasMailboxAccess(owner.id, call.me.id)) throw accessDenied();
  const mailbox = owner.id;
  const fragment = `users('${mailbox}')`;
  const m = call.req.method;

  if (res.toLowerCase() === 'messages') return messages(call, mailbox, null, rest, `${fragment}/messages`);

  // mailFolders
  const [folderRef, sub, ...more] = rest;
  if (folderRef === undefined) {
    if (m !== 'GET') throw methodNotAllowed();
    const all = call.store.messages(mailbox, null);
    const folders = Object.keys(FOLDERS).map((f) => renderFolder(mailbox, f, all));
    return collectionResponse(call, `${fragment}/mailFolders`, applyOrderby(folders, call.q.orderby), {
      defaultSize: 10,
      maxSize: 1000,
      style: 'skip',
    });
  }
  const folder = resolveFolder(mailbox, folderRef);
  if (!folder) throw itemNotFound();
  if (sub === undefined) {
    if (m !== 'GET') throw methodNotAllowed();
    return entityResponse(call, `${fragment}/mailFolders/$entity`, renderFolder(mailbox, folder, call.store.messages(mailbox, folder)));
  }
  if (sub.toLowerCase() === 'messages') return messages(call, mailbox, folder, more, `${fragment}/mailFolders('${folderRef}')/messages`);
  throw notFoundSegment(sub);
}

function messages(call: GraphCall, mailbox: string, folder: string | null, rest: string[], fragment: string): TenantResponse {
  const [msgId, extra] = rest;
  const m = call.req.method;
  if (msgId === undefined) {
    if (m !== 'GET') throw methodNotAllowed();
    let items = call.store.messages(mailbox, folder).map(renderMessage);
    const f = call.q.filter;
    if (f) items = items.filter((x) => evaluate(f, x));
    if (call.q.search !== null) {
      const term = call.q.search.replace(/^"|"$/g, '').toLowerCase();
      items = items.filter((x) =>
        JSON.stringify([x.subject, (x.body as { content: string }).content, x.from])
          .toLowerCase()
          .includes(term),
      );
    }
    items = applyOrderby(items, call.q.orderby, ['receivedDateTime', 'sentDateTime', 'createdDateTime', 'lastModifiedDateTime']);
    return collectionResponse(call, fragment, items, { defaultSize: 10, maxSize: 1000, style: 'skip' });
  }
  if (extra !== undefined) throw notFoundSegment(extra);
  const msg = call.store.message(msgId);
  if (!msg || msg.mailboxId !== mailbox || (folder !== null && msg.folder !== folder)) throw itemNotFound();
  if (m === 'GET') return entityResponse(call, `${fragment}/$entity`, renderMessage(msg));
  if (m === 'PATCH') {
    const patch = bodyJson<Record<string, unknown>>(call.req);
    if (!patch) throw badRequest('Empty Payload. JSON content expected.');
    const updated = patchMessage(msg, patch, call.ctx.now());
    call.store.saveMessage(updated);
    return entityResponse(call, `${fragment}/$entity`, renderMessage(updated));
  }
  if (m === 'DELETE') {
    // DELETE moves to Deleted Items; deleting from there removes it for good.
    if (msg.folder === 'deleteditems') call.store.deleteMessage(msg.id);
    else call.store.saveMessage({ ...msg, folder: 'deleteditems' } as StoredMessage);
    return noContent();
  }
  throw methodNotAllowed();
}
