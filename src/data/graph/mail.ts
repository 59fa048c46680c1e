import { toDataError } from '../errors';
import { runBatch, resultError, type BatchOptions, type GraphCall, type GraphResult } from './batch';
import type { GraphPoster } from './client';
import { MAX_TOP, type Importance, type MailboxResult, type MailMessage, type MailRepository } from './types';
import type { Feature } from '../compose';

/** The message fields the mailbox shows; nothing else is asked for. */
const MESSAGE_SELECT = 'from,subject,receivedDateTime,importance,hasAttachments,isRead,webLink';

const base = (mailbox: string): string => (mailbox === 'me' ? '/me' : `/users/${encodeURIComponent(mailbox)}`);

function toMessage(m: any): MailMessage {
  const importance: Importance = m.importance === 'high' || m.importance === 'low' ? m.importance : 'normal';
  return {
    id: String(m.id),
    subject: m.subject ?? '',
    fromName: m.from?.emailAddress?.name ?? m.from?.emailAddress?.address ?? '',
    fromAddress: m.from?.emailAddress?.address ?? '',
    received: m.receivedDateTime ?? '',
    importance,
    hasAttachments: Boolean(m.hasAttachments),
    isRead: Boolean(m.isRead),
    webLink: m.webLink ?? null,
  };
}

/**
 * Own and shared mailboxes in one `$batch` (split past 20 requests): per mailbox the inbox's
 * counts, the latest messages and, for a shared one, its name — three requests, under
 * Exchange's four per mailbox. A mailbox Graph refuses is reported on its own.
 */
export function createMailRepository(graph: GraphPoster, options: BatchOptions = {}): MailRepository {
  return {
    async mailboxes(shared, top) {
      const n = Math.min(MAX_TOP, Math.max(1, Math.round(top)));
      const boxes = ['me', ...[...new Set(shared.map((s) => s.trim()).filter(Boolean))].filter((s) => s.toLowerCase() !== 'me')];
      const calls: GraphCall[] = boxes.flatMap((box, i): GraphCall[] => {
        const b = base(box);
        const list: GraphCall[] = [
          { id: `f${i}`, url: `${b}/mailFolders/inbox?$select=unreadItemCount,totalItemCount`, mailbox: b },
          {
            id: `m${i}`,
            url: `${b}/mailFolders/inbox/messages?$select=${MESSAGE_SELECT}&$orderby=receivedDateTime desc&$top=${n}`,
            mailbox: b,
          },
        ];
        if (box !== 'me') list.push({ id: `u${i}`, url: `${b}?$select=displayName`, mailbox: b });
        return list;
      });
      let results: Map<string, GraphResult>;
      try {
        results = await runBatch(graph, calls, options);
      } catch (e) {
        throw await toDataError(e);
      }
      return boxes.map((box, i): MailboxResult => {
        const folder = results.get(`f${i}`);
        const messages = results.get(`m${i}`);
        const user = results.get(`u${i}`);
        const name = box === 'me' ? '' : user && user.status < 400 ? String(user.body?.displayName ?? box) : box;
        const failed = [folder, messages].find((r) => !r || r.status >= 400);
        if (failed !== undefined) return { mailbox: box, name, ok: false, error: resultError(failed) };
        return {
          mailbox: box,
          name,
          ok: true,
          unread: Number(folder!.body?.unreadItemCount ?? 0),
          total: Number(folder!.body?.totalItemCount ?? 0),
          messages: ((messages!.body?.value as any[]) ?? []).map(toMessage),
        };
      });
    },

    async markRead(mailbox, messageId) {
      try {
        await graph.api(`${base(mailbox)}/messages/${encodeURIComponent(messageId)}`).patch({ isRead: true });
      } catch (e) {
        throw await toDataError(e);
      }
    },
  };
}

export const mailFeature: Feature<'mail'> = (b) => createMailRepository(b.graph, { busy: b.busy });
